/**
 * The search of the pool as it lives in the page's address, so that a search can be shared,
 * bookmarked and walked back with the browser's buttons: `?q=eau&langue=en:C1&pays=SN&page=2`.
 * Lists repeat their parameter (`pays=SN&pays=MA`); a comma-separated list, as the API takes it,
 * is read too. Whatever a hand-edited address holds that the API would refuse is left out.
 */
import type { CriteresRecherche, Facettes } from "../../api";

export type CleFacette = keyof Facettes;

/** The facets in the order the page shows them, with their parameter in the address and the API. */
export const FACETTES: readonly { cle: CleFacette; parametre: string; legende: string }[] = [
  { cle: "domaines", parametre: "domaine", legende: "Domaines d'expertise" },
  { cle: "langues", parametre: "langue", legende: "Langues" },
  { cle: "pays", parametre: "pays", legende: "Pays d'expérience" },
  { cle: "positions", parametre: "position", legende: "Position statutaire" },
  { cle: "employeurs", parametre: "employeur", legende: "Employeur" },
  { cle: "departements", parametre: "departement", legende: "Département de l'employeur" },
  { cle: "regions", parametre: "region", legende: "Région de l'employeur" },
];

export type Criteres = {
  q: string;
  filtres: Record<CleFacette, string[]>;
  /** AAAA-MM-JJ, or "" (the value of an empty date input). */
  disponibleDu: string;
  disponibleAu: string;
  aJour: boolean;
};

export const PAR_PAGE = 20;
/** The API refuses pages beyond this. */
export const PAGE_MAX = 10_000;
const LONGUEUR_MAX_TEXTE = 200;
/** More values than any facet shows: a longer list can only come from a hand-made address. */
const VALEURS_MAX = 50;

export function filtresVides(): Record<CleFacette, string[]> {
  return { domaines: [], langues: [], pays: [], positions: [], employeurs: [], departements: [], regions: [] };
}

export function criteresVides(): Criteres {
  return { q: "", filtres: filtresVides(), disponibleDu: "", disponibleAu: "", aJour: false };
}

/** A real day written AAAA-MM-JJ (not 2026-02-30). */
export function estDate(valeur: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(valeur)) return false;
  const d = new Date(`${valeur}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === valeur;
}

function lireListe(params: URLSearchParams, nom: string): string[] {
  const valeurs = params
    .getAll(nom)
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter((v) => v !== "" && v.length <= 100);
  return [...new Set(valeurs)].slice(0, VALEURS_MAX);
}

/** Reads the search from the address. */
export function lireCriteres(params: URLSearchParams): Criteres & { page: number } {
  const filtres = filtresVides();
  for (const f of FACETTES) filtres[f.cle] = lireListe(params, f.parametre);
  let du = params.get("disponibleDu") ?? "";
  let au = params.get("disponibleAu") ?? "";
  if (!estDate(du)) du = "";
  if (!estDate(au)) au = "";
  // The API reads a period from its first day; a period ending before it starts is no period.
  if (du === "" || (au !== "" && au < du)) au = "";
  const aJour = params.get("aJour");
  const page = Number.parseInt(params.get("page") ?? "1", 10);
  return {
    q: (params.get("q") ?? "").slice(0, LONGUEUR_MAX_TEXTE),
    filtres,
    disponibleDu: du,
    disponibleAu: au,
    aJour: aJour === "1" || aJour === "true",
    page: Number.isInteger(page) && page >= 1 && page <= PAGE_MAX ? page : 1,
  };
}

/** The query string of a search; empty values are left out so that shared links stay short. */
export function versParams(c: Criteres, page = 1): URLSearchParams {
  const params = new URLSearchParams();
  const q = c.q.trim();
  if (q !== "") params.set("q", q);
  for (const f of FACETTES) for (const v of c.filtres[f.cle]) params.append(f.parametre, v);
  if (c.disponibleDu !== "") params.set("disponibleDu", c.disponibleDu);
  if (c.disponibleAu !== "") params.set("disponibleAu", c.disponibleAu);
  if (c.aJour) params.set("aJour", "1");
  if (page > 1) params.set("page", String(page));
  return params;
}

/** The same search, as the API client takes it. */
export function versApi(c: Criteres, page: number): CriteresRecherche {
  const liste = (v: string[]) => (v.length > 0 ? v : undefined);
  return {
    q: c.q.trim() === "" ? undefined : c.q.trim(),
    domaine: liste(c.filtres.domaines),
    langue: liste(c.filtres.langues),
    pays: liste(c.filtres.pays),
    position: liste(c.filtres.positions),
    employeur: liste(c.filtres.employeurs),
    departement: liste(c.filtres.departements),
    region: liste(c.filtres.regions),
    disponibleDu: c.disponibleDu === "" ? undefined : c.disponibleDu,
    disponibleAu: c.disponibleAu === "" ? undefined : c.disponibleAu,
    aJour: c.aJour || undefined,
    page,
    parPage: PAR_PAGE,
  };
}

/** Whether anything narrows the search besides its text. */
export function aDesFiltres(c: Criteres): boolean {
  return FACETTES.some((f) => c.filtres[f.cle].length > 0) || c.disponibleDu !== "" || c.aJour;
}

/**
 * What is wrong with the availability window as typed, field by field (nothing: an empty object).
 * `du` and `au` are what date inputs give: AAAA-MM-JJ, or "" when empty or incomplete.
 */
export function erreursPeriode(du: string, au: string): { disponibleDu?: string; disponibleAu?: string } {
  if (du === "" && au !== "") return { disponibleDu: "Indiquez aussi le premier jour de la période." };
  if (du !== "" && au !== "" && au < du) return { disponibleAu: "La fin de la période doit être le même jour que son début, ou après." };
  return {};
}

/** A word without accents, case nor punctuation, as the search compares them. */
function plier(mot: string): string {
  return mot
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase();
}

/**
 * The search as the API ran it once it replaced misspelt words (`corrections`: each word as the
 * API folded it, and its replacement): "eau assainisement" → "eau assainissement". Undefined when
 * no word of `q` could be matched (the page then lists the corrections themselves).
 */
export function texteCorrige(q: string, corrections: { mot: string; correction: string }[]): string | undefined {
  const remplacements = new Map(corrections.map((c) => [c.mot, c.correction]));
  let remplace = false;
  const texte = q.replace(/[\p{L}\p{N}]+/gu, (mot) => {
    const correction = remplacements.get(plier(mot));
    if (correction === undefined) return mot;
    remplace = true;
    return correction;
  });
  return remplace ? texte.trim() : undefined;
}
