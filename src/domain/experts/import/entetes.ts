/**
 * Which column of a file holds which field of a profile: recognised from the headers (French and
 * English, accents, case and punctuation folded), then corrected by the user with a mapping
 * `{ "<header as in the file>": "<field>" | null }` (null: ignore the column).
 */
import { z } from "zod";
import { ErreurMetier, type ErreurChamp } from "../../shared";
import { citer, normaliser, tableNormalisee } from "./normaliser";

/** The fields a spreadsheet can carry, in the order of the export. */
export const CHAMPS_IMPORT = [
  "prenom",
  "nom",
  "courriel",
  "telephone",
  "numeroAgent",
  "position",
  "grade",
  "cadreEmplois",
  "categorie",
  "metier",
  "domaines",
  "langues",
  "pays",
  "regions",
  "dateNaissance",
  "dateRetraitePrevue",
  "joursParAn",
] as const;
export type ChampImport = (typeof CHAMPS_IMPORT)[number];

export const estChampImport = (v: unknown): v is ChampImport => typeof v === "string" && (CHAMPS_IMPORT as readonly string[]).includes(v);

/** The export's headers: each one is also the first synonym below, so that an export re-imports as it is. */
export const ENTETES: Record<ChampImport, string> = {
  prenom: "Prénom",
  nom: "Nom",
  courriel: "Courriel",
  telephone: "Téléphone",
  numeroAgent: "Matricule",
  position: "Statut",
  grade: "Grade",
  cadreEmplois: "Cadre d'emplois",
  categorie: "Catégorie",
  metier: "Métier",
  domaines: "Domaines d'expertise",
  langues: "Langues",
  pays: "Pays",
  regions: "Régions",
  dateNaissance: "Date de naissance",
  dateRetraitePrevue: "Départ à la retraite",
  joursParAn: "Jours par an",
};

const SYNONYMES: Record<ChampImport, string[]> = {
  prenom: ["prénom", "prénoms", "first name", "firstname", "given name", "forename"],
  nom: ["nom", "nom de famille", "nom d'usage", "nom patronymique", "last name", "lastname", "surname", "family name"],
  courriel: [
    "courriel",
    "adresse courriel",
    "e-mail",
    "email",
    "mail",
    "adresse e-mail",
    "adresse mail",
    "adresse électronique",
    "mél",
    "email address",
    "e-mail address",
  ],
  telephone: ["téléphone", "tél", "tél.", "numéro de téléphone", "portable", "mobile", "phone", "phone number", "telephone number", "tel"],
  numeroAgent: [
    "matricule",
    "n° agent",
    "n° d'agent",
    "numéro agent",
    "numéro d'agent",
    "numéro de matricule",
    "identifiant agent",
    "employee number",
    "employee id",
    "employee no",
    "staff number",
    "staff id",
  ],
  position: ["statut", "position", "position statutaire", "statut de l'agent", "situation statutaire", "status", "employment status"],
  grade: ["grade", "rank"],
  cadreEmplois: ["cadre d'emplois", "cadre d'emploi", "cadre emplois", "job family"],
  categorie: ["catégorie", "catégorie hiérarchique", "cat", "cat.", "category"],
  metier: ["métier", "fonction", "emploi", "poste", "intitulé du poste", "job", "job title", "occupation", "position title"],
  domaines: [
    "domaines d'expertise",
    "domaines",
    "domaine",
    "domaine d'expertise",
    "expertise",
    "expertises",
    "fields of expertise",
    "areas of expertise",
    "field of expertise",
  ],
  langues: ["langues", "langue", "langues parlées", "langues étrangères", "languages", "language", "spoken languages"],
  pays: ["pays", "pays d'intervention", "pays connus", "countries", "country", "countries of intervention"],
  // Not « Région » alone: a staff file may have the employer's French region under it.
  regions: ["régions", "régions d'intervention", "régions d'expérience", "subdivisions", "regions", "regions worked in", "regions of intervention"],
  dateNaissance: ["date de naissance", "naissance", "né le", "née le", "birth date", "date of birth", "birthdate", "dob"],
  dateRetraitePrevue: [
    "départ à la retraite",
    "date de départ à la retraite",
    "date de retraite",
    "retraite prévue",
    "date de retraite prévue",
    "départ en retraite",
    "retirement date",
    "expected retirement date",
  ],
  joursParAn: ["jours par an", "jours accordés", "jours accordés par an", "nombre de jours par an", "days per year", "days a year"],
};

const CHAMP_PAR_ENTETE = tableNormalisee(CHAMPS_IMPORT.flatMap((c) => [ENTETES[c], ...SYNONYMES[c]].map((s) => [s, c] as [string, ChampImport])));

