/**
 * Parcours : une personne suit une adresse erronée (page inconnue, organisation inconnue) et
 * retrouve son chemin ; une autre visite Vivier sur un téléphone, par le menu de l'en-tête.
 */
import { describe, expect, it } from "vitest";
import {
  attendreDsfr,
  attendreTitre,
  bientot,
  ignorerParcours,
  surveiller,
  verifierAccessibilite,
} from "./support/navigateur";
import { preparerParcours } from "./support/parcours";

const TITRE_ACCUEIL = "Vivier, l'expertise des collectivités territoriales au service de l'action internationale";
const TITRE_ANNUAIRE = "Annuaire des collectivités et organisations";
const ID_INCONNU = "00000000-0000-4000-8000-000000000000";

describe.skipIf(ignorerParcours)("Parcours : adresses erronées et petit écran", () => {
  const { nouvellePage } = preparerParcours();

  it("montre « Page non trouvée » pour une adresse inconnue, avec un lien vers l'accueil", async () => {
    const page = await nouvellePage();
    const surveillance = await surveiller(page);

    await page.goto("/cette/page/n-existe-pas");
    await attendreTitre(page, "Page non trouvée");
    await bientot(() => page.title()).toBe("Page non trouvée - Vivier");
    const contenu = page.locator("main");
    expect(await contenu.getByText("Erreur 404").isVisible()).toBe(true);
    expect(await contenu.getByRole("link", { name: "Plan du site" }).getAttribute("href")).toBe("/plan-du-site");
    await verifierAccessibilite(page, "Page non trouvée");

    await contenu.getByRole("link", { name: "Page d'accueil" }).click();
    await page.waitForURL((url) => url.pathname === "/");
    await attendreTitre(page, TITRE_ACCUEIL);

    // Below a known page too: /organisations/x/y is no organisation's page.
    await page.goto("/organisations/x/y");
    await attendreTitre(page, "Page non trouvée");

    surveillance.verifierAucuneErreur();
  });

  it("dit qu'une organisation est introuvable et propose l'annuaire", async () => {
    const page = await nouvellePage();
    const surveillance = await surveiller(page);
    // The API answers 404 for this organisation, 400 for an id that is not one: the browser logs
    // "Failed to load resource" for them, as the journey expects.
    surveillance.tolerer(new RegExp(`status of 404 .*/api/v1/organisations/${ID_INCONNU}\\)$`));
    surveillance.tolerer(/status of 400 .*\/api\/v1\/organisations\/pas-un-identifiant\)$/);

    await page.goto(`/organisations/${ID_INCONNU}`);
    await attendreTitre(page, "Organisation introuvable");
    await bientot(() => page.title()).toBe("Organisation introuvable - Vivier");
    const contenu = page.locator("main");
    expect(await contenu.getByText("Aucune organisation ne correspond à cette adresse.", { exact: false }).isVisible()).toBe(true);
    expect(await contenu.getByRole("alert").count()).toBe(0); // a wrong address, not a failure to retry
    await verifierAccessibilite(page, "Organisation introuvable");

    await contenu.getByRole("link", { name: "Rechercher dans l'annuaire" }).click();
    await page.waitForURL((url) => url.pathname === "/organisations");
    await attendreTitre(page, TITRE_ANNUAIRE);

    // A malformed id is, for the user, the same wrong address.
    await page.goto("/organisations/pas-un-identifiant");
    await attendreTitre(page, "Organisation introuvable");

    // Nothing else went wrong than the two expected API answers.
    // (The 401 of /api/v1/me, signed out, is expected on each page load: not counted here.)
    await bientot(() => surveillance.erreurs.filter((e) => e.includes("Failed to load resource") && !e.includes("/api/v1/me)")).length).toBe(2);
    surveillance.verifierAucuneErreur();
  });

  it("sur un téléphone, ouvre le menu de l'en-tête et va à l'annuaire", async () => {
    const page = await nouvellePage({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    const surveillance = await surveiller(page);

    await page.goto("/");
    await attendreTitre(page, TITRE_ACCUEIL);
    const navigation = page.getByRole("navigation", { name: "Menu principal" });
    const boutonMenu = page.getByRole("banner").getByRole("button", { name: "Menu" });
    // On a phone, the navigation hides behind the menu button.
    expect(await boutonMenu.isVisible()).toBe(true);
    expect(await navigation.isVisible()).toBe(false);
    await verifierAccessibilite(page, "Accueil sur téléphone");

    await attendreDsfr(boutonMenu);
    await boutonMenu.click();
    const menu = page.getByRole("dialog");
    await menu.waitFor();
    await bientot(() => boutonMenu.getAttribute("data-fr-opened")).toBe("true"); // the DSFR modal button's state
    await navigation.waitFor();
    await verifierAccessibilite(page, "Accueil sur téléphone, menu ouvert");

    await navigation.getByRole("link", { name: "Annuaire des organisations" }).click();
    await page.waitForURL((url) => url.pathname === "/organisations");
    await attendreTitre(page, TITRE_ANNUAIRE);
    // The menu closes once a page is chosen.
    await menu.waitFor({ state: "hidden" });
    await page.getByRole("status").filter({ hasText: /organisations trouvées/ }).waitFor();
    await verifierAccessibilite(page, "Annuaire sur téléphone");

    // On a phone the breadcrumb folds behind a button; unfolded, it leads home.
    const filAriane = page.getByRole("navigation", { name: "vous êtes ici :" });
    const accueil = filAriane.getByRole("link", { name: "Accueil" });
    expect(await accueil.isVisible()).toBe(false);
    const deplier = filAriane.getByRole("button", { name: "Voir le fil d’Ariane" });
    await attendreDsfr(deplier);
    await deplier.click();
    await accueil.waitFor();
    await verifierAccessibilite(page, "Annuaire sur téléphone, fil d'Ariane déplié");
    await accueil.click();
    await page.waitForURL((url) => url.pathname === "/");
    await attendreTitre(page, TITRE_ACCUEIL);

    surveillance.verifierAucuneErreur();
  });
});
