/**
 * Parcours : une personne découvre Vivier par sa page d'accueil, parcourt la navigation
 * principale, utilise le lien d'évitement et ouvre les pages légales du pied de page.
 */
import { describe, expect, it } from "vitest";
import { pagesDuSite } from "../src/web/chemins";
import {
  attendreDsfr,
  attendreTitre,
  bientot,
  ignorerParcours,
  surveiller,
  titrePrincipal,
  verifierAccessibilite,
} from "./support/navigateur";
import { preparerParcours } from "./support/parcours";

const TITRE_ACCUEIL = "Vivier, l'expertise des collectivités territoriales au service de l'action internationale";
const TITRE_ANNUAIRE = "Annuaire des collectivités et organisations";

describe.skipIf(ignorerParcours)("Parcours : la page d'accueil", () => {
  const { nouvellePage } = preparerParcours();

  it("présente Vivier, ses publics, et mène à l'annuaire par la navigation principale puis en revient", async () => {
    const page = await nouvellePage();
    const surveillance = await surveiller(page);

    const reponse = await page.goto("/");
    expect(reponse?.status()).toBe(200);
    // The HTML page carries the security headers: no inline or foreign script, no framing.
    const entetes = reponse?.headers() ?? {};
    expect(entetes["content-type"]).toMatch(/^text\/html/);
    const csp = entetes["content-security-policy"] ?? "";
    const directives = new Map(csp.split(";").map((d) => d.trim().split(/\s+/)).map(([nom = "", ...valeurs]) => [nom, valeurs]));
    expect(directives.get("script-src"), csp).toEqual(["'self'"]);
    expect(directives.get("frame-ancestors"), csp).toEqual(["'none'"]);
    expect(directives.get("default-src"), csp).toEqual(["'self'"]);
    expect(directives.get("object-src"), csp).toEqual(["'none'"]);
    expect(entetes["x-content-type-options"]).toBe("nosniff");

    // The DSFR header: the Marianne block and the service's name.
    const entete = page.getByRole("banner");
    // (Shown in capitals by the DSFR's CSS.)
    expect((await entete.locator(".fr-logo").innerText()).replace(/\s+/g, " ")).toMatch(/^République Française$/i);
    expect(await entete.getByRole("link", { name: "Vivier", exact: true }).getAttribute("title")).toBe("Accueil - Vivier");

    await attendreTitre(page, TITRE_ACCUEIL);
    await bientot(() => page.title()).toBe("Accueil - Vivier");
    // The page says it is being built, and what it offers to each kind of user.
    expect(await page.getByRole("heading", { level: 2, name: "Vivier est en construction" }).isVisible()).toBe(true);
    const publics = page.getByRole("region", { name: "Pour qui ?" });
    expect(await publics.getByRole("heading", { level: 3 }).allInnerTexts()).toEqual([
      "Collectivités territoriales",
      "Agents et experts",
      "Opérateurs de l'assistance technique",
      "Ministère et ambassades",
    ]);
    const disponible = page.getByRole("region", { name: "Disponible aujourd'hui" });
    expect(await disponible.getByRole("link", { name: TITRE_ANNUAIRE }).isVisible()).toBe(true);
    expect(await page.getByRole("region", { name: "À venir" }).getByRole("listitem").count()).toBeGreaterThan(0);
    await verifierAccessibilite(page, "Accueil");

    // To the directory through the main navigation.
    const navigation = page.getByRole("navigation", { name: "Menu principal" });
    await navigation.getByRole("link", { name: "Annuaire des organisations" }).click();
    await page.waitForURL("**/organisations");
    await attendreTitre(page, TITRE_ANNUAIRE);
    await bientot(() => page.title()).toBe(`${TITRE_ANNUAIRE} - Vivier`);
    expect(await navigation.getByRole("link", { name: "Annuaire des organisations" }).getAttribute("aria-current")).toBe("page");
    expect(await navigation.getByRole("link", { name: "Accueil" }).getAttribute("aria-current")).toBeNull();
    // A client-side navigation moves focus to the new page's h1, as screen reader users need.
    await bientot(() => titrePrincipal(page).evaluate((h1) => h1 === document.activeElement)).toBe(true);
    await page.getByRole("status").filter({ hasText: /organisations trouvées/ }).waitFor();
    await verifierAccessibilite(page, "Annuaire (arrivée par la navigation)");

    // And back with the browser's back button, then to the directory again by the call-out button.
    await page.goBack();
    await page.waitForURL((url) => url.pathname === "/");
    await attendreTitre(page, TITRE_ACCUEIL);
    expect(await navigation.getByRole("link", { name: "Accueil" }).getAttribute("aria-current")).toBe("page");
    await page.getByRole("link", { name: "Consulter l'annuaire" }).click();
    await page.waitForURL("**/organisations");
    await attendreTitre(page, TITRE_ANNUAIRE);

    // The logo link of the header leads home.
    await entete.getByRole("link", { name: "Vivier", exact: true }).click();
    await page.waitForURL((url) => url.pathname === "/");
    await attendreTitre(page, TITRE_ACCUEIL);

    surveillance.verifierAucuneErreur();
  });

  it("mène au contenu par le lien d'évitement, premier élément atteint au clavier", async () => {
    const page = await nouvellePage();
    const surveillance = await surveiller(page);
    await page.goto("/");
    await attendreTitre(page, TITRE_ACCUEIL);

    await page.keyboard.press("Tab");
    const lienEvitement = page.getByRole("link", { name: "Contenu", exact: true });
    expect(await lienEvitement.evaluate((a) => a === document.activeElement)).toBe(true);
    expect(await lienEvitement.isVisible()).toBe(true); // shown when focused
    await verifierAccessibilite(page, "Accueil, lien d'évitement affiché");

    await page.keyboard.press("Enter");
    await page.waitForURL("**/#contenu");
    await bientot(() => page.evaluate(() => document.activeElement?.id)).toBe("contenu");
    // The next Tab lands in the content, past the header and its navigation.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest("main")?.id)).toBe("contenu");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Consulter l'annuaire");

    surveillance.verifierAucuneErreur();
  });

  it("ouvre chaque page légale depuis le pied de page", async () => {
    const page = await nouvellePage();
    const surveillance = await surveiller(page);
    await page.goto("/");
    await attendreTitre(page, TITRE_ACCUEIL);

    const piedDePage = page.getByRole("contentinfo");
    const liens = [
      { lien: "Accessibilité : non conforme", chemin: "/accessibilite", titre: "Déclaration d'accessibilité" },
      { lien: "Mentions légales", chemin: "/mentions-legales", titre: "Mentions légales" },
      { lien: "Données personnelles", chemin: "/donnees-personnelles", titre: "Données personnelles" },
      { lien: "Plan du site", chemin: "/plan-du-site", titre: "Plan du site" },
    ];
    for (const { lien, chemin, titre } of liens) {
      await piedDePage.getByRole("link", { name: lien, exact: true }).click();
      await page.waitForURL((url) => url.pathname === chemin);
      await attendreTitre(page, titre);
      await bientot(() => page.title()).toBe(`${titre} - Vivier`);
      // The breadcrumb ends on the page itself.
      const filAriane = page.getByRole("navigation", { name: "vous êtes ici :" });
      expect(await filAriane.locator("[aria-current=page]").innerText()).toBe(titre);
      await verifierAccessibilite(page, titre);
    }

    // The site map lists every page; from it, back to the home page.
    const plan = titrePrincipal(page).locator("xpath=following-sibling::ul");
    // The app's list of pages (src/web/chemins.ts) in its order, then the API documentation, served
    // apart. The list grows with the app; the pages every visitor needs are pinned below.
    const pages = await plan.getByRole("link").allInnerTexts();
    expect(pages).toEqual([...pagesDuSite.map((p) => p.titre), "Documentation de l'API"]);
    expect(pages).toEqual(
      expect.arrayContaining(["Accueil", TITRE_ANNUAIRE, "Quel cadre juridique pour ma mission ?", "Déclaration d'accessibilité", "Mentions légales", "Données personnelles", "Plan du site"]),
    );
    await plan.getByRole("link", { name: "Accueil", exact: true }).click();
    await page.waitForURL((url) => url.pathname === "/");
    await attendreTitre(page, TITRE_ACCUEIL);

    // The same pages from the header's "Informations sur le site" menu.
    const navigation = page.getByRole("navigation", { name: "Menu principal" });
    const informations = navigation.getByRole("button", { name: "Informations sur le site" });
    await attendreDsfr(informations);
    await informations.click();
    await navigation.getByRole("link", { name: "Mentions légales" }).click();
    await page.waitForURL((url) => url.pathname === "/mentions-legales");
    await attendreTitre(page, "Mentions légales");
    expect(await informations.getAttribute("aria-current")).toBe("true");

    surveillance.verifierAucuneErreur();
  });

  it("signale tout script bloqué par la CSP (contrôle de la surveillance elle-même)", async () => {
    const page = await nouvellePage();
    const surveillance = await surveiller(page);
    await page.goto("/");
    await attendreTitre(page, TITRE_ACCUEIL);
    // An inline script, as an injection would add: the CSP must block it, and the journeys must see it.
    await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.injecte = true;";
      document.body.append(script);
    });
    await bientot(() => surveillance.erreurs.some((e) => e.includes("Content Security Policy"))).toBe(true);
    expect(await page.evaluate(() => "injecte" in window)).toBe(false);
    // Tolerating every message must not hide a CSP violation.
    surveillance.tolerer(/.*/);
    expect(() => surveillance.verifierAucuneErreur()).toThrow(/Content Security Policy/);
  });
});
