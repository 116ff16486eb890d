import { envoyerJson, lireJson, retenirJetonCsrf, urlApi } from "./client";
import type { Instance, Moi, SessionOuverte } from "./types";

export function lireInstance(signal?: AbortSignal): Promise<Instance> {
  return lireJson("/api/v1/instance", undefined, signal);
}

/** The signed-in person; ErreurApi with status 401 when nobody is. Keeps the anti-CSRF token. */
export async function lireMoi(signal?: AbortSignal): Promise<Moi> {
  const moi = await lireJson<Moi>("/api/v1/me", undefined, signal);
  retenirJetonCsrf(moi.csrf);
  return moi;
}

/** Opens a session (the server sets the httpOnly cookie). */
export function seConnecter(email: string, password: string): Promise<{ expireLe: string }> {
  return envoyerJson("POST", "/api/v1/auth/login", { email, password });
}

/**
 * Closes the session. For a session opened with ProConnect, answers the provider's end-session
 * address, where the browser must go to be signed out of ProConnect too (it comes back to /connexion).
 */
export async function seDeconnecter(): Promise<string | undefined> {
  const reponse = await envoyerJson<{ redirection: string } | undefined>("POST", "/api/v1/auth/logout");
  retenirJetonCsrf(undefined);
  return reponse?.redirection;
}

/**
 * The ProConnect button's address: the API redirects the browser to ProConnect, and back to
 * `retour` (a path of this site) once signed in.
 */
export function adresseConnexionProconnect(retour: string): string {
  return urlApi("/api/v1/auth/proconnect/login", { retour: retour === "/" ? undefined : retour });
}

/** Switches the role the person acts with; answers /me as it now is. */
export async function changerRole(appartenanceId: string): Promise<Moi> {
  const moi = await envoyerJson<Moi>("PUT", "/api/v1/me/role", { appartenanceId });
  retenirJetonCsrf(moi.csrf);
  return moi;
}

export function lireSessions(signal?: AbortSignal): Promise<{ sessions: SessionOuverte[] }> {
  return lireJson("/api/v1/me/sessions", undefined, signal);
}

export function fermerSession(id: string): Promise<void> {
  return envoyerJson("DELETE", `/api/v1/me/sessions/${encodeURIComponent(id)}`);
}

export type EntreeAudit = {
  id: number;
  horodatage: string;
  action: string;
  cibleType: string;
  cibleId: string | null;
  requestId: string | null;
  resume: Record<string, unknown>;
  organisationId: string | null;
  acteurEmail: string | null;
  acteurNom: string | null;
};

/** The audit trail the active role may read (its organisation's, or all for the platform). */
export function lireJournalAudit(page: number, signal?: AbortSignal): Promise<{ total: number; page: number; parPage: number; resultats: EntreeAudit[] }> {
  return lireJson(`/api/v1/audit?page=${page}&parPage=50`, undefined, signal);
}
