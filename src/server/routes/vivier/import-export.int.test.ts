/** Importing and exporting a pool through the API: who may, the dry run, all or nothing, the round trip. */
import type { FastifyInstance } from "fastify";
import fs from "node:fs";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { creerAppDeTest } from "../../../../test/support/app-de-test";
import { type BaseDeTest, baseDeTest } from "../../../../test/support/base-de-test";
import { connecterDemo, type SessionDeTest } from "../../../../test/support/sessions-de-test";
import { lignes } from "../../../db/client";

let base: BaseDeTest;
let app: FastifyInstance;
let rh: SessionDeTest;

beforeAll(async () => {
  base = await (await baseDeTest()).cloner();
  app = await creerAppDeTest(base, { PUBLIC_URL: "http://vivier.test" });
  rh = await connecterDemo(app, "rh@demo.vivier.test");
});
afterAll(async () => {
  await app?.close();
  await base?.close();
});

const fixture = (nom: string) => fs.readFileSync(new URL(`../../../../test/fixtures/import/${nom}`, import.meta.url));
const envoyer = (s: SessionDeTest, quoi: "analyse" | "import", corps: Buffer, requete: Record<string, string>) =>
  app.inject({
    method: "POST",
    url: `/api/v1/organisations/${s.organisationId}/vivier/${quoi}?${new URLSearchParams(requete)}`,
    payload: corps,
    headers: { cookie: s.cookie, "x-csrf-token": s.csrf, "content-type": "application/octet-stream" },
  });
const compter = async () => (await lignes<{ n: number }>(base.db, sql`select count(*)::int as n from profils_experts where organisation_id = ${rh.organisationId}::uuid`))[0]!.n;

describe("import d'un vivier par l'API", () => {
  it("simule sans rien écrire, importe, puis réimporter le même fichier ne change rien", async () => {
    const avant = await compter();
    const simulation = await envoyer(rh, "analyse", fixture("vivier-utf8-bom-virgule.csv"), { nom: "vivier.csv" });
    expect(simulation.statusCode, simulation.body).toBe(200);
    expect(simulation.json().fichier).toMatchObject({ format: "csv", separateur: "," });
    expect(simulation.json().rapport.totaux.creation).toBeGreaterThan(0);
    expect(await compter()).toBe(avant);

    const importe = await envoyer(rh, "import", fixture("vivier-utf8-bom-virgule.csv"), { nom: "vivier.csv" });
    expect(importe.statusCode, importe.body).toBe(200);
    expect(await compter()).toBe(avant + importe.json().ecrit.crees);

    const encore = await envoyer(rh, "import", fixture("vivier-utf8-bom-virgule.csv"), { nom: "vivier.csv" });
    expect(encore.json().ecrit).toEqual({ crees: 0, misAJour: 0 });
    expect(encore.json().rapport.totaux.inchange).toBe(importe.json().ecrit.crees);
  });

  it("tout ou rien : une ligne rejetée refuse l'import avec le rapport ; sur demande, seules les lignes acceptées", async () => {
    const avant = await compter();
    const refuse = await envoyer(rh, "import", fixture("vivier-rejets.csv"), { nom: "rejets.csv" });
    expect(refuse.statusCode).toBe(400);
    expect(refuse.json().analyse.rapport.totaux.rejete).toBeGreaterThan(0);
    expect(refuse.json().erreurs[0].champ).toMatch(/^ligne \d+/);
    expect(await compter()).toBe(avant);
    const partiel = await envoyer(rh, "import", fixture("vivier-rejets.csv"), { nom: "rejets.csv", lignesAccepteesSeulement: "true" });
    expect(partiel.statusCode, partiel.body).toBe(200);
    expect(await compter()).toBe(avant + partiel.json().ecrit.crees);
  });

  it("la correspondance des colonnes se corrige ; une correspondance invalide est refusée", async () => {
    const sans = await envoyer(rh, "analyse", fixture("vivier-entetes-inconnus.csv"), { nom: "inconnus.csv" });
    expect(sans.json().rapport.totaux.rejete).toBe(sans.json().rapport.totaux.lignes);
    const avec = await envoyer(rh, "analyse", fixture("vivier-entetes-inconnus.csv"), { nom: "inconnus.csv", mapping: fixture("correspondance.json").toString() });
    expect(avec.json().rapport.totaux.rejete).toBe(0);
    expect((await envoyer(rh, "analyse", fixture("vivier-entetes-inconnus.csv"), { nom: "x.csv", mapping: "{pas du json" })).statusCode).toBe(400);
  });

  it("refuse un fichier qui n'est ni CSV ni XLSX, et les rôles qui n'importent pas", async () => {
    const pdf = await envoyer(rh, "analyse", Buffer.from("%PDF-1.4 ..."), { nom: "x.pdf" });
    expect([400, 415]).toContain(pdf.statusCode);
    const operateur = await connecterDemo(app, "operateur@demo.vivier.test");
    expect((await envoyer(operateur, "analyse", fixture("vivier-rejets.csv"), { nom: "x.csv" })).statusCode).toBe(403);
  });
});

