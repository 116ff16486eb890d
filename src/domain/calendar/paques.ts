/**
 * Easter Sunday by the Gregorian computus, in the "anonymous" form published by Meeus, Jones and
 * Butcher (LEGAL.md §5): exact for every Gregorian year, with no table to keep up to date.
 */
import { numeroDuJour, versDateIso } from "./dates";

/** Easter Sunday of `annee` as a day number (days since 1970-01-01 UTC). */
export function numeroDePaques(annee: number): number {
  const a = annee % 19;
  const b = Math.floor(annee / 100);
  const c = annee % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const mois = Math.floor((h + l - 7 * m + 114) / 31);
  const jour = ((h + l - 7 * m + 114) % 31) + 1;
  return numeroDuJour(annee, mois, jour);
}

/** Easter Sunday of `annee`, "YYYY-MM-DD". */
export function dimancheDePaques(annee: number): string {
  return versDateIso(numeroDePaques(annee));
}
