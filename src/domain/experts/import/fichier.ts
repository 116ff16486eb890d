/**
 * A file to import, checked before anything is parsed (size, kind read from its bytes, not its
 * name), then turned into a table: a header row and data rows, whether it was CSV or XLSX.
 */
import { detecterTypeFichier, formaterTaille } from "../../fichiers";
import { ErreurMetier } from "../../shared";
import { lireCsv, type Separateur, tropDeLignes } from "./csv";
import { decoder, type Encodage } from "./decodage";
import type { LigneLue } from "./rapprochement";
import { texteDe } from "./valeurs";

export const LIMITES_IMPORT = {
  /** Bytes of the file as sent. */
  // A 100,000-row pool with domains, languages and countries weighs 20 to 40 MB as CSV.
  taille: 64 * 1024 * 1024,
  /** Data rows (the header not counted). */
  lignes: 100_000,
  /** What a workbook may declare once unzipped: a few times the file's limit is generous for XML. */
  tailleDecompressee: 600 * 1024 * 1024,
} as const;
export type LimitesImport = { taille: number; lignes: number; tailleDecompressee: number };

export type FormatImport = "csv" | "xlsx";
export type DescriptionFichier = { format: "csv"; encodage: Encodage; separateur: Separateur } | { format: "xlsx"; feuille: string };
export type Tableau = { entetes: string[]; lignes: LigneLue[]; description: DescriptionFichier };

/** Compound File (OLE2): old .xls workbooks, and password-protected .xlsx ones (encrypted inside). */
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** CSV or XLSX, from the bytes; anything else, an empty or an oversized file is refused with its reason. */
export function formatDuFichier(octets: Uint8Array, limites: LimitesImport = LIMITES_IMPORT): FormatImport {
  if (octets.length === 0) throw new ErreurMetier("validation", "Le fichier est vide.");
  if (octets.length > limites.taille) {
    throw new ErreurMetier(
      "trop_volumineux",
      `Le fichier dépasse la taille maximale de ${formaterTaille(limites.taille)} (il fait ${formaterTaille(octets.length)}) : découpez-le en plusieurs fichiers.`,
    );
  }
  if (OLE2.every((o, i) => octets[i] === o)) {
    throw new ErreurMetier("type_non_supporte", "Ce classeur est au format Excel 97-2003 (.xls) ou protégé par un mot de passe : enregistrez-le au format XLSX sans mot de passe, ou en CSV.");
  }
  const type = detecterTypeFichier(octets);
  if (type === "xlsx") return "xlsx";
  if (type !== undefined || (octets[0] === 0x50 && octets[1] === 0x4b)) {
    throw new ErreurMetier("type_non_supporte", "Ce fichier n'est ni un fichier CSV ni un classeur Excel (XLSX).");
  }
  return "csv";
}

/** The first row is the header; rows after it are data, at most `limites.lignes` of them. */
export function tableauDeLignes(lignes: LigneLue[], description: DescriptionFichier, limites: LimitesImport = LIMITES_IMPORT): Tableau {
  const [entete, ...donnees] = lignes;
  if (!entete) throw new ErreurMetier("validation", "Le fichier ne contient aucune ligne : il faut au moins la ligne des en-têtes.");
  if (donnees.length > limites.lignes) {
    throw tropDeLignes(limites.lignes);
  }
  return { entetes: entete.cellules.map(texteDe), lignes: donnees, description };
}

export function lireTableauCsv(octets: Uint8Array, limites: LimitesImport = LIMITES_IMPORT): Tableau {
  const { texte, encodage } = decoder(octets);
  const { separateur, lignes } = lireCsv(texte, { maxLignes: limites.lignes });
  return tableauDeLignes(lignes, { format: "csv", encodage, separateur }, limites);
}
