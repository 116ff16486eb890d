import { envoyerJson, lireJson } from "./client";

/** One API token of the signed-in person, as listed (the secret itself is never given again). */
export type JetonApi = {
  id: string;
  nom: string;
  /** The token's first characters, to recognise it. */
  prefixe: string;
  role: string;
  roleLibelle: string;
  organisationNom: string;
  creeLe: string;
  expireLe: string;
  utiliseLe: string | null;
  expire: boolean;
};

export type DemandeJeton = { nom: string; appartenanceId: string; dureeJours: number };

/** The 201 answer: `jeton` is the secret, in this answer only. */
export type JetonCree = { id: string; nom: string; prefixe: string; expireLe: string; jeton: string };

export function lireJetons(signal?: AbortSignal): Promise<{ jetons: JetonApi[] }> {
  return lireJson("/api/v1/me/jetons", undefined, signal);
}

export function creerJeton(demande: DemandeJeton): Promise<JetonCree> {
  return envoyerJson("POST", "/api/v1/me/jetons", demande);
}

export function revoquerJeton(id: string): Promise<void> {
  return envoyerJson("DELETE", `/api/v1/me/jetons/${encodeURIComponent(id)}`);
}
