/**
 * Words of the statutory procedures that the pages show and the API gives as codes: the
 * procedures, their states, the inputs of their events. They copy the domain's
 * (src/domain/procedures), whose modules build zod schemas the browser bundle must not carry;
 * libelles.test.ts checks that both say the same. The API gives the labels of a case's own state
 * and actions (`etatLibelle`, `libelle`): these are for filters, choices and inputs.
 */
import type { Instrument, NiveauEcheance, TypeProcedure } from "../../api";

export const TYPES_PROCEDURE: readonly TypeProcedure[] = ["cumul_activites", "mise_a_disposition", "detachement", "convention_partenariat", "ordre_de_mission"];
export const LIBELLES_TYPE_PROCEDURE: Record<TypeProcedure, string> = {
  cumul_activites: "Cumul d'activités",
  mise_a_disposition: "Mise à disposition",
  detachement: "Détachement",
  convention_partenariat: "Convention de partenariat avec un opérateur",
  ordre_de_mission: "Ordre de mission",
};

/** The states of each procedure, in the order of its table, with their labels. */
export const ETATS_PROCEDURE: Record<TypeProcedure, Readonly<Record<string, string>>> = {
  cumul_activites: {
    brouillon: "Demande en préparation",
    deposee: "Déposée, en attente de l'avis du supérieur hiérarchique",
    avis_donne: "En attente de la décision de l'autorité territoriale",
    complement_demande: "Complément demandé à l'agent",
    autorisee: "Autorisée",
    refusee: "Refusée",
    rejetee_implicitement: "Rejetée faute de décision dans le délai",
    retiree: "Autorisation retirée",
    abandonnee: "Abandonnée par l'agent",
    remplacee: "Remplacée par une nouvelle demande",
  },
  mise_a_disposition: {
    projet: "Projet de convention",
    soumise_a_l_agent: "Soumise à l'accord écrit de l'agent",
    acceptee_par_l_agent: "Acceptée par l'agent",
    assemblee_informee: "Assemblée délibérante informée",
    signee_par_l_employeur: "Signée par l'employeur, en attente de l'organisme d'accueil",
    signee_par_l_accueil: "Signée par l'organisme d'accueil, en attente de l'employeur",
    signee: "Convention signée",
    arretee: "Arrêté pris",
    active: "En cours",
    avenant_soumis: "En cours — avenant soumis à l'agent",
    avenant_accepte: "En cours — avenant accepté, à signer",
    terminee: "Terminée",
    terminee_avant_terme: "Terminée avant son terme",
    abandonnee: "Abandonnée",
  },
  detachement: {
    brouillon: "Demande en préparation",
    demande: "Demandé par l'agent",
    accorde_par_l_accueil: "Accord de l'organisme d'accueil",
    arrete: "Arrêté pris",
    en_cours: "En cours",
    a_reintegrer: "Terminé, agent à réintégrer",
    reintegre: "Agent réintégré",
    refuse: "Refusé",
    abandonne: "Abandonné",
  },
  convention_partenariat: {
    projet: "Projet",
    soumise: "Soumise aux signatures",
    signee_par_la_collectivite: "Signée par la collectivité, en attente de l'opérateur",
    signee_par_l_operateur: "Signée par l'opérateur, en attente de la collectivité",
    en_vigueur: "En vigueur",
    evaluee: "Évaluée",
    terminee: "Terminée",
    resiliee: "Résiliée",
    abandonnee: "Abandonnée",
  },
  ordre_de_mission: {
    brouillon: "En préparation",
    a_signer: "À signer par l'autorité",
    signe: "Signé",
    effectue: "Mission effectuée",
    annule: "Annulé",
  },
};

export const estTypeProcedure = (v: string): v is TypeProcedure => (TYPES_PROCEDURE as readonly string[]).includes(v);

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

export const LIBELLES_NIVEAU_ECHEANCE: Record<NiveauEcheance, string> = { a_venir: "À venir", proche: "Proche", depassee: "Dépassée" };
export const SEVERITE_NIVEAU_ECHEANCE: Record<NiveauEcheance, Severite> = { a_venir: "info", proche: "warning", depassee: "error" };

