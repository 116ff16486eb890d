/**
 * Words of the statutory procedures that the pages show and the API gives as codes: the
 * procedures, their states, the inputs of their events. They are the domain's, from its zod-free
 * vocabulary (src/domain/procedures/vocabulaire.ts): the modules of the tables build zod schemas
 * the browser bundle must not carry. Here only what the pages add: the states' colours, the
 * instruments as a title says them, who opens what. The API gives the labels of a case's own
 * state and actions (`etatLibelle`, `libelle`): these are for filters, choices and inputs.
 */
import type { Instrument, TypeProcedure } from "../../api";
import {
  ETATS_CONVENTION_PARTENARIAT,
  ETATS_CUMUL,
  ETATS_DETACHEMENT,
  ETATS_MISE_A_DISPOSITION,
  ETATS_ORDRE_DE_MISSION,
  LIBELLES_ETAT_CONVENTION_PARTENARIAT,
  LIBELLES_ETAT_CUMUL,
  LIBELLES_ETAT_DETACHEMENT,
  LIBELLES_ETAT_MISE_A_DISPOSITION,
  LIBELLES_ETAT_ORDRE_DE_MISSION,
  type NiveauEcheance,
  procedureRecommandee as procedureDeLInstrument,
} from "../../../domain/procedures/vocabulaire";

export {
  DEMANDEURS_FIN,
  estTypeProcedure,
  LIBELLES_DEMANDEUR_FIN,
  LIBELLES_MOTIF_RETRAIT_CUMUL,
  LIBELLES_NIVEAU_ECHEANCE,
  LIBELLES_SENS_AVIS,
  LIBELLES_SUITE_EVALUATION,
  LIBELLES_TYPE_PROCEDURE,
  MOTIFS_RETRAIT_CUMUL,
  SENS_AVIS,
  SUITES_EVALUATION,
  TYPES_PROCEDURE,
} from "../../../domain/procedures/vocabulaire";

/** Each state with its label, in the order of the table: the order the filters list them in. */
const dansLOrdre = <E extends string>(etats: readonly E[], libelles: Record<E, string>): Readonly<Record<string, string>> =>
  Object.fromEntries(etats.map((e) => [e, libelles[e]]));

/** The states of each procedure, in the order of its table, with their labels. */
export const ETATS_PROCEDURE: Record<TypeProcedure, Readonly<Record<string, string>>> = {
  cumul_activites: dansLOrdre(ETATS_CUMUL, LIBELLES_ETAT_CUMUL),
  mise_a_disposition: dansLOrdre(ETATS_MISE_A_DISPOSITION, LIBELLES_ETAT_MISE_A_DISPOSITION),
  detachement: dansLOrdre(ETATS_DETACHEMENT, LIBELLES_ETAT_DETACHEMENT),
  convention_partenariat: dansLOrdre(ETATS_CONVENTION_PARTENARIAT, LIBELLES_ETAT_CONVENTION_PARTENARIAT),
  ordre_de_mission: dansLOrdre(ETATS_ORDRE_DE_MISSION, LIBELLES_ETAT_ORDRE_DE_MISSION),
};

type Severite = "info" | "success" | "warning" | "error" | "new" | undefined;

/** The badge of a case's state: what is granted or in force stands out green, refusals red, the rest (waiting) blue; the abandoned plain. */
const SEVERITE_ETAT: Readonly<Record<string, Severite>> = {
  autorisee: "success",
  active: "success",
  en_cours: "success",
  en_vigueur: "success",
  signe: "success",
  signee: "success",
  arretee: "success",
  arrete: "success",
  effectue: "success",
  reintegre: "success",
  evaluee: "success",
  terminee: "success",
  refusee: "error",
  refuse: "error",
  rejetee_implicitement: "error",
  retiree: "error",
  resiliee: "error",
  terminee_avant_terme: "warning",
  abandonnee: undefined,
  abandonne: undefined,
  annule: undefined,
  remplacee: undefined,
  brouillon: "new",
  projet: "new",
};
export const severiteEtat = (etat: string): Severite => (etat in SEVERITE_ETAT ? SEVERITE_ETAT[etat] : "info");

export const SEVERITE_NIVEAU_ECHEANCE: Record<NiveauEcheance, Severite> = { a_venir: "info", proche: "warning", depassee: "error" };

// ————————————————————————————————————————— From a staffing

/** The advisor's instruments, as a title says them. */
export const LIBELLES_INSTRUMENT: Record<Instrument, string> = {
  ordre_de_mission: "Ordre de mission",
  cumul_activites: "Cumul d'activités",
  mise_a_disposition: "Mise à disposition",
  detachement: "Détachement",
  disponibilite: "Disponibilité",
  contrat_direct: "Contrat direct avec l'opérateur",
  mandat_special: "Mandat spécial",
  hors_champ: "Règles de l'employeur d'origine",
};

const estInstrument = (v: string): v is Instrument => Object.hasOwn(LIBELLES_INSTRUMENT, v);

/**
 * The procedure to start for the advisor's instrument, or why there is none in Vivier (the
 * domain's `procedureRecommandee`); the API gives the instrument as a string, so an unknown one
 * is said as such rather than trusted.
 */
export function procedureRecommandee(instrument: string): { procedure: TypeProcedure } | { procedure: undefined; raison: string } {
  return estInstrument(instrument)
    ? procedureDeLInstrument(instrument)
    : { procedure: undefined, raison: "Le conseiller ne recommande aucun instrument connu pour cette affectation." };
}

export const libelleInstrument = (instrument: string) => (estInstrument(instrument) ? LIBELLES_INSTRUMENT[instrument] : instrument);

// ————————————————————————————————————————— Who opens what, by hand

/**
 * The procedures a role opens by hand (each table's `ouvrir`): the agent for themself, HR for its
 * agents, the international relations service an ordre de mission or a convention with an
 * operator, an operator a convention with a collectivité. The API decides in the end (403).
 */
export function typesOuvrables(role: string | undefined): TypeProcedure[] {
  switch (role) {
    case "agent":
      return ["cumul_activites", "detachement"];
    case "gestionnaire_rh":
      return ["cumul_activites", "mise_a_disposition", "detachement", "ordre_de_mission"];
    case "charge_ri":
      return ["ordre_de_mission", "convention_partenariat"];
    case "operateur":
      return ["convention_partenariat"];
    default:
      return [];
  }
}
