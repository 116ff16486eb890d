import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BaseDeTest, baseDeTest } from "../../../test/support/base-de-test";
import { lireCsv } from "../../domain/experts/import";
import { type DbOrTx, lignes } from "../../db/client";
import { creerServiceImport, type FichierImport, ImportRefuse } from "./import";

const FIXTURES = path.resolve("test/fixtures/import");
const fixture = (nom: string): FichierImport => ({ nom, contenu: fs.readFileSync(path.join(FIXTURES, nom)) });
const csv = (...lignesCsv: string[]): FichierImport => ({ nom: "vivier.csv", contenu: new TextEncoder().encode(lignesCsv.join("\r\n")) });
const contexte = (organisationId: string) => ({ acteurId: null, organisationId, requestId: "test-import" });

let base: BaseDeTest;
/** Saint-Étienne, a demo collectivité (it may already have demo profiles: tests count from what is there). */
let saintEtienne: string;

beforeAll(async () => {
  base = await baseDeTest();
  saintEtienne = (await lignes<{ id: string }>(base.db, sql`select id::text from organisations where reference = 'cog:commune:42218'`))[0]!.id;
});
afterAll(async () => base?.close());

/** Every profile of the organisation as stored (search document aside), in a stable order. */
const profils = (db: DbOrTx, organisationId = saintEtienne) =>
  lignes<{ p: Record<string, unknown> }>(db, sql`select to_jsonb(p) - 'document' as p from profils_experts p where organisation_id = ${organisationId}::uuid order by id`).then((r) =>
    r.map((x) => x.p),
  );
const imports = (db: DbOrTx) => lignes<{ resume: Record<string, unknown> }>(db, sql`select resume from journal_audit where action = 'import_vivier' order by id`);
/** A test that writes: its own copy of the database, and the service on it. */
async function surUneCopie(test: (db: BaseDeTest, service: ReturnType<typeof creerServiceImport>) => Promise<void>) {
  const db = await base.cloner();
  try {
    await test(db, creerServiceImport({ db: db.db }));
  } finally {
    await db.close();
  }
}
const statuts = (r: { rapport: { lignes: { ligne: number; statut: string; doublonDe?: number }[] } }) =>
  r.rapport.lignes.map((l) => [l.ligne, l.statut, ...(l.doublonDe ? [l.doublonDe] : [])]);

describe("simulation", () => {
  it("rend le rapport ligne par ligne sans rien écrire, pour un CSV Windows-1252 d'Excel", async () => {
    const service = creerServiceImport({ db: base.db });
    const avant = await profils(base.db);
    const r = await service.analyser(saintEtienne, fixture("vivier-windows-1252.csv"));
    expect(r.fichier).toEqual({ nom: "vivier-windows-1252.csv", format: "csv", encodage: "windows-1252", separateur: ";" });
    expect(r.colonnes.find((c) => c.entete === "Observations")).toMatchObject({ champ: null, reconnu: false });
    expect(statuts(r)).toEqual([
      [2, "creation"],
      [4, "creation"],
      [6, "creation"],
      [9, "doublon", 2],
      [10, "creation"],
      [11, "creation"],
    ]);
    expect(r.rapport.lignes[0]!.apercu).toEqual({ prenom: "Hélène", nom: "Bérard", courriel: "helene.berard@import.vivier.test" });
    expect(await profils(base.db)).toEqual(avant);
    expect(await imports(base.db)).toEqual([]);
  });

  it("refuse une organisation inconnue ou fermée", async () => {
    const service = creerServiceImport({ db: base.db });
    await expect(service.analyser("00000000-0000-4000-8000-000000000000", fixture("vivier-rejets.csv"))).rejects.toMatchObject({ code: "introuvable" });
  });
});

