/**
 * Words of missions and candidacies that the pages show and the API gives as codes. They copy the
 * domain's (domain/missions), whose modules build zod schemas the browser bundle must not carry;
 * libelles.test.ts checks that both say the same.
 */
import type { AccordEmployeur, BilanJours, EtatCandidature, EtatMission, SourceMission, VueSession } from "../../api";
import { formaterNombre } from "../../components/format";
import { formaterJourCivil } from "../vivier/libelles";

export const ETATS_MISSION: readonly EtatMission[] = ["brouillon", "publiee", "en_selection", "pourvue", "en_cours", "terminee", "annulee"];
export const LIBELLES_ETAT_MISSION: Record<EtatMission, string> = {
  brouillon: "Brouillon",
  publiee: "Publiée",
  en_selection: "Sélection en cours",
  pourvue: "Pourvue",
  en_cours: "En cours",
  terminee: "Terminée",
  annulee: "Annulée",
};

export const SOURCES_MISSION: readonly SourceMission[] = ["operateur", "daect_expe_ct", "cooperation_decentralisee", "demande_etrangere"];
export const LIBELLES_SOURCE_MISSION: Record<SourceMission, string> = {
  operateur: "Projet d'un opérateur (financé par un bailleur)",
  daect_expe_ct: "Mission EXPE-CT de la DAECT",
  cooperation_decentralisee: "Coopération décentralisée d'une collectivité",
  demande_etrangere: "Demande d'une autorité locale étrangère",
};

/** The sources an organisation of each type publishes (domain/missions/proprietaires.ts). */
export const SOURCES_DU_TYPE: Partial<Record<string, readonly SourceMission[]>> = {
  operateur: ["operateur", "demande_etrangere"],
  ministere: ["daect_expe_ct", "demande_etrangere"],
  collectivite: ["cooperation_decentralisee", "demande_etrangere"],
  association_elus: ["cooperation_decentralisee", "demande_etrangere"],
};

export const LIBELLES_ETAT_CANDIDATURE: Record<EtatCandidature, string> = {
  proposee: "Proposée par l'employeur, à confirmer par l'agent",
  deposee: "Déposée",
  preselectionnee: "Présélectionnée",
  retenue: "Retenue",
  affectee: "Affectée",
  declinee: "Déclinée",
  retiree: "Retirée",
};

export const LIBELLES_ACCORD_EMPLOYEUR: Record<AccordEmployeur, string> = {
  en_attente: "Libération en attente de l'employeur",
  accorde: "Libération accordée par l'employeur",
  refuse: "Libération refusée par l'employeur",
  non_requis: "Pas d'employeur à consulter",
};

/** The domain's limits on a mission's lists (domain/missions/mission.ts LIMITES_MISSION). */
export const LIMITES_MISSION = { domaines: 20, langues: 10, experts: 50 } as const;
/** The advisor counts this many sessions at most (domain/instruments SESSIONS_MAX). */
export const SESSIONS_MAX = 200;

type Severite = "info" | "success" | "warning" | "error" | "new" | undefined;

/** The badge of a mission's state: open ones stand out, closed ones are plain. */
export const SEVERITE_ETAT_MISSION: Record<EtatMission, Severite> = {
  brouillon: undefined,
  publiee: "new",
  en_selection: "info",
  pourvue: "success",
  en_cours: "success",
  terminee: undefined,
  annulee: "error",
};

export const SEVERITE_ETAT_CANDIDATURE: Record<EtatCandidature, Severite> = {
  proposee: "new",
  deposee: "info",
  preselectionnee: "info",
  retenue: "success",
  affectee: "success",
  declinee: "error",
  retiree: undefined,
};

export const SEVERITE_ACCORD: Record<AccordEmployeur, Severite> = { en_attente: "warning", accorde: "success", refuse: "error", non_requis: undefined };

const libelle = <K extends string>(table: Record<K, string>, code: string): string => (code in table ? table[code as K] : code);
export const libelleEtatMission = (etat: string) => libelle(LIBELLES_ETAT_MISSION, etat);
export const libelleSource = (source: string) => libelle(LIBELLES_SOURCE_MISSION, source);
export const libelleEtatCandidature = (etat: string) => libelle(LIBELLES_ETAT_CANDIDATURE, etat);
export const libelleAccord = (accord: string) => libelle(LIBELLES_ACCORD_EMPLOYEUR, accord);

/** « publier la mission » → « Publier la mission »: the state table's words, as a button says them. */
export const majuscule = (texte: string) => texte.charAt(0).toUpperCase() + texte.slice(1);

/** The brackets of the advisor's note (T1 under 6 days, T2 from 6 to 130, T3 above). */
export const LIBELLES_TRANCHE: Record<string, string> = {
  T1: "moins de 6 jours",
  T2: "de 6 à 130 jours",
  T3: "plus de 130 jours",
};

/** "1 jour", "5,5 jours": in French the plural starts at 2. */
export function jours(n: number): string {
  return `${formaterNombre(n)} jour${n >= 2 ? "s" : ""}`;
}

/** A session in words: « Du 3 mars 2026 au 7 mars 2026 » or « 5,5 jours ». */
export function dureeSession(s: Pick<VueSession, "debut" | "fin" | "jours">): string {
  if (typeof s.debut === "string" && typeof s.fin === "string") {
    return s.debut === s.fin ? `Le ${formaterJourCivil(s.debut)}` : `Du ${formaterJourCivil(s.debut)} au ${formaterJourCivil(s.fin)}`;
  }
  return typeof s.jours === "number" ? `${jours(s.jours)} (sans dates)` : "Durée non précisée";
}

/**
 * What of an agent's days on a project is done and left today (dated sessions only), and how many
 * have no dates: « 2 jours faits, 3 jours restants, 4 jours sans dates » — only the parts that count.
 */
export function repartitionJours(b: Pick<BilanJours, "joursFaits" | "joursRestants" | "joursNonDates">): string {
  const parties = [
    ...(b.joursFaits + b.joursRestants > 0
      ? [`${jours(b.joursFaits)} fait${b.joursFaits >= 2 ? "s" : ""}`, `${jours(b.joursRestants)} restant${b.joursRestants >= 2 ? "s" : ""}`]
      : []),
    ...(b.joursNonDates > 0 ? [`${jours(b.joursNonDates)} sans dates`] : []),
  ];
  return parties.join(", ");
}
