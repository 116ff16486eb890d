/**
 * What an import says about each line of the file, the same for the dry run and the commit: the
 * web page, the CLI and the API show this report as it is.
 */
import type { ChampImport } from "./entetes";

export type StatutLigne = "creation" | "mise_a_jour" | "inchange" | "doublon" | "rejete";
export const STATUTS_LIGNE: readonly StatutLigne[] = ["creation", "mise_a_jour", "inchange", "doublon", "rejete"];
export const LIBELLES_STATUT_LIGNE: Record<StatutLigne, string> = {
  creation: "création",
  mise_a_jour: "mise à jour",
  inchange: "inchangée",
  doublon: "doublon",
  rejete: "rejetée",
};

/** A reason to reject a line: the column of the file (its header) and the profile's field, when known. */
export type ErreurImport = { colonne: string | null; champ: ChampImport | null; message: string };

export type LigneRapport = {
  /** The line in the file (1-based, blank lines counted), or the worksheet's row number. */
  ligne: number;
  statut: StatutLigne;
  erreurs: ErreurImport[];
  /** For a "doublon": the line it repeats. */
  doublonDe?: number;
  /** Who the line is about, for a person reading the report. */
  apercu: { prenom: string | null; nom: string | null; courriel: string | null };
};

export type Totaux = { lignes: number } & Record<StatutLigne, number>;
export type Rapport = { lignes: LigneRapport[]; totaux: Totaux };

export function totaliser(lignes: readonly LigneRapport[]): Totaux {
  const totaux: Totaux = { lignes: lignes.length, creation: 0, mise_a_jour: 0, inchange: 0, doublon: 0, rejete: 0 };
  for (const l of lignes) totaux[l.statut]++;
  return totaux;
}
