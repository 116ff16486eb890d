import { lireJson } from "./client";

/** An e-mail of the development outbox (`texte` is null once delivered by SMTP). */
export type CourrielDev = { id: string; destinataire: string; sujet: string; texte: string | null; creeLe: string };

/** 404 in production or with SMTP_URL: the route does not exist there. */
export function lireBoiteEnvoi(parametres: { destinataire?: string; limite?: number } = {}, signal?: AbortSignal): Promise<{ courriels: CourrielDev[] }> {
  return lireJson("/api/v1/dev/courriels", parametres, signal);
}
