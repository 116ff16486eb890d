/**
 * The coded values of the procedures' data and their labels: the person's status, the host's
 * kind, the share of working time, the periodicity of reimbursements, the length of a
 * détachement, the natures of a financial annex, the means of transport, France Diplomatie's
 * levels of vigilance. The data schemas (*-donnees.ts) import them from here.
 *
 * Apart for the same reason as vocabulaire.ts: the web app's forms and pages show them and its
 * bundle must not carry zod. The situation's vocabularies (STATUTS, TYPES_HOTE, CADRES) live
 * with its zod schema, so they are imported as types only: nothing of that module is loaded.
 */
import type { CADRES, STATUTS, TYPES_HOTE } from "../instruments/situation";

// ————————————————————————————————————————— The person and the host

export type Statut = (typeof STATUTS)[number];
export type TypeHote = (typeof TYPES_HOTE)[number];
export type Cadre = (typeof CADRES)[number];

export const LIBELLES_STATUT: Record<Statut, string> = {
  titulaire: "fonctionnaire titulaire",
  stagiaire: "fonctionnaire stagiaire",
  contractuel_cdi: "contractuel en CDI",
  contractuel_cdd: "contractuel en CDD",
  retraite: "retraité",
  elu: "élu",
  partenaire: "personnel d'un organisme partenaire",
};

export const LIBELLES_TYPE_HOTE: Record<TypeHote, string> = {
  organisation_internationale: "organisation internationale",
  institution_ue: "institution ou organe de l'Union européenne",
  etat_etranger: "État étranger",
  administration_etrangere: "administration ou organisme public d'un État étranger",
  operateur_public: "opérateur public",
  operateur_prive: "organisme privé",
};

// ————————————————————————————————————————— Cumul d'activités

export const QUOTITES = ["temps_complet", "temps_partiel"] as const;
export const LIBELLES_QUOTITE: Record<(typeof QUOTITES)[number], string> = { temps_complet: "À temps complet", temps_partiel: "À temps partiel" };

// ————————————————————————————————————————— Mise à disposition

export const PERIODICITES = ["mensuelle", "trimestrielle", "semestrielle", "annuelle"] as const;
export type Periodicite = (typeof PERIODICITES)[number];
export const LIBELLES_PERIODICITE: Record<Periodicite, string> = { mensuelle: "Mensuelle", trimestrielle: "Trimestrielle", semestrielle: "Semestrielle", annuelle: "Annuelle" };

// ————————————————————————————————————————— Détachement

export const TYPES_DETACHEMENT = ["courte_duree", "longue_duree"] as const;
export type TypeDetachement = (typeof TYPES_DETACHEMENT)[number];
export const LIBELLES_TYPE_DETACHEMENT: Record<TypeDetachement, string> = { courte_duree: "Détachement de courte durée", longue_duree: "Détachement de longue durée" };

// ————————————————————————————————————————— Convention de partenariat

export const NATURES_LIGNE_FINANCIERE = ["honoraires", "frais_de_gestion", "complement_remuneration"] as const;
export type NatureLigneFinanciere = (typeof NATURES_LIGNE_FINANCIERE)[number];
export const LIBELLES_NATURE_LIGNE_FINANCIERE: Record<NatureLigneFinanciere, string> = {
  honoraires: "Honoraires versés à la collectivité (rémunération, primes, cotisations, frais et sujétions de l'agent)",
  frais_de_gestion: "Frais de gestion versés à la collectivité",
  complement_remuneration: "Complément de rémunération versé à l'expert",
};

// ————————————————————————————————————————— Ordre de mission

export const MODES_TRANSPORT = ["avion", "train", "vehicule_de_service", "vehicule_personnel", "transports_en_commun", "autre"] as const;
export const LIBELLES_MODE_TRANSPORT: Record<(typeof MODES_TRANSPORT)[number], string> = {
  avion: "Avion",
  train: "Train",
  vehicule_de_service: "Véhicule de service",
  vehicule_personnel: "Véhicule personnel",
  transports_en_commun: "Transports en commun",
  autre: "Autre",
};

/** France Diplomatie's four levels (the map's green, yellow, orange and red). */
export const NIVEAUX_VIGILANCE = ["vigilance_normale", "vigilance_renforcee", "deconseille_sauf_raison_imperative", "formellement_deconseille"] as const;
export type NiveauVigilance = (typeof NIVEAUX_VIGILANCE)[number];
export const LIBELLES_NIVEAU_VIGILANCE: Record<NiveauVigilance, string> = {
  vigilance_normale: "Vigilance normale (vert)",
  vigilance_renforcee: "Vigilance renforcée (jaune)",
  deconseille_sauf_raison_imperative: "Déconseillé sauf raison impérative (orange)",
  formellement_deconseille: "Formellement déconseillé (rouge)",
};
