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

/**
 * What each event of each procedure does, in the words of its table (for the history, whose rows
 * give the event's code): « donner l'avis du supérieur hiérarchique ».
 */
export const LIBELLES_EVENEMENT: Record<TypeProcedure, Readonly<Record<string, string>>> = {
  cumul_activites: {
    ouvrir: "ouvrir une demande de cumul",
    deposer: "déposer la demande",
    donnerAvis: "donner l'avis du supérieur hiérarchique",
    demanderComplement: "demander un complément à l'agent",
    completer: "compléter la demande",
    autoriser: "autoriser le cumul",
    refuser: "refuser le cumul",
    constaterRejetImplicite: "constater le rejet faute de décision",
    retirer: "retirer l'autorisation",
    signalerChangementSubstantiel: "signaler un changement substantiel de l'activité",
    abandonner: "abandonner la demande",
  },
  mise_a_disposition: {
    ouvrir: "ouvrir une mise à disposition",
    envoyerALAgent: "envoyer le projet de convention à l'agent",
    refuserParLAgent: "refuser le projet de convention",
    accepterParLAgent: "donner son accord écrit au projet de convention",
    informerAssemblee: "enregistrer l'information de l'assemblée délibérante",
    signerPourLEmployeur: "signer la convention pour l'employeur",
    signerPourLAccueil: "enregistrer la signature de l'organisme d'accueil",
    prendreArrete: "prendre l'arrêté de mise à disposition",
    activer: "constater le début de la mise à disposition",
    modifierParAvenant: "soumettre un avenant à l'agent",
    accepterAvenant: "donner son accord écrit à l'avenant",
    refuserAvenant: "refuser l'avenant",
    prendreArreteAvenant: "signer l'avenant et prendre le nouvel arrêté",
    terminer: "constater la fin de la mise à disposition",
    mettreFin: "mettre fin à la mise à disposition avant son terme",
    abandonner: "abandonner la mise à disposition",
    deposerRapportAnnuel: "enregistrer le rapport annuel de l'organisme d'accueil",
    enregistrerRemboursement: "enregistrer un remboursement reçu",
  },
  detachement: {
    ouvrir: "ouvrir une demande de détachement",
    demander: "déposer la demande écrite de détachement",
    enregistrerAccordAccueil: "enregistrer l'accord de l'organisme d'accueil",
    refuser: "refuser le détachement",
    prendreArrete: "prendre l'arrêté de détachement",
    activer: "constater le début du détachement",
    renouveler: "renouveler le détachement",
    terminer: "constater la fin du détachement",
    mettreFin: "mettre fin au détachement avant son terme",
    reintegrer: "réintégrer l'agent",
    abandonner: "abandonner la demande de détachement",
  },
  convention_partenariat: {
    ouvrir: "ouvrir une convention de partenariat",
    soumettre: "soumettre la convention aux signatures",
    demanderModification: "demander une modification de la convention",
    signerPourLaCollectivite: "signer la convention pour la collectivité",
    signerPourLOperateur: "signer la convention pour l'opérateur",
    tenirComite: "enregistrer une réunion du comité de pilotage et son compte rendu",
    modifierParAvenant: "enregistrer un avenant signé des deux parties",
    evaluer: "enregistrer l'évaluation finale",
    terminer: "clore la convention",
    resilier: "résilier la convention",
    abandonner: "abandonner la convention",
  },
  ordre_de_mission: {
    ouvrir: "ouvrir un ordre de mission",
    soumettre: "soumettre l'ordre de mission à la signature",
    renvoyer: "renvoyer l'ordre de mission pour correction",
    signer: "signer l'ordre de mission",
    terminer: "constater le retour de mission",
    annuler: "annuler l'ordre de mission",
  },
};

/** An event in words, as a step of the history says it: « Donner l'avis du supérieur hiérarchique ». */
export function libelleEvenement(type: TypeProcedure, evenement: string): string {
  const libelle = LIBELLES_EVENEMENT[type][evenement] ?? evenement;
  return libelle.charAt(0).toUpperCase() + libelle.slice(1);
}

/** The documents the procedures produce, by their template (for a document generated in an earlier state). */
export const LIBELLES_MODELE: Readonly<Record<string, string>> = {
  "demande-cumul": "Demande d'autorisation de cumul d'activités (annexe 3)",
  "decision-cumul": "Décision sur la demande de cumul d'activités",
  "convention-mise-a-disposition": "Convention de mise à disposition (annexe 2)",
  "arrete-mise-a-disposition": "Arrêté portant mise à disposition",
  "convention-partenariat": "Convention de partenariat avec l'opérateur (annexe 1)",
  "annexe-financiere": "Annexe financière de la convention de partenariat",
  "ordre-de-mission": "Ordre de mission",
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
