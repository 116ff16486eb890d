/**
 * The life of a mission as one table (ARCHITECTURE.md, « State machines as tables »): each event
 * a French verb, the states it leaves from, the state it leads to, who may fire it and its guard.
 * `peut` answers for one event with everything the history row needs (de, vers, evenement,
 * motif); the service writes the new state and that row in one transaction.
 *
 *   brouillon → publiee → en_selection → pourvue → en_cours → terminee
 *   (publiee → brouillon while nobody applied; any state but the last two → annulee)
 */
import type { ErreurChamp } from "../shared";
import { type Mission, verifierPublication } from "./mission";
import { premierJour } from "./sessions";
import { de, lireMotif, refus, type Refus } from "./transitions";

export const ETATS_MISSION = ["brouillon", "publiee", "en_selection", "pourvue", "en_cours", "terminee", "annulee"] as const;
export type EtatMission = (typeof ETATS_MISSION)[number];
export const LIBELLES_ETAT_MISSION: Record<EtatMission, string> = {
  brouillon: "Brouillon",
  publiee: "Publiée",
  en_selection: "Sélection en cours",
  pourvue: "Pourvue",
  en_cours: "En cours",
  terminee: "Terminée",
  annulee: "Annulée",
};
/** « la mission est … », for the reasons. */
export const ETATS_MISSION_EN_MOTS: Record<EtatMission, string> = {
  brouillon: "en brouillon",
  publiee: "publiée",
  en_selection: "en sélection",
  pourvue: "pourvue",
  en_cours: "en cours",
  terminee: "terminée",
  annulee: "annulée",
};
export const ETATS_FINAUX_MISSION: readonly EtatMission[] = ["terminee", "annulee"];
/** A mission takes candidacies, and its owner decides on them, from its publication until it is staffed. */
export const ETATS_MISSION_OUVERTS: readonly EtatMission[] = ["publiee", "en_selection"];

/**
 * Who fires the event and what the guards need, as the service knows it. Roles stay abstract:
 * the service decides who acts for the owner organisation (its operator, its RI officer…).
 */
export type ContexteMission = {
  /** The actor acts for the organisation that owns the mission. */
  estProprietaire: boolean;
  /** AAAA-MM-JJ, in France. */
  aujourdhui: string;
  /** Candidacies confirmed as staffings (affectee) on the mission. */
  affectationsConfirmees: number;
  /** Candidacies the mission received, whatever their state. */
  candidatures: number;
  motif?: string;
};

export type MissionEnEtat = Mission & { etat: EtatMission };
export type TransitionMission = { evenement: EvenementMission; de: EtatMission; vers: EtatMission; motif?: string };

type Garde = (mission: MissionEnEtat, contexte: ContexteMission) => Refus | undefined;
type RegleTransition = {
  de: readonly EtatMission[];
  vers: EtatMission;
  /** The action in words, to complete « seule l'organisation propriétaire peut … ». */
  libelle: string;
  motifObligatoire?: boolean;
  garde?: Garde;
};

const NON_FINAUX = ETATS_MISSION.filter((e) => !ETATS_FINAUX_MISSION.includes(e));

const publiable: Garde = (mission, { aujourdhui }) => {
  const erreurs: ErreurChamp[] = verifierPublication(mission, aujourdhui);
  return erreurs.length ? refus("validation", `la mission ne peut être publiée : ${erreurs.map((e) => e.message).join(" ; ")}`, erreurs) : undefined;
};

const pourvue: Garde = (mission, { affectationsConfirmees }) => {
  if (affectationsConfirmees >= mission.nombreExperts) return undefined;
  const attendus = `${mission.nombreExperts} ${mission.nombreExperts > 1 ? "experts attendus" : "expert attendu"}`;
  return refus("conflit", `${affectationsConfirmees} affectation${affectationsConfirmees > 1 ? "s" : ""} confirmée${affectationsConfirmees > 1 ? "s" : ""} pour ${attendus} : la mission n'est pas encore pourvue`);
};

