/**
 * What the procedures' journeys do on a case page and in « Mes procédures », as a user does it:
 * tick a DSFR choice, wait for an action's announcement and the state it leads to, open a case
 * from « À traiter ». Shared by e2e/procedures*.e2e.test.ts.
 */
import type { Locator, Page } from "playwright-core";
import { expect } from "vitest";
import { attendreTitre, bientot, verifierAccessibilite } from "./navigateur";

export const TITRE_PROCEDURES = "Mes procédures";

/** A text to match as it is, inside a RegExp. */
export const echapper = (texte: string) => texte.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A day `jours` away from an ISO day (negative: before), counted in UTC so that no time zone shifts it. */
export function decaler(jour: string, jours: number): string {
  return new Date(Date.parse(`${jour}T00:00:00Z`) + jours * 86_400_000).toISOString().slice(0, 10);
}

/** Ticks a DSFR radio button or checkbox as a user does: on its label (the DSFR hides the box behind it). */
export async function cocher(choix: Locator): Promise<void> {
  const id = await choix.getAttribute("id");
  await choix.page().locator(`label[for="${id}"]`).click();
  await bientot(() => choix.isChecked()).toBe(true);
}

/** The message an action announces (role=status), in the page's main content. */
export async function attendreAnnonce(page: Page, texte: string | RegExp): Promise<void> {
  await page.locator("main").getByRole("status").filter({ hasText: texte }).first().waitFor();
}

/** The case's state badge (upper-cased by the DSFR stylesheet: compared without case). */
export async function attendreEtat(page: Page, etat: string): Promise<void> {
  await bientot(() => page.locator("main").locator(".fr-badges-group").first().innerText()).toMatch(new RegExp(`^${echapper(etat)}$`, "i"));
}

/** Fires a next action that takes one click, and waits for the state it leads to. */
export async function agir(page: Page, action: string, etat: string): Promise<void> {
  await page.locator("main").getByRole("button", { name: action, exact: true }).click();
  await attendreAnnonce(page, `« ${action} » : c'est fait. La procédure est désormais « ${etat} ».`);
  await attendreEtat(page, etat);
}

/** The case again, as another person left it. */
export async function recharger(page: Page, adresse: string, intitule: string): Promise<void> {
  await page.goto(adresse);
  await attendreTitre(page, intitule);
}

/** « Mes procédures » from the main navigation, its to-do list and its results loaded. */
export async function allerAMesProcedures(page: Page): Promise<void> {
  await page.getByRole("navigation", { name: "Menu principal" }).getByRole("link", { name: "Procédures" }).click();
  await page.waitForURL((url) => url.pathname === "/procedures");
  await attendreTitre(page, TITRE_PROCEDURES);
  await page.locator("main").getByRole("heading", { level: 2, name: "À traiter" }).waitFor();
  await page.locator("main").getByRole("region", { name: "Résultats" }).getByRole("status").filter({ hasText: /procédures?|Vous n'avez encore aucune procédure/ }).waitFor();
}

/** The case from the « À traiter » table, with what waits for the person on it (`nom`: the page, for the accessibility report). */
export async function ouvrirDepuisATraiter(page: Page, intitule: string, attendu: RegExp, nom: string): Promise<void> {
  const ligne = page.locator("main").getByRole("table", { name: "Procédures à traiter" }).getByRole("row").filter({ hasText: intitule });
  await ligne.waitFor();
  expect(await ligne.innerText()).toMatch(attendu);
  await verifierAccessibilite(page, nom);
  await ligne.getByRole("link", { name: intitule }).click();
  await page.waitForURL((url) => /^\/procedures\/[0-9a-f-]{36}$/.test(url.pathname));
  await attendreTitre(page, intitule);
}
