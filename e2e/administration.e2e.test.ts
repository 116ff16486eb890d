/**
 * Parcours : l'administrateur d'une organisation donne et retire des rôles (avec confirmation, et
 * le refus de retirer le dernier administrateur) ; les autres rôles et les autres organisations en
 * sont empêchés ; une personne crée un jeton d'API, le voit une fois, puis le révoque ;
 * l'administratrice de la plateforme crée un opérateur et invite son premier administrateur.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seConnecter } from "./support/comptes";
import { attendreDsfr, attendreTitre, bientot, ignorerParcours, surveiller, verifierAccessibilite } from "./support/navigateur";
import { preparerParcours } from "./support/parcours";

const TITRE_ADMINISTRATION = "Membres et invitations — Saint-Étienne";

function tableMembres(page: Page) {
  return page.locator("main").getByRole("table", { name: /^Membres/ });
}

/** Confirms in the DSFR dialog, once it is open. */
async function confirmer(page: Page, bouton: string): Promise<void> {
  const dialogue = page.getByRole("dialog", { name: "Retirer un rôle" });
  await dialogue.waitFor();
  await dialogue.getByRole("button", { name: bouton }).click();
  await dialogue.waitFor({ state: "hidden" });
}

describe.skipIf(ignorerParcours)("Parcours : administration", () => {
  const { nouvellePage } = preparerParcours();

  it("l'administrateur de l'organisation donne un rôle, le retire après confirmation, et ne peut retirer le dernier administrateur", async () => {
    const page = await nouvellePage();
    const surveillance = await surveiller(page);
    surveillance.tolerer(/status of 409 .*\/roles\/administrateur_organisation\)$/);
    await seConnecter(page, "admin-organisation@demo.vivier.test", "Julien");

    // From the account page, like from the header.
    await page.goto("/compte");
    await attendreTitre(page, "Mon compte");
    await page.locator("main").getByRole("link", { name: "Gérer mon organisation" }).click();
    await attendreTitre(page, TITRE_ADMINISTRATION);
    const membres = tableMembres(page);
    await membres.waitFor();
    const amina = membres.getByRole("row").filter({ hasText: "agent@demo.vivier.test" });

    // Give Amina Diallo a second role.
    await amina.getByRole("combobox", { name: "Rôle à donner à Amina Diallo" }).selectOption({ label: "Gestionnaire RH" });
    await amina.getByRole("button", { name: "Ajouter ce rôle à Amina Diallo" }).click();
    await page.locator("main").getByRole("status").filter({ hasText: "Le rôle « Gestionnaire RH » a été donné à Amina Diallo." }).waitFor();
    await bientot(() => amina.getByRole("button", { name: /^Retirer le rôle/ }).count()).toBe(2);
    await verifierAccessibilite(page, "Membres, un rôle donné");

    // Take it back: asked first, in a dialog.
    const retirer = amina.getByRole("button", { name: "Retirer le rôle Gestionnaire RH à Amina Diallo" });
    await attendreDsfr(page.locator("dialog#vivier-confirmation"));
    await retirer.click();
    await page.getByRole("dialog", { name: "Retirer un rôle" }).waitFor();
    expect(await page.getByRole("dialog").innerText()).toContain("Retirer le rôle « Gestionnaire RH » à Amina Diallo");
    await verifierAccessibilite(page, "Membres, confirmation du retrait");
    await confirmer(page, "Retirer le rôle");
    await page.locator("main").getByRole("status").filter({ hasText: "Le rôle « Gestionnaire RH » a été retiré à Amina Diallo." }).waitFor();
    // The button pressed went away with the role: focus is on the message that says what happened.
    await bientot(() => page.evaluate(() => document.activeElement?.textContent ?? "")).toContain("a été retiré à Amina Diallo");
    await bientot(() => amina.getByRole("button", { name: /^Retirer le rôle/ }).count()).toBe(1);

    // The last administrator stays: the API's French refusal.
    const julien = membres.getByRole("row").filter({ hasText: "admin-organisation@demo.vivier.test" });
    await julien.getByRole("button", { name: /^Retirer le rôle Administrateur·rice de l'organisation/ }).click();
    await confirmer(page, "Retirer le rôle");
    await page
      .locator("main")
      .getByRole("alert")
      .filter({ hasText: "C'est le dernier administrateur de l'organisation : nommez-en un autre avant de retirer ce rôle." })
      .waitFor();
    await verifierAccessibilite(page, "Membres, retrait refusé");

    surveillance.verifierAucuneErreur();
  });

  it("refuse la page aux autres rôles (403) et aux autres organisations (404), avec le message de l'API", async () => {
    const page = await nouvellePage();
    const surveillance = await surveiller(page);
    surveillance.tolerer(/status of 404 .*\/(membres|invitations)\)$/);

    // The administrator of Saint-Étienne, on the page of another organisation: 404.
    await seConnecter(page, "admin-organisation@demo.vivier.test", "Julien");
    const saintEtienne = await page.getByRole("banner").getByRole("link", { name: "Gérer mon organisation" }).getAttribute("href");
    const recherche = await page.request.get("/api/v1/organisations?q=Expertise%20France");
    const operateur = ((await recherche.json()) as { resultats: { id: string; nom: string }[] }).resultats.find((o) => o.nom === "Expertise France");
    if (operateur === undefined || saintEtienne === null) throw new Error("organisations de démonstration introuvables");
    await page.goto(`/organisations/${operateur.id}`);
    await attendreTitre(page, "Expertise France");
    // Not its administrator: no link to manage it.
    expect(await page.locator("main").getByRole("link", { name: "Gérer les membres et les invitations" }).count()).toBe(0);
    await page.goto(`/organisations/${operateur.id}/administration`);
    await attendreTitre(page, "Membres et invitations — Expertise France");
    await page.locator("main").getByRole("alert").filter({ hasText: "Organisation introuvable." }).waitFor();
    await verifierAccessibilite(page, "Membres et invitations, autre organisation");

    // An agent of Saint-Étienne, on its administration page: 403.
    const agent = await nouvellePage();
    const surveillanceAgent = await surveiller(agent);
    surveillanceAgent.tolerer(/status of 403 .*\/(membres|invitations)\)$/);
    await seConnecter(agent, "agent@demo.vivier.test", "Amina");
    expect(await agent.getByRole("banner").getByRole("link", { name: "Gérer mon organisation" }).count()).toBe(0);
    await agent.goto(saintEtienne);
    await attendreTitre(agent, TITRE_ADMINISTRATION);
    await agent.locator("main").getByRole("alert").filter({ hasText: "Votre rôle ne permet pas de voir les membres de l'organisation." }).waitFor();
    await verifierAccessibilite(agent, "Membres et invitations, rôle refusé");

    surveillance.verifierAucuneErreur();
    surveillanceAgent.verifierAucuneErreur();
  });

  it("crée un jeton d'API, le montre une seule fois avec un bouton pour le copier, puis le révoque", async () => {
    const page = await nouvellePage({ permissions: ["clipboard-read", "clipboard-write"] });
    const surveillance = await surveiller(page);
    surveillance.tolerer(/status of 400 .*\/api\/v1\/me\/jetons\)$/);
    await seConnecter(page, "operateur@demo.vivier.test", "Farid");
    await page.goto("/compte");
    await attendreTitre(page, "Mon compte");
    const section = page.locator("main").getByRole("region", { name: "Jetons d'API" });
    await section.getByText("Vous n'avez aucun jeton d'API.").waitFor();
    await verifierAccessibilite(page, "Mon compte, jetons d'API");

    // Too long a duration: the API's French message under the field.
    const nom = section.getByRole("textbox", { name: /^Nom du jeton/ });
    const duree = section.getByRole("spinbutton", { name: /^Durée de validité/ });
    await nom.fill("Système de suivi des projets");
    expect(await section.getByRole("combobox", { name: "Rôle avec lequel le jeton agit" }).inputValue()).not.toBe("");
    await duree.fill("400");
    const creer = section.getByRole("button", { name: "Créer le jeton" });
    await creer.click();
    await section.getByText("La durée ne peut dépasser 365 jours.").waitFor();
    await bientot(() => duree.evaluate((e) => e === document.activeElement)).toBe(true);
    await verifierAccessibilite(page, "Mon compte, jeton refusé");

    await duree.fill("30");
    await creer.click();
    const secret = section.getByRole("textbox", { name: "Jeton d'API" });
    await secret.waitFor();
    const jeton = await secret.inputValue();
    expect(jeton).toMatch(/^vivier_[\w-]{43}$/);
    expect(await section.getByText("Copiez-le maintenant : il ne sera plus jamais affiché.").isVisible()).toBe(true);
    await section.getByRole("button", { name: "Copier le jeton" }).click();
    await section.getByText("Jeton copié dans le presse-papiers.").waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(jeton);
    await verifierAccessibilite(page, "Mon compte, jeton créé");

    // Listed by its name and first characters, never in full.
    const ligne = section.getByRole("table", { name: /^Mes jetons d'API/ }).getByRole("row").filter({ hasText: "Système de suivi des projets" });
    await ligne.waitFor();
    const texteLigne = await ligne.innerText();
    expect(texteLigne).toContain("Chargé·e de projet d'un opérateur — Expertise France");
    expect(texteLigne).toContain("Jamais utilisé");
    expect(texteLigne).not.toContain(jeton);
    expect(jeton.startsWith((await ligne.locator("code").innerText()).replace(/…$/, ""))).toBe(true);

    // It works, for the operator's systems.
    const avecJeton = () => page.request.get("/api/v1/me", { headers: { authorization: `Bearer ${jeton}` } });
    expect((await avecJeton()).status()).toBe(200);

    // Shown once: gone once hidden, and after a reload.
    await section.getByRole("button", { name: "Masquer le jeton" }).click();
    expect(await secret.count()).toBe(0);
    await page.reload();
    await attendreTitre(page, "Mon compte");
    await ligne.waitFor();
    expect(await page.locator("main").innerText()).not.toContain(jeton);

    await ligne.getByRole("button", { name: "Révoquer le jeton Système de suivi des projets" }).click();
    await section.getByRole("status").filter({ hasText: "Le jeton « Système de suivi des projets » a été révoqué : il ne fonctionne plus." }).waitFor();
    await section.getByText("Vous n'avez aucun jeton d'API.").waitFor();
    expect((await avecJeton()).status()).toBe(401);

    surveillance.verifierAucuneErreur();
  });

  it("l'administratrice de la plateforme crée un opérateur et invite son premier administrateur", async () => {
    const page = await nouvellePage();
    const surveillance = await surveiller(page);
    surveillance.tolerer(/status of 400 .*\/api\/v1\/organisations\)$/);
    await seConnecter(page, "admin@demo.vivier.test", "Karima");
    await page.goto("/compte");
    await attendreTitre(page, "Mon compte");
    await page.locator("main").getByRole("link", { name: "Créer une organisation" }).click();
    await page.waitForURL((url) => url.pathname === "/administration/organisations/nouvelle");
    await attendreTitre(page, "Créer une organisation");
    await verifierAccessibilite(page, "Créer une organisation");
    const contenu = page.locator("main");
    const type = contenu.getByRole("combobox", { name: "Type d'organisation" });
    const nom = contenu.getByRole("textbox", { name: /^Nom Le nom complet/ });
    const creer = contenu.getByRole("button", { name: "Créer l'organisation" });

    // An embassy needs its country; a SIREN has 9 digits: said under each field.
    await type.selectOption({ label: "Ambassade de France" });
    await contenu.getByRole("combobox", { name: "Pays de l'ambassade" }).waitFor();
    await nom.fill("Ambassade de France en Atlantide");
    await contenu.getByRole("textbox", { name: /^Numéro SIREN/ }).fill("12345");
    await creer.click();
    await contenu.getByText("Le SIREN compte 9 chiffres.").waitFor();
    await verifierAccessibilite(page, "Créer une organisation, erreurs");
    await contenu.getByRole("textbox", { name: /^Numéro SIREN/ }).fill("");

    // An operator, with its first administrator.
    await type.selectOption({ label: "Opérateur d'assistance technique" });
    expect(await contenu.getByRole("combobox", { name: "Pays de l'ambassade" }).count()).toBe(0);
    await nom.fill("Agence de coopération des territoires");
    await contenu.getByRole("textbox", { name: /^Nom court/ }).fill("ACT");
    await contenu.getByRole("textbox", { name: /^Adresse électronique du premier administrateur/ }).fill("direction@act.exemple.fr");
    await creer.click();

    // On to its administration page: created, its first administrator invited.
    await page.waitForURL((url) => /^\/organisations\/[^/]+\/administration$/.test(url.pathname));
    await attendreTitre(page, "Membres et invitations — Agence de coopération des territoires");
    await contenu
      .getByRole("status")
      .filter({ hasText: "L'organisation « Agence de coopération des territoires » a été créée, et direction@act.exemple.fr invité·e à l'administrer." })
      .waitFor();
    const invitation = contenu.getByRole("table", { name: /^Invitations/ }).getByRole("row").filter({ hasText: "direction@act.exemple.fr" });
    await invitation.waitFor();
    expect(await invitation.textContent()).toContain("Administrateur·rice de l'organisation");
    expect(await invitation.textContent()).toContain("En attente");
    expect(await contenu.getByText("Aucun membre pour le moment.").isVisible()).toBe(true);
    // The roles an operator can give, and no other.
    const roles = await contenu.getByRole("region", { name: "Inviter une personne" }).getByRole("combobox", { name: "Rôle" }).locator("option").allTextContents();
    expect(roles).toEqual(["Choisir un rôle", "Chargé·e de projet d'un opérateur", "Administrateur·rice de l'organisation"]);
    await verifierAccessibilite(page, "Membres et invitations, organisation créée");

    // Its public page links back here for the platform administrator.
    await page.getByRole("navigation", { name: "vous êtes ici :" }).getByRole("link", { name: "Agence de coopération des territoires" }).click();
    await attendreTitre(page, "Agence de coopération des territoires");
    expect(await contenu.getByRole("link", { name: "Gérer les membres et les invitations" }).isVisible()).toBe(true);
    await verifierAccessibilite(page, "Fiche de l'organisation créée");

    surveillance.verifierAucuneErreur();
  });
});
