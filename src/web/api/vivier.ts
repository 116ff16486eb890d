/**
 * The pool of experts (fichier des agents mobilisables): profiles, consent, search, reference lists.
 * Shapes mirror the server's OpenAPI document (/api/docs, tag « vivier »).
 */
import { envoyerJson, lireJson, urlApi } from "./client";

// Vocabularies from the pure domain, so that the web app and the API never disagree on a label.
// Type-only where a module builds zod schemas (no zod in the browser bundle for these).
export type { Position, ProfilSaisi } from "../../domain/experts/profil";
export type { Visibilite } from "../../domain/experts/visibilite";

export type Regard = "titulaire" | "employeur" | "operateur" | "ministere";

export type DomaineExpertise = { code: string; niveau: "notions" | "confirme" | "expert"; precision?: string };
export type LangueParlee = { code: string; niveau: "A1" | "A2" | "B1" | "B2" | "C1" | "C2" };
/** A region worked in: the name is free text; the ISO 3166-2 code, optional, starts with the country's (SN-DK). */
export type RegionIntervention = { pays: string; nom: string; code?: string };
export type MissionPassee = { intitule: string; pays?: string; annee?: number; commanditaire?: string; description?: string };
export type Disponibilite = { debut: string; fin: string; commentaire?: string };

/** What HR or the agent writes (POST /organisations/:id/profils, PUT /profils/:id). */
export type SaisieProfil = {
  prenom: string;
  nom: string;
  courriel: string;
  telephone?: string;
  numeroAgent?: string;
  position: string;
  grade?: string;
  cadreEmplois?: string;
  categorie?: string;
  metier?: string;
  domaines: DomaineExpertise[];
  langues: LangueParlee[];
  pays: string[];
  regions: RegionIntervention[];
  missionsPassees: MissionPassee[];
  disponibilites: Disponibilite[];
  joursParAn?: number;
  dateNaissance?: string;
  dateRetraitePrevue?: string;
};

/** A profile as the signed-in person may see it (fields reserved to the employer are absent otherwise). */
export type VueProfil = SaisieProfil & {
  id: string;
  organisation: { id: string; nom: string };
  regard: Regard;
  reclame: boolean;
  visibilite: "employeur" | "operateurs" | "ministere";
  visibiliteLibelle: string;
  maintienApresRetraite: boolean;
  confirmeLe: string;
  perime: boolean;
  perimeLe: string;
  alerteLimiteAge: { regle: string; message: string; reference: string } | null;
  documents: { id: string; type: "cv" | "autre"; nom: string; typeMime: string; taille: number; creeLe: string }[];
  droits: { modifier: boolean; consentir: boolean; inviter: boolean; effacer: boolean };
};

export type Consentement = { visibilite: "employeur" | "operateurs" | "ministere"; maintienApresRetraite: boolean };

export type ValeurFacette = { valeur: string; libelle: string; nombre: number };
export type Facettes = Record<"domaines" | "langues" | "pays" | "positions" | "employeurs" | "departements" | "regions", ValeurFacette[]>;

export type ResultatRecherche = {
  id: string;
  regard: Regard;
  prenom: string;
  nom: string;
  organisation: { id: string; nom: string };
  position: string;
  positionLibelle: string;
  metier: string | null;
  courriel: string;
  telephone?: string | null;
  domaines: { code: string; libelle: string; niveau: string; niveauLibelle: string }[];
  langues: { code: string; libelle: string; niveau: string }[];
  pays: { code: string; libelle: string }[];
  confirmeLe: string;
  perime: boolean;
};

export type ReponseRecherche = {
  /** Counted up to 1,000: `totalExact` false means "more than 1,000". */
  total: number;
  totalExact: boolean;
  /** Facet counts made on the first 1,000 matching profiles found. */
  facettesEstimees: boolean;
  page: number;
  parPage: number;
  corrections: { mot: string; correction: string }[];
  resultats: ResultatRecherche[];
  facettes: Facettes;
};

/** The search's parameters, as they travel in the page's URL and the API's query string. */
export type CriteresRecherche = {
  q?: string;
  domaine?: string[];
  langue?: string[];
  pays?: string[];
  position?: string[];
  employeur?: string[];
  departement?: string[];
  region?: string[];
  disponibleDu?: string;
  disponibleAu?: string;
  aJour?: boolean;
  page?: number;
  parPage?: number;
};

export function rechercherProfils(c: CriteresRecherche, signal?: AbortSignal): Promise<ReponseRecherche> {
  const liste = (v?: string[]) => (v && v.length ? v.join(",") : undefined);
  return lireJson(
    urlApi("/api/v1/profils", {
      q: c.q,
      domaine: liste(c.domaine),
      langue: liste(c.langue),
      pays: liste(c.pays),
      position: liste(c.position),
      employeur: liste(c.employeur),
      departement: liste(c.departement),
      region: liste(c.region),
      disponibleDu: c.disponibleDu,
      disponibleAu: c.disponibleAu,
      aJour: c.aJour ? "true" : undefined,
      page: c.page,
      parPage: c.parPage,
    }),
    undefined,
    signal,
  );
}

const profil = (id: string) => `/api/v1/profils/${encodeURIComponent(id)}`;

export const lireProfil = (id: string, signal?: AbortSignal): Promise<VueProfil> => lireJson(profil(id), undefined, signal);
export const lireMonProfil = (signal?: AbortSignal): Promise<{ profil: VueProfil | null }> => lireJson("/api/v1/me/profil", undefined, signal);
export const creerProfil = (organisationId: string, saisie: SaisieProfil): Promise<VueProfil> =>
  envoyerJson("POST", `/api/v1/organisations/${encodeURIComponent(organisationId)}/profils`, saisie);
export const modifierProfil = (id: string, saisie: SaisieProfil): Promise<VueProfil> => envoyerJson("PUT", profil(id), saisie);
export const confirmerProfil = (id: string): Promise<VueProfil> => envoyerJson("POST", `${profil(id)}/confirmation`);
export const consentir = (id: string, c: Consentement): Promise<VueProfil> => envoyerJson("PUT", `${profil(id)}/consentement`, c);
export const inviterAReprendre = (id: string): Promise<{ id: string; email: string; expireLe: string }> => envoyerJson("POST", `${profil(id)}/invitation`);
export const effacerProfil = (id: string): Promise<void> => envoyerJson("DELETE", profil(id));
/** The GDPR export is downloaded by the browser itself (a plain link: the session cookie goes with it). */
export const urlExportProfil = (id: string) => `${profil(id)}/export`;

export type Thesaurus = {
  version: string;
  familles: { code: string; fr: string; en: string }[];
  domaines: { code: string; famille: string; fr: string; en: string; motsCles: string[] }[];
};
export const lireThesaurus = (signal?: AbortSignal): Promise<Thesaurus> => lireJson("/api/v1/referentiels/domaines", undefined, signal);
export const lireLangues = (signal?: AbortSignal): Promise<{ langues: { code: string; fr: string; en: string }[] }> =>
  lireJson("/api/v1/referentiels/langues", undefined, signal);
/** A document of a profile (CV…), downloaded by the browser itself: a plain link, the session cookie goes with it. */
export const urlDocumentProfil = (id: string, documentId: string) => `${profil(id)}/documents/${encodeURIComponent(documentId)}`;
