/**
 * Projects, missions, their sessions and state, candidacies and staffings, ranked candidates, and
 * HR's view of its agents' staffings. Shapes mirror the server's OpenAPI document (/api/docs, tag
 * « missions », src/server/routes/missions/schemas.ts); the bodies sent are the domain's own input
 * types (type-only: no zod in the browser bundle).
 */
import type { DocumentMission } from "./documents-mission";
import { envoyerJson, lireJson, urlApi } from "./client";
import type { ReponseConseil } from "./types";
import type { MissionSaisie, SourceMission } from "../../domain/missions/mission";
import type { ProjetSaisi } from "../../domain/missions/projet";
import type { SessionMissionSaisie } from "../../domain/missions/sessions";
import type { EtatMission, EvenementMission } from "../../domain/missions/etats-mission";
import type { AccordEmployeur, EtatCandidature, EvenementCandidature } from "../../domain/missions/etats-candidature";
import type { Raison } from "../../domain/missions/appariement";

export type { MissionSaisie, ProjetSaisi, SessionMissionSaisie, SourceMission, EtatMission, EvenementMission, AccordEmployeur, EtatCandidature, EvenementCandidature };
export type Tranche = "T1" | "T2" | "T3";

// ————————————————————————————————————————— Projects

export type VueProjet = {
  id: string;
  organisation: { id: string; nom: string };
  intitule: string;
  programme: string | null;
  bailleur: string | null;
  description: string | null;
  creeLe: string;
  modifieLe: string;
};

/** A project and its missions, drafts included (its organisation only). */
export type ProjetDetaille = VueProjet & { missions: ResumeMission[] };

export type PageProjets = { total: number; page: number; parPage: number; resultats: (VueProjet & { missions: number })[] };

const projet = (id: string) => `/api/v1/projets/${encodeURIComponent(id)}`;

export const listerProjets = (c: { page?: number; parPage?: number } = {}, signal?: AbortSignal): Promise<PageProjets> =>
  lireJson(urlApi("/api/v1/projets", { page: c.page, parPage: c.parPage }), undefined, signal);
export const lireProjet = (id: string, signal?: AbortSignal): Promise<ProjetDetaille> => lireJson(projet(id), undefined, signal);
export const creerProjet = (saisie: ProjetSaisi): Promise<ProjetDetaille> => envoyerJson("POST", "/api/v1/projets", saisie);
export const modifierProjet = (id: string, saisie: ProjetSaisi): Promise<ProjetDetaille> => envoyerJson("PUT", projet(id), saisie);

// ————————————————————————————————————————— Missions

/** One mission in a list: what a card shows. */
export type ResumeMission = {
  id: string;
  intitule: string;
  etat: EtatMission;
  etatLibelle: string;
  source: SourceMission;
  sourceLibelle: string;
  pays: string | null;
  paysLibelle: string | null;
  /** Codes of the thesaurus. */
  domaines: string[];
  organisation: { id: string; nom: string };
  projet: { id: string; intitule: string };
  nombreExperts: number;
  dateLimiteCandidature: string | null;
  publieeLe: string | null;
};

/** A session as the API answers it: `rang` names it in the address of its own operations, and never changes. */
export type VueSession = { rang: number; debut: string | null; fin: string | null; jours: number | null; libelle: string | null };

/** What the viewer may fire now (the state table's `evenementsPossibles`): a button each. */
export type EvenementPossibleMission = { evenement: EvenementMission; vers: EtatMission; libelle: string; motifObligatoire: boolean };
export type EvenementPossibleCandidature = { evenement: EvenementCandidature; libelle: string; motifObligatoire: boolean };

export type VueMission = Omit<ResumeMission, "projet" | "organisation" | "domaines"> & {
  projet: { id: string; intitule: string; programme: string | null; bailleur: string | null };
  organisation: { id: string; nom: string; type: string };
  cadre: string | null;
  hote: { type: string } | null;
  termesDeReference: string | null;
  beneficiaire: string | null;
  domaines: { code: string; libelle: string; niveauMin: string | null }[];
  langues: { code: string; libelle: string; niveau: string }[];
  remuneration: { honorairesJournaliers?: number; perDiem?: number; complementRemuneration?: number } | null;
  sessions: VueSession[];
  /** Its attached files (terms of reference, budget…), for whoever sees the mission. */
  documents: DocumentMission[];
  /** Working days of each expert on the mission, on the metropolitan calendar. */
  joursParExpert: number;
  creeLe: string;
  modifieLe: string;
  /** For the owner organisation only. */
  candidatures: { total: number; affectees: number } | null;
  evenementsPossibles: EvenementPossibleMission[];
  droits: { modifier: boolean; gererSessions: boolean; candidater: boolean };
};

