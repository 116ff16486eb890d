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

/** GET a JSON resource from the API. Throws ErreurApi on any failure; rethrows AbortError as is. */
export async function lireJson<T>(chemin: string, parametres?: Parametres, signal?: AbortSignal): Promise<T> {
  let reponse: Response;
  try {
    reponse = await fetch(urlApi(chemin, parametres), {
      headers: { Accept: "application/json" },
      credentials: "same-origin",
      signal,
    });
  } catch (erreur) {
    if (erreur instanceof DOMException && erreur.name === "AbortError") throw erreur;
    throw new ErreurApi({
      type: "about:blank",
      title: "Serveur injoignable",
      status: 0,
      detail: "Le serveur de Vivier ne répond pas. Vérifiez votre connexion puis réessayez.",
      code: "reseau",
    });
  }
  if (!reponse.ok) throw new ErreurApi(await lireProbleme(reponse));
  return (await reponse.json()) as T;
}

export function estAnnulation(erreur: unknown): boolean {
  return erreur instanceof DOMException && erreur.name === "AbortError";
}
