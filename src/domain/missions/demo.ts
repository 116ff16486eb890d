/**
 * The demo's projects and missions (issue 6): programmes of the operator (Expertise France) and
 * of the DAECT, missions in every state, candidacies and staffings in every state, and the demo
 * agent (Amina Diallo) 5 days into a project, one day short of the 6-day threshold (LEGAL.md T2).
 *
 * Pure data and one replay: every date is relative to the day the demo is generated (sessions
 * done for a finished mission, to come for a published one), and every state is reached by firing
 * the events of the state tables (`peut`, `peutCandidature`) in order, on the day they happen. A
 * story the tables refuse throws: the demo can never show a state the application could not reach.
 * The service (src/services/demo/missions-demo.ts) draws the pool's agents and writes the rows.
 */
import { estJourOuvre } from "../calendar";
import { jourDeLaSemaine, lireDateIso, versDateIso } from "../calendar/dates";
import { PROFIL_DEMO_AGENT } from "../experts/demo";
import {
  type AccordEmployeur,
  type ActeurCandidature,
  type Candidature,
  type EtatCandidature,
  type EvenementCandidature,
  peutCandidature,
  TRANSITIONS_CANDIDATURE,
} from "./etats-candidature";
import { ETATS_FINAUX_MISSION, type EtatMission, type EvenementMission, peut } from "./etats-mission";
import { messageCandidature } from "./messages-candidature";
import { lireMission, type Mission, type MissionSaisie } from "./mission";
import type { SessionDatee } from "./sessions";

// ————————————————————————————————————————— Who acts

export type ProprietaireDemo = "operateur" | "daect";
/** The organisations (their `reference`) and the accounts that act for the owners. */
export const PROPRIETAIRES_DEMO: Record<ProprietaireDemo, { organisation: string; compte: string }> = {
  operateur: { organisation: "demo:operateur:expertise-france", compte: "operateur@demo.vivier.test" },
  daect: { organisation: "demo:ministere:daect", compte: "daect@demo.vivier.test" },
};

/**
 * The employers whose agents apply: the two demo collectivités with an HR account, so that every
 * release is given or refused by a person one can sign in as (rh@ for Saint-Étienne, multi@ for
 * the Charente-Maritime). Not the Région Nouvelle-Aquitaine: its international relations officer
 * (ri@) follows no staffing in the demo.
 */
export const EMPLOYEURS_DEMO = {
  "cog:commune:42218": "rh@demo.vivier.test",
  "cog:departement:17": "multi@demo.vivier.test",
} as const;
export type EmployeurDemo = keyof typeof EMPLOYEURS_DEMO;
const SAINT_ETIENNE: EmployeurDemo = "cog:commune:42218";
const CHARENTE_MARITIME: EmployeurDemo = "cog:departement:17";

/** The demo agent (her own claimed profile), or an agent of the generated pool drawn by the service. */
export type ExpertDemo = "agente" | { employeur: EmployeurDemo; retraite?: boolean };
export const COMPTE_AGENTE_DEMO = PROFIL_DEMO_AGENT.courriel;

/** Whether an employer has to release the expert (no for a retiree: `non_requis`). */
export const liberationRequiseDemo = (expert: ExpertDemo) => expert === "agente" || !expert.retraite;
export const employeurDemo = (expert: ExpertDemo): EmployeurDemo => (expert === "agente" ? SAINT_ETIENNE : expert.employeur);

// ————————————————————————————————————————— The stories, relative to today

/** A day: so many days from the day the demo is generated, or from a session's first or last day. */
export type Quand = number | { session: number; bord: "debut" | "fin"; decalage?: number };

/** A session: from the Monday of a week counted from the current one, so many working days (metropolitan calendar). */
type SessionPrevue = { semaine: number; joursOuvres: number; libelle: string };

type EtapeMission = { quand: Quand; evenement: EvenementMission; motif?: string };
type EtapeCandidature = { quand: Quand; candidature: string; evenement: EvenementCandidature; motif?: string };
type Etape = EtapeMission | EtapeCandidature;

/** A notification of one step of a candidacy, to some of the people it concerns (the pool's agents have no account). */
type NotificationPrevue = { candidature: string; evenement: EvenementCandidature; pour: readonly ("expert" | "rh" | "proprietaire")[]; lue: boolean };

export type MissionDemo = {
  /** Stable key: the service derives the mission's id from it, so a second run finds it. */
  cle: string;
  saisie: Omit<MissionSaisie, "sessions" | "dateLimiteCandidature">;
  sessions: readonly SessionPrevue[];
  dateLimite?: Quand;
  creee: Quand;
  candidatures?: Record<string, ExpertDemo>;
  etapes?: readonly Etape[];
  notifications?: readonly NotificationPrevue[];
};

export type ProjetDemo = {
  cle: string;
  proprietaire: ProprietaireDemo;
  intitule: string;
  programme: string;
  bailleur: string;
  description: string;
  missions: readonly MissionDemo[];
};

const FR_C1 = { code: "fr", niveau: "C1" } as const;
const debutSession = (session = 0, decalage = 0): Quand => ({ session, bord: "debut", decalage });
const finSession = (session = 0, decalage = 0): Quand => ({ session, bord: "fin", decalage });

