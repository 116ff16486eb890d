/**
 * Signing in as the demo accounts, and reading the e-mail Vivier "sent" (the development outbox
 * page, which the test server has: no SMTP server there).
 */
import type { Page } from "playwright-core";
import { attendreTitre, verifierAccessibilite } from "./navigateur";

export const MOT_DE_PASSE_DEMO = "vivier-demo-2026";
export const TITRE_ACCUEIL = "Vivier, l'expertise des collectivités territoriales au service de l'action internationale";

/** Fills and sends the sign-in form of the page as it is (the sign-in page, maybe with `?retour=`). */
export async function remplirConnexion(page: Page, email: string, motDePasse = MOT_DE_PASSE_DEMO): Promise<void> {
  await attendreTitre(page, "Connexion");
  const contenu = page.locator("main");
  await contenu.getByRole("textbox", { name: /^Adresse électronique/ }).fill(email);
  await contenu.getByLabel("Mot de passe", { exact: true }).fill(motDePasse);
  await contenu.getByRole("button", { name: "Se connecter", exact: true }).click();
}

/** Signs in from the sign-in page and waits for the home page to greet the person. */
export async function seConnecter(page: Page, email: string, prenom: string): Promise<void> {
  await page.goto("/connexion");
  await remplirConnexion(page, email);
  await page.waitForURL((url) => url.pathname === "/");
  await attendreTitre(page, TITRE_ACCUEIL);
  await page.getByRole("region", { name: `Bonjour ${prenom}` }).waitFor();
}

/**
 * The invitation link of the latest e-mail to `email`, read on the outbox page the footer leads to
 * (checked with axe when `verifier` says so).
 */
export async function lireLienInvitation(page: Page, email: string, verifier = false): Promise<string> {
  await page.getByRole("contentinfo").getByRole("link", { name: "Boîte d'envoi (développement)" }).click();
  await page.waitForURL((url) => url.pathname === "/dev/courriels");
  await attendreTitre(page, "Boîte d'envoi (développement)");
  const contenu = page.locator("main");
  await contenu.getByRole("textbox", { name: /^Destinataire/ }).fill(email);
  await contenu.getByRole("button", { name: "Filtrer" }).click();
  await page.waitForURL((url) => url.searchParams.get("destinataire") === email);
  const courriel = contenu.getByRole("article").first();
  await courriel.getByText(email, { exact: true }).waitFor();
  if (verifier) await verifierAccessibilite(page, "Boîte d'envoi");
  const lien = await courriel.getByRole("link", { name: /\/invitation#/ }).getAttribute("href");
  if (lien === null) throw new Error(`Aucun lien d'invitation dans le courriel à ${email}`);
  return lien;
}
