/**
 * The demo's procedure cases (issue 7), so that each demo account finds cases where it acts: Amina
 * Diallo's cumul authorised for her first mission in Senegal and her request for the next one
 * waiting for her superior's opinion; the ordre de mission of a Saint-Étienne agent for the EXPE-CT
 * mission to Porto-Novo, signed before departure and done; a mise à disposition of a Saint-Étienne
 * agent at Expertise France in force, one reimbursement received and the next one overdue; the
 * partnership convention between the Région Nouvelle-Aquitaine and Expertise France in force,
 * with a steering committee held.
 *
 * As for the missions (../missions/demo.ts): pure data and one replay. Every date is relative to
 * the day the demo is generated or to the sessions of the mission the case follows, and every
 * state is reached by firing the events of the case's table (`definitionDossier`) in order, on
 * their day, with their inputs — the very checks the service runs. A story the tables refuse
 * throws. The service (src/services/demo/procedures-demo.ts) draws the pool's agent and writes
 * the rows.
 *
 * The agents' cases are Saint-Étienne's, whose HR, superior and authority have demo accounts; the
 * convention is the Region's, whose international relations officer (ri@) has one. A step of a
 * person without an account (the pool's agent, the Region's authority) has no author.
 */
import { ajouterJours, ajouterMois, dernierJourDePeriode, joursEntre } from "./dates";
import type { ActeurProcedure } from "./acteurs";
import type { ConventionPartenariatSaisie } from "./convention-partenariat-donnees";
import type { DemandeCumulSaisie } from "./cumul-donnees";
import { type Dossier, type Saisie } from "./dossier";
import { definitionDossier } from "./dossiers";
import { messageEtapeProcedure, quiAgitEnsuite } from "./messages";
import type { ConventionMadSaisie } from "./mise-a-disposition-donnees";
import type { OrdreDeMissionSaisie } from "./ordre-de-mission-donnees";
import type { TypeProcedure } from "./vocabulaire";
import type { Instrument } from "../instruments";
import { type MissionPlanifiee, type Moment, planifierMissionsDemo, PROPRIETAIRES_DEMO } from "../missions/demo";
import type { SessionDatee } from "../missions/sessions";

// ————————————————————————————————————————— Who acts

const SAINT_ETIENNE = "cog:commune:42218";
const NOUVELLE_AQUITAINE = "cog:region:75";
/** The operator that hosts a mise à disposition or partners a convention. */
export const OPERATEUR_PROCEDURES_DEMO = PROPRIETAIRES_DEMO.operateur.organisation;

/**
 * The demo account behind each actor, per employer (its `reference`); an actor without one (the
 * pool's agent, an authority with no demo account) leaves its steps without an author. The host
 * and the partner operator are the demo operator's account whoever the employer.
 */
export const COMPTES_ACTEURS_DEMO: Readonly<Record<string, Partial<Record<ActeurProcedure, string>>>> = {
  [SAINT_ETIENNE]: { rh: "rh@demo.vivier.test", superieur: "superieur@demo.vivier.test", autorite: "autorite@demo.vivier.test" },
  [NOUVELLE_AQUITAINE]: { charge_ri: "ri@demo.vivier.test" },
};
export const COMPTES_PARTENAIRES_DEMO: Readonly<Partial<Record<ActeurProcedure, string>>> = {
  accueil: PROPRIETAIRES_DEMO.operateur.compte,
  operateur: PROPRIETAIRES_DEMO.operateur.compte,
};
/** The account that acts as `acteur` on a case of this employer, if the demo has one. */
export const compteActeurDemo = (employeur: string, acteur: ActeurProcedure): string | undefined =>
  COMPTES_PARTENAIRES_DEMO[acteur] ?? COMPTES_ACTEURS_DEMO[employeur]?.[acteur];

const HOTEL_DE_VILLE = "Hôtel de ville, place de l'Hôtel-de-Ville, 42000 Saint-Étienne";

/** The agent the case is about, as the service finds them: the demo agent's profile or a pool agent's. */
export type AgentDemo = { prenom: string; nom: string; grade: string; courriel: string };

