/**
 * Parcours : l'agent de Saint-Étienne tient son profil d'expert (il ajoute une langue, change son
 * métier) puis le réserve à son employeur, et l'opérateur qui le voyait ne le trouve plus. Le
 * service RH crée le profil d'un agent (après une adresse refusée, montrée sous son champ), lui
 * envoie le lien pour le reprendre, et l'agent, depuis ce lien, crée son compte et arrive sur son
 * profil.
 */
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { lireLienInvitation, seConnecter } from "./support/comptes";
import { attendreTitre, bientot, ignorerParcours, surveiller, verifierAccessibilite } from "./support/navigateur";
import { preparerParcours } from "./support/parcours";

const TITRE_MON_PROFIL = "Mon profil d'expert";
const estActif = (element: Locator) => element.evaluate((e) => e === document.activeElement);

/** Checks a radio button with the keyboard (focus, then Space), as a keyboard user would. */
async function cocher(page: Page, radio: Locator): Promise<void> {
  await radio.focus();
  await page.keyboard.press("Space");
  await bientot(() => radio.isChecked()).toBe(true);
}

/** Waits until the profile form is drawn (its reference lists read). */
async function attendreFormulaire(page: Page): Promise<void> {
  await page.locator("main").getByRole("combobox", { name: "Position statutaire" }).waitFor();
}