export const PROJETS_DEMO: readonly ProjetDemo[] = [
  {
    cle: "ef-eau-senegal",
    proprietaire: "operateur",
    intitule: "Services d'eau et d'assainissement des communes du Sénégal",
    programme: "PAGoDA — gouvernance locale de l'eau",
    bailleur: "Union européenne",
    description:
      "Appui aux communes de la Petite-Côte pour reprendre en régie la distribution de l'eau potable : diagnostic des réseaux, " +
      "formation des agents, tarification sociale. Mis en œuvre par Expertise France avec l'Office national de l'assainissement du Sénégal.",
    missions: [
      {
        // Amina Diallo: 3 days, done (with the 2 of the next one, her 5 days on the project).
        cle: "ef-eau-senegal/diagnostic-mbour",
        saisie: {
          intitule: "Diagnostic du réseau d'eau potable de la commune de Mbour",
          source: "operateur",
          termesDeReference:
            "Contexte : la commune de Mbour reprend la gestion de son réseau d'eau potable, qui dessert 230 000 habitants et perd près d'un tiers de l'eau produite.\n\n" +
            "Objectifs : établir le diagnostic technique du réseau et des branchements, identifier les secteurs prioritaires de recherche de fuites, proposer l'organisation du futur service.\n\n" +
            "Livrables : rapport de diagnostic, plan d'actions sur trois ans, note de restitution aux élus.\n\n" +
            "Profil recherché : ingénieur·e d'un service d'eau potable d'une collectivité française, expérience de l'exploitation en régie.",
          pays: "SN",
          beneficiaire: "Commune de Mbour",
          domaines: [{ code: "EAU-POTABLE", niveauMin: "confirme" }, { code: "EAU-SERVICES" }],
          langues: [FR_C1],
          remuneration: { honorairesJournaliers: 450, perDiem: 142 },
        },
        sessions: [{ semaine: -8, joursOuvres: 3, libelle: "Diagnostic du réseau et des services de la régie" }],
        creee: -120,
        dateLimite: -85,
        candidatures: { amina: "agente", autre: { employeur: SAINT_ETIENNE } },
        etapes: [
          { quand: -115, evenement: "publier" },
          { quand: -110, candidature: "amina", evenement: "deposer" },
          { quand: -108, candidature: "amina", evenement: "accorderLiberation" },
          { quand: -104, candidature: "autre", evenement: "deposer" },
          { quand: -100, candidature: "autre", evenement: "accorderLiberation" },
          { quand: -84, evenement: "ouvrirSelection" },
          { quand: -82, candidature: "amina", evenement: "preselectionner" },
          { quand: -80, candidature: "autre", evenement: "decliner", motif: "La mission demande l'expérience d'une régie d'eau potable : une autre candidature est retenue." },
          { quand: -78, candidature: "amina", evenement: "retenir" },
          { quand: -77, evenement: "pourvoir" },
          { quand: debutSession(), evenement: "demarrer" },
          { quand: finSession(0, 3), evenement: "terminer" },
        ],
        notifications: [{ candidature: "amina", evenement: "affecter", pour: ["expert"], lue: true }],
      },
      {
        // Amina Diallo: 2 days to come, proposed by her HR, then confirmed, released and retained.
        cle: "ef-eau-senegal/formation-mbour",
        saisie: {
          intitule: "Formation des agents de la régie des eaux de Mbour",
          source: "operateur",
          termesDeReference:
            "Contexte : à la suite du diagnostic du réseau, la régie des eaux de Mbour recrute et forme ses premiers agents d'exploitation.\n\n" +
            "Objectifs : former les techniciens à la recherche de fuites et à la relève des compteurs, et l'encadrement au suivi des indicateurs du service.\n\n" +
            "Livrables : deux journées d'ateliers, supports de formation réutilisables, tableau de bord du service.\n\n" +
            "Profil recherché : ingénieur·e ou technicien·ne d'un service d'eau potable, à l'aise dans l'animation d'ateliers.",
          pays: "SN",
          beneficiaire: "Régie des eaux de la commune de Mbour",
          domaines: [{ code: "EAU-POTABLE", niveauMin: "confirme" }, { code: "RH-FORMATION" }],
          langues: [FR_C1, { code: "wo", niveau: "A2" }],
          remuneration: { honorairesJournaliers: 450, perDiem: 142 },
        },
        sessions: [{ semaine: 5, joursOuvres: 2, libelle: "Ateliers de formation des agents de la régie" }],
        creee: -40,
        dateLimite: -10,
        candidatures: { amina: "agente", autre: { employeur: CHARENTE_MARITIME } },
        etapes: [
          { quand: -38, evenement: "publier" },
          { quand: -35, candidature: "amina", evenement: "proposer" },
          { quand: -33, candidature: "amina", evenement: "confirmer" },
          { quand: -30, candidature: "autre", evenement: "deposer" },
          { quand: -20, candidature: "autre", evenement: "retirer" },
          { quand: -9, evenement: "ouvrirSelection" },
          { quand: -8, candidature: "amina", evenement: "accorderLiberation" },
          { quand: -6, candidature: "amina", evenement: "retenir" },
          { quand: -5, evenement: "pourvoir" },
        ],
        notifications: [{ candidature: "amina", evenement: "affecter", pour: ["expert"], lue: false }],
      },
      {
        // One more day on the project: if she is retained, Amina Diallo crosses the 6-day threshold.
        cle: "ef-eau-senegal/restitution-mbour",
        saisie: {
          intitule: "Atelier de restitution du plan d'actions de la régie des eaux de Mbour",
          source: "operateur",
          termesDeReference:
            "Contexte : le plan d'actions de la régie des eaux de Mbour est présenté au conseil municipal et aux partenaires du programme.\n\n" +
            "Objectifs : restituer le diagnostic et le plan d'actions, arbitrer les priorités d'investissement avec les élus.\n\n" +
            "Livrables : présentation, relevé de décisions.\n\n" +
            "Profil recherché : l'expert·e ayant conduit le diagnostic de préférence.",
          pays: "SN",
          beneficiaire: "Commune de Mbour",
          domaines: [{ code: "EAU-POTABLE", niveauMin: "confirme" }],
          langues: [FR_C1],
          remuneration: { honorairesJournaliers: 450, perDiem: 142 },
        },
        sessions: [{ semaine: 9, joursOuvres: 1, libelle: "Atelier de restitution" }],
        creee: -12,
        dateLimite: 30,
        candidatures: { amina: "agente", autre: { employeur: SAINT_ETIENNE } },
        etapes: [
          { quand: -10, evenement: "publier" },
          { quand: -6, candidature: "autre", evenement: "deposer" },
          { quand: -3, candidature: "amina", evenement: "proposer" },
        ],
        notifications: [
          { candidature: "amina", evenement: "proposer", pour: ["expert"], lue: false },
          { candidature: "autre", evenement: "deposer", pour: ["rh", "proprietaire"], lue: false },
        ],
      },
    ],
  },
  {
    cle: "ef-climat-maroc",
    proprietaire: "operateur",
    intitule: "Adaptation des villes moyennes du Maroc au changement climatique",
    programme: "Adapt'Action",
    bailleur: "Agence française de développement",
    description:
      "Accompagnement de communes marocaines dans leurs plans climat et la prévention des risques d'inondation, " +
      "avec l'appui d'expert·es de collectivités françaises.",
    missions: [
      {
        cle: "ef-climat-maroc/plan-climat-chefchaouen",
        saisie: {
          intitule: "Élaboration du plan climat de la commune de Chefchaouen",
          source: "operateur",
          termesDeReference:
            "Contexte : la commune de Chefchaouen engage son premier plan climat, avec le soutien du programme Adapt'Action.\n\n" +
            "Objectifs : conduire le diagnostic de vulnérabilité, animer l'atelier de lancement avec les services, construire le plan d'actions.\n\n" +
            "Livrables : diagnostic, plan d'actions chiffré, indicateurs de suivi.\n\n" +
            "Profil recherché : chargé·e de mission plan climat-air-énergie territorial d'une collectivité.",
          pays: "MA",
          beneficiaire: "Commune de Chefchaouen",
          domaines: [{ code: "ENERGIE-PLAN-CLIMAT", niveauMin: "confirme" }, { code: "ENERGIE-ADAPTATION" }],
          langues: [FR_C1, { code: "ar", niveau: "A2" }],
          remuneration: { honorairesJournaliers: 500, perDiem: 128 },
        },
        sessions: [
          { semaine: -2, joursOuvres: 4, libelle: "Diagnostic de vulnérabilité et atelier de lancement" },
          { semaine: 4, joursOuvres: 3, libelle: "Plan d'actions et restitution" },
        ],
        creee: -90,
        dateLimite: -50,
        candidatures: { retenue: { employeur: CHARENTE_MARITIME }, retiree: { employeur: SAINT_ETIENNE } },
        etapes: [
          { quand: -88, evenement: "publier" },
          { quand: -80, candidature: "retenue", evenement: "deposer" },
          { quand: -78, candidature: "retenue", evenement: "accorderLiberation" },
          { quand: -70, candidature: "retiree", evenement: "deposer" },
          { quand: -60, candidature: "retiree", evenement: "retirer", motif: "Indisponible aux dates de la première session." },
          { quand: -49, evenement: "ouvrirSelection" },
          { quand: -45, candidature: "retenue", evenement: "retenir" },
          { quand: -44, evenement: "pourvoir" },
          { quand: debutSession(), evenement: "demarrer" },
        ],
      },
      {
        cle: "ef-climat-maroc/inondations-tetouan",
        saisie: {
          intitule: "Prévention des risques d'inondation dans la ville de Tétouan",
          source: "operateur",
          termesDeReference:
            "Contexte : les crues de l'oued Martil inondent régulièrement les quartiers bas de Tétouan.\n\n" +
            "Objectifs : cartographier les zones inondables avec les services techniques, concevoir le dispositif d'alerte et le plan communal de sauvegarde.\n\n" +
            "Livrables : cartographie, plan d'alerte, exercice de simulation avec les services.\n\n" +
            "Profil recherché : deux expert·es, l'un·e des risques naturels, l'autre de la gestion des eaux pluviales.",
          pays: "MA",
          beneficiaire: "Commune de Tétouan",
          domaines: [{ code: "CRISE-RISQUES-NATURELS", niveauMin: "confirme" }, { code: "EAU-PLUVIALES" }, { code: "CRISE-PLAN-SAUVEGARDE" }],
          langues: [FR_C1],
          nombreExperts: 2,
          remuneration: { honorairesJournaliers: 500, perDiem: 128 },
        },
        sessions: [{ semaine: 7, joursOuvres: 5, libelle: "Cartographie des zones inondables et plan d'alerte" }],
        creee: -45,
        dateLimite: -4,
        candidatures: {
          preselectionnee: { employeur: SAINT_ETIENNE },
          refusee: { employeur: CHARENTE_MARITIME },
          enAttente: { employeur: SAINT_ETIENNE },
        },
        etapes: [
          { quand: -42, evenement: "publier" },
          { quand: -35, candidature: "preselectionnee", evenement: "deposer" },
          { quand: -33, candidature: "refusee", evenement: "deposer" },
          { quand: -31, candidature: "enAttente", evenement: "deposer" },
          { quand: -30, candidature: "preselectionnee", evenement: "accorderLiberation" },
          {
            quand: -28,
            candidature: "refusee",
            evenement: "refuserLiberation",
            motif: "Le service est en sous-effectif pendant la saison des pluies : l'agent ne peut être libéré à ces dates.",
          },
          { quand: -3, evenement: "ouvrirSelection" },
          { quand: -2, candidature: "preselectionnee", evenement: "preselectionner" },
          { quand: -2, candidature: "refusee", evenement: "retenir" },
        ],
        notifications: [
          { candidature: "refusee", evenement: "refuserLiberation", pour: ["proprietaire"], lue: false },
          { candidature: "enAttente", evenement: "deposer", pour: ["rh"], lue: false },
        ],
      },
      {
        cle: "ef-climat-maroc/ilots-chaleur-fes",
        saisie: {
          intitule: "Îlots de chaleur et végétalisation de la médina de Fès",
          source: "operateur",
          termesDeReference:
            "Contexte : la commune de Fès souhaite réduire les îlots de chaleur de la médina.\n\n" +
            "Objectifs : identifier les espaces à végétaliser, proposer des essences adaptées au climat et un plan de gestion.\n\n" +
            "Livrables : étude d'opportunité, plan de végétalisation.\n\n" +
            "Profil recherché : responsable des espaces verts ou de la nature en ville.",
          pays: "MA",
          beneficiaire: "Commune de Fès",
          domaines: [{ code: "VILLE-VERTE", niveauMin: "confirme" }, { code: "ENVIRONNEMENT-ARBRES" }],
          langues: [FR_C1],
          remuneration: { honorairesJournaliers: 500, perDiem: 128 },
        },
        sessions: [{ semaine: 2, joursOuvres: 3, libelle: "Étude d'opportunité" }],
        creee: -60,
        dateLimite: -20,
        etapes: [
          { quand: -58, evenement: "publier" },
          { quand: -25, evenement: "annuler", motif: "La commune a obtenu le financement de cette étude par une autre coopération : la mission n'a plus lieu d'être." },
        ],
      },
    ],
  },
  {
    cle: "ef-communes-tunisie",
    proprietaire: "operateur",
    intitule: "Modernisation des services municipaux en Tunisie",
    programme: "Programme d'appui à la décentralisation en Tunisie",
    bailleur: "Union européenne",
    description: "Appui aux communes tunisiennes pour moderniser l'état civil, l'adressage et leurs systèmes d'information, dans le cadre de la décentralisation.",
    missions: [
      {
        // A draft: written, not yet published.
        cle: "ef-communes-tunisie/etat-civil-sfax",
        saisie: {
          intitule: "Numérisation des registres d'état civil de la commune de Sfax",
          source: "operateur",
          termesDeReference:
            "Contexte : la commune de Sfax conserve plus d'un million d'actes d'état civil sur papier.\n\n" +
            "Objectifs : définir la chaîne de numérisation, les règles d'archivage électronique et l'organisation du service.\n\n" +
            "Livrables : cahier des charges de numérisation, feuille de route.",
          pays: "TN",
          beneficiaire: "Commune de Sfax",
          domaines: [{ code: "POPULATION-ETAT-CIVIL-MODERNISATION", niveauMin: "expert" }, { code: "NUMERIQUE-ARCHIVAGE" }],
          langues: [FR_C1, { code: "ar", niveau: "B2" }],
          remuneration: { honorairesJournaliers: 480, perDiem: 118 },
        },
        sessions: [{ semaine: 10, joursOuvres: 5, libelle: "Cadrage de la numérisation" }],
        creee: -2,
        dateLimite: 45,
      },
      {
        cle: "ef-communes-tunisie/sig-sousse",
        saisie: {
          intitule: "Système d'information géographique et adressage de la commune de Sousse",
          source: "operateur",
          termesDeReference:
            "Contexte : la commune de Sousse engage l'adressage de ses quartiers périphériques et veut un système d'information géographique partagé entre ses services.\n\n" +
            "Objectifs : concevoir le modèle de données, accompagner la dénomination des voies, former l'équipe SIG.\n\n" +
            "Livrables : modèle de données, guide d'adressage, deux sessions de formation.\n\n" +
            "Profil recherché : administrateur·rice SIG d'une collectivité.",
          pays: "TN",
          beneficiaire: "Commune de Sousse",
          domaines: [{ code: "NUMERIQUE-SIG", niveauMin: "confirme" }, { code: "URBA-ADRESSAGE" }],
          langues: [FR_C1],
          remuneration: { honorairesJournaliers: 480, perDiem: 118 },
        },
        // A « mission perlée »: two sessions six weeks apart.
        sessions: [
          { semaine: 8, joursOuvres: 3, libelle: "Modèle de données et formation" },
          { semaine: 14, joursOuvres: 2, libelle: "Guide d'adressage et suivi" },
        ],
        creee: -20,
        dateLimite: 25,
        candidatures: { enAttente: { employeur: CHARENTE_MARITIME }, retraitee: { employeur: SAINT_ETIENNE, retraite: true } },
        etapes: [
          { quand: -18, evenement: "publier" },
          { quand: -12, candidature: "enAttente", evenement: "deposer" },
          { quand: -7, candidature: "retraitee", evenement: "deposer" },
        ],
        notifications: [
          { candidature: "enAttente", evenement: "deposer", pour: ["rh", "proprietaire"], lue: false },
          { candidature: "retraitee", evenement: "deposer", pour: ["proprietaire"], lue: true },
        ],
      },
    ],
  },
  {
    cle: "daect-expe-ct",
    proprietaire: "daect",
    intitule: "EXPE-CT — missions courtes d'expertise des collectivités territoriales",
    programme: "EXPE-CT",
    bailleur: "Ministère de l'Europe et des Affaires étrangères",
    description:
      "Le dispositif EXPE-CT de la DAECT mobilise des agents de collectivités françaises pour des missions courtes " +
      "auprès d'autorités locales partenaires, à la demande des ambassades.",
    missions: [
      {
        cle: "daect-expe-ct/adressage-porto-novo",
        saisie: {
          intitule: "Appui à l'adressage et à la dénomination des voies de Porto-Novo",
          source: "daect_expe_ct",
          termesDeReference:
            "Contexte : la ville de Porto-Novo adresse ses quartiers pour améliorer la collecte de ses recettes et l'accès aux services.\n\n" +
            "Objectifs : accompagner les services dans la méthode de dénomination et de numérotation, et la mise à jour de la base d'adresses.\n\n" +
            "Livrables : méthode d'adressage, plan de formation, rapport de mission.\n\n" +
            "Profil recherché : agent d'un service urbanisme ou SIG ayant conduit un projet d'adressage.",
          pays: "BJ",
          beneficiaire: "Ville de Porto-Novo",
          domaines: [{ code: "URBA-ADRESSAGE", niveauMin: "confirme" }, { code: "NUMERIQUE-SIG" }],
          langues: [FR_C1],
          hote: { type: "administration_etrangere" },
          remuneration: { perDiem: 110 },
        },
        sessions: [{ semaine: -6, joursOuvres: 4, libelle: "Mission d'appui à Porto-Novo" }],
        creee: -100,
        dateLimite: -60,
        candidatures: { retenue: { employeur: SAINT_ETIENNE }, declinee: { employeur: CHARENTE_MARITIME } },
        etapes: [
          { quand: -96, evenement: "publier" },
          { quand: -90, candidature: "retenue", evenement: "deposer" },
          { quand: -88, candidature: "retenue", evenement: "accorderLiberation" },
          { quand: -80, candidature: "declinee", evenement: "deposer" },
          { quand: -59, evenement: "ouvrirSelection" },
          { quand: -57, candidature: "declinee", evenement: "decliner", motif: "Un seul expert est attendu : la candidature retenue a déjà conduit l'adressage d'une ville." },
          { quand: -56, candidature: "retenue", evenement: "retenir" },
          { quand: -55, evenement: "pourvoir" },
          { quand: debutSession(), evenement: "demarrer" },
          { quand: finSession(0, 2), evenement: "terminer" },
        ],
      },
      {
        cle: "daect-expe-ct/ressources-mahajanga",
        saisie: {
          intitule: "Mobilisation des ressources propres de la commune de Mahajanga",
          source: "daect_expe_ct",
          termesDeReference:
            "Contexte : la commune urbaine de Mahajanga veut accroître ses recettes fiscales et domaniales.\n\n" +
            "Objectifs : recenser les bases d'imposition, organiser le recouvrement, former les agents de la direction des finances.\n\n" +
            "Livrables : diagnostic des recettes, plan de mobilisation, supports de formation.\n\n" +
            "Profil recherché : directeur·rice ou cadre des finances d'une collectivité.",
          pays: "MG",
          beneficiaire: "Commune urbaine de Mahajanga",
          domaines: [{ code: "FINANCES-RESSOURCES-PROPRES", niveauMin: "expert" }, { code: "FINANCES-FISCALITE" }],
          langues: [FR_C1],
          hote: { type: "administration_etrangere" },
          remuneration: { perDiem: 98 },
        },
        sessions: [{ semaine: 6, joursOuvres: 5, libelle: "Diagnostic des recettes et formation" }],
        creee: -35,
        dateLimite: -3,
        candidatures: { retenueEnAttente: { employeur: CHARENTE_MARITIME }, preselectionnee: { employeur: SAINT_ETIENNE } },
        etapes: [
          { quand: -33, evenement: "publier" },
          { quand: -25, candidature: "retenueEnAttente", evenement: "deposer" },
          { quand: -20, candidature: "preselectionnee", evenement: "deposer" },
          { quand: -18, candidature: "preselectionnee", evenement: "accorderLiberation" },
          { quand: -2, evenement: "ouvrirSelection" },
          { quand: -1, candidature: "retenueEnAttente", evenement: "retenir" },
          { quand: -1, candidature: "preselectionnee", evenement: "preselectionner" },
        ],
        notifications: [{ candidature: "retenueEnAttente", evenement: "retenir", pour: ["rh"], lue: false }],
      },
    ],
  },
  {
    cle: "daect-demandes-georgie-vietnam",
    proprietaire: "daect",
    intitule: "Demandes d'expertise des autorités locales de Géorgie et du Viêt Nam",
    programme: "Réponse aux demandes des autorités locales étrangères",
    bailleur: "Ministère de l'Europe et des Affaires étrangères",
    description: "Les demandes adressées par des autorités locales partenaires aux ambassades de France, auxquelles la DAECT répond avec l'expertise des collectivités.",
    missions: [
      {
        cle: "daect-demandes/dechets-hue",
        saisie: {
          intitule: "Traitement et valorisation des déchets solides de la ville de Huế",
          source: "demande_etrangere",
          cadre: "expe_ct",
          termesDeReference:
            "Contexte : la ville de Huế a sollicité l'ambassade de France pour moderniser le traitement de ses déchets ménagers.\n\n" +
            "Objectifs : évaluer la filière de traitement, proposer le tri à la source et la valorisation des biodéchets.\n\n" +
            "Livrables : évaluation de la filière, feuille de route, atelier avec les services de la ville.\n\n" +
            "Profil recherché : responsable d'un service de traitement des déchets ; la mission se déroule en anglais.",
          pays: "VN",
          beneficiaire: "Comité populaire de la ville de Huế",
          domaines: [{ code: "DECHETS-TRAITEMENT", niveauMin: "confirme" }, { code: "DECHETS-BIODECHETS" }],
          langues: [{ code: "en", niveau: "B2" }],
          hote: { type: "administration_etrangere" },
          remuneration: { perDiem: 105 },
        },
        sessions: [{ semaine: 3, joursOuvres: 5, libelle: "Évaluation de la filière et atelier" }],
        creee: -50,
        dateLimite: -15,
        candidatures: { retenue: { employeur: SAINT_ETIENNE, retraite: true }, declinee: { employeur: CHARENTE_MARITIME } },
        etapes: [
          { quand: -48, evenement: "publier" },
          { quand: -40, candidature: "retenue", evenement: "deposer" },
          { quand: -30, candidature: "declinee", evenement: "deposer" },
          { quand: -14, evenement: "ouvrirSelection" },
          { quand: -13, candidature: "declinee", evenement: "preselectionner" },
          { quand: -12, candidature: "retenue", evenement: "retenir" },
          { quand: -11, candidature: "declinee", evenement: "decliner", motif: "La mission ne prend qu'un expert : la candidature retenue connaît une ville de taille comparable." },
          { quand: -10, evenement: "pourvoir" },
        ],
      },
      {
        cle: "daect-demandes/centre-historique-sighnaghi",
        saisie: {
          intitule: "Préservation du centre historique de Sighnaghi",
          source: "demande_etrangere",
          cadre: "expe_ct",
          termesDeReference:
            "Contexte : la municipalité de Sighnaghi, en Kakhétie, veut encadrer la restauration de son centre historique.\n\n" +
            "Objectifs : proposer un règlement de secteur patrimonial, former les services à l'instruction des demandes de travaux.\n\n" +
            "Livrables : projet de règlement, guide des bonnes pratiques de restauration.\n\n" +
            "Profil recherché : architecte ou conservateur·rice du patrimoine d'une collectivité ; la mission se déroule en anglais.",
          pays: "GE",
          beneficiaire: "Municipalité de Sighnaghi",
          domaines: [{ code: "CULTURE-CENTRES-HISTORIQUES", niveauMin: "confirme" }, { code: "CULTURE-PATRIMOINE-BATI" }],
          langues: [{ code: "en", niveau: "B2" }],
          hote: { type: "administration_etrangere" },
          remuneration: { perDiem: 115 },
        },
        sessions: [{ semaine: 8, joursOuvres: 4, libelle: "Mission à Sighnaghi" }],
        creee: -15,
        dateLimite: 28,
        candidatures: { enAttente: { employeur: SAINT_ETIENNE } },
        etapes: [
          { quand: -14, evenement: "publier" },
          { quand: -6, candidature: "enAttente", evenement: "deposer" },
        ],
        notifications: [{ candidature: "enAttente", evenement: "deposer", pour: ["rh", "proprietaire"], lue: false }],
      },
      {
        // A draft whose cadre is still to choose (a foreign authority's request may take any).
        cle: "daect-demandes/inondations-koutaissi",
        saisie: {
          intitule: "Plan de prévention des inondations de Koutaïssi",
          source: "demande_etrangere",
          termesDeReference: "Contexte : la ville de Koutaïssi demande un appui pour son plan de prévention des inondations du Rioni.\n\nÀ compléter avec l'ambassade.",
          pays: "GE",
          beneficiaire: "Municipalité de Koutaïssi",
          domaines: [{ code: "CRISE-RISQUES-NATURELS", niveauMin: "confirme" }, { code: "EAU-GEMAPI" }],
          langues: [{ code: "en", niveau: "B2" }],
        },
        sessions: [{ semaine: 16, joursOuvres: 5, libelle: "Diagnostic" }],
        creee: -4,
      },
    ],
  },
];

