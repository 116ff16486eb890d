import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BaseDeCli, baseDeCli } from "./support/base-cli";
import { vivier } from "./support/cli";

const dossier = fs.mkdtempSync(path.join(os.tmpdir(), "vivier-cli-import-"));
const FIXTURES = path.resolve("test/fixtures/import");
const fixture = (nom: string) => path.join(FIXTURES, nom);
/** The database the spawned `vivier` uses: a copy of the template, on disk or on the server. */
let envBase: NodeJS.ProcessEnv;
let sirenSaintEtienne: string;

/**
 * A second organisation with Saint-Étienne's INSEE code, as happens when several bodies share a
 * commune's code: the CLI must pick the collectivité and say so.
 */
const PREPARATION = `insert into organisations (type, nom, code_insee) values ('association_elus', 'Amicale des élus stéphanois', '42218')`;
const SIREN = `select siren from organisations where reference = 'cog:commune:42218'`;

let base: BaseDeCli;

beforeAll(async () => {
  base = await baseDeCli(async (requete) => {
    await requete(PREPARATION);
    sirenSaintEtienne = String((await requete(SIREN))[0]!.siren);
  });
  envBase = base.env;
});
afterAll(async () => {
  await base?.supprimer();
  fs.rmSync(dossier, { recursive: true, force: true });
});

const importer = (...args: string[]) => vivier(["import", "experts", ...args], envBase);

describe("vivier import experts", () => {
  it("simule l'import d'un CSV Windows-1252 et affiche le rapport en français, sans rien écrire", async () => {
    const r = await importer(fixture("vivier-windows-1252.csv"), "--org", "42218", "--dry-run");
    expect(r.code, r.erreurs).toBe(0);
    expect(r.erreurs).toContain("2 organisations ont le code 42218 : « Saint-Étienne » est retenue (autres : Amicale des élus stéphanois).");
    expect(r.sortie).toContain("Organisation : Saint-Étienne (SIREN");
    expect(r.sortie).toContain("Fichier : vivier-windows-1252.csv — CSV windows-1252, séparateur « ; »");
    expect(r.sortie).toMatch(/Observations\s+→ ignorée/);
    expect(r.sortie).toMatch(/ligne 2\s+création\s+Hélène Bérard <helene.berard@import.vivier.test>/);
    expect(r.sortie).toMatch(/ligne 9\s+doublon\s+Hélène Bérard <helene.berard@import.vivier.test> — répète la ligne 2/);
    expect(r.sortie).toContain("Bilan : 6 lignes — 5 créations, 1 doublon.");
    expect(r.sortie).toContain("Simulation : rien n'a été écrit.");
    const encore = await importer(fixture("vivier-windows-1252.csv"), "--org", sirenSaintEtienne, "--dry-run", "--json");
    expect(JSON.parse(encore.sortie).rapport.totaux).toMatchObject({ creation: 5 });
  });

  it("importe, puis ne change rien au second passage ; un SIREN désigne aussi l'organisation", async () => {
    const r = await importer(fixture("vivier-windows-1252.csv"), "--org", sirenSaintEtienne);
    expect(r.code, r.erreurs).toBe(0);
    expect(r.sortie).toContain("Import terminé : 5 profils créés, 0 mis à jour.");
    const encore = await importer(fixture("vivier-windows-1252.csv"), "--org", sirenSaintEtienne, "--json");
    expect(encore.code).toBe(0);
    const rapport = JSON.parse(encore.sortie);
    expect(rapport).toMatchObject({ simulation: false, importe: true, ecrit: { crees: 0, misAJour: 0 }, organisation: { siren: sirenSaintEtienne } });
    expect(rapport.rapport.totaux).toEqual({ lignes: 6, creation: 0, mise_a_jour: 0, inchange: 5, doublon: 1, rejete: 0 });
  });

  it("sort avec le code 1 quand des lignes sont rejetées : rien n'est écrit, sauf avec --skip-rejected", async () => {
    const refus = await importer(fixture("vivier-rejets.csv"), "--org", "42218");
    expect(refus.code).toBe(1);
    expect(refus.sortie).toMatch(/ligne 3\s+rejetée\s+Paul Dates/);
    expect(refus.sortie).toContain("· Date de naissance : la date de naissance : cette date n'existe pas (« 31/02/1980 »)");
    expect(refus.sortie).toContain("Import refusé : rien n'a été écrit.");
    const partiel = await importer(fixture("vivier-rejets.csv"), "--org", "42218", "--skip-rejected", "--json");
    expect(partiel.code).toBe(1);
    expect(JSON.parse(partiel.sortie)).toMatchObject({ importe: true, ecrit: { crees: 1 }, rapport: { totaux: { rejete: 5 } } });
  });

  it("applique une correspondance de colonnes --mapping", async () => {
    const r = await importer(fixture("vivier-entetes-inconnus.csv"), "--org", "42218", "--mapping", fixture("correspondance.json"), "--dry-run");
    expect(r.code, r.sortie).toBe(0);
    expect(r.sortie).toMatch(/Adresse pro\s+→ courriel/);
  });

  it("sort avec le code 2 : fichier illisible, organisation inconnue, correspondance invalide, usage", async () => {
    const absent = await importer(path.join(dossier, "absent.csv"), "--org", "42218");
    expect(absent.code).toBe(2);
    expect(absent.erreurs).toContain("fichier illisible");
    const inconnue = await importer(fixture("vivier-rejets.csv"), "--org", "99999", "--json");
    expect(inconnue.code).toBe(2);
    expect(JSON.parse(inconnue.sortie).erreur.message).toBe("aucune organisation n'a le SIREN ou le code INSEE « 99999 »");
    const mauvaisJson = path.join(dossier, "mauvais.json");
    fs.writeFileSync(mauvaisJson, "{");
    expect((await importer(fixture("vivier-rejets.csv"), "--org", "42218", "--mapping", mauvaisJson)).erreurs).toContain("ce n'est pas un document JSON valide");
    const champInconnu = path.join(dossier, "champ.json");
    fs.writeFileSync(champInconnu, JSON.stringify({ "Adresse pro": "salaire" }));
    const mapping = await importer(fixture("vivier-entetes-inconnus.csv"), "--org", "42218", "--mapping", champInconnu);
    expect(mapping.code).toBe(2);
    expect(mapping.erreurs).toContain("champ inconnu « salaire »");
    const binaire = path.join(dossier, "image.csv");
    fs.writeFileSync(binaire, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]));
    expect((await importer(binaire, "--org", "42218")).code).toBe(2);
    const usage = await vivier(["import", "--org", "42218"], envBase);
    expect(usage.code).toBe(2);
    expect(usage.erreurs).toContain("vivier import experts FICHIER --org CODE");
  });
});
