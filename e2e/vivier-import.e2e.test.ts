/**
 * Parcours : le service RH de Saint-Étienne importe un tableur dont la colonne des adresses porte
 * un en-tête inconnu (« Adresse pro ») : la simulation rejette chaque ligne, faute d'adresse ; il
 * donne la colonne au champ « Adresse électronique », relance la simulation, importe, et la
 * personne est dans le vivier. Réimporter le même fichier ne change rien : chaque ligne est
 * « inchangée ».
 */
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seConnecter } from "./support/comptes";
import { attendreTitre, bientot, ignorerParcours, surveiller, verifierAccessibilite } from "./support/navigateur";
import { preparerParcours } from "./support/parcours";

const FICHIER = fileURLToPath(new URL("../test/fixtures/import/vivier-entetes-inconnus.csv", import.meta.url));
const COURRIEL = "ines.moreau@import.vivier.test";

/** What the import page shows, found as a user (or a screen reader) finds it. */
function pageImport(page: Page) {
  const contenu = page.locator("main");
  return {
    fichier: contenu.getByLabel(/^Fichier des agents/),
    /** The steps of the request, then the dry run's summary (a live region). */
    etape: contenu.locator("#vivier-import-etape"),
    colonne: (entete: string) => contenu.getByRole("combobox", { name: `Champ de la colonne « ${entete} »` }),
    lignes: contenu.getByRole("table", { name: /^Lignes du fichier/ }),
    relancer: contenu.getByRole("button", { name: "Relancer la simulation" }),
    importer: contenu.getByRole("button", { name: "Importer", exact: true }),
    resultat: contenu.getByRole("status").filter({ hasText: "Voir les agents de votre organisation dans le vivier" }),
  };
}

/**
 * Chooses the file as a user does, through the file dialog the input opens: the page empties the
 * input on that click, so that the same file chosen again is analysed again.
 */
async function choisirFichier(page: Page): Promise<void> {
  const [dialogue] = await Promise.all([page.waitForEvent("filechooser"), pageImport(page).fichier.click()]);
  await dialogue.setFiles(FICHIER);
}

/** Waits for the dry run to be over and to say `resume` (its summary, in the live region). */
async function attendreSimulation(page: Page, resume: string): Promise<void> {
  await bientot(() => pageImport(page).etape.textContent()).toBe(`Simulation terminée. ${resume}`);
}

describe.skipIf(ignorerParcours)("Parcours : import du vivier", () => {
  const { nouvellePage } = preparerParcours();

  it("le service RH corrige la correspondance d'une colonne, importe, et réimporter ne change rien", { timeout: 120_000 }, async () => {
    const rh = await nouvellePage();
    const surveillance = await surveiller(rh);
    await seConnecter(rh, "rh@demo.vivier.test", "Bruno");
    const moi = (await rh.evaluate(async () => (await fetch("/api/v1/me")).json())) as { appartenances: { role: string; organisation: { id: string } }[] };
    const organisationId = moi.appartenances.find((a) => a.role === "gestionnaire_rh")!.organisation.id;

    await rh.goto(`/organisations/${organisationId}/vivier/import`);
    await attendreTitre(rh, "Importer le vivier");
    const p = pageImport(rh);
    await verifierAccessibilite(rh, "Importer le vivier");

    // The e-mail column's header is unknown: every line lacks an address, and says which field.
    await choisirFichier(rh);
    await attendreSimulation(rh, "1 ligne lue : 1 rejetée.");
    const ligneRejetee = await p.lignes.getByRole("row").nth(1).textContent();
    expect(ligneRejetee).toContain("Inès Moreau");
    expect(ligneRejetee).toContain("rejetée");
    expect(ligneRejetee).toMatch(/Adresse électronique : .*le fichier n'a pas de colonne pour ce champ/);
    expect(await p.colonne("Adresse pro").inputValue()).toBe("");
    expect(await p.importer.isDisabled()).toBe(true);
    await verifierAccessibilite(rh, "Importer le vivier, lignes rejetées");

    // The user maps the column, then runs the dry run again: the line would create a profile.
    await p.colonne("Adresse pro").selectOption({ label: "Adresse électronique" });
    await rh.getByText("La correspondance a changé").waitFor();
    expect(await p.importer.isDisabled()).toBe(true);
    await p.relancer.click();
    await attendreSimulation(rh, "1 ligne lue : 1 création.");
    expect(await p.lignes.getByRole("row").nth(1).textContent()).toContain("création");
    expect(await p.colonne("Adresse pro").inputValue()).toBe("courriel");
    await verifierAccessibilite(rh, "Importer le vivier, simulation acceptée");

    // The import: its outcome takes focus, with the way to the pool's search.
    await p.importer.click();
    await p.resultat.waitFor();
    expect(await p.resultat.innerText()).toContain("1 profil créé, 0 mis à jour.");
    await bientot(() => rh.evaluate(() => document.activeElement?.textContent ?? "")).toContain("1 profil créé");
    expect(await p.resultat.getByRole("link").getAttribute("href")).toBe(`/vivier?employeur=${organisationId}`);
    await verifierAccessibilite(rh, "Importer le vivier, import terminé");

    // The person is in the pool, as HR finds it.
    const trouves = (await rh.evaluate(async (q) => (await fetch(`/api/v1/profils?q=${encodeURIComponent(q)}`)).json(), "Inès Moreau")) as {
      resultats: { courriel: string; organisation: { id: string } }[];
    };
    expect(trouves.resultats.filter((r) => r.courriel === COURRIEL).map((r) => r.organisation.id)).toEqual([organisationId]);

    // The same file again, with the mapping kept: nothing to write.
    await choisirFichier(rh);
    await attendreSimulation(rh, "1 ligne lue : 1 inchangée.");
    expect(await p.lignes.getByRole("row").nth(1).textContent()).toContain("inchangée");
    expect(await p.importer.isDisabled()).toBe(true);

    surveillance.verifierAucuneErreur();
  });
});
