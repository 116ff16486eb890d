/**
 * Parcours : l'administrateur de Saint-Étienne invite une nouvelle adresse depuis « Gérer mon
 * organisation » ; la personne ouvre le lien du courriel dans son navigateur, se trompe de mot de
 * passe, crée son compte et arrive connectée avec son rôle ; le lien ne sert plus ; l'administrateur
 * voit l'invitation acceptée et le nouveau membre. Une personne qui a déjà un compte se connecte
 * d'abord, et revient à l'invitation sans que le jeton passe jamais dans une adresse envoyée.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { lireLienInvitation, remplirConnexion, seConnecter, TITRE_ACCUEIL } from "./support/comptes";
import { attendreTitre, bientot, ignorerParcours, surveiller, verifierAccessibilite } from "./support/navigateur";
import { preparerParcours } from "./support/parcours";

const TITRE_ADMINISTRATION = "Membres et invitations — Saint-Étienne";
const TITRE_INVITATION = "Invitation à rejoindre Vivier";

/** From anywhere, the header's link to the administration of the organisation acted for. */
async function ouvrirAdministration(page: Page): Promise<void> {
  await page.getByRole("banner").getByRole("link", { name: "Gérer mon organisation" }).click();
  await page.waitForURL((url) => /^\/organisations\/[^/]+\/administration$/.test(url.pathname));
  await attendreTitre(page, TITRE_ADMINISTRATION);
  await page.locator("main").getByRole("table", { name: /^Membres/ }).waitFor();
}

/** Invites `email` as `role` with the page's form, and waits for the confirmation. */
async function inviter(page: Page, email: string, role: string): Promise<void> {
  const formulaire = page.locator("main").getByRole("region", { name: "Inviter une personne" });
  await formulaire.getByRole("textbox", { name: /^Adresse électronique/ }).fill(email);
  await formulaire.getByRole("combobox", { name: "Rôle" }).selectOption({ label: role });
  await formulaire.getByRole("button", { name: "Envoyer l'invitation" }).click();
  await page.locator("main").getByRole("status").filter({ hasText: `Invitation envoyée à ${email}` }).waitFor();
}

function ligneInvitation(page: Page, email: string) {
  return page.locator("main").getByRole("table", { name: /^Invitations/ }).getByRole("row").filter({ hasText: email });
}

