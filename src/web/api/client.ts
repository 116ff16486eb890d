import type { Probleme } from "./types";

/**
 * An API call that did not succeed. `probleme` is the server's RFC 9457 answer when there was one;
 * a network failure or a non-JSON answer (a proxy's error page) gets a problem made up here, so
 * that pages have one shape to read.
 */
export class ErreurApi extends Error {
  readonly probleme: Probleme;
  constructor(probleme: Probleme) {
    super(probleme.detail || probleme.title);
    this.name = "ErreurApi";
    this.probleme = probleme;
  }
  get statut(): number {
    return this.probleme.status;
  }
}

type Parametres = Record<string, string | number | undefined | null>;

/** Builds `/api/...?a=1` leaving out empty parameters, so URLs stay short and cacheable. */
export function urlApi(chemin: string, parametres: Parametres = {}): string {
  const recherche = new URLSearchParams();
  for (const [cle, valeur] of Object.entries(parametres)) {
    if (valeur === undefined || valeur === null || valeur === "") continue;
    recherche.set(cle, String(valeur));
  }
  const chaine = recherche.toString();
  return chaine === "" ? chemin : `${chemin}?${chaine}`;
}

function estProbleme(valeur: unknown): valeur is Probleme {
  return typeof valeur === "object" && valeur !== null && "status" in valeur && "title" in valeur;
}

async function lireProbleme(reponse: Response): Promise<Probleme> {
  const typeContenu = reponse.headers.get("content-type") ?? "";
  if (typeContenu.includes("json")) {
    try {
      const corps: unknown = await reponse.json();
      if (estProbleme(corps)) return corps;
    } catch {
      // Falls through to the generic problem below: the body was not the JSON it claimed.
    }
  }
  // No problem document: a proxy or gateway answered in the server's stead.
  const panne = reponse.status >= 500;
  return {
    type: "about:blank",
    title: panne ? "Service indisponible" : "Erreur",
    status: reponse.status,
    detail: panne
      ? "Le serveur de Vivier est momentanément indisponible."
      : `La demande n'a pas abouti (erreur ${reponse.status}).`,
    code: panne ? "indisponible" : "inconnu",
  };
}

/**
 * The session's anti-CSRF token, from the last /api/v1/me answer. The API refuses any write made
 * with the session cookie without it (header x-csrf-token), so every write goes through here.
 */
let jetonCsrf: string | undefined;

/** Called with each /me answer (and with `undefined` once signed out). */
export function retenirJetonCsrf(jeton: string | null | undefined): void {
  jetonCsrf = jeton ?? undefined;
}

const SERVEUR_INJOIGNABLE: Probleme = {
  type: "about:blank",
  title: "Serveur injoignable",
  status: 0,
  detail: "Le serveur de Vivier ne répond pas. Vérifiez votre connexion puis réessayez.",
  code: "reseau",
};

async function appeler(url: string, init: RequestInit): Promise<Response> {
  let reponse: Response;
  try {
    reponse = await fetch(url, { credentials: "same-origin", ...init });
  } catch (erreur) {
    if (erreur instanceof DOMException && erreur.name === "AbortError") throw erreur;
    throw new ErreurApi(SERVEUR_INJOIGNABLE);
  }
  if (!reponse.ok) throw new ErreurApi(await lireProbleme(reponse));
  return reponse;
}

/** GET a JSON resource from the API. Throws ErreurApi on any failure; rethrows AbortError as is. */
export async function lireJson<T>(chemin: string, parametres?: Parametres, signal?: AbortSignal): Promise<T> {
  const reponse = await appeler(urlApi(chemin, parametres), { headers: { Accept: "application/json" }, signal });
  return (await reponse.json()) as T;
}

/**
 * A write (POST, PUT, DELETE) with an optional JSON body, carrying the anti-CSRF token when signed
 * in. Answers the JSON body, or `undefined` for 204 No Content. Throws ErreurApi on any failure.
 */
export async function envoyerJson<T = undefined>(methode: "POST" | "PUT" | "PATCH" | "DELETE", chemin: string, corps?: unknown): Promise<T> {
  const entetes: Record<string, string> = { Accept: "application/json" };
  if (corps !== undefined) entetes["Content-Type"] = "application/json";
  if (jetonCsrf !== undefined) entetes["x-csrf-token"] = jetonCsrf;
  const reponse = await appeler(chemin, {
    method: methode,
    headers: entetes,
    body: corps === undefined ? undefined : JSON.stringify(corps),
  });
  if (reponse.status === 204) return undefined as T;
  return (await reponse.json()) as T;
}

export function estAnnulation(erreur: unknown): boolean {
  return erreur instanceof DOMException && erreur.name === "AbortError";
}

// For the few requests that cannot go through fetch: an upload whose progress is shown needs
// XMLHttpRequest (see vivier-import.ts), with the same anti-CSRF token and the same problems.

/** The anti-CSRF token of the session, as envoyerJson sends it (undefined when signed out). */
export const jetonCsrfActuel = (): string | undefined => jetonCsrf;
export { lireProbleme, SERVEUR_INJOIGNABLE };
