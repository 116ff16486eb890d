/**
 * Parcours : une personne se connecte avec un compte de démonstration, arrive sur l'accueil de son
 * rôle, consulte son compte et se déconnecte ; une autre se trompe de mot de passe ; une personne
 * à plusieurs rôles change de rôle ; une session fermée depuis un autre navigateur y est déconnectée.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { attendreTitre, bientot, ignorerParcours, surveiller, titrePrincipal, verifierAccessibilite } from "./support/navigateur";
import { preparerParcours } from "./support/parcours";

const TITRE_ACCUEIL = "Vivier, l'expertise des collectivités territoriales au service de l'action internationale";
const MOT_DE_PASSE = "vivier-demo-2026";
const AVIS_DEMO = "Démonstration : les données et les comptes sont fictifs.";

/** One demo account per kind of user, with what the home page says of their role. */
const COMPTES = [
  { email: "agent@demo.vivier.test", prenom: "Amina", nom: "Diallo", role: "Agent ou expert", organisation: "Saint-Étienne" },
  { email: "rh@demo.vivier.test", prenom: "Bruno", nom: "Martin", role: "Gestionnaire RH", organisation: "Saint-Étienne" },
  { email: "operateur@demo.vivier.test", prenom: "Farid", nom: "Benali", role: "Chargé·e de projet d'un opérateur", organisation: "Expertise France" },
  { email: "daect@demo.vivier.test", prenom: "Gaëlle", nom: "Rousseau", role: "Agent de la DAECT", organisation: "Délégation pour l'action extérieure des collectivités territoriales" },
  { email: "ambassade@demo.vivier.test", prenom: "Inès", nom: "Ndiaye", role: "Agent d'ambassade", organisation: "Ambassade de France au Sénégal" },
  { email: "admin@demo.vivier.test", prenom: "Karima", nom: "Haddad", role: "Administrateur·rice de la plateforme", organisation: "Plateforme Vivier" },
];

/** The sign-in form, found as a user (or a screen reader) finds it. */
function formulaire(page: Page) {
  const contenu = page.locator("main");
  return {
    email: contenu.getByRole("textbox", { name: /^Adresse électronique/ }),
    motDePasse: contenu.getByLabel("Mot de passe", { exact: true }),
    afficher: contenu.getByRole("checkbox", { name: "Afficher le mot de passe" }),
    bouton: contenu.getByRole("button", { name: "Se connecter", exact: true }),
  };
}

/** The "Bonjour …" block of the home page, signed in. */
function bienvenue(page: Page) {
  return page.getByRole("region", { name: /^Bonjour / });
}

async function seConnecter(page: Page, email: string, motDePasse = MOT_DE_PASSE): Promise<void> {
  await page.goto("/connexion");
  await attendreTitre(page, "Connexion");
  const f = formulaire(page);
  await f.email.fill(email);
  await f.motDePasse.fill(motDePasse);
  await f.bouton.click();
}

/** Signs in and waits for the home page to greet the person. */
async function seConnecterEtAttendreAccueil(page: Page, email: string, prenom: string): Promise<void> {
  await seConnecter(page, email);
  await page.waitForURL((url) => url.pathname === "/");
  await attendreTitre(page, TITRE_ACCUEIL);
  await bienvenue(page).getByRole("heading", { level: 2, name: `Bonjour ${prenom}` }).waitFor();
}

