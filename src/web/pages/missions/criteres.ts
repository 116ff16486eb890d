/**
 * The search of missions as it lives in the page's address, so that it can be shared, bookmarked
 * and walked back with the browser's buttons: `/missions?q=eau&etat=publiee&pays=SN&page=2`.
 * States and sources repeat their parameter (a comma-separated list, as the API takes it, is read
 * too); a country and a domain are one each. What a hand-edited address holds that the API would
 * refuse is left out.
 */
import type { CriteresMissions, EtatMission, SourceMission } from "../../api";
import { ETATS_MISSION, SOURCES_MISSION } from "./libelles";

export type CriteresRecherche = {
  q: string;
  etats: EtatMission[];
  sources: SourceMission[];
  /** ISO 3166-1 alpha-2, or "". */
  pays: string;
  /** A code of the thesaurus, or "". */
  domaine: string;
};

export const PAR_PAGE = 20;
export const PAGE_MAX = 10_000;
const LONGUEUR_MAX_TEXTE = 200;

export const criteresVides = (): CriteresRecherche => ({ q: "", etats: [], sources: [], pays: "", domaine: "" });

function lireListe<T extends string>(params: URLSearchParams, nom: string, permises: readonly T[]): T[] {
  const valeurs = params
    .getAll(nom)
    .flatMap((v) => v.split(","))
    .map((v) => v.trim());
  // In the order the filters show them, each once.
  return permises.filter((p) => valeurs.includes(p));
}

const code = (valeur: string | null, forme: RegExp) => (valeur !== null && forme.test(valeur.trim()) ? valeur.trim() : "");

/** Reads the search from the address. */
export function lireCriteres(params: URLSearchParams): CriteresRecherche & { page: number } {
  const page = Number.parseInt(params.get("page") ?? "1", 10);
  return {
    q: (params.get("q") ?? "").slice(0, LONGUEUR_MAX_TEXTE),
    etats: lireListe(params, "etat", ETATS_MISSION),
    sources: lireListe(params, "source", SOURCES_MISSION),
    pays: code(params.get("pays"), /^[A-Za-z]{2}$/).toUpperCase(),
    domaine: code(params.get("domaine"), /^[A-Za-z0-9_-]{1,50}$/),
    page: Number.isInteger(page) && page >= 1 && page <= PAGE_MAX ? page : 1,
  };
}

/** The query string of a search; empty values are left out so that shared links stay short. */
export function versParams(c: CriteresRecherche, page = 1): URLSearchParams {
  const params = new URLSearchParams();
  const q = c.q.trim();
  if (q !== "") params.set("q", q);
  for (const e of c.etats) params.append("etat", e);
  for (const s of c.sources) params.append("source", s);
  if (c.pays !== "") params.set("pays", c.pays);
  if (c.domaine !== "") params.set("domaine", c.domaine);
  if (page > 1) params.set("page", String(page));
  return params;
}

/** The same search, as the API client takes it. */
export function versApi(c: CriteresRecherche, page: number): CriteresMissions {
  const liste = <T extends string>(v: T[]) => (v.length > 0 ? v : undefined);
  return {
    q: c.q.trim() === "" ? undefined : c.q.trim(),
    etat: liste(c.etats),
    source: liste(c.sources),
    pays: c.pays === "" ? undefined : [c.pays],
    domaine: c.domaine === "" ? undefined : [c.domaine],
    page,
    parPage: PAR_PAGE,
  };
}

/** Whether anything narrows the search besides its text. */
export function aDesFiltres(c: CriteresRecherche): boolean {
  return c.etats.length > 0 || c.sources.length > 0 || c.pays !== "" || c.domaine !== "";
}