describe("export d'un vivier par l'API", () => {
  it("le RH exporte son vivier en CSV et XLSX ; un opérateur ne peut pas", async () => {
    const csv = await rh.appeler({ method: "GET", url: `/api/v1/organisations/${rh.organisationId}/vivier/export?format=csv` });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers["content-disposition"]).toContain(".csv");
    expect(csv.body.split("\n").length).toBeGreaterThan(100);
    const xlsx = await rh.appeler({ method: "GET", url: `/api/v1/organisations/${rh.organisationId}/vivier/export?format=xlsx` });
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe("PK");
    const operateur = await connecterDemo(app, "operateur@demo.vivier.test");
    expect((await operateur.appeler({ method: "GET", url: `/api/v1/organisations/${rh.organisationId}/vivier/export` })).statusCode).toBe(403);
  });
});

describe("régions d'intervention à l'import et à l'export", () => {
  it("l'export, régions comprises, se réimporte sans rien changer ; une colonne « Régions d'intervention » met un profil à jour", async () => {
    const avecRegions = await lignes<{ n: number }>(base.db, sql`select count(*)::int as n from profils_experts where organisation_id = ${rh.organisationId}::uuid and regions <> '[]'`);
    expect(avecRegions[0]!.n).toBeGreaterThan(0);
    const exporte = await rh.appeler({ method: "GET", url: `/api/v1/organisations/${rh.organisationId}/vivier/export?format=csv` });
    expect(exporte.body.split("\r\n")[0]).toContain(";Pays;Régions;");
    const retour = await envoyer(rh, "import", exporte.rawPayload, { nom: "export.csv" });
    expect(retour.statusCode, retour.body).toBe(200);
    expect(retour.json().ecrit).toEqual({ crees: 0, misAJour: 0 });

    const [cible] = await lignes<{ id: string; courriel: string; pays_declares: string[] }>(
      base.db,
      sql`select id::text, courriel, pays_declares from profils_experts where organisation_id = ${rh.organisationId}::uuid and regions = '[]' and not 'MG' = any(pays) order by courriel limit 1`,
    );
    const fichier = Buffer.from(`Courriel;Régions d'intervention\n${cible!.courriel};"Vakinankaratra (Madagascar); Dakar (sn-dk)"\n`);
    const misAJour = await envoyer(rh, "import", fichier, { nom: "regions.csv" });
    expect(misAJour.statusCode, misAJour.body).toBe(200);
    expect(misAJour.json().ecrit).toEqual({ crees: 0, misAJour: 1 });
    const [apres] = await lignes<{ regions: unknown; pays: string[]; pays_declares: string[] }>(
      base.db,
      sql`select regions, pays, pays_declares from profils_experts where id = ${cible!.id}::uuid`,
    );
    expect(apres!.regions).toEqual([
      { pays: "MG", nom: "Vakinankaratra" },
      { pays: "SN", nom: "Dakar", code: "SN-DK" },
    ]);
    expect(apres!.pays_declares).toEqual(cible!.pays_declares);
    expect([...apres!.pays].sort()).toEqual([...new Set([...cible!.pays_declares, "MG", "SN"])].sort());
  });
});
