/**
 * The demo organisations: the real collectivités the note's annexes name, the operator, the DAECT,
 * an association of elected officials, and the French embassies of ten partner countries. Pure
 * data, so that every machine gets the same demo.
 */
import type { Aleatoire } from "../shared";
import type { Role } from "../acces/roles";
import type { TypeOrganisation } from "./types";

export const GRAINE_DEMO = 20_260_101;

/** Collectivités of the official geography always in the demo (their `reference`). */
export const COLLECTIVITES_DEMO_FIXES = [
  "cog:region:75", // Région Nouvelle-Aquitaine, partner of Expertise France in annex 5 of the note
  "cog:departement:17", // Département de la Charente-Maritime, annex 6
  "cog:commune:42218", // Saint-Étienne
  "cog:epci:200046977", // Métropole de Lyon
];

export type OrganisationDemo = {
  reference: string;
  type: Exclude<TypeOrganisation, "collectivite">;
  nom: string;
  pays: string;
};

const AMBASSADES: [pays: string, nom: string][] = [
  ["SN", "Ambassade de France au Sénégal"],
  ["MA", "Ambassade de France au Maroc"],
  ["TN", "Ambassade de France en Tunisie"],
  ["BJ", "Ambassade de France au Bénin"],
  ["CI", "Ambassade de France en Côte d'Ivoire"],
  ["MG", "Ambassade de France à Madagascar"],
  ["CM", "Ambassade de France au Cameroun"],
  ["VN", "Ambassade de France au Viêt Nam"],
  ["LB", "Ambassade de France au Liban"],
  ["HT", "Ambassade de France en Haïti"],
];

export const ORGANISATIONS_DEMO: OrganisationDemo[] = [
  { reference: "demo:plateforme:vivier", type: "plateforme", nom: "Plateforme Vivier", pays: "FR" },
  { reference: "demo:operateur:expertise-france", type: "operateur", nom: "Expertise France", pays: "FR" },
  {
    reference: "demo:ministere:daect",
    type: "ministere",
    nom: "Ministère de l'Europe et des Affaires étrangères — Délégation pour l'action extérieure des collectivités territoriales (DAECT)",
    pays: "FR",
  },
  { reference: "demo:association:cites-unies-france", type: "association_elus", nom: "Cités Unies France", pays: "FR" },
  ...AMBASSADES.map(([pays, nom]) => ({
    reference: `demo:ambassade:${pays.toLowerCase()}`,
    type: "ambassade" as const,
    nom,
    pays,
  })),
];

/**
 * The demo's collectivités: the fixed ones, plus `n` communes of more than 20,000 inhabitants drawn
 * with the demo's seed from the candidates (given in a stable order, e.g. by INSEE code).
 */
export function choisirCollectivitesDemo(candidates: readonly string[], alea: Aleatoire, n = 4): string[] {
  const tirees = alea.echantillon(candidates.filter((c) => !COLLECTIVITES_DEMO_FIXES.includes(c)), n);
  return [...COLLECTIVITES_DEMO_FIXES, ...tirees];
}

/** The one password of every demo account (documented in the README and on the sign-in page in demo mode). */
export const MOT_DE_PASSE_DEMO = "vivier-demo-2026";

export type CompteDemo = {
  email: string;
  prenom: string;
  nom: string;
  /** [organisation reference, role] pairs. */
  roles: [string, Role][];
};

const SAINT_ETIENNE = "cog:commune:42218";
const NOUVELLE_AQUITAINE = "cog:region:75";

/** One demo account per role, across the demo organisations, and one person with several roles. */
export const COMPTES_DEMO: CompteDemo[] = [
  { email: "agent@demo.vivier.test", prenom: "Amina", nom: "Diallo", roles: [[SAINT_ETIENNE, "agent"]] },
  { email: "rh@demo.vivier.test", prenom: "Bruno", nom: "Martin", roles: [[SAINT_ETIENNE, "gestionnaire_rh"]] },
  { email: "ri@demo.vivier.test", prenom: "Claire", nom: "Lefèvre", roles: [[NOUVELLE_AQUITAINE, "charge_ri"]] },
  { email: "superieur@demo.vivier.test", prenom: "David", nom: "Moreau", roles: [[SAINT_ETIENNE, "superieur_hierarchique"]] },
  { email: "autorite@demo.vivier.test", prenom: "Élise", nom: "Fournier", roles: [[SAINT_ETIENNE, "autorite_territoriale"]] },
  { email: "operateur@demo.vivier.test", prenom: "Farid", nom: "Benali", roles: [["demo:operateur:expertise-france", "operateur"]] },
  { email: "daect@demo.vivier.test", prenom: "Gaëlle", nom: "Rousseau", roles: [["demo:ministere:daect", "agent_daect"]] },
  { email: "comite@demo.vivier.test", prenom: "Hugo", nom: "Garnier", roles: [["demo:ministere:daect", "membre_comite"]] },
  { email: "ambassade@demo.vivier.test", prenom: "Inès", nom: "Ndiaye", roles: [["demo:ambassade:sn", "agent_ambassade"]] },
  { email: "admin-organisation@demo.vivier.test", prenom: "Julien", nom: "Petit", roles: [[SAINT_ETIENNE, "administrateur_organisation"]] },
  { email: "admin@demo.vivier.test", prenom: "Karima", nom: "Haddad", roles: [["demo:plateforme:vivier", "administrateur"]] },
  {
    email: "multi@demo.vivier.test",
    prenom: "Laure",
    nom: "Chevalier",
    roles: [
      [NOUVELLE_AQUITAINE, "charge_ri"],
      ["cog:departement:17", "gestionnaire_rh"],
    ],
  },
];
