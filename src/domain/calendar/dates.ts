/**
 * Calendar dates as ISO strings ("YYYY-MM-DD") outside, day numbers inside: a day number counts
 * days since 1970-01-01 in UTC, so adding days and finding the weekday are plain integer arithmetic
 * that no time zone or daylight-saving change can shift.
 */
const MS_PAR_JOUR = 86_400_000;
const FORMAT_ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number of a year, month (1–12) and day; out-of-range months and days roll over. */
export function numeroDuJour(annee: number, mois: number, jour: number): number {
  // Date.UTC would read the years 0–99 as 1900–1999; setUTCFullYear takes them as they are.
  const date = new Date(0);
  date.setUTCFullYear(annee, mois - 1, jour);
  return date.getTime() / MS_PAR_JOUR;
}

/**
 * The day number of an ISO date, or undefined when the text is not a real calendar date in that
 * exact format (2026-02-30 and 2026-4-1 are refused rather than silently normalised).
 */
export function lireDateIso(texte: string): number | undefined {
  const morceaux = FORMAT_ISO.exec(texte);
  if (!morceaux) return undefined;
  const annee = Number(morceaux[1]);
  const mois = Number(morceaux[2]);
  const jour = Number(morceaux[3]);
  const numero = numeroDuJour(annee, mois, jour);
  // A day that rolled over (30 February, month 13) does not come back to the same text.
  return versDateIso(numero) === texte ? numero : undefined;
}

export function versDateIso(numero: number): string {
  return new Date(numero * MS_PAR_JOUR).toISOString().slice(0, 10);
}

export function anneeDuJour(numero: number): number {
  return new Date(numero * MS_PAR_JOUR).getUTCFullYear();
}

/** 0 = Sunday … 6 = Saturday, as Date.getUTCDay; 1970-01-01 was a Thursday. */
export function jourDeLaSemaine(numero: number): number {
  return (((numero + 4) % 7) + 7) % 7;
}

export function estWeekEnd(numero: number): boolean {
  const j = jourDeLaSemaine(numero);
  return j === 0 || j === 6;
}

/**
 * How many Mondays-to-Fridays there are among the days before `numero`, counted from a fixed
 * Monday (1970-01-05, day 4): the difference of two such counts gives the weekdays of any range
 * without walking it day by day.
 */
export function joursDeSemaineAvant(numero: number): number {
  const depuisUnLundi = numero - 4;
  const semaines = Math.floor(depuisUnLundi / 7);
  return semaines * 5 + Math.min(depuisUnLundi - semaines * 7, 5);
}