/** What a story is told from: the day of generation, the mission it follows (if any) and its agent. */
export type ContexteHistoire = { aujourdhui: string; mission?: MissionPlanifiee; agent?: AgentDemo };

/** One step: an event of the case's table, fired by an actor on a day, with its inputs. */
export type EtapeProcedureDemo = { le: string; evenement: string; par: ActeurProcedure; motif?: string; saisie?: Saisie };

export type HistoireProcedure = { ouverteLe: string; ouvertePar: ActeurProcedure; donnees: Record<string, unknown>; etapes: readonly EtapeProcedureDemo[] };

export type ProcedureDemo = {
  /** Stable key: the service derives the case's id from it, so that a second run finds it. */
  cle: string;
  type: TypeProcedure;
  intitule: string;
  /** The employer collectivité (for a convention: the collectivité party), by its `reference`. */
  employeur: string;
  /**
   * The staffing the case follows (keys of ../missions/demo.ts), its agent the candidacy's; or a
   * pool agent of the employer drawn by the service (`vivier`), or no agent (a convention).
   */
  agent: { affectation: { mission: string; candidature: string } } | "vivier" | null;
  /** The advisor's instrument for the staffing (checked against the candidacy's by the integration test). */
  instrumentRecommande?: Instrument;
  /** The host (MAD) or the partner operator (convention): the demo operator. */
  accueil?: true;
  operateur?: true;
  histoire(c: ContexteHistoire): HistoireProcedure;
};

// ————————————————————————————————————————— Dates

const session = (c: ContexteHistoire, i = 0): SessionDatee => {
  const s = c.mission?.mission.sessions[i];
  if (!s || !("debut" in s)) throw new Error(`pas de session datée ${i}`);
  return s;
};
/** The day the candidacy was staffed (its `affecter` history row). */
const affecteeLe = (c: ContexteHistoire, candidature: string): string => {
  const ligne = c.mission?.candidatures.find((x) => x.cle === candidature)?.historique.find((h) => h.evenement === "affecter");
  if (!ligne) throw new Error(`la candidature ${candidature} n'est pas affectée`);
  return ligne.le.jour;
};
const jour = (c: ContexteHistoire, n: number) => ajouterJours(c.aujourdhui, n);
const premierDuMois = (d: string) => `${d.slice(0, 7)}-01`;

// ————————————————————————————————————————— The cases

const agentDe = (c: ContexteHistoire): AgentDemo => {
  if (!c.agent) throw new Error("l'agent du cas manque");
  return c.agent;
};

/** Amina Diallo's request (annex 3) for a mission of Expertise France's water programme in Senegal. */
function demandeCumulAmina(c: ContexteHistoire, le: string): DemandeCumulSaisie {
  const a = agentDe(c);
  const s = session(c);
  const mission = c.mission!.mission;
  return {
    expert: {
      nom: a.nom,
      prenom: a.prenom,
      grade: a.grade,
      service: "Direction de l'eau et de l'assainissement — régie des eaux",
      adresseProfessionnelle: HOTEL_DE_VILLE,
      telephone: "04 77 48 77 48",
      courriel: a.courriel,
    },
    activitePrincipale: { fonctions: "Ingénieure eau potable : exploitation du réseau de la régie, schéma directeur d'eau potable", quotite: "temps_complet" },
    activiteAccessoire: {
      description: `${mission.intitule} (${mission.beneficiaire ?? "Sénégal"}), mission d'expertise du programme PAGoDA.`,
      organisme: { identite: "Expertise France", nature: "Établissement public (agence française de coopération technique internationale)", secteur: "Coopération internationale" },
      nature: "Expertise technique ponctuelle, rémunérée par des honoraires",
      dateDebut: s.debut,
      dateFin: s.fin,
      dureePeriodiciteHoraires: `${mission.sessions.length === 1 ? "Une mission" : "Des missions"} sur place, sur des jours de congé, hors du temps de service`,
      remuneration: `Honoraires de ${mission.remuneration?.honorairesJournaliers ?? 450} € par jour et per diem, versés par Expertise France`,
      conditionsParticulieres: "Aucun usage des moyens du service ; aucune relation d'affaires avec la régie des eaux de Saint-Étienne.",
    },
    autresActivitesAccessoires: { exerce: false },
    declarationSurLHonneur: { souscrite: true, faitA: "Saint-Étienne", le },
  };
}