describe("import", () => {
  it("crée les profils, puis réimporter le même fichier ne change rien", async () => {
    await surUneCopie(async (db, service) => {
      const avant = await profils(db.db);
      const r = await service.importer(contexte(saintEtienne), fixture("vivier-windows-1252.csv"));
      expect(r.ecrit).toEqual({ crees: 5, misAJour: 0 });
      const apres = await profils(db.db);
      expect(apres).toHaveLength(avant.length + 5);
      const helene = apres.find((p) => p.courriel === "helene.berard@import.vivier.test")!;
      expect(helene).toMatchObject({
        prenom: "Hélène",
        nom: "Bérard",
        numero_agent: "A1001",
        position: "titulaire",
        metier: "Chargée d’études eau",
        domaines: [
          { code: "EAU-POTABLE", niveau: "expert" },
          { code: "EAU-ASSAINISSEMENT-NON-COLLECTIF", niveau: "confirme" },
        ],
        pays: ["SN"],
        date_naissance: "1980-02-01",
        // Consent is the agent's: an import gives the default.
        visibilite: "employeur",
        maintien_apres_retraite: false,
        utilisateur_id: null,
        code_departement: "42",
      });
      expect(apres.find((p) => p.courriel === "laetitia.boeuf@import.vivier.test")).toMatchObject({ prenom: "Lætitia", nom: "Bœuf", position: "elu" });
      const journal = await imports(db.db);
      expect(journal).toEqual([
        {
          resume: {
            fichier: "vivier-windows-1252.csv",
            format: "csv",
            totaux: { lignes: 6, creation: 5, mise_a_jour: 0, inchange: 0, doublon: 1, rejete: 0 },
            lignesAccepteesSeulement: false,
            crees: 5,
            misAJour: 0,
          },
        },
      ]);
      // The search finds an imported profile by a word of its texts.
      expect(await lignes(db.db, sql`select 1 from mots_recherche where mot = 'berard'`)).toHaveLength(1);

      const encore = await service.importer(contexte(saintEtienne), fixture("vivier-windows-1252.csv"));
      expect(statuts(encore)).toEqual([
        [2, "inchange"],
        [4, "inchange"],
        [6, "inchange"],
        [9, "doublon", 2],
        [10, "inchange"],
        [11, "inchange"],
      ]);
      expect(encore.ecrit).toEqual({ crees: 0, misAJour: 0 });
      expect(await profils(db.db)).toEqual(apres);
      expect(await imports(db.db)).toHaveLength(1);
    });
  });

  it("met à jour une ligne modifiée, sans toucher aux autres ni à la fraîcheur du profil", async () => {
    await surUneCopie(async (db, service) => {
      await service.importer(contexte(saintEtienne), fixture("vivier-utf8-bom-virgule.csv"));
      const avant = await profils(db.db);
      const modifie = fs.readFileSync(path.join(FIXTURES, "vivier-utf8-bom-virgule.csv"), "utf8").replace("GIS officer", "Head of GIS");
      const r = await service.importer(contexte(saintEtienne), { nom: "v2.csv", contenu: new TextEncoder().encode(modifie) });
      expect(statuts(r)).toEqual([
        [2, "inchange"],
        [3, "mise_a_jour"],
      ]);
      expect(r.ecrit).toEqual({ crees: 0, misAJour: 1 });
      const apres = await profils(db.db);
      const tom = (liste: Record<string, unknown>[]) => liste.find((p) => p.courriel === "tom.baker@import.vivier.test")!;
      expect(tom(apres)).toMatchObject({ metier: "Head of GIS", confirme_le: tom(avant).confirme_le, texte_a: expect.stringContaining("Head of GIS") });
      expect(tom(apres).modifie_le).not.toBe(tom(avant).modifie_le);
      expect(apres.filter((p) => p.courriel !== "tom.baker@import.vivier.test")).toEqual(avant.filter((p) => p.courriel !== "tom.baker@import.vivier.test"));
    });
  });

  it("tout ou rien : une ligne rejetée et rien n'est écrit ; avec lignesAccepteesSeulement, exactement les lignes acceptées", async () => {
    await surUneCopie(async (db, service) => {
      const avant = await profils(db.db);
      const refus = await service.importer(contexte(saintEtienne), fixture("vivier-rejets.csv")).catch((e: unknown) => e);
      expect(refus).toBeInstanceOf(ImportRefuse);
      const e = refus as ImportRefuse;
      expect(e).toMatchObject({ code: "validation", message: "5 lignes rejetées : rien n'a été importé. Corrigez le fichier, ou importez seulement les lignes acceptées." });
      expect(e.champs).toContainEqual({ champ: "ligne 3", message: "Date de naissance : la date de naissance : cette date n'existe pas (« 31/02/1980 »)" });
      expect(statuts(e.analyse)).toEqual([
        [2, "creation"],
        [3, "rejete"],
        [4, "rejete"],
        [5, "rejete"],
        [6, "rejete"],
        [7, "rejete"],
      ]);
      expect(await profils(db.db)).toEqual(avant);
      expect(await imports(db.db)).toEqual([]);

      const partiel = await service.importer(contexte(saintEtienne), fixture("vivier-rejets.csv"), { lignesAccepteesSeulement: true });
      expect(partiel.ecrit).toEqual({ crees: 1, misAJour: 0 });
      const nouveaux = (await profils(db.db)).filter((p) => !avant.some((a) => a.id === p.id));
      expect(nouveaux.map((p) => p.courriel)).toEqual(["rose.valide@import.vivier.test"]);
      expect((await imports(db.db))[0]!.resume).toMatchObject({ lignesAccepteesSeulement: true, crees: 1, totaux: { rejete: 5 } });
    });
  });

  it("reconnaît un profil existant par son matricule, et applique la correspondance de colonnes corrigée", async () => {
    await surUneCopie(async (db, service) => {
      await service.importer(contexte(saintEtienne), fixture("vivier-utf8-bom-virgule.csv"));
      const parMatricule = await service.importer(contexte(saintEtienne), csv("Matricule;Courriel;Téléphone", "B2001;ana.silva@nouvelle-adresse.test;04 77 00 00 01"));
      expect(statuts(parMatricule)).toEqual([[2, "mise_a_jour"]]);
      const ana = (await profils(db.db)).find((p) => p.numero_agent === "B2001")!;
      expect(ana).toMatchObject({ courriel: "ana.silva@nouvelle-adresse.test", telephone: "04 77 00 00 01", prenom: "Ana", metier: "Urban planner" });

      const sansCorrespondance = await service.analyser(saintEtienne, fixture("vivier-entetes-inconnus.csv"));
      expect(statuts(sansCorrespondance)).toEqual([[2, "rejete"]]);
      const correspondance = JSON.parse(fs.readFileSync(path.join(FIXTURES, "correspondance.json"), "utf8"));
      const corrige = await service.importer(contexte(saintEtienne), fixture("vivier-entetes-inconnus.csv"), { mapping: correspondance });
      expect(corrige.colonnes.map((c) => [c.entete, c.champ, c.reconnu])).toEqual([
        ["Prénom", "prenom", true],
        ["Nom", "nom", true],
        ["Adresse pro", "courriel", false],
        ["Statut", "position", true],
        ["Commentaire", null, false],
      ]);
      expect(statuts(corrige)).toEqual([[2, "creation"]]);
      await expect(service.analyser(saintEtienne, fixture("vivier-entetes-inconnus.csv"), { "Adresse pro": "salaire" })).rejects.toMatchObject({
        code: "validation",
        champs: [{ champ: "correspondance.Adresse pro", message: expect.stringContaining("champ inconnu « salaire »") }],
      });
    });
  });

  it("lit un classeur XLSX : première feuille, vraies dates, nombres, texte enrichi, liens, lignes vides", async () => {
    const classeur = new ExcelJS.Workbook();
    const feuille = classeur.addWorksheet("Agents");
    classeur.addWorksheet("Notes").addRow(["ignorée"]);
    feuille.addRow(["Prénom", "Nom", "E-mail", "N° agent", "Statut", "Date de naissance", "Jours par an", "Langues"]);
    feuille.addRow([
      { richText: [{ text: "Inès" }] },
      "Moreau ",
      { text: "ines.moreau@import.vivier.test", hyperlink: "mailto:ines.moreau@import.vivier.test" },
      4242,
      "CDI",
      new Date(Date.UTC(1985, 5, 30)),
      { formula: "5*2", result: 10 },
      "English (B2)",
    ]);
    feuille.addRow([]);
    feuille.addRow(["Théo", "Roux", "theo.roux@import.vivier.test", 4243, "Élu", "07/01/1970", 3, ""]);
    const contenu = new Uint8Array(await classeur.xlsx.writeBuffer());
    await surUneCopie(async (db, service) => {
      const r = await service.importer(contexte(saintEtienne), { nom: "agents.xlsx", contenu });
      expect(r.fichier).toEqual({ nom: "agents.xlsx", format: "xlsx", feuille: "Agents" });
      expect(statuts(r)).toEqual([
        [2, "creation"],
        [4, "creation"],
      ]);
      const ines = (await profils(db.db)).find((p) => p.numero_agent === "4242")!;
      expect(ines).toMatchObject({ prenom: "Inès", nom: "Moreau", position: "contractuel_cdi", date_naissance: "1985-06-30", jours_par_an: 10, langues: [{ code: "en", niveau: "B2" }] });
      expect(statuts(await service.analyser(saintEtienne, { nom: "agents.xlsx", contenu }))).toEqual([
        [2, "inchange"],
        [4, "inchange"],
      ]);
    });
  });
});

