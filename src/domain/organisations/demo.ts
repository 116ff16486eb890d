/**
 * The demo organisations: the real collectivités the note's annexes name, the operator, the DAECT,
 * an association of elected officials, and the French embassies of ten partner countries. Pure
 * data, so that every machine gets the same demo.
 */
import type { Aleatoire } from "../shared";
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
