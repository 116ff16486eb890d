/**
 * The words of the statutory procedures: the procedures, the states of each in the order of its
 * table, the inputs of their events, the levels of a deadline, and which procedure each of the
 * advisor's instruments calls for. The tables and the data schemas import them from here.
 *
 * Apart because the web app shows them and its bundle must not carry zod, which the tables pull
 * in through their data: this module imports nothing at run time (types only), so that the web
 * takes the words from here instead of copying them. Keep it that way.
 */
import type { Instrument } from "../instruments/situation";

// ————————————————————————————————————————— The procedures

export const TYPES_PROCEDURE = ["cumul_activites", "mise_a_disposition", "detachement", "convention_partenariat", "ordre_de_mission"] as const;
export type TypeProcedure = (typeof TYPES_PROCEDURE)[number];
export const LIBELLES_TYPE_PROCEDURE: Record<TypeProcedure, string> = {
  cumul_activites: "Cumul d'activités",
  mise_a_disposition: "Mise à disposition",
  detachement: "Détachement",
  convention_partenariat: "Convention de partenariat avec un opérateur",
  ordre_de_mission: "Ordre de mission",
};

export const estTypeProcedure = (v: string): v is TypeProcedure => (TYPES_PROCEDURE as readonly string[]).includes(v);

/** The procedure Vivier runs for each instrument; the others are done outside Vivier, and it says where. */
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

/** The procedure to start for the advisor's instrument, or why there is none in Vivier. */
export function procedureRecommandee(instrument: Instrument): { procedure: TypeProcedure } | { procedure: undefined; raison: string } {
  const p = PROCEDURE_DE[instrument];
  return estTypeProcedure(p) ? { procedure: p } : { procedure: undefined, raison: p };
}

// ————————————————————————————————————————— The states of each procedure, with their labels

export const ETATS_CUMUL = ["brouillon", "deposee", "avis_donne", "complement_demande", "autorisee", "refusee", "rejetee_implicitement", "retiree", "abandonnee", "remplacee"] as const;
export type EtatCumul = (typeof ETATS_CUMUL)[number];
export const LIBELLES_ETAT_CUMUL: Record<EtatCumul, string> = {
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
};

export const ETATS_MISE_A_DISPOSITION = [
  "projet",
  "soumise_a_l_agent",
  "acceptee_par_l_agent",
  "assemblee_informee",
  "signee_par_l_employeur",
  "signee_par_l_accueil",
  "signee",
  "arretee",
  "active",
  "avenant_soumis",
  "avenant_accepte",
  "terminee",
  "terminee_avant_terme",
  "abandonnee",
] as const;
export type EtatMiseADisposition = (typeof ETATS_MISE_A_DISPOSITION)[number];
export const LIBELLES_ETAT_MISE_A_DISPOSITION: Record<EtatMiseADisposition, string> = {
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
};

export const ETATS_DETACHEMENT = ["brouillon", "demande", "accorde_par_l_accueil", "arrete", "en_cours", "a_reintegrer", "reintegre", "refuse", "abandonne"] as const;
export type EtatDetachement = (typeof ETATS_DETACHEMENT)[number];
export const LIBELLES_ETAT_DETACHEMENT: Record<EtatDetachement, string> = {
  brouillon: "Demande en préparation",
  demande: "Demandé par l'agent",
  accorde_par_l_accueil: "Accord de l'organisme d'accueil",
  arrete: "Arrêté pris",
  en_cours: "En cours",
  a_reintegrer: "Terminé, agent à réintégrer",
  reintegre: "Agent réintégré",
  refuse: "Refusé",
  abandonne: "Abandonné",
};

export const ETATS_CONVENTION_PARTENARIAT = [
  "projet",
  "soumise",
  "signee_par_la_collectivite",
  "signee_par_l_operateur",
  "en_vigueur",
  "evaluee",
  "terminee",
  "resiliee",
  "abandonnee",
] as const;
export type EtatConventionPartenariat = (typeof ETATS_CONVENTION_PARTENARIAT)[number];
export const LIBELLES_ETAT_CONVENTION_PARTENARIAT: Record<EtatConventionPartenariat, string> = {
  projet: "Projet",
  soumise: "Soumise aux signatures",
  signee_par_la_collectivite: "Signée par la collectivité, en attente de l'opérateur",
  signee_par_l_operateur: "Signée par l'opérateur, en attente de la collectivité",
  en_vigueur: "En vigueur",
  evaluee: "Évaluée",
  terminee: "Terminée",
  resiliee: "Résiliée",
  abandonnee: "Abandonnée",
};

export const ETATS_ORDRE_DE_MISSION = ["brouillon", "a_signer", "signe", "effectue", "annule"] as const;
export type EtatOrdreDeMission = (typeof ETATS_ORDRE_DE_MISSION)[number];
export const LIBELLES_ETAT_ORDRE_DE_MISSION: Record<EtatOrdreDeMission, string> = {
  brouillon: "En préparation",
  a_signer: "À signer par l'autorité",
  signe: "Signé",
  effectue: "Mission effectuée",
  annule: "Annulé",
};

// ————————————————————————————————————————— The inputs of the events

export const SENS_AVIS = ["favorable", "defavorable"] as const;
export type SensAvis = (typeof SENS_AVIS)[number];
export const LIBELLES_SENS_AVIS: Record<SensAvis, string> = { favorable: "Favorable", defavorable: "Défavorable" };

/** The grounds of C4 on which an authorisation of cumul may be withdrawn. */
export const MOTIFS_RETRAIT_CUMUL = ["interet_du_service", "informations_erronees", "incompatibilite"] as const;
export type MotifRetraitCumul = (typeof MOTIFS_RETRAIT_CUMUL)[number];
export const LIBELLES_MOTIF_RETRAIT_CUMUL: Record<MotifRetraitCumul, string> = {
  interet_du_service: "L'intérêt du service le justifie",
  informations_erronees: "Les informations de la demande sont erronées",
  incompatibilite: "L'activité est incompatible avec les fonctions de l'agent ou les règles déontologiques (code pénal art. 432-12)",
};

/** Who asked for an early end of a mise à disposition or a détachement (annex 2, art. 2). */
export const DEMANDEURS_FIN = ["employeur", "accueil", "agent"] as const;
export type DemandeurFin = (typeof DEMANDEURS_FIN)[number];
export const LIBELLES_DEMANDEUR_FIN: Record<DemandeurFin, string> = { employeur: "L'employeur", accueil: "L'organisme d'accueil", agent: "L'agent" };

/** What follows the final evaluation of a partnership convention. */
export const SUITES_EVALUATION = ["poursuivre", "arreter", "a_definir"] as const;
export const LIBELLES_SUITE_EVALUATION: Record<(typeof SUITES_EVALUATION)[number], string> = {
  poursuivre: "Poursuivre le partenariat",
  arreter: "Ne pas le poursuivre",
  a_definir: "Suite à définir",
};

// ————————————————————————————————————————— The deadlines

export const NIVEAUX_ECHEANCE = ["a_venir", "proche", "depassee"] as const;
export type NiveauEcheance = (typeof NIVEAUX_ECHEANCE)[number];
export const LIBELLES_NIVEAU_ECHEANCE: Record<NiveauEcheance, string> = { a_venir: "À venir", proche: "Proche", depassee: "Dépassée" };