const CUMUL_AUTORISE: ProcedureDemo = {
  cle: "cumul-diagnostic-mbour",
  employeur: SAINT_ETIENNE,
  type: "cumul_activites",
  intitule: "Cumul d'activités : diagnostic du réseau d'eau potable de Mbour",
  agent: { affectation: { mission: "ef-eau-senegal/diagnostic-mbour", candidature: "amina" } },
  instrumentRecommande: "cumul_activites",
  histoire(c) {
    const ouverte = ajouterJours(affecteeLe(c, "amina"), 1);
    const depot = ajouterJours(ouverte, 1);
    return {
      ouverteLe: ouverte,
      ouvertePar: "agent",
      donnees: demandeCumulAmina(c, depot),
      etapes: [
        { le: depot, evenement: "deposer", par: "agent" },
        { le: ajouterJours(depot, 3), evenement: "donnerAvis", par: "superieur", saisie: { avis: "favorable" }, motif: "Mission compatible avec le planning de la régie ; les jours sont posés en congés." },
        { le: ajouterJours(depot, 6), evenement: "autoriser", par: "autorite" },
      ],
    };
  },
};

const CUMUL_DEPOSE: ProcedureDemo = {
  cle: "cumul-formation-mbour",
  employeur: SAINT_ETIENNE,
  type: "cumul_activites",
  intitule: "Cumul d'activités : formation des agents de la régie des eaux de Mbour",
  agent: { affectation: { mission: "ef-eau-senegal/formation-mbour", candidature: "amina" } },
  instrumentRecommande: "cumul_activites",
  histoire(c) {
    const ouverte = ajouterJours(affecteeLe(c, "amina"), 1);
    // Deposited since: the superior's opinion is awaited (« À traiter » for superieur@).
    const depot = ajouterJours(ouverte, 1);
    return { ouverteLe: ouverte, ouvertePar: "agent", donnees: demandeCumulAmina(c, depot), etapes: [{ le: depot, evenement: "deposer", par: "agent" }] };
  },
};

const ORDRE_PORTO_NOVO: ProcedureDemo = {
  cle: "ordre-adressage-porto-novo",
  employeur: SAINT_ETIENNE,
  type: "ordre_de_mission",
  intitule: "Ordre de mission : adressage et état civil à Porto-Novo",
  agent: { affectation: { mission: "daect-expe-ct/adressage-porto-novo", candidature: "retenue" } },
  instrumentRecommande: "ordre_de_mission",
  histoire(c) {
    const a = agentDe(c);
    const s = session(c);
    const ouverte = ajouterJours(affecteeLe(c, "retenue"), 1);
    const depart = ajouterJours(s.debut, -1);
    const retour = ajouterJours(s.fin, 1);
    const donnees: OrdreDeMissionSaisie = {
      agent: { nom: a.nom, prenom: a.prenom, grade: a.grade, service: "Direction des systèmes d'information géographique" },
      cadre: "expe_ct",
      objet: `${c.mission!.mission.intitule} — mission EXPE-CT à la demande de la ville de Porto-Novo, avec l'appui de la DAECT.`,
      destination: { pays: "BJ", ville: "Porto-Novo" },
      depart,
      retour,
      transport: { modes: ["avion", "train"], precisions: "Train Saint-Étienne – Paris, vol Paris – Cotonou, transfert par la route" },
      priseEnChargeFrais: "Transport, hébergement et per diem pris en charge par la DAECT (programme EXPE-CT)",
      securite: {
        niveauVigilance: "vigilance_renforcee",
        vigilanceConsulteeLe: ajouterJours(ouverte, 1),
        inscriptionAriane: true,
        assurance: { rapatriement: true, assureur: "SMACL Assurances", contrat: "RC-42218-2026" },
      },
    };
    return {
      ouverteLe: ouverte,
      ouvertePar: "rh",
      donnees,
      etapes: [
        { le: ajouterJours(ouverte, 2), evenement: "soumettre", par: "rh" },
        { le: ajouterJours(ouverte, 3), evenement: "signer", par: "autorite" },
        { le: ajouterJours(retour, 1), evenement: "terminer", par: "rh" },
      ],
    };
  },
};

