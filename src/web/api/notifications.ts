/**
 * The signed-in person's notifications (a step of a mission, a candidacy, a threshold crossed…).
 * Shapes mirror the server's OpenAPI document (/api/docs, tag « notifications »).
 */
import { envoyerJson, lireJson, urlApi } from "./client";
import type { CriteresRecherche } from "./vivier";

export type VueNotification = {
  id: string;
  /** A stable dotted code: `candidature.retenir`, `mission.publier`, `mission.seuil`… */
  type: string;
  titre: string;
  texte: string;
  /** A path of the web application (`/missions/…`); null when the notification leads nowhere. */
  lien: string | null;
  lue: boolean;
  lueLe: string | null;
  creeLe: string;
};

export type PageNotifications = {
  total: number;
  /** Unread ones, whatever the page: the header's count. */
  nonLues: number;
  page: number;
  parPage: number;
  resultats: VueNotification[];
};

export function lireNotifications(
  c: { page?: number; parPage?: number; nonLues?: boolean } = {},
  signal?: AbortSignal,
): Promise<PageNotifications> {
  return lireJson(urlApi("/api/v1/me/notifications", { page: c.page, parPage: c.parPage, nonLues: c.nonLues ? "true" : undefined }), undefined, signal);
}

export const marquerNotificationLue = (id: string): Promise<VueNotification> =>
  envoyerJson("POST", `/api/v1/me/notifications/${encodeURIComponent(id)}/lue`);

export const marquerToutesLues = (): Promise<{ lues: number; nonLues: number }> => envoyerJson("POST", "/api/v1/me/notifications/lues");

/** How the person is told of missions and profiles that fit (docs/missions.md "Candidats classés et alertes"). */
export type PreferenceAlertes = "immediate" | "quotidienne" | "jamais";

export const lirePreferenceAlertes = (signal?: AbortSignal): Promise<{ alertes: PreferenceAlertes }> => lireJson(urlApi("/api/v1/me/preferences"), undefined, signal);
export const changerPreferenceAlertes = (alertes: PreferenceAlertes): Promise<{ alertes: PreferenceAlertes }> => envoyerJson("PUT", "/api/v1/me/preferences", { alertes });

export type RechercheEnregistree = {
  id: string;
  nom: string;
  /** The criteria as the search service keeps them (domaines, langues, pays…). */
  criteres: Record<string, unknown>;
  role: string;
  organisationId: string;
  /** The search page that shows it (`/vivier?…`). */
  lien: string;
  derniereAlerteLe: string | null;
  creeLe: string;
};

export const lireRecherchesEnregistrees = (signal?: AbortSignal): Promise<RechercheEnregistree[]> => lireJson(urlApi("/api/v1/me/recherches"), undefined, signal);
export const enregistrerRecherche = (nom: string, criteres: Omit<CriteresRecherche, "page" | "parPage">): Promise<RechercheEnregistree> =>
  envoyerJson("POST", "/api/v1/me/recherches", { nom, criteres });
export const supprimerRechercheEnregistree = (id: string): Promise<void> => envoyerJson("DELETE", `/api/v1/me/recherches/${encodeURIComponent(id)}`);