/** Sessions given in days have no date: the owner says when the mission starts. */
const commencee: Garde = (mission, { aujourdhui }) => {
  const debut = premierJour(mission.sessions);
  return debut && debut > aujourdhui ? refus("conflit", `la première session commence le ${debut} : la mission ne peut démarrer avant`) : undefined;
};

/** Experts who applied to a published mission must not see it change under them: cancel it instead. */
const sansCandidature: Garde = (_mission, { candidatures }) =>
  candidatures > 0 ? refus("conflit", "des candidatures ont été reçues : la mission ne peut repasser en brouillon ; annulez-la si elle doit changer") : undefined;

export const TRANSITIONS_MISSION = {
  publier: { de: ["brouillon"], vers: "publiee", libelle: "publier la mission", garde: publiable },
  ouvrirSelection: { de: ["publiee"], vers: "en_selection", libelle: "ouvrir la sélection" },
  pourvoir: { de: ["en_selection"], vers: "pourvue", libelle: "déclarer la mission pourvue", garde: pourvue },
  demarrer: { de: ["pourvue"], vers: "en_cours", libelle: "démarrer la mission", garde: commencee },
  terminer: { de: ["en_cours"], vers: "terminee", libelle: "terminer la mission" },
  annuler: { de: NON_FINAUX, vers: "annulee", libelle: "annuler la mission", motifObligatoire: true },
  repasserEnBrouillon: { de: ["publiee"], vers: "brouillon", libelle: "repasser la mission en brouillon", garde: sansCandidature },
} as const satisfies Record<string, RegleTransition>;

export type EvenementMission = keyof typeof TRANSITIONS_MISSION;
export const EVENEMENTS_MISSION = Object.keys(TRANSITIONS_MISSION) as EvenementMission[];

function verifier(evenement: EvenementMission, mission: MissionEnEtat, contexte: ContexteMission): Refus | undefined {
  const regle: RegleTransition = TRANSITIONS_MISSION[evenement];
  if (!contexte.estProprietaire) return refus("interdit", `seule l'organisation propriétaire de la mission peut ${regle.libelle}`);
  if (!regle.de.includes(mission.etat)) {
    const attendus = regle.de.map((e) => ETATS_MISSION_EN_MOTS[e]).join(" ou ");
    return refus("conflit", `impossible ${de(regle.libelle)} : la mission est ${ETATS_MISSION_EN_MOTS[mission.etat]}${ETATS_FINAUX_MISSION.includes(mission.etat) ? "" : ` (il faut qu'elle soit ${attendus})`}`);
  }
  return regle.garde?.(mission, contexte);
}

/** May the event be fired on this mission by this actor? If so, the transition to write with its history row. */
export function peut(evenement: EvenementMission, mission: MissionEnEtat, contexte: ContexteMission): ({ ok: true } & TransitionMission) | Refus {
  const regle: RegleTransition = TRANSITIONS_MISSION[evenement];
  const r = verifier(evenement, mission, contexte) ?? lireMotif(contexte.motif, regle.motifObligatoire ?? false, regle.libelle);
  if (!r.ok) return r;
  return { ok: true, evenement, de: mission.etat, vers: regle.vers, ...(r.motif ? { motif: r.motif } : {}) };
}

/**
 * The events this actor may fire now, for the page's next actions. A reason is asked when the
 * user picks an event that requires one, so its absence does not hide the event.
 */
export function evenementsPossibles(mission: MissionEnEtat, contexte: ContexteMission): { evenement: EvenementMission; vers: EtatMission; libelle: string; motifObligatoire: boolean }[] {
  return EVENEMENTS_MISSION.filter((e) => !verifier(e, mission, contexte)).map((e) => {
    const regle: RegleTransition = TRANSITIONS_MISSION[e];
    return { evenement: e, vers: regle.vers, libelle: regle.libelle, motifObligatoire: regle.motifObligatoire ?? false };
  });
}