// ————————————————————————————————————————— Inputs of the events

export const SENS_AVIS = ["favorable", "defavorable"] as const;
export const LIBELLES_SENS_AVIS: Record<(typeof SENS_AVIS)[number], string> = { favorable: "Favorable", defavorable: "Défavorable" };

/** C4: the grounds on which an authorisation of cumul may be withdrawn. */
export const MOTIFS_RETRAIT_CUMUL = ["interet_du_service", "informations_erronees", "incompatibilite"] as const;
export const LIBELLES_MOTIF_RETRAIT_CUMUL: Record<(typeof MOTIFS_RETRAIT_CUMUL)[number], string> = {
  interet_du_service: "L'intérêt du service le justifie",
  informations_erronees: "Les informations de la demande sont erronées",
  incompatibilite: "L'activité est incompatible avec les fonctions de l'agent ou les règles déontologiques (code pénal art. 432-12)",
};

/** Who asked for an early end of a mise à disposition or a détachement. */
export const DEMANDEURS_FIN = ["employeur", "accueil", "agent"] as const;
export const LIBELLES_DEMANDEUR_FIN: Record<(typeof DEMANDEURS_FIN)[number], string> = { employeur: "L'employeur", accueil: "L'organisme d'accueil", agent: "L'agent" };

/** What follows the final evaluation of a partnership convention. */
export const SUITES_EVALUATION = ["poursuivre", "arreter", "a_definir"] as const;
export const LIBELLES_SUITE_EVALUATION: Record<(typeof SUITES_EVALUATION)[number], string> = {
  poursuivre: "Poursuivre le partenariat",
  arreter: "Ne pas le poursuivre",
  a_definir: "Suite à définir",
};

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

/** The procedure Vivier runs for each instrument; the others are done outside Vivier, and this says where. */
const PROCEDURE_DE: Record<Instrument, TypeProcedure | string> = {
  ordre_de_mission: "ordre_de_mission",
  cumul_activites: "cumul_activites",
  mise_a_disposition: "mise_a_disposition",
  detachement: "detachement",
  disponibilite: "La disponibilité se demande par écrit et se prononce par arrêté, hors de Vivier ; toute activité privée pendant la disponibilité se déclare avant (P1).",
  contrat_direct: "La personne retraitée contracte directement avec l'opérateur : pas de procédure de l'ancien employeur (R1).",
  mandat_special: "Le mandat spécial est voté par l'assemblée délibérante, hors de Vivier (E1).",
  hors_champ: "Les règles de l'employeur d'origine de la personne s'appliquent (E2).",
};

/** The procedure to start for the advisor's instrument, or why there is none in Vivier (the domain's procedureRecommandee). */
export function procedureRecommandee(instrument: string): { procedure: TypeProcedure } | { procedure: undefined; raison: string } {
  const p = (PROCEDURE_DE as Record<string, string | undefined>)[instrument];
  if (p === undefined) return { procedure: undefined, raison: "Le conseiller ne recommande aucun instrument connu pour cette affectation." };
  return estTypeProcedure(p) ? { procedure: p } : { procedure: undefined, raison: p };
}

export const libelleInstrument = (instrument: string) => (instrument in LIBELLES_INSTRUMENT ? LIBELLES_INSTRUMENT[instrument as Instrument] : instrument);

// ————————————————————————————————————————— Who opens what, by hand

/**
 * The procedures a role opens by hand (each table's `ouvrir`): the agent for themself, HR for its
 * agents, the international relations service an ordre de mission or a convention with an
 * operator. The API decides in the end (403).
 */
export function typesOuvrables(role: string | undefined): TypeProcedure[] {
  switch (role) {
    case "agent":
      return ["cumul_activites", "detachement"];
    case "gestionnaire_rh":
      return ["cumul_activites", "mise_a_disposition", "detachement", "ordre_de_mission"];
    case "charge_ri":
      return ["ordre_de_mission", "convention_partenariat"];
    default:
      return [];
  }
}
