/**
 * Statutory procedures as cases (docs/procedures.md): the cases one has a role on, what waits for
 * one, opening a case (from a staffing or by hand), its data, its events, its documents. Shapes
 * mirror the server's OpenAPI document (/api/docs, tag « procedures »,
 * src/server/routes/procedures/schemas.ts). Type-only imports of the domain: its modules build
 * zod schemas, which have no place in the browser bundle.
 */
import { ErreurApi, envoyerJson, jetonCsrfActuel, lireJson, lireProbleme, SERVEUR_INJOIGNABLE, urlApi } from "./client";
import type { ActeurProcedure } from "../../domain/procedures/acteurs";
import type { TypeProcedure } from "../../domain/procedures/choix-instrument";
import type { NiveauEcheance } from "../../domain/procedures/dates";

export type { ActeurProcedure, NiveauEcheance, TypeProcedure };

export type OrganisationProcedure = { id: string; nom: string };

/** A dated deadline of a case: `date` is the last day allowed (AAAA-MM-JJ). */
export type EcheanceProcedure = {
  code: string;
  libelle: string;
  date: string;
  niveau: NiveauEcheance;
  /** The rule of LEGAL.md and its texts. */
  source: string;
  /** What could not be checked of this deadline (shown as « à confirmer »). */
  aConfirmer?: string;
};

/** One case in a list. */
export type ResumeProcedure = {
  id: string;
  type: TypeProcedure;
  typeLibelle: string;
  etat: string;
  etatLibelle: string;
  /** The case is in a final state. */
  termine: boolean;
  intitule: string;
  /** The employer (for a partnership convention: the collectivité party to it). */
  organisation: OrganisationProcedure;
  accueil: OrganisationProcedure | null;
  operateur: OrganisationProcedure | null;
  agent: { profilId: string; prenom: string; nom: string } | null;
  echeances: EcheanceProcedure[];
  creeLe: string;
  modifieLe: string;
};

export type PageProcedures = { total: number; page: number; parPage: number; resultats: ResumeProcedure[] };

/** A case where an action waits for the person, or a deadline is near or past. */
export type ProcedureATraiter = ResumeProcedure & {
  actions: { evenement: string; libelle: string; bloquee: string | null }[];
  echeancesUrgentes: EcheanceProcedure[];
};

export type ErreurChampProcedure = { champ: string; message: string };

/** A next action of the person (the state table's `evenementsPossibles`). */
export type EvenementPossibleProcedure = {
  evenement: string;
  vers: string;
  libelle: string;
  motifObligatoire: boolean;
  /** The inputs given with the event: « avis », « motifRetrait », « remboursement.periode »… */
  champs: readonly string[];
  /** Why the case does not allow it yet (its guard): shown with the action, disabled. */
  bloquee?: { code: string; raison: string; erreurs?: ErreurChampProcedure[] };
};

export type EtapeProcedure = {
  evenement: string;
  /** The step in words, from the procedure's table. */
  evenementLibelle: string;
  de: string | null;
  deLibelle: string | null;
  vers: string;
  versLibelle: string;
  motif: string | null;
  saisie: Record<string, unknown> | null;
  acteur: string | null;
  horodatage: string;
};

export type DocumentProcedure = {
  id: string;
  /** Generated from a template, or a signed copy uploaded. */
  nature: "genere" | "signe";
  modele: string | null;
  /** The template in words. */
  modeleLibelle: string | null;
  version: number | null;
  nom: string;
  typeMime: string;
  taille: number;
  ajouteLe: string;
};

/** A template the case's state offers to generate, with the inputs it asks that the case does not hold. */
export type ModeleDisponible = { modele: string; libelle: string; champsSaisis: { champ: string; libelle: string; facultatif?: boolean }[] };

export type RemboursementProcedure = {
  periode: string;
  debut: string;
  fin: string;
  montant: number;
  dueLe: string;
  recu: number;
  reste: number;
  statut: "pas_encore_du" | "a_recevoir" | "en_retard" | "solde";
  statutLibelle: string;
};

export type Procedure = ResumeProcedure & {
  candidatureId: string | null;
  /** The instrument the advisor recommended for the staffing the case comes from. */
  instrumentRecommande: string | null;
  /** Why another procedure than the recommended one was chosen. */
  justification: string | null;
  donnees: Record<string, unknown>;
  suivi: Record<string, unknown>;
  manquants: ErreurChampProcedure[];
  /** What the data make uncertain in law (M1, M2…): to confirm, with the rule and its sources. */
  alertes: { regle: string; message: string; source: string }[];
  /** A mise à disposition's reimbursements, period by period; null for the other procedures. */
  remboursements: RemboursementProcedure[] | null;
  /** The person may change the data now. */
  modifiable: boolean;
  mesRoles: { acteur: ActeurProcedure; libelle: string }[];
  evenementsPossibles: EvenementPossibleProcedure[];
  historique: EtapeProcedure[];
  documents: DocumentProcedure[];
  /** The templates to generate in this state, with the inputs each asks. */
  modelesDisponibles: ModeleDisponible[];
  /** The rules of law of the procedure, with their sources and what is still to confirm. */
  regles?: RegleProcedure[];
};