const MISE_A_DISPOSITION: ProcedureDemo = {
  cle: "mad-pagoda-petite-cote",
  employeur: SAINT_ETIENNE,
  type: "mise_a_disposition",
  intitule: "Mise à disposition auprès d'Expertise France : coordination technique PAGoDA",
  agent: "vivier",
  accueil: true,
  histoire(c) {
    const a = agentDe(c);
    // Started on the first of a month seven to eight months ago, for a year: the first quarter is
    // reimbursed, the second overdue (the deadline at 30 days is always past), the third running.
    const debut = premierDuMois(jour(c, -240));
    const fin = dernierJourDePeriode(debut, 12);
    const premierTrimestre = { debut, fin: dernierJourDePeriode(debut, 3) };
    const donnees: ConventionMadSaisie = {
      agent: { nom: a.nom, prenom: a.prenom, grade: a.grade, statut: "titulaire" },
      employeur: { nom: "Commune de Saint-Étienne", representant: "Élise Fournier", qualite: "Adjointe au maire déléguée aux ressources humaines" },
      accueil: { nom: "Expertise France", representant: "Farid Benali", qualite: "Chef de projet", type: "operateur_public", affectation: "Département Gouvernance — programme PAGoDA" },
      activites:
        "Coordination technique de l'appui aux communes de la Petite-Côte (Sénégal) pour la reprise en régie de leurs services d'eau : " +
        "programmation des missions d'expertise, suivi des diagnostics, appui méthodologique aux régies.",
      conditionsEmploi: "Travail depuis Saint-Étienne et les locaux d'Expertise France à Paris ; deux missions au Sénégal par semestre au plus.",
      dateDebut: debut,
      dateFin: fin,
      quotite: 50,
      remboursement: { gratuite: false, montantParPeriode: 9_600, periodicite: "trimestrielle", delaiPaiementJours: 30 },
      fraisEtSujetions: "Frais de déplacement et de mission pris en charge par Expertise France selon ses barèmes",
      preavisFinJours: 60,
    };
    return {
      ouverteLe: ajouterJours(debut, -70),
      ouvertePar: "rh",
      donnees,
      etapes: [
        { le: ajouterJours(debut, -65), evenement: "envoyerALAgent", par: "rh" },
        { le: ajouterJours(debut, -60), evenement: "accepterParLAgent", par: "agent" },
        { le: ajouterJours(debut, -50), evenement: "informerAssemblee", par: "rh", saisie: { dateInformationAssemblee: ajouterJours(debut, -52) } },
        { le: ajouterJours(debut, -45), evenement: "signerPourLAccueil", par: "accueil" },
        { le: ajouterJours(debut, -42), evenement: "signerPourLEmployeur", par: "autorite" },
        { le: ajouterJours(debut, -40), evenement: "prendreArrete", par: "autorite" },
        { le: debut, evenement: "activer", par: "rh" },
        {
          le: ajouterJours(premierTrimestre.fin, 20),
          evenement: "enregistrerRemboursement",
          par: "rh",
          saisie: { remboursement: { periode: `${premierTrimestre.debut}/${premierTrimestre.fin}`, montant: 9_600, recuLe: ajouterJours(premierTrimestre.fin, 18) } },
        },
      ],
    };
  },
};

