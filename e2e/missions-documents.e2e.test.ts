/**
 * Parcours : l'opérateur joint des documents à sa mission publiée. Un faux PDF (un texte renommé)
 * est refusé sous le champ du fichier ; le vrai PDF est joint, listé avec son type et sa taille, et
 * se télécharge tel quel ; une agente le voit et le télécharge, sans formulaire pour en joindre ;
 * l'opérateur le retire après confirmation.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { uneMission } from "../test/support/missions-de-test";
import { seConnecter } from "./support/comptes";
import { attendreDsfr, attendreTitre, bientot, ignorerParcours, surveiller, verifierAccessibilite } from "./support/navigateur";
import { preparerParcours } from "./support/parcours";

/** Unique to this run: the demo data and other journeys never hold it. */
const INTITULE = `Gestion des déchets de Saint-Louis ${Date.now().toString(36)}`;
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

/**
 * What this journey is not about, done as the pages do it (same origin, session cookie and
 * anti-CSRF token): a project and its mission, published. Answers the mission's address.
 */
async function missionPublieeParLApi(page: Page): Promise<string> {
  const id = await page.evaluate(
    async ({ mission }) => {
      const { csrf } = await (await fetch("/api/v1/me")).json();
      const envoyer = async (url: string, corps: unknown) => {
        const r = await fetch(url, { method: "POST", headers: { "content-type": "application/json", "x-csrf-token": csrf }, body: JSON.stringify(corps) });
        if (!r.ok) throw new Error(`${url} : ${r.status} ${await r.text()}`);
        return r.json();
      };
      const projet = await envoyer("/api/v1/projets", { intitule: "Propreté urbaine au Sénégal", bailleur: "Agence française de développement" });
      const { id } = await envoyer(`/api/v1/projets/${projet.id}/missions`, mission);
      await envoyer(`/api/v1/missions/${id}/transitions`, { evenement: "publier" });
      return id as string;
    },
    { mission: uneMission({ intitule: INTITULE }) },
  );
  return `/missions/${id}`;
}

/** The message an action announces (role=status), in the page's main content. */
async function attendreAnnonce(page: Page, texte: string | RegExp): Promise<void> {
  await page.locator("main").getByRole("status").filter({ hasText: texte }).first().waitFor();
}

describe.skipIf(ignorerParcours)("Parcours : les documents d'une mission", () => {
  const { nouvellePage, autreNavigateur } = preparerParcours();

  it("l'opérateur joint un PDF (après un faux PDF refusé), chacun le télécharge, l'opérateur le retire", { timeout: 180_000 }, async () => {
    const operateur = await nouvellePage();
    const surveillance = await surveiller(operateur);
    // The fake PDF, refused on purpose below.
    surveillance.tolerer(/status of 415 .*\/api\/v1\/missions\/[0-9a-f-]{36}\/documents\?/);
    await seConnecter(operateur, "operateur@demo.vivier.test", "Farid");
    const adresse = await missionPublieeParLApi(operateur);

    await operateur.goto(adresse);
    await attendreTitre(operateur, INTITULE);
    const section = operateur.locator("main").getByRole("region", { name: "Documents" });
    await section.getByText("Aucun document joint à la mission.").waitFor();
    const formulaire = section.getByRole("form", { name: "Joindre un document" });
    const fichier = formulaire.getByLabel(/^Fichier/);
    const type = formulaire.getByRole("combobox", { name: /^Type de document/ });
    const joindre = formulaire.getByRole("button", { name: "Joindre le document" });
    await verifierAccessibilite(operateur, "Une mission publiée et ses documents, vus par son opérateur");

    // Nothing chosen: both fields say so, and focus goes to the first.
    await joindre.click();
    await formulaire.getByText("Choisissez le fichier à joindre.").waitFor();
    await formulaire.getByText("Choisissez le type du document.").waitFor();
    await bientot(() => fichier.evaluate((e) => e === document.activeElement)).toBe(true);
    expect(await fichier.getAttribute("aria-invalid")).toBe("true");

    // A text file named .pdf: the server reads its content, and says so under the field.
    await fichier.setInputFiles({ name: "termes.pdf", mimeType: "application/pdf", buffer: Buffer.from("Ceci n'est qu'un texte renommé en PDF.\n") });
    await type.selectOption({ label: "Termes de référence" });
    await joindre.click();
    await formulaire.getByText("Type de fichier non accepté : formats acceptés PDF, Word (DOCX).").waitFor();
    await verifierAccessibilite(operateur, "Un faux PDF refusé");

    // The real one.
    await fichier.setInputFiles({ name: "TdR Saint-Louis.pdf", mimeType: "application/pdf", buffer: PDF });
    await joindre.click();
    await attendreAnnonce(operateur, "Le document « TdR Saint-Louis.pdf » est joint à la mission.");
    const lien = section.getByRole("link", { name: /^Termes de référence : TdR Saint-Louis\.pdf/ });
    await lien.waitFor();
    expect(await lien.innerText()).toMatch(/PDF – 1 ko, ajouté le /);
    const href = await lien.getAttribute("href");
    expect(href).toMatch(/^\/api\/v1\/missions\/[0-9a-f-]{36}\/documents\/[0-9a-f-]{36}$/);
    const telecharge = await operateur.request.get(href!);
    expect(telecharge.status()).toBe(200);
    expect(telecharge.headers()["content-disposition"]).toContain("attachment");
    expect((await telecharge.body()).equals(PDF)).toBe(true);
    // The form is empty again, for the next document.
    expect(await type.inputValue()).toBe("");
    await verifierAccessibilite(operateur, "Une mission et son document joint");

    // ————————————————————————————— Someone else who sees the mission downloads it, and adds nothing
    const agente = await autreNavigateur();
    const surveillanceAgente = await surveiller(agente);
    await seConnecter(agente, "agent@demo.vivier.test", "Amina");
    await agente.goto(adresse);
    await attendreTitre(agente, INTITULE);
    const sectionAgente = agente.locator("main").getByRole("region", { name: "Documents" });
    const lienAgente = sectionAgente.getByRole("link", { name: /^Termes de référence : TdR Saint-Louis\.pdf/ });
    await lienAgente.waitFor();
    expect((await (await agente.request.get((await lienAgente.getAttribute("href"))!)).body()).equals(PDF)).toBe(true);
    expect(await sectionAgente.getByRole("form").count()).toBe(0);
    expect(await sectionAgente.getByRole("button").count()).toBe(0);
    await verifierAccessibilite(agente, "Une mission et son document, vus par une agente");
    surveillanceAgente.verifierAucuneErreur();

    // ————————————————————————————— The operator removes it, once confirmed
    const retirer = section.getByRole("button", { name: "Retirer le document « TdR Saint-Louis.pdf »" });
    await attendreDsfr(operateur.locator("dialog#vivier-confirmation"));
    await retirer.click();
    const dialogue = operateur.getByRole("dialog", { name: "Retirer ce document ?" });
    await dialogue.waitFor();
    await verifierAccessibilite(operateur, "Retirer un document : la confirmation");
    await dialogue.getByRole("button", { name: "Retirer le document" }).click();
    await dialogue.waitFor({ state: "hidden" });
    await attendreAnnonce(operateur, "Le document « TdR Saint-Louis.pdf » est retiré de la mission.");
    await section.getByText("Aucun document joint à la mission.").waitFor();
    surveillance.verifierAucuneErreur();
  });
});
