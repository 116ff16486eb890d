/**
 * The filters of « Mes procédures » as they live in the page's address, so that a filtered list
 * can be bookmarked and walked back: `/procedures?type=cumul_activites&etat=deposee&page=2`. A state
 * is one of its procedure's; what a hand-edited address holds that the API would refuse is left out.
 */
import type { FiltresProcedures, TypeProcedure } from "../../api";
import { ETATS_PROCEDURE, estTypeProcedure, TYPES_PROCEDURE } from "./libelles";

export type CriteresProcedures = { type: TypeProcedure | ""; etat: string };

export const PAR_PAGE = 20;
export const PAGE_MAX = 10_000;

/** Whether `etat` is a state of `type`, or of any procedure when none is chosen. */
export const etatConnu = (type: TypeProcedure | "", etat: string) =>
  (type === "" ? TYPES_PROCEDURE : [type]).some((t) => Object.hasOwn(ETATS_PROCEDURE[t], etat));

export function lireCriteres(params: URLSearchParams): CriteresProcedures & { page: number } {
  const brut = params.get("type") ?? "";
  const type = estTypeProcedure(brut) ? brut : "";
  const etat = params.get("etat") ?? "";
  const page = Number.parseInt(params.get("page") ?? "1", 10);
  return { type, etat: etatConnu(type, etat) ? etat : "", page: Number.isInteger(page) && page >= 1 && page <= PAGE_MAX ? page : 1 };
}

export function versParams(c: CriteresProcedures, page = 1): URLSearchParams {
  const params = new URLSearchParams();
  if (c.type !== "") params.set("type", c.type);
  if (c.etat !== "") params.set("etat", c.etat);
  if (page > 1) params.set("page", String(page));
  return params;
}

export const versApi = (c: CriteresProcedures, page: number): FiltresProcedures => ({
  ...(c.type === "" ? {} : { type: c.type }),
  ...(c.etat === "" ? {} : { etat: c.etat }),
  page,
  parPage: PAR_PAGE,
});

export const aDesFiltres = (c: CriteresProcedures) => c.type !== "" || c.etat !== "";

/**
 * The state filter's choice, which names the procedure too (`cumul_activites:deposee`): a state's
 * label is its procedure's, and the same code (« brouillon ») is in several procedures.
 */
export const valeurEtat = (type: TypeProcedure, etat: string) => `${type}:${etat}`;

/** The filters once a state is chosen in the list: its procedure is chosen with it. */
export function choisirEtat(c: CriteresProcedures, valeur: string): CriteresProcedures {
  if (valeur === "") return { ...c, etat: "" };
  const [type = "", etat = ""] = valeur.split(":");
  return estTypeProcedure(type) && etatConnu(type, etat) ? { type, etat } : c;
}

/** The filters once a procedure is chosen: a state of another procedure is dropped. */
export const choisirType = (c: CriteresProcedures, type: TypeProcedure | ""): CriteresProcedures => ({ type, etat: type !== "" && !etatConnu(type, c.etat) ? "" : c.etat });