// ————————————————————————————————————————— Dates

const numero = (jour: string) => {
  const n = lireDateIso(jour);
  if (n === undefined) throw new Error(`date invalide : ${jour}`);
  return n;
};
export const decaler = (jour: string, jours: number) => versDateIso(numero(jour) + jours);
const lundiDeLaSemaine = (jour: string) => versDateIso(numero(jour) - ((jourDeLaSemaine(numero(jour)) + 6) % 7));

/** `joursOuvres` working days from the first working day on or after `aPartirDe`: dates the advisor counts exactly so. */
export function periodeOuvree(aPartirDe: string, joursOuvres: number): { debut: string; fin: string } {
  let n = numero(aPartirDe);
  while (!estJourOuvre(versDateIso(n), "metropole")) n++;
  const debut = versDateIso(n);
  for (let compte = 1; compte < joursOuvres; ) if (estJourOuvre(versDateIso(++n), "metropole")) compte++;
  return { debut, fin: versDateIso(n) };
}

// ————————————————————————————————————————— The replay

/** A moment of a step: its day, and a time in the morning (UTC) that keeps the steps of a mission in their order. */
export type Moment = { jour: string; horodatage: string };
const moment = (jour: string, rang: number): Moment => {
  const minutes = 8 * 60 + rang * 7;
  return { jour, horodatage: `${jour}T${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}:00.000Z` };
};