const CONVENTION: ProcedureDemo = {
  cle: "convention-nouvelle-aquitaine-expertise-france",
  employeur: NOUVELLE_AQUITAINE,
  type: "convention_partenariat",
  intitule: "Convention de partenariat Nouvelle-Aquitaine – Expertise France : villes du Maroc et climat",
  agent: null,
  operateur: true,
  histoire(c) {
    const ouverte = jour(c, -200);
    const comite = jour(c, -60);
    const donnees: ConventionPartenariatSaisie = {
      collectivite: { nom: "Région Nouvelle-Aquitaine", qualite: "Le président du conseil régional" },
      operateur: { nom: "Expertise France", representant: "Farid Benali", qualite: "Chef de projet" },
      presentationParties:
        "La Région Nouvelle-Aquitaine conduit une politique de coopération avec les collectivités du Maroc, notamment sur l'adaptation au changement climatique.\n" +
        "Expertise France met en œuvre le programme Adapt'Action pour le compte de l'Agence française de développement.",
      programme: "Adapt'Action — adaptation des villes moyennes du Maroc au changement climatique (Agence française de développement)",
      beneficiaire: "Communes de Chefchaouen, Tétouan et Fès",
      documentContractuel: "le cadre logique annexé à la convention de financement entre l'Agence française de développement et Expertise France",
      expertiseInterne: "les diagnostics de vulnérabilité, les plans climat et la formation des services techniques, soit 4 experts et 60 jours-experts",
      missionsCourtesSurTempsDeService: true,
      clausesDuBailleur: true,
      actions:
        "Diagnostics de vulnérabilité au changement climatique\nÉlaboration des plans climat communaux\nPrévention du risque d'inondation\nFormation des services techniques communaux",
      modalites: "Missions de courte durée d'agents des collectivités de Nouvelle-Aquitaine, sur proposition de la Région et avec l'accord de chaque agent et de son employeur.",
      joursExpertsPrevus: 60,
      dateFin: ajouterMois(jour(c, 0), 14),
      reunionsComiteParAn: 2,
      annexeFinanciere: {
        lignes: [
          { nature: "honoraires", libelle: "Honoraires versés à la collectivité (60 jours à 500 €)", montant: 30_000 },
          { nature: "frais_de_gestion", libelle: "Frais de gestion de la collectivité (7 %)", montant: 2_100 },
          { nature: "complement_remuneration", libelle: "Complément de rémunération des experts", montant: 6_000 },
        ],
      },
    };
    return {
      ouverteLe: ouverte,
      ouvertePar: "charge_ri",
      donnees,
      etapes: [
        { le: ajouterJours(ouverte, 10), evenement: "soumettre", par: "charge_ri" },
        { le: ajouterJours(ouverte, 15), evenement: "signerPourLOperateur", par: "operateur" },
        // The Region's authority has no demo account: its signature, recorded, has no author.
        { le: ajouterJours(ouverte, 21), evenement: "signerPourLaCollectivite", par: "autorite" },
        {
          le: ajouterJours(comite, 2),
          evenement: "tenirComite",
          par: "charge_ri",
          saisie: {
            reunion: {
              date: comite,
              compteRendu:
                "Point d'étape du programme : diagnostic de vulnérabilité de Chefchaouen engagé, cartographie des zones inondables de Tétouan programmée. " +
                "Décision : ouvrir la mission sur les îlots de chaleur de Fès.",
              participants: "Région Nouvelle-Aquitaine (relations internationales), Expertise France, communes de Chefchaouen et de Tétouan",
            },
          },
        },
      ],
    };
  },
};

export const PROCEDURES_DEMO: readonly ProcedureDemo[] = [CUMUL_AUTORISE, CUMUL_DEPOSE, ORDRE_PORTO_NOVO, MISE_A_DISPOSITION, CONVENTION];

// ————————————————————————————————————————— The replay

export type LigneHistoriqueProcedureDemo = { evenement: string; de: string | null; vers: string; motif: string | null; saisie: Saisie | null; par: ActeurProcedure; le: Moment };

/** The notification of the case's last step, as the service sends it: to the agent and whoever acts next, but the author. */
export type NotificationProcedureDemo = ReturnType<typeof messageEtapeProcedure> & { pour: ActeurProcedure[]; sauf: ActeurProcedure; le: Moment; lue: boolean };

export type ProcedurePlanifiee = Dossier & {
  cle: string;
  type: TypeProcedure;
  intitule: string;
  ouverteLe: Moment;
  modifieeLe: Moment;
  historique: LigneHistoriqueProcedureDemo[];
  notification: NotificationProcedureDemo;
};

/** A notification older than this is read in the demo; a recent one waits in the bell. */
const LUE_APRES_JOURS = 14;

