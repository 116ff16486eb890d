// The shapes the HTTP API answers with (see the server's OpenAPI document at /api/docs).
// The web app talks only to the API, so it keeps its own copy rather than importing src/domain.

export const TYPES_ORGANISATION = [
  "collectivite",
  "association_elus",
  "operateur",
  "ministere",
  "ambassade",
  "organisme_partenaire",
] as const;
export type TypeOrganisation = (typeof TYPES_ORGANISATION)[number];

/** Labels for the type filter, shown before any result (results carry their own typeLibelle). */
export const LIBELLES_TYPE_ORGANISATION: Record<TypeOrganisation, string> = {
  collectivite: "Collectivité territoriale",
  association_elus: "Association d'élus",
  operateur: "Opérateur d'assistance technique",
  ministere: "Ministère",
  ambassade: "Ambassade de France",
  organisme_partenaire: "Organisme partenaire",
};

export type Organisation = {
  id: string;
  type: TypeOrganisation;
  typeLibelle: string;
  categorie: string | null;
  categorieLibelle: string | null;
  nature: string | null;
  nom: string;
  codeInsee: string | null;
  siren: string | null;
  codeDepartement: string | null;
  codeRegion: string | null;
  population: number | null;
  /** ISO 3166-1 alpha-2 code, for embassies. */
  pays: string | null;
  /** True when the collectivité left the official geography (merger…). */
  fermee?: boolean;
};

export type PageDeResultats<T> = {
  total: number;
  page: number;
  parPage: number;
  resultats: T[];
};

export type Pays = { code: string; codeAlpha3: string; nom: string; nomAnglais: string };

export type Sante = { statut: "ok"; base: "pglite" | "postgres" };

/** RFC 9457 problem details, as every API error is answered. */
export type Probleme = {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  erreurs?: { champ: string; message: string }[];
};

/** Kinds of collectivité the `categorie` filter accepts (collectivités only). */
export const LIBELLES_CATEGORIE_COLLECTIVITE: Record<string, string> = {
  commune: "Commune",
  epci: "Intercommunalité (EPCI)",
  ept: "Établissement public territorial",
  departement: "Département",
  region: "Région",
  collectivite_unique: "Collectivité territoriale unique",
  collectivite_statut_particulier: "Collectivité à statut particulier",
  collectivite_outre_mer: "Collectivité d'outre-mer",
};