export type LigneHistoriqueMission = { evenement: EvenementMission | "creer"; de: EtatMission | null; vers: EtatMission; motif: string | null; le: Moment };
export type LigneHistoriqueCandidature = {
  evenement: EvenementCandidature;
  de: EtatCandidature | null;
  vers: EtatCandidature;
  accordDe: AccordEmployeur | null;
  accordVers: AccordEmployeur | null;
  motif: string | null;
  /** null: the staffing that follows on its own. */
  acteur: ActeurCandidature | null;
  le: Moment;
};

export type CandidaturePlanifiee = {
  cle: string;
  expert: ExpertDemo;
  etat: EtatCandidature;
  accordEmployeur: AccordEmployeur;
  motif: string | null;
  /** The agent (deposer) or HR (proposer). */
  deposeePar: ActeurCandidature;
  creeeLe: Moment;
  modifieeLe: Moment;
  historique: LigneHistoriqueCandidature[];
};

export type NotificationPlanifiee = { candidature: string; evenement: EvenementCandidature; pour: "expert" | "rh" | "proprietaire"; lue: boolean; le: Moment };

export type MissionPlanifiee = {
  cle: string;
  mission: Mission;
  etat: EtatMission;
  creeeLe: Moment;
  publieeLe: Moment | null;
  modifieeLe: Moment;
  historique: LigneHistoriqueMission[];
  candidatures: CandidaturePlanifiee[];
  notifications: NotificationPlanifiee[];
};