describe("fichiers hostiles", () => {
  const service = () => creerServiceImport({ db: base.db, limites: { taille: 2000, lignes: 5, tailleDecompressee: 100_000 } });
  const refus = (fichier: FichierImport, code: string, message: RegExp) => expect(service().analyser(saintEtienne, fichier)).rejects.toMatchObject({ code, message: expect.stringMatching(message) });

  it("refuse avec un message clair, jamais une erreur interne", async () => {
    await refus({ nom: "vide.csv", contenu: new Uint8Array() }, "validation", /vide/);
    await refus({ nom: "gros.csv", contenu: new Uint8Array(2001).fill(0x41) }, "trop_volumineux", /taille maximale de 2 Ko/);
    await refus(csv("Nom", ...Array.from({ length: 6 }, (_, i) => `n${i}`)), "trop_volumineux", /plus de 5 lignes/);
    await refus({ nom: "binaire.csv", contenu: new Uint8Array([1, 2, 0, 3, 4, 5, 0, 0]) }, "type_non_supporte", /ni un fichier CSV/);
    await refus({ nom: "cv.csv", contenu: new TextEncoder().encode("%PDF-1.7\n%âãÏÓ") }, "type_non_supporte", /ni un fichier CSV ni un classeur/);
    await refus(csv("Nom;Note", 'Dupont;"jamais fermé'), "validation", /guillemet ouvert ligne 2/);
    // Looks like a workbook to a quick look, but is not one.
    const faux = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode("[Content_Types].xml xl/workbook.xml"), ...new Uint8Array(64)]);
    await refus({ nom: "faux.xlsx", contenu: faux }, "validation", /classeur Excel est endommagé/);
  });

  it("refuse un classeur qui se décompresserait au-delà de la limite (bombe ZIP)", async () => {
    const classeur = new ExcelJS.Workbook();
    const feuille = classeur.addWorksheet("F");
    feuille.addRow(["Nom"]);
    feuille.addRow(["x".repeat(1_000_000)]);
    const contenu = new Uint8Array(await classeur.xlsx.writeBuffer());
    const limites = { taille: 20_000, lignes: 5, tailleDecompressee: 200_000 };
    expect(contenu.length).toBeLessThan(limites.taille);
    await expect(creerServiceImport({ db: base.db, limites }).analyser(saintEtienne, { nom: "bombe.xlsx", contenu })).rejects.toMatchObject({
      code: "trop_volumineux",
      message: "Le classeur décompressé dépasse 195,3 Ko : découpez-le en plusieurs fichiers.",
    });
  });
});