/** The field a header names, if it is one of the known ones. */
export function reconnaitreEntete(entete: string): ChampImport | null {
  return CHAMP_PAR_ENTETE.get(normaliser(entete)) ?? null;
}

export type Colonne = {
  /** Position in the row (0-based). */
  index: number;
  /** The header as in the file; `(colonne C)` when the header cell is empty. */
  entete: string;
  champ: ChampImport | null;
  /** The field was recognised from the header (and the mapping did not change it). */
  reconnu: boolean;
  /** Why a column with a known header is left out. */
  remarque?: string;
};

export type Correspondance = Record<string, ChampImport | null>;

/** Spreadsheet column letters: 0 → A, 26 → AA. */
export function lettreColonne(index: number): string {
  let n = index + 1;
  let lettres = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    lettres = String.fromCharCode(65 + r) + lettres;
    n = Math.floor((n - 1) / 26);
  }
  return lettres;
}

const schemaCorrespondance = z.record(
  z.string(),
  z.union([z.string(), z.null()], { error: "un nom de champ (texte) ou null pour ignorer la colonne est attendu" }),
  { error: "la correspondance est un objet { \"en-tête du fichier\": \"champ\" | null }" },
);

const refuser = (champs: ErreurChamp[]) => new ErreurMetier("validation", "La correspondance des colonnes est invalide.", champs);

/** Checks a mapping given as JSON: an object of headers to field names or null. */
export function lireCorrespondance(entree: unknown): Correspondance {
  const r = schemaCorrespondance.safeParse(entree);
  if (!r.success) throw refuser(r.error.issues.map((i) => ({ champ: ["correspondance", ...i.path].join("."), message: i.message })));
  const erreurs: ErreurChamp[] = [];
  for (const [entete, champ] of Object.entries(r.data)) {
    if (champ !== null && !estChampImport(champ)) {
      erreurs.push({ champ: `correspondance.${entete}`, message: `champ inconnu ${citer(champ)} (champs possibles : ${CHAMPS_IMPORT.join(", ")})` });
    }
  }
  if (erreurs.length) throw refuser(erreurs);
  return r.data as Correspondance;
}

/**
 * The columns of a file: the recognised fields, then the user's mapping over them. A field is
 * read from one column: a second column recognised as the same field is left out (with a
 * remark); a mapping that gives one field to two columns, or names a header that the file does
 * not have, is refused.
 */
export function reconnaitreColonnes(entetes: readonly string[], correspondance?: unknown): Colonne[] {
  const mapping = correspondance === undefined || correspondance === null ? {} : lireCorrespondance(correspondance);
  // Empty header cells at the end of the row are the spreadsheet's, not columns.
  let fin = entetes.length;
  while (fin > 0 && !entetes[fin - 1]?.trim()) fin--;
  const colonnes: Colonne[] = entetes.slice(0, fin).map((brut, index) => {
    const entete = brut.trim() || `(colonne ${lettreColonne(index)})`;
    const champ = reconnaitreEntete(entete);
    return { index, entete, champ, reconnu: champ !== null };
  });

  const erreurs: ErreurChamp[] = [];
  const corrigees = new Set<number>();
  for (const [entete, champ] of Object.entries(mapping)) {
    const colonne = colonnes.find((c) => c.entete === entete.trim());
    if (!colonne) {
      erreurs.push({ champ: `correspondance.${entete}`, message: `le fichier n'a pas de colonne ${citer(entete)}` });
      continue;
    }
    corrigees.add(colonne.index);
    colonne.reconnu = champ !== null && champ === colonne.champ;
    colonne.champ = champ;
  }
  const parChamp = new Map<ChampImport, Colonne>();
  // The user's choices first, so that they win over a recognised header.
  const ordre = [...colonnes.filter((c) => corrigees.has(c.index)), ...colonnes.filter((c) => !corrigees.has(c.index))];
  for (const c of ordre) {
    if (!c.champ) continue;
    const premiere = parChamp.get(c.champ);
    if (!premiere) {
      parChamp.set(c.champ, c);
    } else if (corrigees.has(c.index)) {
      erreurs.push({ champ: `correspondance.${c.entete}`, message: `le champ ${c.champ} est déjà donné à la colonne ${citer(premiere.entete)}` });
    } else {
      c.remarque = `ignorée : le champ ${c.champ} est lu dans la colonne ${citer(premiere.entete)}`;
      c.champ = null;
      c.reconnu = false;
    }
  }
  if (erreurs.length) throw refuser(erreurs);
  return colonnes;
}