export type ProjetPlanifie = Omit<ProjetDemo, "missions"> & { creeLe: Moment; missions: MissionPlanifiee[] };

const estEtapeCandidature = (e: Etape): e is EtapeCandidature => "candidature" in e;

/** The mission as written on the day the demo is generated: sessions and deadline dated, checked by the mission's schema. */
function dater(m: MissionDemo, aujourdhui: string): { mission: Mission; jourDe: (q: Quand) => string } {
  const lundi = lundiDeLaSemaine(aujourdhui);
  const sessions: SessionDatee[] = m.sessions.map((s) => ({ ...periodeOuvree(decaler(lundi, 7 * s.semaine), s.joursOuvres), libelle: s.libelle }));
  const jourDe = (q: Quand): string => {
    if (typeof q === "number") return decaler(aujourdhui, q);
    const s = sessions[q.session];
    if (!s) throw new Error(`${m.cle} : pas de session ${q.session}`);
    return decaler(q.bord === "debut" ? s.debut : s.fin, q.decalage ?? 0);
  };
  const r = lireMission({ ...m.saisie, sessions, ...(m.dateLimite === undefined ? {} : { dateLimiteCandidature: jourDe(m.dateLimite) }) });
  if (!r.ok) throw new Error(`${m.cle} : ${r.erreurs.map((e) => `${e.champ} : ${e.message}`).join(" ; ")}`);
  return { mission: r.mission, jourDe };
}