export type ReponseMissions = { total: number; page: number; parPage: number; resultats: (ResumeMission & { sessions: number })[] };

export type CriteresMissions = {
  q?: string;
  etat?: string[];
  pays?: string[];
  domaine?: string[];
  source?: string[];
  organisationId?: string;
  projetId?: string;
  page?: number;
  parPage?: number;
};

const liste = (v?: string[]) => (v && v.length ? v.join(",") : undefined);

export function rechercherMissions(c: CriteresMissions, signal?: AbortSignal): Promise<ReponseMissions> {
  return lireJson(
    urlApi("/api/v1/missions", {
      q: c.q,
      etat: liste(c.etat),
      pays: liste(c.pays),
      domaine: liste(c.domaine),
      source: liste(c.source),
      organisationId: c.organisationId,
      projetId: c.projetId,
      page: c.page,
      parPage: c.parPage,
    }),
    undefined,
    signal,
  );
}

const mission = (id: string) => `/api/v1/missions/${encodeURIComponent(id)}`;

export const lireMission = (id: string, signal?: AbortSignal): Promise<VueMission> => lireJson(mission(id), undefined, signal);
export const creerMission = (projetId: string, saisie: MissionSaisie): Promise<VueMission> => envoyerJson("POST", `${projet(projetId)}/missions`, saisie);
/** A draft only (409 otherwise); its sessions are all replaced by the ones sent. */
export const modifierMission = (id: string, saisie: MissionSaisie): Promise<VueMission> => envoyerJson("PUT", mission(id), saisie);

/** A staffed expert's total on the project crossing a threshold of the note (rule T5): the instrument changes for the remaining days. */
export type Franchissement = {
  profilId: string;
  candidatureId: string;
  prenom: string;
  nom: string;
  avant: number;
  apres: number;
  de: Tranche;
  vers: Tranche;
  joursFaits: number;
  joursRestants: number;
  message: string;
};

/** What adding, changing or removing a session answers: the mission, and the thresholds it made staffed experts cross. */
export type ReponseSessions = { mission: VueMission; franchissements: Franchissement[] };

export const ajouterSession = (missionId: string, session: SessionMissionSaisie): Promise<ReponseSessions> =>
  envoyerJson("POST", `${mission(missionId)}/sessions`, session);
export const modifierSession = (missionId: string, rang: number, session: SessionMissionSaisie): Promise<ReponseSessions> =>
  envoyerJson("PUT", `${mission(missionId)}/sessions/${rang}`, session);
export const retirerSession = (missionId: string, rang: number): Promise<ReponseSessions> => envoyerJson("DELETE", `${mission(missionId)}/sessions/${rang}`);

export type ReponseTransitionMission = { etat: EtatMission; evenementsPossibles: EvenementPossibleMission[]; mission: VueMission };

export const transitionMission = (id: string, evenement: EvenementMission, motif?: string): Promise<ReponseTransitionMission> =>
  envoyerJson("POST", `${mission(id)}/transitions`, motif === undefined ? { evenement } : { evenement, motif });

/** One step of a mission or a candidacy; `acteur` is empty for what happened on its own (the staffing). */
export type EtapeHistorique<E extends string> = {
  evenement: string;
  de: E | null;
  vers: E;
  motif: string | null;
  acteur: string | null;
  horodatage: string;
  accordDe?: AccordEmployeur | null;
  accordVers?: AccordEmployeur | null;
};

export const lireHistoriqueMission = (id: string, signal?: AbortSignal): Promise<EtapeHistorique<EtatMission>[]> =>
  lireJson(`${mission(id)}/historique`, undefined, signal);

// ————————————————————————————————————————— Candidacies

export type VueCandidature = {
  id: string;
  etat: EtatCandidature;
  etatLibelle: string;
  accordEmployeur: AccordEmployeur;
  accordEmployeurLibelle: string;
  /** The reason of the last decision that needed one (declined, release refused). */
  motif: string | null;
  mission: { id: string; intitule: string; etat: EtatMission; etatLibelle: string; organisationId: string; projet: { id: string; intitule: string } };
  profil: { id: string; prenom: string; nom: string; position: string; metier: string | null; employeur: { id: string; nom: string } };
  creeLe: string;
  modifieLe: string;
  evenementsPossibles: EvenementPossibleCandidature[];
};

