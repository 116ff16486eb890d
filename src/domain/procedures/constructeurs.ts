/**
 * Builders of realistic cases for the tests (ARCHITECTURE.md, « Tests »), and the cases of a
 * state table to walk through: every (event, state, actor), sorted into the allowed, the refused
 * for the actor and the refused for the state. Not exported by index.ts: tests import them here.
 */
import { ACTEURS_PROCEDURE, type ActeurProcedure } from "./acteurs";
import type { ConventionPartenariatSaisie } from "./convention-partenariat-donnees";
import type { DemandeCumulSaisie } from "./cumul-donnees";
import type { DetachementSaisie } from "./detachement-donnees";
import type { ConventionMadSaisie } from "./mise-a-disposition-donnees";
import type { OrdreDeMissionSaisie } from "./ordre-de-mission-donnees";

export const AUJOURDHUI = "2026-03-16";
export const MOTIF = "Le bailleur a suspendu le programme jusqu'à nouvel ordre.";

/** Camille Martin, engineer of the Métropole de Lyon, asks to give six days of expertise on waste collection in Thiès. */
export const uneDemandeCumul = (): DemandeCumulSaisie => ({
  expert: {
    nom: "Martin",
    prenom: "Camille",
    grade: "Ingénieur principal",
    service: "Direction de la propreté, service collecte",
    adresseProfessionnelle: "20 rue du Lac, 69003 Lyon",
    telephone: "04 78 00 00 00",
    courriel: "camille.martin@grandlyon.example",
  },
  activitePrincipale: { fonctions: "Responsable de l'organisation des tournées de collecte", quotite: "temps_complet" },
  activiteAccessoire: {
    description: "Diagnostic du service de collecte de la ville de Thiès et plan d'actions",
    organisme: { identite: "Expertise France", nature: "Établissement public", secteur: "Coopération technique internationale" },
    nature: "Expertise",
    dateDebut: "2026-04-07",
    dateFin: "2026-04-14",
    dureePeriodiciteHoraires: "Six jours, pris sur des congés",
    remuneration: "450 € par jour et per diem",
    conditionsParticulieres: "Déplacement au Sénégal, mission ponctuelle",
  },
  autresActivitesAccessoires: { exerce: false },
  declarationSurLHonneur: { souscrite: true, faitA: "Lyon", le: "2026-03-10" },
});

/** Camille Martin put at the disposal of the Senegalese ministry of local authorities, half time, for six months of 2026. */
export const uneConventionMad = (): ConventionMadSaisie => ({
  agent: { nom: "Martin", prenom: "Camille", grade: "Ingénieur principal", statut: "titulaire" },
  employeur: { nom: "Métropole de Lyon", representant: "Le président", qualite: "Président" },
  accueil: { nom: "Ministère des collectivités territoriales du Sénégal", type: "administration_etrangere", affectation: "Direction des services techniques" },
  activites: "Appui à l'organisation de la collecte des déchets dans trois communes",
  dateDebut: "2026-01-01",
  dateFin: "2026-06-30",
  quotite: 50,
  remboursement: { gratuite: false, montantParPeriode: 12_000, periodicite: "trimestrielle", delaiPaiementJours: 30 },
  complementRemuneration: 800,
});

/** A long détachement of Camille Martin to an international organisation, for cooperation, under a prior convention. */
export const unDetachement = (): DetachementSaisie => ({
  agent: { nom: "Martin", prenom: "Camille", grade: "Ingénieur principal", statut: "titulaire" },
  accueil: { nom: "ONU-Habitat", type: "organisation_internationale" },
  fonctions: "Conseiller technique en gestion des déchets",
  type: "longue_duree",
  dateDebut: "2025-01-01",
  dateFin: "2027-12-31",
  aLEtranger: true,
  cooperation: true,
  conventionPrealable: { reference: "CONV-2024-118", signeeLe: "2024-11-20" },
});