type EnCours = Candidature & { motif: string | null; deposeePar: ActeurCandidature; creeeLe: Moment; modifieeLe: Moment; historique: LigneHistoriqueCandidature[] };

/**
 * Fires the mission's steps in order, each on its day, through the state tables; throws when the
 * tables (or the service's own checks: the deadline, a proposal needing a claimed profile)
 * refuse one, or when a step comes before the previous one or after today.
 */
export function rejouerMission(m: MissionDemo, aujourdhui: string): MissionPlanifiee {
  const { mission, jourDe } = dater(m, aujourdhui);
  let rang = 0;
  const creeeLe = moment(jourDe(m.creee), rang++);
  let etat: EtatMission = "brouillon";
  let publieeLe: Moment | null = null;
  let dernier = creeeLe;
  const historique: LigneHistoriqueMission[] = [{ evenement: "creer", de: null, vers: "brouillon", motif: null, le: creeeLe }];
  const candidatures = new Map<string, EnCours>();
  const quand = new Map<string, Moment>();
  const erreur = (raison: string) => new Error(`${m.cle} : ${raison}`);

  for (const etape of m.etapes ?? []) {
    const le = moment(jourDe(etape.quand), rang++);
    if (le.jour < dernier.jour) throw erreur(`l'étape ${etape.evenement} (${le.jour}) précède la précédente (${dernier.jour})`);
    if (le.jour > aujourdhui) throw erreur(`l'étape ${etape.evenement} (${le.jour}) est après aujourd'hui (${aujourdhui})`);
    dernier = le;
    const motif = etape.motif === undefined ? {} : { motif: etape.motif };

    if (!estEtapeCandidature(etape)) {
      const affectees = [...candidatures.values()].filter((c) => c.etat === "affectee").length;
      const r = peut(etape.evenement, { ...mission, etat }, { estProprietaire: true, aujourdhui: le.jour, affectationsConfirmees: affectees, candidatures: candidatures.size, ...motif });
      if (!r.ok) throw erreur(r.raison);
      etat = r.vers;
      if (r.evenement === "publier") publieeLe = le;
      historique.push({ evenement: r.evenement, de: r.de, vers: r.vers, motif: r.motif ?? null, le });
      continue;
    }

    const expert = m.candidatures?.[etape.candidature];
    if (!expert) throw erreur(`candidature inconnue : ${etape.candidature}`);
    const acteur = TRANSITIONS_CANDIDATURE[etape.evenement].acteurs[0] as ActeurCandidature | undefined;
    if (!acteur) throw erreur(`${etape.evenement} suit d'elle-même une autre étape`);
    const avant = candidatures.get(etape.candidature);
    if (!avant) {
      // The service's checks before the state table: the deadline, and HR proposes only an agent who claimed their profile.
      if (mission.dateLimiteCandidature && le.jour > mission.dateLimiteCandidature) throw erreur(`candidature après la date limite (${mission.dateLimiteCandidature})`);
      if (etape.evenement === "proposer" && expert !== "agente") throw erreur("le RH ne propose qu'un agent qui a repris son profil");
    }
    const r = peutCandidature(etape.evenement, avant, {
      estTitulaire: acteur === "expert",
      estRhEmployeur: acteur === "rh",
      estProprietaireMission: acteur === "proprietaire",
      etatMission: etat,
      liberationRequise: liberationRequiseDemo(expert),
      ...motif,
    });
    if (!r.ok) throw erreur(`${etape.candidature} : ${r.raison}`);
    if (r.suite && ETATS_FINAUX_MISSION.includes(etat)) throw erreur(`${etape.candidature} : affectation sur une mission ${etat}`);
    const accord = r.accordEmployeur?.vers ?? avant!.accordEmployeur;
    const lignes: LigneHistoriqueCandidature[] = [
      { evenement: r.evenement, de: r.de, vers: r.vers, accordDe: r.accordEmployeur?.de ?? null, accordVers: r.accordEmployeur?.vers ?? null, motif: r.motif ?? null, acteur, le },
      ...(r.suite ? [{ evenement: r.suite.evenement, de: r.suite.de, vers: r.suite.vers, accordDe: null, accordVers: null, motif: null, acteur: null, le }] : []),
    ];
    candidatures.set(etape.candidature, {
      etat: r.suite?.vers ?? r.vers,
      accordEmployeur: accord,
      motif: r.motif ?? avant?.motif ?? null,
      deposeePar: avant?.deposeePar ?? acteur,
      creeeLe: avant?.creeeLe ?? le,
      modifieeLe: le,
      historique: [...(avant?.historique ?? []), ...lignes],
    });
    quand.set(`${etape.candidature}:${r.evenement}`, le);
    if (r.suite) quand.set(`${etape.candidature}:${r.suite.evenement}`, le);
  }

  for (const cle of Object.keys(m.candidatures ?? {})) if (!candidatures.has(cle)) throw erreur(`la candidature ${cle} n'est jamais créée`);
  const notifications = (m.notifications ?? []).flatMap((n) => {
    const le = quand.get(`${n.candidature}:${n.evenement}`);
    if (!le) throw erreur(`notification d'une étape qui n'a pas lieu : ${n.candidature} ${n.evenement}`);
    if (n.pour.includes("expert") && m.candidatures?.[n.candidature] !== "agente") throw erreur("seule l'agente de démonstration a un compte à notifier");
    return n.pour.map((pour) => ({ candidature: n.candidature, evenement: n.evenement, pour, lue: n.lue, le }));
  });
  return {
    cle: m.cle,
    mission,
    etat,
    creeeLe,
    publieeLe,
    modifieeLe: dernier,
    historique,
    candidatures: [...candidatures].map(([cle, c]) => ({
      cle,
      expert: m.candidatures![cle]!,
      etat: c.etat,
      accordEmployeur: c.accordEmployeur,
      motif: c.motif,
      deposeePar: c.deposeePar,
      creeeLe: c.creeeLe,
      modifieeLe: c.modifieeLe,
      historique: c.historique,
    })),
    notifications,
  };
}