describe.skipIf(ignorerParcours)("Parcours : invitations", () => {
  const { nouvellePage, autreNavigateur } = preparerParcours();

  // Two browsers, two accounts, eight accessibility checks: longer than the default minute on a busy machine.
  it("invite une nouvelle adresse, qui crée son compte depuis le lien et arrive connectée avec son rôle", { timeout: 120_000 }, async () => {
    const admin = await nouvellePage();
    const surveillanceAdmin = await surveiller(admin);
    // The invalid address below is refused by the API on purpose.
    surveillanceAdmin.tolerer(/status of 400 .*\/invitations\)$/);
    await seConnecter(admin, "admin-organisation@demo.vivier.test", "Julien");
    await ouvrirAdministration(admin);
    const contenu = admin.locator("main");
    await contenu.getByRole("table", { name: /^Invitations/ }).or(contenu.getByText("Aucune invitation envoyée")).first().waitFor();
    await verifierAccessibilite(admin, "Membres et invitations");

    // A wrong address: the API's French message, under the field, which takes focus.
    const formulaire = contenu.getByRole("region", { name: "Inviter une personne" });
    const champEmail = formulaire.getByRole("textbox", { name: /^Adresse électronique/ });
    await champEmail.fill("pas-une-adresse");
    await formulaire.getByRole("combobox", { name: "Rôle" }).selectOption({ label: "Gestionnaire RH" });
    await formulaire.getByRole("button", { name: "Envoyer l'invitation" }).click();
    await formulaire.getByText("Adresse électronique invalide.").waitFor();
    expect(await champEmail.getAttribute("aria-invalid")).toBe("true");
    await bientot(() => champEmail.evaluate((e) => e === document.activeElement)).toBe(true);
    await verifierAccessibilite(admin, "Membres et invitations, adresse invalide");

    const email = "lucie.bernard@exemple.fr";
    await inviter(admin, email, "Gestionnaire RH");
    // (Badges are in capitals on screen: their text is read as written.)
    expect(await ligneInvitation(admin, email).textContent()).toContain("En attente");

    // The e-mail, in the development outbox (no SMTP server for the test server).
    const lien = await lireLienInvitation(admin, email, true);
    expect(lien).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/invitation#[\w-]{40,}$/);

    // The invited person, in their own browser.
    const invitee = await autreNavigateur();
    const surveillanceInvitee = await surveiller(invitee);
    // The weak password (400) and the used link (404) are refused by the API on purpose.
    surveillanceInvitee.tolerer(/status of 400 .*\/api\/v1\/invitations\/acceptation\)$/);
    surveillanceInvitee.tolerer(/status of 404 .*\/api\/v1\/invitations\/consultation\)$/);
    await invitee.goto(lien);
    await attendreTitre(invitee, TITRE_INVITATION);
    const page = invitee.locator("main");
    await page.getByText("Adresse électronique invitée").waitFor();
    const texte = await page.innerText();
    expect(texte).toContain("Saint-Étienne");
    expect(texte).toContain("Gestionnaire RH");
    expect(texte).toContain(email);
    // The secret leaves the address bar once kept in the tab.
    await bientot(() => new URL(invitee.url()).hash).toBe("");
    await verifierAccessibilite(invitee, "Invitation, nouveau compte");

    // Too short a password: its French message under the field, which takes focus.
    await page.getByRole("textbox", { name: "Prénom" }).fill("Lucie");
    await page.getByRole("textbox", { name: "Nom", exact: true }).fill("Bernard");
    const motDePasse = page.getByLabel("Mot de passe", { exact: true });
    expect(await page.getByText("12 caractères au moins").isVisible()).toBe(true);
    await motDePasse.fill("trop-court");
    const accepter = page.getByRole("button", { name: "Créer mon compte et accepter l'invitation" });
    await accepter.click();
    await page.getByText("Le mot de passe doit compter au moins 12 caractères (10 saisis).").waitFor();
    expect(await motDePasse.getAttribute("aria-invalid")).toBe("true");
    await bientot(() => motDePasse.evaluate((e) => e === document.activeElement)).toBe(true);
    await verifierAccessibilite(invitee, "Invitation, mot de passe trop court");

    await motDePasse.fill("Lanterne-verte-sur-la-Loire-42");
    await accepter.click();
    await page.getByRole("heading", { name: "Invitation acceptée" }).waitFor();
    // Signed in with the new account, acting with the role it was invited to.
    const entete = invitee.getByRole("banner");
    await entete.getByRole("link", { name: "Lucie Bernard" }).waitFor();
    expect(await entete.innerText()).toContain("Gestionnaire RH · Saint-Étienne");
    await verifierAccessibilite(invitee, "Invitation acceptée");
    await page.getByRole("link", { name: "Aller à l'accueil" }).click();
    await attendreTitre(invitee, TITRE_ACCUEIL);
    await invitee.getByRole("region", { name: "Bonjour Lucie" }).waitFor();

    // The link served once: opened again, the API's French message.
    await invitee.goto(lien);
    await attendreTitre(invitee, TITRE_INVITATION);
    await page.getByRole("alert").filter({ hasText: "Ce lien d'invitation n'est pas valide : il a peut-être expiré ou déjà servi." }).waitFor();
    await verifierAccessibilite(invitee, "Invitation, lien déjà servi");

    // Back to the administrator: the invitation accepted, the new member listed with the role.
    await ouvrirAdministration(admin);
    await bientot(() => ligneInvitation(admin, email).textContent({ timeout: 1_000 }).catch(() => "")).toContain("Acceptée");
    const membre = contenu.getByRole("table", { name: /^Membres/ }).getByRole("row").filter({ hasText: email });
    expect(await membre.getByRole("rowheader").innerText()).toBe("Lucie Bernard");
    expect(await membre.innerText()).toContain("Gestionnaire RH");

    surveillanceAdmin.verifierAucuneErreur();
    surveillanceInvitee.verifierAucuneErreur();
  });

  it("une personne qui a déjà un compte se connecte d'abord, puis accepte et reçoit un second rôle", async () => {
    const admin = await nouvellePage();
    const surveillanceAdmin = await surveiller(admin);
    await seConnecter(admin, "admin-organisation@demo.vivier.test", "Julien");
    await ouvrirAdministration(admin);
    const email = "agent@demo.vivier.test";
    await inviter(admin, email, "Chargé·e de relations internationales");
    const lien = await lireLienInvitation(admin, email);

    const agent = await autreNavigateur();
    const surveillanceAgent = await surveiller(agent);
    const requetes: string[] = [];
    agent.on("request", (r) => requetes.push(r.url()));
    await agent.goto(lien);
    await attendreTitre(agent, TITRE_INVITATION);
    const page = agent.locator("main");
    await page.getByText(`Un compte Vivier existe déjà pour ${email}.`).waitFor();
    await verifierAccessibilite(agent, "Invitation, compte existant, non connecté");

    // To the sign-in page and back: the token never goes into an address.
    await page.getByRole("link", { name: "Se connecter" }).click();
    await agent.waitForURL((url) => url.pathname === "/connexion");
    expect(new URL(agent.url()).searchParams.get("retour")).toBe("/invitation");
    await remplirConnexion(agent, email);
    await agent.waitForURL((url) => url.pathname === "/invitation");
    await attendreTitre(agent, TITRE_INVITATION);
    const jeton = new URL(lien).hash.slice(1);
    expect(requetes.filter((r) => r.includes(jeton))).toEqual([]);

    await page.getByText(`Vous êtes connecté·e avec le compte de ${email}`).waitFor();
    await verifierAccessibilite(agent, "Invitation, compte existant, connecté");
    await page.getByRole("button", { name: "Accepter l'invitation" }).click();
    await page.getByRole("heading", { name: "Invitation acceptée" }).waitFor();
    // Two roles now: the header offers to switch, the new one among them.
    const selecteur = agent.getByRole("banner").getByRole("combobox", { name: "Rôle actif" });
    await selecteur.waitFor();
    expect(await selecteur.locator("option").allInnerTexts()).toEqual(
      expect.arrayContaining(["Agent ou expert — Saint-Étienne", "Chargé·e de relations internationales — Saint-Étienne"]),
    );

    await ouvrirAdministration(admin);
    await bientot(() => ligneInvitation(admin, email).textContent({ timeout: 1_000 }).catch(() => "")).toContain("Acceptée");

    surveillanceAdmin.verifierAucuneErreur();
    surveillanceAgent.verifierAucuneErreur();
  });
});