/** The Métropole de Lyon and Expertise France on a programme in Senegal. */
export const uneConventionPartenariat = (): ConventionPartenariatSaisie => ({
  collectivite: { nom: "Métropole de Lyon", representant: "Le président" },
  operateur: { nom: "Expertise France", representant: "Le directeur général" },
  presentationParties: "La Métropole de Lyon coopère depuis 2015 avec la ville de Thiès.\nExpertise France met en œuvre le programme pour le compte de l'Union européenne.",
  programme: "Programme d'appui à la gestion des déchets au Sénégal",
  beneficiaire: "Communes de Thiès, Mbour et Tivaouane",
  documentContractuel: "le cadre logique annexé à la convention de financement",
  actions: "Diagnostic, plans d'actions, formation des agents municipaux",
  expertiseInterne: "le diagnostic et la formation, soit 3 experts et 60 jours-experts",
  outilsNumeriques: "la plateforme de formation en ligne de la Métropole",
  missionsCourtesSurTempsDeService: true,
  clausesDuBailleur: false,
  joursExpertsPrevus: 60,
  dateFin: "2027-06-30",
  reunionsComiteParAn: 2,
  annexeFinanciere: {
    lignes: [
      { nature: "honoraires", montant: 45_000 },
      { nature: "frais_de_gestion", montant: 4_500 },
      { nature: "complement_remuneration", libelle: "Per diem et quote-part", montant: 9_000 },
    ],
  },
});

/** Camille Martin to Thiès for the collectivité's cooperation, checklist complete. */
export const unOrdreDeMission = (): OrdreDeMissionSaisie => ({
  agent: { nom: "Martin", prenom: "Camille", grade: "Ingénieur principal", service: "Direction de la propreté" },
  cadre: "cooperation_decentralisee",
  objet: "Atelier de restitution du diagnostic de la collecte",
  destination: { pays: "SN", ville: "Thiès" },
  depart: "2026-04-07",
  retour: "2026-04-11",
  transport: { modes: ["avion", "vehicule_de_service"] },
  securite: {
    niveauVigilance: "vigilance_renforcee",
    vigilanceConsulteeLe: "2026-03-12",
    inscriptionAriane: true,
    assurance: { rapatriement: true, assureur: "SMACL", contrat: "123-456" },
  },
});

/** A copy of `objet` with the value at `chemin` (« expert.nom ») replaced, or removed when `valeur` is undefined. */
export function modifie<T>(objet: T, chemin: string, valeur?: unknown): T {
  const copie = structuredClone(objet) as Record<string, unknown>;
  const cles = chemin.split(".");
  const derniere = cles.pop()!;
  let ici: Record<string, unknown> = copie;
  for (const cle of cles) ici = ici[cle] as Record<string, unknown>;
  if (valeur === undefined) delete ici[derniere];
  else ici[derniere] = valeur;
  return copie as T;
}

/** Each abstract actor, and somebody who is none of them (an operator looking at an HR case, say). */
export const ACTEURS_DE_TEST = [...ACTEURS_PROCEDURE, "aucun"] as const;
export type ActeurDeTest = (typeof ACTEURS_DE_TEST)[number];
export const acteurs = (acteur: ActeurDeTest): ActeurProcedure[] => (acteur === "aucun" ? [] : [acteur]);

/**
 * Every (event, state or null, actor) of a table, sorted by what the answer must be: allowed
 * (with the state it leads to), refused to the actor (interdit), refused in the state (conflit).
 */
export function casDeLaTable<Etat extends string, Evenement extends string>(t: {
  etats: readonly Etat[];
  evenements: readonly Evenement[];
  permises: readonly (readonly [Evenement, Etat | null, Etat])[];
  reserveA: Record<Evenement, readonly ActeurProcedure[]>;
}) {
  const etats = [null, ...t.etats];
  const tous = t.evenements.flatMap((e) => etats.flatMap((de) => ACTEURS_DE_TEST.map((acteur) => [e, de, acteur] as const)));
  const vers = (e: Evenement, de: Etat | null) => t.permises.find(([pe, pde]) => pe === e && pde === de)?.[2];
  const autorise = (e: Evenement, acteur: ActeurDeTest) => acteur !== "aucun" && t.reserveA[e].includes(acteur);
  return {
    permis: tous.filter(([e, de, a]) => autorise(e, a) && vers(e, de)).map(([e, de, a]) => [e, de, a, vers(e, de)!] as const),
    interdits: tous.filter(([e, , a]) => !autorise(e, a)),
    conflits: tous.filter(([e, de, a]) => autorise(e, a) && !vers(e, de)),
  };
}