describe.skipIf(ignorerParcours)("Parcours : connexion, compte et rôles", () => {
  const { nouvellePage, autreNavigateur } = preparerParcours();

  for (const compte of COMPTES) {
    it(`${compte.email} se connecte, voit l'accueil de son rôle et son compte, puis se déconnecte`, async () => {
      const page = await nouvellePage();
      const surveillance = await surveiller(page);
      const entete = page.getByRole("banner");

      // Signed out: the header offers to sign in; the demo notice is on every page.
      await page.goto("/");
      await attendreTitre(page, TITRE_ACCUEIL);
      const lienConnexion = entete.getByRole("link", { name: "Se connecter" });
      await lienConnexion.waitFor();
      expect(await page.getByText(AVIS_DEMO).isVisible()).toBe(true);
      expect(await bienvenue(page).count()).toBe(0);

      await lienConnexion.click();
      await page.waitForURL((url) => url.pathname === "/connexion");
      await attendreTitre(page, "Connexion");
      await bientot(() => page.title()).toBe("Connexion - Vivier");
      expect(await page.getByText(AVIS_DEMO).isVisible()).toBe(true);
      const f = formulaire(page);
      expect(await f.email.getAttribute("autocomplete")).toBe("username");
      expect(await f.motDePasse.getAttribute("autocomplete")).toBe("current-password");
      // ProConnect is announced, not offered yet.
      expect(await page.locator("main").getByText(/ProConnect/).first().isVisible()).toBe(true);
      expect(await page.getByRole("button", { name: /ProConnect/ }).count()).toBe(0);
      if (compte === COMPTES[0]) await verifierAccessibilite(page, "Connexion");

      await f.email.fill(compte.email);
      await f.motDePasse.fill(MOT_DE_PASSE);
      await f.bouton.click();

      // Home, greeted by first name, with the role and organisation acted for.
      await page.waitForURL((url) => url.pathname === "/");
      await attendreTitre(page, TITRE_ACCUEIL);
      const bloc = bienvenue(page);
      await bloc.getByRole("heading", { level: 2, name: `Bonjour ${compte.prenom}` }).waitFor();
      const texte = await bloc.innerText();
      expect(texte).toContain(compte.role);
      expect(texte).toContain(compte.organisation);
      // The header: the person's name (to their account), the active role, and sign-out.
      const lienCompte = entete.getByRole("link", { name: `${compte.prenom} ${compte.nom}` });
      expect(await lienCompte.isVisible()).toBe(true);
      expect(await entete.innerText()).toContain(compte.role);
      expect(await entete.getByRole("link", { name: "Se connecter" }).count()).toBe(0);
      expect(await entete.getByRole("combobox", { name: "Rôle actif" }).count()).toBe(0); // one role only
      await verifierAccessibilite(page, `Accueil connecté (${compte.email})`);

      // The account page: identity, role, and this very session.
      await lienCompte.click();
      await page.waitForURL((url) => url.pathname === "/compte");
      await attendreTitre(page, "Mon compte");
      await bientot(() => page.title()).toBe("Mon compte - Vivier");
      await bientot(() => titrePrincipal(page).evaluate((h1) => h1 === document.activeElement)).toBe(true);
      const contenu = page.locator("main");
      expect(await contenu.getByText(compte.email, { exact: true }).isVisible()).toBe(true);
      const roles = contenu.getByRole("table", { name: /Mes rôles/ });
      expect(await roles.getByRole("rowheader").allInnerTexts()).toEqual([expect.stringContaining(compte.organisation)]);
      expect(await roles.getByRole("cell").first().innerText()).toBe(compte.role);
      const sessions = contenu.getByRole("table", { name: /Mes sessions ouvertes/ });
      await sessions.waitFor();
      expect(await sessions.getByText("Session actuelle").count()).toBe(1);
      await verifierAccessibilite(page, `Mon compte (${compte.email})`);

      // Sign out: back home, signed out, focus on the title.
      // Once, on a loaded CI machine, this click was lost (no navigation in 15 s, nothing logged):
      // a second press, as a person would give, keeps that from failing the run.
      const deconnexion = entete.getByRole("button", { name: "Se déconnecter" });
      await deconnexion.click();
      await page.waitForURL((url) => url.pathname === "/", { timeout: 7_500 }).catch(async () => {
        if (await deconnexion.isVisible()) await deconnexion.click();
        await page.waitForURL((url) => url.pathname === "/");
      });
      await attendreTitre(page, TITRE_ACCUEIL);
      await entete.getByRole("link", { name: "Se connecter" }).waitFor();
      expect(await bienvenue(page).count()).toBe(0);
      await bientot(() => titrePrincipal(page).evaluate((h1) => h1 === document.activeElement)).toBe(true);
      // Signed out for the server too: the account page now asks to sign in.
      await page.reload();
      await entete.getByRole("link", { name: "Se connecter" }).waitFor();

      surveillance.verifierAucuneErreur();
    });
  }

  it("dit ce qui manque dans un formulaire vide, puis refuse un mauvais mot de passe", async () => {
    const page = await nouvellePage();
    const surveillance = await surveiller(page);
    // Both refusals are expected API answers, which the browser logs.
    surveillance.tolerer(/status of 400 .*\/api\/v1\/auth\/login\)$/);
    surveillance.tolerer(/status of 401 .*\/api\/v1\/auth\/login\)$/);
    await page.goto("/connexion");
    await attendreTitre(page, "Connexion");
    const f = formulaire(page);

    // Empty form: each field says what it needs, and focus goes to the first one.
    await f.bouton.click();
    const contenu = page.locator("main");
    await contenu.getByText("L'adresse électronique est obligatoire.").waitFor();
    expect(await contenu.getByText("Le mot de passe est obligatoire.").isVisible()).toBe(true);
    expect(await f.email.getAttribute("aria-invalid")).toBe("true");
    await bientot(() => f.email.evaluate((e) => e === document.activeElement)).toBe(true);
    await verifierAccessibilite(page, "Connexion, formulaire vide envoyé");

    // A wrong password: the general French message, in an alert.
    await f.email.fill("rh@demo.vivier.test");
    await f.motDePasse.fill("pas-le-bon-mot-de-passe");
    await f.bouton.click();
    const alerte = contenu.getByRole("alert").filter({ hasText: "Adresse électronique ou mot de passe incorrect." });
    await alerte.waitFor();
    expect(await contenu.getByText("L'adresse électronique est obligatoire.").count()).toBe(0);
    expect(await page.getByRole("banner").getByRole("link", { name: "Se connecter" }).isVisible()).toBe(true);
    await verifierAccessibilite(page, "Connexion, mot de passe incorrect");

    // The password can be shown to check it (the DSFR's toggle).
    // (The DSFR hides the checkbox itself behind its label.)
    await f.afficher.check({ force: true });
    await bientot(() => f.motDePasse.getAttribute("type")).toBe("text");

    surveillance.verifierAucuneErreur();
  });

  it("remplit le formulaire depuis la liste des comptes de démonstration et revient à la page demandée", async () => {
    const page = await nouvellePage();
    const surveillance = await surveiller(page);

    // Signed out, the account page sends to the sign-in page, which will come back to it.
    await page.goto("/compte");
    await page.waitForURL((url) => url.pathname === "/connexion");
    expect(new URL(page.url()).searchParams.get("retour")).toBe("/compte");
    expect(page.url()).toMatch(/\/connexion\?retour=\/compte$/);
    await attendreTitre(page, "Connexion");

    const demo = page.getByRole("region", { name: "Comptes de démonstration" });
    expect(await demo.getByText(MOT_DE_PASSE).isVisible()).toBe(true);
    const tableau = demo.getByRole("table");
    expect(await tableau.getByRole("rowheader").allInnerTexts()).toContain("multi@demo.vivier.test");
    await tableau.getByRole("button", { name: "Utiliser le compte superieur@demo.vivier.test" }).click();
    const f = formulaire(page);
    expect(await f.email.inputValue()).toBe("superieur@demo.vivier.test");
    expect(await f.motDePasse.inputValue()).toBe(MOT_DE_PASSE);
    // Focus on the button that signs in: one key press away.
    await bientot(() => f.bouton.evaluate((b) => b === document.activeElement)).toBe(true);
    await page.keyboard.press("Enter");

    await page.waitForURL((url) => url.pathname === "/compte");
    await attendreTitre(page, "Mon compte");
    expect(await page.locator("main").getByText("superieur@demo.vivier.test", { exact: true }).isVisible()).toBe(true);
    // The sign-in page is no more for someone signed in.
    await page.goto("/connexion");
    await page.waitForURL((url) => url.pathname === "/");

    surveillance.verifierAucuneErreur();
  });

  it("multi@ change de rôle avec le sélecteur de l'en-tête et voit l'autre organisation", async () => {
    const page = await nouvellePage();
    const surveillance = await surveiller(page);
    await seConnecterEtAttendreAccueil(page, "multi@demo.vivier.test", "Laure");
    const entete = page.getByRole("banner");
    const bloc = bienvenue(page);
    const selecteur = entete.getByRole("combobox", { name: "Rôle actif" });
    expect(await selecteur.isVisible()).toBe(true);
    const options = await selecteur.locator("option").allInnerTexts();
    expect(options).toHaveLength(2);
    await verifierAccessibilite(page, "Accueil connecté, deux rôles");

    // Laure Chevalier is chargée de RI for the Région and gestionnaire RH for the Département.
    const roles = [
      { role: "Chargé·e de relations internationales", organisation: "Nouvelle-Aquitaine" },
      { role: "Gestionnaire RH", organisation: "Charente-Maritime" },
    ];
    const texteAvant = await bloc.innerText();
    const indexActif = roles.findIndex((r) => texteAvant.includes(r.role));
    expect(indexActif).toBeGreaterThanOrEqual(0);
    expect(texteAvant).toContain(roles[indexActif]?.organisation);
    const cible = roles[1 - indexActif];
    if (cible === undefined) throw new Error("rôle cible introuvable");

    // From another page: the switch leads to the new role's home.
    await page.goto("/organisations");
    await attendreTitre(page, "Annuaire des collectivités et organisations");
    const libelle = options.find((o) => o.startsWith(cible.role));
    expect(libelle).toBeDefined();
    await selecteur.selectOption({ label: libelle ?? "" });
    await entete.getByRole("button", { name: "Changer de rôle" }).click();
    await page.waitForURL((url) => url.pathname === "/");
    await bientot(() => bloc.innerText({ timeout: 1_000 }).catch(() => "")).toContain(cible.role);
    expect(await bloc.innerText()).toContain(cible.organisation);
    expect(await entete.innerText()).toContain(cible.organisation);

    // The server keeps the choice: still so after a reload, and on the account page.
    await page.reload();
    await bientot(() => bloc.innerText({ timeout: 1_000 }).catch(() => "")).toContain(cible.organisation);
    await page.goto("/compte");
    await attendreTitre(page, "Mon compte");
    const tableau = page.locator("main").getByRole("table", { name: /Mes rôles/ });
    const actif = tableau.getByRole("row").filter({ has: page.getByText("Actif", { exact: true }) });
    // The h1 shows while the session is read: wait for the table itself.
    await bientot(() => actif.count()).toBe(1);
    expect(await actif.innerText()).toContain(cible.role);

    surveillance.verifierAucuneErreur();
  });

  it("ferme depuis un navigateur la session ouverte dans un autre, qui se retrouve déconnecté", async () => {
    const pageA = await nouvellePage();
    const pageB = await autreNavigateur();
    const surveillanceA = await surveiller(pageA);
    const surveillanceB = await surveiller(pageB);
    await seConnecterEtAttendreAccueil(pageA, "autorite@demo.vivier.test", "Élise");
    await seConnecterEtAttendreAccueil(pageB, "autorite@demo.vivier.test", "Élise");

    // A lists both sessions and closes the other one.
    await pageA.goto("/compte");
    await attendreTitre(pageA, "Mon compte");
    const sessions = pageA.locator("main").getByRole("table", { name: /Mes sessions ouvertes/ });
    await bientot(() => sessions.locator("tbody tr").count()).toBe(2);
    const fermer = sessions.getByRole("button", { name: /^Fermer cette session/ });
    expect(await fermer.count()).toBe(1);
    await fermer.click();
    await pageA.locator("main").getByRole("status").filter({ hasText: "a été fermée" }).waitFor();
    await bientot(() => sessions.locator("tbody tr").count()).toBe(1);
    expect(await sessions.getByText("Session actuelle").count()).toBe(1);
    await verifierAccessibilite(pageA, "Mon compte, une session fermée");

    // B, on its next page load, is signed out.
    await pageB.reload();
    await pageB.getByRole("banner").getByRole("link", { name: "Se connecter" }).waitFor();
    expect(await bienvenue(pageB).count()).toBe(0);
    await pageB.goto("/compte");
    await pageB.waitForURL((url) => url.pathname === "/connexion");

    // A is still signed in.
    await pageA.reload();
    await attendreTitre(pageA, "Mon compte");

    surveillanceA.verifierAucuneErreur();
    surveillanceB.verifierAucuneErreur();
  });
});

