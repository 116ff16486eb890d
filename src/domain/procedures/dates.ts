/**
 * Months and years on ISO dates (AAAA-MM-JJ), the two ways the law counts them, and the dated
 * deadlines every procedure lists. The calendar's day numbers do the arithmetic.
 *
 * - A time limit in months (« répondre dans le mois ») expires on the day of the later month with
 *   the same number, or on that month's last day when it has none: 31 January + 1 month → 28 (or
 *   29) February. It is the rule of code de procédure civile art. 641, and the one of the EXPE-CT
 *   report (X4).
 * - A period of months (« trois ans au plus ») covers every day up to the day before the same
 *   date n months later; when that date does not exist the period runs to the end of the month:
 *   from 29 February 2028, three years run to 28 February 2031; from 1 April 2026, to 31 March 2029.
 */
import { lireDateIso, numeroDuJour, versDateIso } from "../calendar/dates";
import type { NiveauEcheance } from "./vocabulaire";

export { LIBELLES_NIVEAU_ECHEANCE, NIVEAUX_ECHEANCE, type NiveauEcheance } from "./vocabulaire";

const morceaux = (date: string) => date.split("-").map(Number) as [number, number, number];

function numero(date: string): number {
  const n = lireDateIso(date);
  if (n === undefined) throw new Error(`date invalide : ${date}`);
  return n;
}

/** Year and month (1–12) `mois` months after those of `date`, and the number of days of that month. */
function moisCible(date: string, mois: number) {
  const [a, m, j] = morceaux(date);
  const total = a * 12 + (m - 1) + mois;
  const annee = Math.floor(total / 12);
  const rang = total - annee * 12 + 1;
  const longueur = numeroDuJour(annee, rang + 1, 1) - numeroDuJour(annee, rang, 1);
  return { annee, mois: rang, jour: j, longueur };
}

/** The expiry of a time limit of `mois` months (negative: before), on the month's last day when the day is missing. */
export function ajouterMois(date: string, mois: number): string {
  const c = moisCible(date, mois);
  return versDateIso(numeroDuJour(c.annee, c.mois, Math.min(c.jour, c.longueur)));
}

/** The last day of a period of `mois` months starting on `debut` (included). */
export function dernierJourDePeriode(debut: string, mois: number): string {
  const c = moisCible(debut, mois);
  // The same date n months later is the first day out; when it is missing, the next month's first day is.
  const premierJourApres = c.jour > c.longueur ? numeroDuJour(c.annee, c.mois + 1, 1) : numeroDuJour(c.annee, c.mois, c.jour);
  return versDateIso(premierJourApres - 1);
}

/** A real calendar day written AAAA-MM-JJ: the checks across fields only compute on those. */
export const estDate = (v: unknown): v is string => typeof v === "string" && lireDateIso(v) !== undefined;

export const ajouterJours = (date: string, jours: number): string => versDateIso(numero(date) + jours);

/** Days from `de` to `a` (negative when `a` comes first). */
export const joursEntre = (de: string, a: string): number => numero(a) - numero(de);

export const anneeDe = (date: string): number => morceaux(date)[0];

/**
 * A dated deadline of a case, for the page, the reminders and the dashboard. `date` is the last
 * day allowed: the deadline is passed (depassee) the day after.
 */
export type Echeance = {
  code: string;
  libelle: string;
  date: string;
  niveau: NiveauEcheance;
  /** The LEGAL.md rule and its texts, as `sourceDe` writes them. */
  source: string;
  /** What could not be checked about this deadline, to show as such. */
  aConfirmer?: string;
};

/** Passed after `date`; near from `procheJours` days before it, the day itself included. */
export function niveauEcheance(date: string, aujourdhui: string, procheJours: number): NiveauEcheance {
  const restant = joursEntre(aujourdhui, date);
  if (restant < 0) return "depassee";
  return restant <= procheJours ? "proche" : "a_venir";
}

/** Deadlines by date, then by code: the order every list shows them in. */
export const parDate = (a: Echeance, b: Echeance) => (a.date === b.date ? a.code.localeCompare(b.code) : a.date < b.date ? -1 : 1);
