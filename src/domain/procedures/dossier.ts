/**
 * A procedure as a case (« dossier ») the services can run without knowing which procedure it is:
 * each procedure gives one `DefinitionDossier` that turns the case as stored — its state, its
 * data (the request, the convention, the order…) and what its events recorded (the day of the
 * deposit, the reports received…) — into the context of its state table, and tells what an
 * allowed event changes in the case. The services store, lock, write the history row and the
 * audit line; the rules stay here.
 */
import type { ErreurChamp } from "../shared";
import type { Refus } from "../missions/transitions";
import type { ActeurProcedure } from "./acteurs";
import type { TypeProcedure } from "./choix-instrument";
import type { Echeance } from "./dates";
import type { SuiviRemboursement } from "./mise-a-disposition-donnees";
import type { AlerteProcedure } from "./regles";
import type { ActionPossible, ContexteProcedure, Transition } from "./table";

/** What an event may record besides the case's state: any JSON value, by name. */
export type Suivi = Record<string, unknown>;

/** A case as stored (jsonb columns read back as they were written). */
export type Dossier = {
  etat: string;
  /** The procedure's own document data: the cumul request, the MAD convention, the order… (may be incomplete while drafted). */
  donnees: Record<string, unknown>;
  /** What the events recorded: dates, the reports and payments received, pending amended terms… */
  suivi: Suivi;
};

/** The inputs given with an event (besides its reason): `avis`, `motifRetrait`, `demandeur`, dates… */
export type Saisie = Record<string, unknown>;

export type EffetsEvenement = { donnees?: Record<string, unknown>; suivi?: Suivi };

export type DefinitionDossier = {
  type: TypeProcedure;
  etats: readonly string[];
  libellesEtats: Readonly<Record<string, string>>;
  finaux: readonly string[];
  evenements: readonly string[];
  /** Who may change the case's data, and in which states (a request being drafted or completed…). */
  edition: { etats: readonly string[]; acteurs: readonly ActeurProcedure[] };
  /** The data's fields checked as a whole: the page shows what is still missing before the next step. */
  verifier(donnees: unknown): ErreurChamp[];
  /** The context of the state table for an event (or for the next actions, with no input). */
  contexte(dossier: Dossier, base: ContexteProcedure, saisie: Saisie): ContexteProcedure;
  peut(etat: string | null, evenement: string, contexte: ContexteProcedure): { ok: true; transition: Transition<string, string> } | Refus;
  evenementsPossibles(etat: string | null, contexte: ContexteProcedure): ActionPossible<string, string>[];
  /** What an allowed event records in the case, once the table allowed it (`aujourdhui`: AAAA-MM-JJ, in France). */
  effets(dossier: Dossier, transition: Transition<string, string>, saisie: Saisie, aujourdhui: string): EffetsEvenement;
  echeances(dossier: Dossier, aujourdhui: string): Echeance[];
  /**
   * A case the event opens in its turn, as a draft of the same procedure with these data: a
   * substantial change of an authorised cumul calls for a new request (C6).
   */
  relance?(dossier: Dossier, transition: Transition<string, string>): { donnees: Record<string, unknown> } | undefined;
  /** What the data make uncertain in law (M1, M2…), shown as « à confirmer » on the case. */
  alertes?(dossier: Dossier): AlerteProcedure[];
  /** A mise à disposition's reimbursements: each period expected, what was received, what is late. */
  remboursements?(dossier: Dossier, aujourdhui: string): SuiviRemboursement[];
};

/** A string input, trimmed, or undefined. */
export const texteSaisi = (v: unknown): string | undefined => (typeof v === "string" && v.trim() ? v.trim() : undefined);

/** The list recorded under `cle`, with `valeur` added (each follow-up list only grows). */
export function ajouterAuSuivi(suivi: Suivi, cle: string, valeur: unknown): Suivi {
  const liste = Array.isArray(suivi[cle]) ? (suivi[cle] as unknown[]) : [];
  return { ...suivi, [cle]: [...liste, valeur] };
}