/** A rule of LEGAL.md the procedure follows (C5, M4, D3…). */
export type RegleProcedure = {
  id: string;
  titre: string;
  texte: string;
  sources: readonly string[];
  depuis: string;
  /** What could not be checked against the official text: shown as such. */
  aConfirmer?: string;
  /** Where the note says otherwise: Vivier follows the rule and shows the gap. */
  ecartAvecLaNote?: string;
};

/**
 * Opening a case: from a staffing (`candidatureId`), or by hand (`profilId`, with `accueilId` for
 * a host on Vivier; for a partnership convention, the other party: `operateurId` when the
 * collectivité opens it, `collectiviteId` when the operator does).
 */
export type OuvertureProcedure = {
  type: TypeProcedure;
  intitule?: string;
  candidatureId?: string;
  profilId?: string;
  operateurId?: string;
  collectiviteId?: string;
  accueilId?: string;
  /** Required when the procedure differs from the advisor's recommendation. */
  justification?: string;
  donnees?: Record<string, unknown>;
};

export type FiltresProcedures = { type?: TypeProcedure; etat?: string; candidatureId?: string; page?: number; parPage?: number };

const procedure = (id: string) => `/api/v1/procedures/${encodeURIComponent(id)}`;

export const listerProcedures = (f: FiltresProcedures = {}, signal?: AbortSignal): Promise<PageProcedures> =>
  lireJson("/api/v1/procedures", { type: f.type, etat: f.etat, candidatureId: f.candidatureId, page: f.page, parPage: f.parPage }, signal);
export const lireProceduresATraiter = (signal?: AbortSignal): Promise<{ resultats: ProcedureATraiter[] }> => lireJson("/api/v1/procedures/a-traiter", undefined, signal);
export const ouvrirProcedure = (o: OuvertureProcedure): Promise<Procedure> => envoyerJson("POST", "/api/v1/procedures", o);
export const lireProcedure = (id: string, signal?: AbortSignal): Promise<Procedure> => lireJson(procedure(id), undefined, signal);
/** Replaces the case's data (a draft may be incomplete: the answer's `manquants` says what is still missing). */
export const modifierDonneesProcedure = (id: string, donnees: Record<string, unknown>): Promise<Procedure> => envoyerJson("PUT", `${procedure(id)}/donnees`, donnees);
export const declencherEvenementProcedure = (id: string, e: { evenement: string; motif?: string; saisie?: Record<string, unknown> }): Promise<Procedure> =>
  envoyerJson("POST", `${procedure(id)}/evenements`, e);

export type FormatDocument = "pdf" | "docx";

/** Generates a template of the case; 400 with `erreurs` naming the template's missing fields. */
export const genererDocumentProcedure = (id: string, d: { modele: string; format: FormatDocument; saisie?: Record<string, unknown> }): Promise<Procedure> =>
  envoyerJson("POST", `${procedure(id)}/documents`, d);

/** A document of the case, downloaded by the browser itself: a plain link, the session cookie goes with it. */
export const urlDocumentProcedure = (id: string, documentId: string) => `${procedure(id)}/documents/${encodeURIComponent(documentId)}`;

/**
 * Sends a signed copy (PDF) as the request body, as a mission's documents are (the server reads
 * its format from the bytes); optionally for one of the case's templates. Throws ErreurApi: 413
 * too big, 415 not a PDF.
 */
export async function deposerDocumentSigneProcedure(id: string, fichier: File, modele?: string): Promise<Procedure> {
  const entetes: Record<string, string> = { Accept: "application/json", "Content-Type": "application/octet-stream" };
  const jeton = jetonCsrfActuel();
  if (jeton !== undefined) entetes["x-csrf-token"] = jeton;
  const reponse = await fetch(urlApi(`${procedure(id)}/documents-signes`, { nom: fichier.name, modele }), {
    method: "POST",
    credentials: "same-origin",
    headers: entetes,
    body: fichier,
  }).catch(() => {
    throw new ErreurApi(SERVEUR_INJOIGNABLE);
  });
  if (!reponse.ok) throw new ErreurApi(await lireProbleme(reponse));
  return (await reponse.json()) as Procedure;
}