/** The demo's projects and missions as they stand on `aujourdhui` (AAAA-MM-JJ, in France). */
export function planifierMissionsDemo(aujourdhui: string, projets: readonly ProjetDemo[] = PROJETS_DEMO): ProjetPlanifie[] {
  return projets.map((p) => {
    const missions = p.missions.map((m) => rejouerMission(m, aujourdhui));
    // The project was created with its first mission.
    const creeLe = missions.map((m) => m.creeeLe).reduce((a, b) => (b.horodatage < a.horodatage ? b : a));
    return { ...p, creeLe, missions };
  });
}

// ————————————————————————————————————————— Notifications

/** The notifications' titles, as the candidacies' service words them. */
/** The title and text of a candidacy's notification, once the expert's name is known. */
export function texteNotificationDemo(
  n: Pick<NotificationPlanifiee, "evenement">,
  c: Pick<CandidaturePlanifiee, "historique">,
  qui: string,
  intitule: string,
): { type: string; titre: string; texte: string } {
  const ligne = c.historique.find((h) => h.evenement === n.evenement);
  if (!ligne) throw new Error(`pas de notification de démonstration pour ${n.evenement}`);
  const accord = [...c.historique].reverse().find((h) => h.le.horodatage <= ligne.le.horodatage && h.accordVers)?.accordVers ?? "en_attente";
  return { type: `candidature.${n.evenement}`, ...messageCandidature(qui, intitule, { evenement: n.evenement, vers: ligne.vers, ...(ligne.motif ? { motif: ligne.motif } : {}) }, accord) };
}