describe.skipIf(ignorerParcours)("Parcours : profil d'expert", () => {
  const { nouvellePage, autreNavigateur } = preparerParcours();

  it("l'agent modifie son profil, puis le réserve à son employeur : l'opérateur ne le voit plus", { timeout: 120_000 }, async () => {
    const agent = await nouvellePage();
    const surveillanceAgent = await surveiller(agent);
    await seConnecter(agent, "agent@demo.vivier.test", "Amina");
    await agent.goto("/mon-profil");
    await attendreTitre(agent, TITRE_MON_PROFIL);
    const contenu = agent.locator("main");
    await contenu.getByText("Ingénieure eau et assainissement").first().waitFor();
    await verifierAccessibilite(agent, "Mon profil");

    await contenu.getByRole("link", { name: "Modifier mon profil" }).click();
    await agent.waitForURL((url) => /^\/vivier\/profils\/[^/]+\/modifier$/.test(url.pathname));
    const id = new URL(agent.url()).pathname.split("/")[3]!;
    await attendreTitre(agent, "Modifier mon profil");
    await attendreFormulaire(agent);
    await verifierAccessibilite(agent, "Modifier mon profil");

    await contenu.getByRole("textbox", { name: /^Métier/ }).fill("Directrice de la régie des eaux");
    // Amina speaks two languages already: the new one is the third, and focus goes to it.
    await contenu.getByRole("button", { name: "Ajouter une langue" }).click();
    const langue = contenu.getByRole("combobox", { name: "Langue 3", exact: true });
    await bientot(() => estActif(langue)).toBe(true);
    await langue.selectOption({ label: "espagnol" });
    await contenu.getByRole("combobox", { name: /^Niveau de la langue 3/ }).selectOption("B2");
    expect(await contenu.innerText()).toContain("Enregistrer le profil le confirme aussi à jour");
    await contenu.getByRole("button", { name: "Enregistrer le profil" }).click();

    // Back to their own page, which says it was saved and shows the change.
    await agent.waitForURL((url) => url.pathname === "/mon-profil");
    await attendreTitre(agent, TITRE_MON_PROFIL);
    await contenu.getByRole("status").filter({ hasText: "Le profil est enregistré" }).waitFor();
    const texte = await contenu.innerText();
    expect(texte).toContain("Directrice de la régie des eaux");
    expect(texte).toMatch(/espagnol\s*—[^\n]*B2/);

    // The operator sees the profile while the agent shows it to operators (the demo's choice).
    const operateur = await autreNavigateur();
    const surveillanceOperateur = await surveiller(operateur);
    // Once hidden from operators, the profile is answered 404: on purpose.
    surveillanceOperateur.tolerer(/status of 404 .*\/api\/v1\/profils\/[\w-]+\)$/);
    await seConnecter(operateur, "operateur@demo.vivier.test", "Farid");
    await operateur.goto(`/vivier/profils/${id}`);
    await attendreTitre(operateur, "Amina Diallo");

    // The agent narrows their consent to their employer.
    const consentement = contenu.getByRole("form", { name: "Visibilité de mon profil" });
    const employeurSeulement = consentement.getByRole("radio", { name: /^Mon employeur seulement/ });
    expect(await consentement.getByRole("radio", { name: /^Mon employeur et les opérateurs/ }).isChecked()).toBe(true);
    await cocher(agent, employeurSeulement);
    await consentement.getByRole("button", { name: "Enregistrer mon choix" }).click();
    await contenu.getByRole("status").filter({ hasText: "Qui peut voir votre profil : Mon employeur seulement." }).waitFor();
    await verifierAccessibilite(agent, "Mon profil, choix enregistré");

    // Reloaded, the operator no longer finds it.
    await operateur.reload();
    await attendreTitre(operateur, "Profil introuvable");
    expect(await operateur.locator("main").innerText()).toContain("son agent n'a pas choisi de vous le montrer");

    surveillanceAgent.verifierAucuneErreur();
    surveillanceOperateur.verifierAucuneErreur();
  });

  it("le service RH crée un profil et l'agent le reprend depuis le lien reçu", { timeout: 120_000 }, async () => {
    const rh = await nouvellePage();
    const surveillanceRh = await surveiller(rh);
    // The invalid address below is refused by the API on purpose.
    surveillanceRh.tolerer(/status of 400 .*\/api\/v1\/organisations\/[\w-]+\/profils\)$/);
    await seConnecter(rh, "rh@demo.vivier.test", "Bruno");
    const moi = (await rh.evaluate(async () => (await fetch("/api/v1/me")).json())) as { appartenances: { role: string; organisation: { id: string } }[] };
    const organisationId = moi.appartenances.find((a) => a.role === "gestionnaire_rh")!.organisation.id;

    await rh.goto(`/organisations/${organisationId}/vivier/nouveau`);
    await attendreTitre(rh, "Ajouter un agent au vivier");
    await attendreFormulaire(rh);
    const contenu = rh.locator("main");
    await verifierAccessibilite(rh, "Ajouter un agent au vivier");

    await contenu.getByRole("textbox", { name: "Prénom", exact: true }).fill("Léa");
    await contenu.getByRole("textbox", { name: "Nom", exact: true }).fill("Fontaine");
    const courriel = contenu.getByRole("textbox", { name: /^Adresse électronique/ });
    await courriel.fill("lea.fontaine-saint-etienne.test");
    await contenu.getByRole("combobox", { name: "Position statutaire" }).selectOption({ label: "Fonctionnaire titulaire" });
    await contenu.getByRole("textbox", { name: /^Métier/ }).fill("Urbaniste");
    await contenu.getByRole("button", { name: "Ajouter un domaine d'expertise" }).click();
    await contenu.getByRole("combobox", { name: /^Domaine d'expertise 1/ }).selectOption({ label: "Planification urbaine et documents d'urbanisme" });
    await contenu.getByRole("combobox", { name: /^Niveau du domaine d'expertise 1/ }).selectOption({ label: "expert" });
    await contenu.getByRole("button", { name: "Ajouter une langue" }).click();
    await contenu.getByRole("combobox", { name: "Langue 1", exact: true }).selectOption({ label: "espagnol" });
    await contenu.getByRole("combobox", { name: /^Niveau de la langue 1/ }).selectOption("B2");
    const creer = contenu.getByRole("button", { name: "Créer le profil" });
    await creer.click();

    // The API's message under the field, which takes focus; the summary above the form lists it.
    await contenu.getByText("Adresse électronique invalide.", { exact: true }).waitFor();
    expect(await courriel.getAttribute("aria-invalid")).toBe("true");
    await bientot(() => estActif(courriel)).toBe(true);
    await contenu.getByRole("heading", { name: "Un champ est à corriger" }).waitFor();
    expect(await contenu.getByRole("link", { name: "Adresse électronique : Adresse électronique invalide." }).count()).toBe(1);
    await verifierAccessibilite(rh, "Ajouter un agent au vivier, adresse invalide");

    const email = "lea.fontaine@saint-etienne.test";
    await courriel.fill(email);
    await creer.click();
    await rh.waitForURL((url) => /^\/vivier\/profils\/[^/]+$/.test(url.pathname));
    await attendreTitre(rh, "Léa Fontaine");

    // The link to claim the profile, sent from the profile's page.
    await contenu
      .getByRole("button", { name: "Envoyer à l'agent le lien pour reprendre son profil" })
      .or(contenu.getByRole("button", { name: "Inviter l'agent à reprendre son profil" }))
      .first()
      .click();
    await contenu.getByRole("status").filter({ hasText: `envoyé` }).filter({ hasText: email }).waitFor();
    const lien = await lireLienInvitation(rh, email);

    // The agent, in their own browser.
    const agent = await autreNavigateur();
    const surveillanceAgent = await surveiller(agent);
    await agent.goto(lien);
    await attendreTitre(agent, "Invitation à rejoindre Vivier");
    const page = agent.locator("main");
    await page.getByText("a créé votre profil dans le vivier d'experts", { exact: false }).waitFor();
    expect(await page.innerText()).toContain("vous reprenez ce profil avec votre propre compte");
    await verifierAccessibilite(agent, "Invitation, reprise d'un profil");

    await page.getByRole("textbox", { name: "Prénom" }).fill("Léa");
    await page.getByRole("textbox", { name: "Nom", exact: true }).fill("Fontaine");
    await page.getByLabel("Mot de passe", { exact: true }).fill("Plans-de-ville-sur-le-Furan-42");
    await page.getByRole("button", { name: "Créer mon compte et accepter l'invitation" }).click();

    // Straight to the profile, now hers.
    await agent.waitForURL((url) => url.pathname === "/mon-profil");
    await attendreTitre(agent, TITRE_MON_PROFIL);
    await page.getByRole("status").filter({ hasText: "Votre profil d'expert est désormais le vôtre" }).waitFor();
    const texte = await page.innerText();
    expect(texte).toContain("Léa Fontaine, Urbaniste, Saint-Étienne");
    expect(texte).toContain("Planification urbaine et documents d'urbanisme");
    expect(await page.getByRole("radio", { name: /^Mon employeur seulement/ }).isChecked()).toBe(true);
    await verifierAccessibilite(agent, "Mon profil, profil repris");

    surveillanceRh.verifierAucuneErreur();
    surveillanceAgent.verifierAucuneErreur();
  });
});
