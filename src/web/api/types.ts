// The shapes the HTTP API answers with (see the server's OpenAPI document at /api/docs).
// Vocabularies and their French labels come from the pure domain (src/domain), so that the
// web app and the API never disagree on a label; the web app still reads data only from the API.
import type { TypeOrganisation } from "../../domain/organisations/types";

export { TYPES_ORGANISATION, LIBELLES_TYPE_ORGANISATION, type TypeOrganisation } from "../../domain/organisations/types";
export { LIBELLES_CATEGORIE as LIBELLES_CATEGORIE_COLLECTIVITE } from "../../domain/organisations/collectivites";
export { LIBELLES_ROLE, ROLES_PAR_TYPE, type Role } from "../../domain/acces/roles";
// The simulator's vocabularies. Type-only imports of the advisor: its module builds zod schemas
// and the Publicodes engine, which have no place in the browser bundle; the territories' module
// is plain constants.
export { LIBELLES_TERRITOIRE, TERRITOIRES, type Territoire } from "../../domain/calendar/territoires";
export type { Instrument, SituationSaisie as SituationConseil } from "../../domain/instruments/situation";
export type { Reponse as ReponseConseil } from "../../domain/instruments/conseiller";
export type { DecompteSession } from "../../domain/instruments/decompte";

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


/** GET /api/v1/instance: what kind of instance this is (the demo lists its fictitious accounts). */
export type Instance = {
  demo: boolean;
  /** Sign-in with ProConnect is offered (its button shown on the sign-in page). */
  proconnect: boolean;
  comptesDemo?: { email: string; nom: string; roles: string[] }[];
  motDePasseDemo?: string;
};

/** One role of a person in one organisation. */
export type Appartenance = {
  id: string;
  role: string;
  roleLibelle: string;
  organisation: { id: string; nom: string; type: string };
};

/** GET /api/v1/me: the signed-in person, their roles, the one they act with, and the anti-CSRF token. */
export type Moi = {
  utilisateur: { id: string; email: string; prenom: string; nom: string };
  appartenances: Appartenance[];
  appartenanceActive: string | null;
  csrf: string | null;
};

/** One open session of the signed-in person (dates in ISO 8601). */
export type SessionOuverte = {
  id: string;
  courante: boolean;
  creeLe: string;
  vueLe: string;
  expireLe: string;
  adresseIp: string | null;
  navigateur: string | null;
};