/** The agent's days on a project and the advisor's instrument for that total. */
export type BilanJours = {
  jours: number;
  tranche: Tranche;
  territoire: string;
  joursFaits: number;
  joursRestants: number;
  joursNonDates: number;
  prochainSeuil: { seuil: number; joursAvant: number } | null;
  explication: string;
  instrument: string | null;
  instrumentLibelle: string | null;
  conseilIndisponible: string | null;
};

export type Affectation = BilanJours & { projet: { id: string; intitule: string }; missions: string[] };

export type DetailCandidature = VueCandidature & {
  qualites: { estTitulaire: boolean; estRhEmployeur: boolean; estProprietaireMission: boolean };
  historique: EtapeHistorique<EtatCandidature>[];
  /** Once affectee: the agent's total on the project and the advisor's full answer (instrument, explanation, sources, warnings). */
  affectation: (Affectation & { conseil: ReponseConseil | null }) | null;
};

const candidature = (id: string) => `/api/v1/candidatures/${encodeURIComponent(id)}`;

/** Applies with one's own profile (no `profilId`), or, for HR, proposes one of its agents. */
export const candidater = (missionId: string, profilId?: string): Promise<DetailCandidature> =>
  envoyerJson("POST", `${mission(missionId)}/candidatures`, profilId === undefined ? {} : { profilId });
export const lireCandidaturesMission = (
  missionId: string,
  signal?: AbortSignal,
): Promise<{ mission: { id: string; intitule: string; etat: EtatMission; nombreExperts: number }; resultats: VueCandidature[] }> =>
  lireJson(`${mission(missionId)}/candidatures`, undefined, signal);
export const lireCandidature = (id: string, signal?: AbortSignal): Promise<DetailCandidature> => lireJson(candidature(id), undefined, signal);
export const transitionCandidature = (id: string, evenement: EvenementCandidature, motif?: string): Promise<DetailCandidature> =>
  envoyerJson("POST", `${candidature(id)}/transitions`, motif === undefined ? { evenement } : { evenement, motif });
export const lireMesCandidatures = (signal?: AbortSignal): Promise<{ candidatures: VueCandidature[]; affectations: Affectation[] }> =>
  lireJson("/api/v1/me/candidatures", undefined, signal);

// ————————————————————————————————————————— Ranked candidates

export type { Raison as RaisonAppariement };

export type CandidatPropose = {
  id: string;
  score: number;
  raisons: Raison[];
  prenom: string;
  nom: string;
  organisation: { id: string; nom: string };
  position: string;
  positionLibelle: string;
  metier: string | null;
  courriel: string;
  joursEngages: number;
  joursParAn: number | null;
  /** When the expert already applied or was proposed. */
  candidature: { id: string; etat: EtatCandidature; etatLibelle: string } | null;
};

export type ReponseCandidats = { candidats: CandidatPropose[]; lus: number; complet: boolean; voisins: boolean };

export const lireCandidatsClasses = (missionId: string, signal?: AbortSignal): Promise<ReponseCandidats> =>
  lireJson(`${mission(missionId)}/candidats`, undefined, signal);

// ————————————————————————————————————————— HR: its agents' staffings

export type LigneAffectations = BilanJours & {
  profil: { id: string; prenom: string; nom: string; position: string };
  projet: { id: string; intitule: string };
  missions: { id: string; intitule: string; etat: EtatMission; candidatureId: string }[];
};

/** The candidacies in progress of the organisation's agents; `en_attente`: the releases HR has to decide on. */
export const lireCandidaturesOrganisation = (organisationId: string, accord: AccordEmployeur | undefined, signal?: AbortSignal): Promise<{ resultats: VueCandidature[] }> =>
  lireJson(`/api/v1/organisations/${encodeURIComponent(organisationId)}/candidatures${accord ? `?accord=${accord}` : ""}`, undefined, signal);

export const lireAffectationsOrganisation = (
  organisationId: string,
  signal?: AbortSignal,
): Promise<{ seuils: { miseADisposition: number; detachement: number }; resultats: LigneAffectations[] }> =>
  lireJson(`/api/v1/organisations/${encodeURIComponent(organisationId)}/affectations`, undefined, signal);
