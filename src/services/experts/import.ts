/**
 * Importing an existing pool from CSV or XLSX, and exporting it (docs/vivier.md, ADR 0003): the
 * file is read and checked, each line set against the employer's profiles (the pure work is in
 * domain/experts/import), then written all or nothing in one transaction, in batches of JSON rows
 * (one statement per 2,000 profiles, never one round trip per line). Consent is never imported:
 * new profiles get the default (employer only). Permission checks stay with the caller.
 */
import { sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { indexer } from "../../domain/experts";
import { lignesExport, versCsv } from "../../domain/experts/export";
import {
  type Colonne,
  type DescriptionFichier,
  type Ecritures,
  evaluerImport,
  formatDuFichier,
  LIMITES_IMPORT,
  type LigneLue,
  type LimitesImport,
  lireTableauCsv,
  normaliser,
  type ProfilExistant,
  type Rapport,
  reconnaitreColonnes,
  tableauDeLignes,
  tailleDecompresseeDeclaree,
  texteDe,
  tropDeLignes,
  valeurDeCellule,
} from "../../domain/experts/import";
import { formaterTaille, nettoyerNomFichier, TYPES_MIME } from "../../domain/fichiers";
import { ErreurMetier, introuvable } from "../../domain/shared";
import type { Db, DbOrTx } from "../../db/client";
import * as orgs from "../../db/repositories/organisations";
import * as depot from "../../db/repositories/profils";
import { type Contexte, journaliser } from "../acces/audit";
import { champsDuProfil } from "./profils";

export type FichierImport = { nom: string; contenu: Uint8Array };
export type OptionsImport = {
  /** `{ "<header as in the file>": "<field>" | null }`, over the recognised headers. */
  mapping?: unknown;
  /** Write the accepted lines even when others are rejected (otherwise nothing is written). */
  lignesAccepteesSeulement?: boolean;
};
export type AnalyseImport = {
  fichier: { nom: string } & DescriptionFichier;
  colonnes: Colonne[];
  rapport: Rapport;
};
export type ResultatImport = AnalyseImport & { ecrit: { crees: number; misAJour: number } };
export type FormatExport = "csv" | "xlsx";
export type FichierExporte = { nomFichier: string; typeMime: string; contenu: Uint8Array };

/** How many rejections the error itself lists; the whole report travels with it (`analyse`). */
const ERREURS_LISTEES = 100;
const TAILLE_LOT = 2000;

const pluriel = (n: number, mot: string) => `${n.toLocaleString("fr-FR")} ${mot}${n > 1 ? "s" : ""}`;

/** The commit refused because lines are rejected: nothing was written; the report says why. */
export class ImportRefuse extends ErreurMetier {
  constructor(readonly analyse: AnalyseImport) {
    super("validation", ImportRefuse.message(analyse.rapport), ImportRefuse.erreurs(analyse.rapport));
    this.name = "ImportRefuse";
  }

  private static message(rapport: Rapport) {
    const n = rapport.totaux.rejete;
    return `${pluriel(n, "ligne")} rejetée${n > 1 ? "s" : ""} : rien n'a été importé. Corrigez le fichier, ou importez seulement les lignes acceptées.`;
  }

  private static erreurs(rapport: Rapport) {
    return rapport.lignes
      .filter((l) => l.statut === "rejete")
      .flatMap((l) => l.erreurs.map((e) => ({ champ: `ligne ${l.ligne}`, message: e.colonne ? `${e.colonne} : ${e.message}` : e.message })))
      .slice(0, ERREURS_LISTEES);
  }
}

// ————————————————————————————————————————— Reading the file

async function lireClasseur(contenu: Uint8Array, limites: LimitesImport) {
  const declaree = tailleDecompresseeDeclaree(contenu);
  if (declaree === null) throw new ErreurMetier("validation", "Le classeur Excel est endommagé : il n'a pas pu être lu.");
  if (declaree > limites.tailleDecompressee) {
    throw new ErreurMetier("trop_volumineux", `Le classeur décompressé dépasse ${formaterTaille(limites.tailleDecompressee)} : découpez-le en plusieurs fichiers.`);
  }
  const classeur = new ExcelJS.Workbook();
  try {
    await classeur.xlsx.load(Buffer.from(contenu.buffer, contenu.byteOffset, contenu.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    throw new ErreurMetier("validation", "Le classeur Excel est endommagé : il n'a pas pu être lu.");
  }
  const feuille = classeur.worksheets[0];
  if (!feuille) throw new ErreurMetier("validation", "Le classeur ne contient aucune feuille.");
  if (feuille.actualRowCount > limites.lignes + 1) throw tropDeLignes(limites.lignes);
  const lignes: LigneLue[] = [];
  feuille.eachRow({ includeEmpty: false }, (rang, numero) => {
    // exceljs gives a row's values from index 1 (column A), with holes for empty cells.
    const valeurs = rang.values as unknown[];
    const cellules = Array.from({ length: Math.max(valeurs.length - 1, 0) }, (_, i) => valeurDeCellule(valeurs[i + 1]));
    if (cellules.some((c) => texteDe(c) !== "")) lignes.push({ ligne: numero, cellules });
  });
  return tableauDeLignes(lignes, { format: "xlsx", feuille: feuille.name }, limites);
}

async function lireTableau(fichier: FichierImport, limites: LimitesImport) {
  return formatDuFichier(fichier.contenu, limites) === "xlsx" ? lireClasseur(fichier.contenu, limites) : lireTableauCsv(fichier.contenu, limites);
}

// ————————————————————————————————————————— Database

async function chargerExistants(db: DbOrTx, organisationId: string): Promise<ProfilExistant[]> {
  const lignes = await depot.profilsDeLOrganisation(db, organisationId);
  return lignes.map((l) => ({ id: l.id, profil: champsDuProfil(l), maintienApresRetraite: l.maintienApresRetraite }));
}

async function organisationOuverte(db: DbOrTx, organisationId: string) {
  const organisation = await orgs.trouverParId(db, organisationId);
  if (!organisation || organisation.fermeeLe) throw introuvable("Organisation");
  return organisation;
}

/** Creations and updates, in batches; the search's word list follows, as for a profile saved by hand. */
async function ecrire(tx: DbOrTx, organisation: orgs.Organisation, ecritures: Ecritures) {
  const creations = ecritures.creations.map((e) => ({ profil: e.profil, indexation: indexer(e.profil) }));
  // insererProfils skips a row that hits a unique index: here that means someone else wrote meanwhile.
  if ((await depot.insererProfils(tx, organisation, creations)) !== creations.length) throw vivierChange();
  for (let i = 0; i < ecritures.misesAJour.length; i += TAILLE_LOT) {
    const lot = ecritures.misesAJour.slice(i, i + TAILLE_LOT).map((e) => ({ id: e.id, profil: e.profil, indexation: indexer(e.profil) }));
    await depot.modifierProfils(tx, organisation.id, lot);
    await depot.enregistrerMots(tx, lot.map((e) => e.indexation));
  }
}

/** A unique index hit between the analysis and the write: someone changed the pool meanwhile. */
const vivierChange = () =>
  new ErreurMetier("conflit", "Le vivier a changé pendant l'import (une adresse ou un matricule vient d'être pris) : relancez l'import.");
const conflitConcurrent = (e: unknown) => {
  const code = (e as { code?: string }).code ?? (e as { cause?: { code?: string } }).cause?.code;
  throw code === "23505" ? vivierChange() : e;
};

// ————————————————————————————————————————— Export

async function classeurExporte(lignes: string[][]): Promise<Uint8Array> {
  const classeur = new ExcelJS.Workbook();
  classeur.creator = "Vivier";
  const feuille = classeur.addWorksheet("Vivier", { views: [{ state: "frozen", ySplit: 1 }] });
  // Every value is a string: exceljs writes strings as text, never as formulas.
  for (const l of lignes) feuille.addRow(l);
  feuille.getRow(1).font = { bold: true };
  feuille.columns.forEach((c, i) => {
    c.width = Math.min(60, Math.max(12, ...lignes.slice(0, 200).map((l) => (l[i] ?? "").length + 2)));
  });
  return new Uint8Array(await classeur.xlsx.writeBuffer());
}

export function creerServiceImport({ db, limites = LIMITES_IMPORT }: { db: Db; limites?: LimitesImport }) {
  async function lire(fichier: FichierImport, mapping: unknown) {
    const tableau = await lireTableau(fichier, limites);
    const colonnes = reconnaitreColonnes(tableau.entetes, mapping);
    const fichierDecrit = { nom: nettoyerNomFichier(fichier.nom), ...tableau.description };
    return { tableau, colonnes, fichierDecrit };
  }

  return {
    limites,

    /** The dry run: what importing the file would do, line by line; nothing is written. */
    async analyser(organisationId: string, fichier: FichierImport, mapping?: unknown): Promise<AnalyseImport> {
      await organisationOuverte(db, organisationId);
      const { tableau, colonnes, fichierDecrit } = await lire(fichier, mapping);
      const { rapport } = evaluerImport(tableau.lignes, colonnes, await chargerExistants(db, organisationId));
      return { fichier: fichierDecrit, colonnes, rapport };
    },

    /**
     * The commit: the same analysis inside the transaction that writes, so that what is written
     * is what was checked. Refused (ImportRefuse) when a line is rejected, unless
     * `lignesAccepteesSeulement`. One audit line for the import, none when nothing changes.
     */
    async importer(contexte: Contexte & { organisationId: string }, fichier: FichierImport, options: OptionsImport = {}): Promise<ResultatImport> {
      const { tableau, colonnes, fichierDecrit } = await lire(fichier, options.mapping);
      return db
        .transaction(async (tx) => {
          const organisation = await organisationOuverte(tx, contexte.organisationId);
          // Two imports into the same pool wait for each other instead of racing on the same people.
          await tx.execute(sql`select 1 from organisations where id = ${organisation.id}::uuid for update`);
          const { rapport, ecritures } = evaluerImport(tableau.lignes, colonnes, await chargerExistants(tx, organisation.id));
          const analyse = { fichier: fichierDecrit, colonnes, rapport };
          if (rapport.totaux.rejete > 0 && !options.lignesAccepteesSeulement) throw new ImportRefuse(analyse);
          const ecrit = { crees: ecritures.creations.length, misAJour: ecritures.misesAJour.length };
          if (ecrit.crees + ecrit.misAJour > 0) {
            await ecrire(tx, organisation, ecritures);
            await journaliser(tx, contexte, "import_vivier", { type: "organisation", id: organisation.id }, {
              fichier: fichierDecrit.nom,
              format: fichierDecrit.format,
              totaux: rapport.totaux,
              lignesAccepteesSeulement: !!options.lignesAccepteesSeulement,
              ...ecrit,
            });
          }
          return { ...analyse, ecrit };
        })
        .catch(conflitConcurrent);
    },

    /** The pool as HR sees it (every field), as CSV (UTF-8 with BOM, `;`) or XLSX. */
    async exporter(organisationId: string, format: FormatExport): Promise<FichierExporte> {
      const organisation = await organisationOuverte(db, organisationId);
      const lignes = lignesExport((await chargerExistants(db, organisationId)).map((e) => e.profil));
      const nom = `vivier-${normaliser(organisation.nomCourt ?? organisation.nom).replace(/ /g, "-")}-${new Date().toISOString().slice(0, 10)}`;
      if (format === "csv") return { nomFichier: `${nom}.csv`, typeMime: "text/csv; charset=utf-8", contenu: new TextEncoder().encode(versCsv(lignes)) };
      return { nomFichier: `${nom}.xlsx`, typeMime: TYPES_MIME.xlsx, contenu: await classeurExporte(lignes) };
    },
  };
}
export type ServiceImport = ReturnType<typeof creerServiceImport>;