describe.skipIf(ignorerParcours)("Parcours : journal d'audit", () => {
  const { nouvellePage } = preparerParcours();

  it("l'administrateur de l'organisation lit le journal depuis son compte ; un autre rôle en est empêché", async () => {
    const page = await nouvellePage();
    await surveiller(page);
    await seConnecterEtAttendreAccueil(page, "admin-organisation@demo.vivier.test", "Julien");
    await page.goto("/compte");
    await attendreTitre(page, "Mon compte");
    await page.getByRole("link", { name: "Consulter le journal d'audit" }).click();
    await page.waitForURL((url) => url.pathname === "/journal-audit");
    await attendreTitre(page, "Journal d'audit");
    await page.locator("main table").waitFor();
    expect(await page.locator("main table").getByText("Connexion").first().isVisible()).toBe(true);
    await verifierAccessibilite(page, "journal d'audit");

    const autre = await nouvellePage();
    const surveillance = await surveiller(autre);
    surveillance.tolerer(/\/api\/v1\/audit/);
    await seConnecterEtAttendreAccueil(autre, "agent@demo.vivier.test", "Amina");
    await autre.goto("/journal-audit");
    await attendreTitre(autre, "Journal d'audit");
    await autre.getByText("Votre rôle ne permet pas de lire le journal d'audit.").waitFor();
    await verifierAccessibilite(autre, "journal d'audit refusé");
  });
});
