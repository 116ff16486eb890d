/**
 * Parcours : une agente se connecte avec ProConnect depuis la page de connexion (un fournisseur
 * d'identité de test tient le rôle de ProConnect), arrive sur la page demandée, puis se déconnecte
 * de Vivier et de ProConnect ; une personne sans compte Vivier est renvoyée vers la page de
 * connexion avec un message clair.
 */
import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { demarrerFournisseurOidc, type FournisseurOidc } from "../test/support/fournisseur-oidc";
import { attendreTitre, bientot, ignorerParcours, surveiller, verifierAccessibilite } from "./support/navigateur";
import { preparerParcours } from "./support/parcours";

describe.skipIf(ignorerParcours)("Parcours : connexion avec ProConnect", () => {
  let fournisseur: FournisseurOidc | undefined;
  const { nouvellePage } = preparerParcours({
    // The provider registers Vivier's address as redirect URI, then Vivier is pointed at it.
    env: async (url) => {
      fournisseur = await demarrerFournisseurOidc({
        urlVivier: url,
        identites: [
          { sub: "pc-agent", email: "agent@demo.vivier.test", given_name: "Amina", usual_name: "Diallo" },
          { sub: "pc-inconnu", email: "personne@ailleurs.gouv.fr", given_name: "Paul", usual_name: "Personne" },
        ],
      });
      return fournisseur.env;
    },
  });
  afterAll(async () => {
    await fournisseur?.arreter();
  });

  /** The test provider's sign-in form, filled as a person would. */
  async function sIdentifierChezLeFournisseur(page: Page, sub: string) {
    await page.waitForURL((url) => url.origin === fournisseur?.issuer);
    await page.getByLabel("Identifiant").fill(sub);
    await page.getByLabel("Mot de passe").fill("peu-importe");
    await page.getByRole("button", { name: "Se connecter" }).click();
  }

  it("se connecte avec ProConnect, revient sur la page demandée, puis se déconnecte de Vivier et de ProConnect", async () => {
    const page = await nouvellePage();
    const surveillance = await surveiller(page);

    // Signed out, the account page sends to the sign-in page, which offers ProConnect first.
    await page.goto("/compte");
    await page.waitForURL((url) => url.pathname === "/connexion");
    await attendreTitre(page, "Connexion");
    const contenu = page.locator("main");
    const bouton = contenu.getByRole("link", { name: /^S’identifier avec\s*ProConnect$/ });
    await bouton.waitFor();
    expect(await contenu.getByRole("heading", { level: 2, name: "Se connecter avec ProConnect" }).isVisible()).toBe(true);
    expect(await contenu.getByText("ou", { exact: true }).isVisible()).toBe(true);
    expect(await contenu.getByRole("link", { name: /Qu’est-ce que ProConnect/ }).getAttribute("target")).toBe("_blank");
    // The password form is still there, below.
    expect(await contenu.getByRole("button", { name: "Se connecter", exact: true }).isVisible()).toBe(true);
    await verifierAccessibilite(page, "Connexion, avec ProConnect");

    await bouton.click();
    await sIdentifierChezLeFournisseur(page, "pc-agent");

    // Back at Vivier, signed in, on the page asked for.
    await page.waitForURL((url) => url.pathname === "/compte");
    await attendreTitre(page, "Mon compte");
    // The title comes before the account's data: wait for the data itself.
    await contenu.getByText("agent@demo.vivier.test", { exact: true }).waitFor();
    const entete = page.getByRole("banner");
    await entete.getByRole("link", { name: "Amina Diallo" }).waitFor();

    // Signing out goes through ProConnect's sign-out, which comes back to the sign-in page.
    await entete.getByRole("button", { name: "Se déconnecter" }).click();
    await page.waitForURL((url) => url.origin === fournisseur?.issuer);
    await page.getByRole("button", { name: "Se déconnecter" }).click();
    await page.waitForURL((url) => url.pathname === "/connexion" && url.origin !== fournisseur?.issuer);
    await attendreTitre(page, "Connexion");
    await entete.getByRole("link", { name: "Se connecter" }).waitFor();
    await page.goto("/compte");
    await page.waitForURL((url) => url.pathname === "/connexion");

    surveillance.verifierAucuneErreur();
  });

  it("sans compte Vivier : retour à la page de connexion avec un message qui dit quoi faire", async () => {
    const page = await nouvellePage();
    const surveillance = await surveiller(page);

    await page.goto("/connexion");
    await attendreTitre(page, "Connexion");
    await page.locator("main").getByRole("link", { name: /^S’identifier avec\s*ProConnect$/ }).click();
    await sIdentifierChezLeFournisseur(page, "pc-inconnu");

    await page.waitForURL((url) => url.pathname === "/connexion" && url.searchParams.get("erreur") === "aucun_compte");
    await attendreTitre(page, "Connexion");
    const alerte = page.locator("main").getByRole("alert");
    await bientot(() => alerte.innerText()).toContain("Aucun compte Vivier n'est associé à l'adresse électronique de votre compte ProConnect");
    expect(await alerte.innerText()).toContain("demandez une invitation à l'administrateur de votre organisation");
    expect(await page.getByRole("banner").getByRole("link", { name: "Se connecter" }).isVisible()).toBe(true);
    await verifierAccessibilite(page, "Connexion, ProConnect sans compte Vivier");

    // A code the page does not know shows nothing: no text from the address reaches the page.
    await page.goto("/connexion?erreur=%3Cb%3Epirate%3C%2Fb%3E");
    await attendreTitre(page, "Connexion");
    expect(await page.locator("main").getByRole("alert").count()).toBe(0);

    surveillance.verifierAucuneErreur();
  });
});