describe("export", () => {
  const PIEGE = ["Prénom;Nom;Courriel;Téléphone;Statut;Métier;Grade;Cadre d'emplois", "Eve;=HYPERLINK(\"http://pirate.example\");eve@import.vivier.test;+33 6 12 34 56 78;Titulaire;=1+1;@SUM(A1:A9);-2+3"];

  it("exporte le vivier en CSV et en XLSX, qui se réimportent sans rien changer", async () => {
    await surUneCopie(async (db, service) => {
      await service.importer(contexte(saintEtienne), fixture("vivier-windows-1252.csv"));
      await service.importer(contexte(saintEtienne), fixture("vivier-utf8-bom-virgule.csv"));
      await service.importer(contexte(saintEtienne), csv(...PIEGE));
      const avant = await profils(db.db);
      for (const format of ["csv", "xlsx"] as const) {
        const fichier = await service.exporter(saintEtienne, format);
        expect(fichier.nomFichier).toMatch(new RegExp(`^vivier-saint-etienne-\\d{4}-\\d{2}-\\d{2}\\.${format}$`));
        const r = await service.importer(contexte(saintEtienne), { nom: fichier.nomFichier, contenu: fichier.contenu });
        expect(r.rapport.totaux).toMatchObject({ lignes: avant.length, inchange: avant.length });
        expect(await profils(db.db)).toEqual(avant);
      }
      const { typeMime, contenu } = await service.exporter(saintEtienne, "csv");
      expect(typeMime).toBe("text/csv; charset=utf-8");
      expect([...contenu.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    });
  });

  it("neutralise les formules dans le CSV et le XLSX exportés", async () => {
    await surUneCopie(async (db, service) => {
      await service.importer(contexte(saintEtienne), csv(...PIEGE));
      const texte = new TextDecoder().decode((await service.exporter(saintEtienne, "csv")).contenu);
      const cellules = lireCsv(texte.replace(/^\uFEFF/, ""), { maxLignes: 10_000 }).lignes.flatMap((l) => l.cellules);
      expect(cellules.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
      const eve = lireCsv(texte.replace(/^\uFEFF/, ""), { maxLignes: 10_000 }).lignes.find((l) => l.cellules.includes("eve@import.vivier.test"))!.cellules;
      expect(eve).toEqual(expect.arrayContaining(["'=HYPERLINK(\"http://pirate.example\")", "'+33 6 12 34 56 78", "'=1+1", "'@SUM(A1:A9)", "'-2+3"]));

      const classeur = new ExcelJS.Workbook();
      await classeur.xlsx.load(Buffer.from((await service.exporter(saintEtienne, "xlsx")).contenu) as unknown as ExcelJS.Buffer);
      const valeurs: unknown[] = [];
      classeur.worksheets[0]!.eachRow((rang) => rang.eachCell((cellule) => {
        expect(cellule.type).toBe(ExcelJS.ValueType.String);
        valeurs.push(cellule.value);
      }));
      expect(valeurs.filter((v) => typeof v === "string" && /^[=+\-@]/.test(v))).toEqual([]);
      expect(valeurs).toEqual(expect.arrayContaining(["'=1+1", "'+33 6 12 34 56 78", "'@SUM(A1:A9)"]));
    });
  });
});