/** A step's moment: its day, in the afternoon (UTC), so that a case follows the staffing of the morning. */
const moment = (jourIso: string, rang: number): Moment => {
  const minutes = 14 * 60 + rang * 7;
  return { jour: jourIso, horodatage: `${jourIso}T${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}:00.000Z` };
};

/**
 * Fires the case's steps in order, each on its day, through the case's table and its effects, as
 * the service does; throws when the table refuses one, or when a step comes before the previous
 * one or after today.
 */
export function rejouerProcedure(p: ProcedureDemo, c: ContexteHistoire): ProcedurePlanifiee {
  const definition = definitionDossier(p.type);
  const h = p.histoire(c);
  const erreur = (raison: string) => new Error(`${p.cle} : ${raison}`);
  let rang = 0;
  const ouverteLe = moment(h.ouverteLe, rang++);
  if (h.ouverteLe > c.aujourdhui) throw erreur(`ouverte le ${h.ouverteLe}, après aujourd'hui (${c.aujourdhui})`);
  const ouverture = definition.peut(null, "ouvrir", { acteurs: [h.ouvertePar], aujourdhui: h.ouverteLe });
  if (!ouverture.ok) throw erreur(ouverture.raison);
  let dossier: Dossier = { etat: ouverture.transition.vers, donnees: h.donnees, suivi: {} };
  const historique: LigneHistoriqueProcedureDemo[] = [{ evenement: "ouvrir", de: null, vers: dossier.etat, motif: null, saisie: null, par: h.ouvertePar, le: ouverteLe }];
  let dernier = ouverteLe;
  for (const e of h.etapes) {
    const le = moment(e.le, rang++);
    if (le.jour < dernier.jour) throw erreur(`l'étape ${e.evenement} (${le.jour}) précède la précédente (${dernier.jour})`);
    if (le.jour > c.aujourdhui) throw erreur(`l'étape ${e.evenement} (${le.jour}) est après aujourd'hui (${c.aujourdhui})`);
    dernier = le;
    const saisie = e.saisie ?? {};
    const contexte = definition.contexte(dossier, { acteurs: [e.par], aujourdhui: le.jour, ...(e.motif === undefined ? {} : { motif: e.motif }) }, saisie);
    const r = definition.peut(dossier.etat, e.evenement, contexte);
    if (!r.ok) throw erreur(`${e.evenement} : ${r.raison}${r.erreurs?.length ? ` (${r.erreurs.map((x) => `${x.champ} : ${x.message}`).join(" ; ")})` : ""}`);
    const effets = definition.effets(dossier, r.transition, saisie, le.jour);
    dossier = { etat: r.transition.vers, donnees: effets.donnees ?? dossier.donnees, suivi: effets.suivi ?? dossier.suivi };
    historique.push({ evenement: e.evenement, de: r.transition.de, vers: r.transition.vers, motif: r.transition.motif ?? null, saisie: e.saisie ?? null, par: e.par, le });
  }
  const derniere = historique[historique.length - 1]!;
  const ouEnEst = derniere.evenement === "ouvrir" ? "ouverte" : (definition.libellesEtats[dossier.etat] ?? dossier.etat).toLowerCase();
  const notification: NotificationProcedureDemo = {
    ...messageEtapeProcedure(p.type, p.intitule, ouEnEst, derniere.motif ?? undefined),
    pour: [...new Set<ActeurProcedure>(["agent", ...quiAgitEnsuite(definition, dossier, c.aujourdhui)])],
    sauf: derniere.par,
    le: derniere.le,
    lue: joursEntre(derniere.le.jour, c.aujourdhui) > LUE_APRES_JOURS,
  };
  return { cle: p.cle, type: p.type, intitule: p.intitule, ...dossier, ouverteLe, modifieeLe: dernier, historique, notification };
}

/** The missions a case may follow, as the demo has them on `aujourdhui`, by key. */
export function missionsDemoParCle(aujourdhui: string): Map<string, MissionPlanifiee> {
  return new Map(planifierMissionsDemo(aujourdhui).flatMap((p) => p.missions.map((m) => [m.cle, m] as const)));
}
