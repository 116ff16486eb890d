/**
 * How a value reads in a French legal document: « 1er décembre 2026 », « 12 500,00 € », « Oui ».
 * Done by hand rather than with Intl: Intl's French groups digits with U+202F and its output has
 * changed between ICU versions; a signed document must read the same on every machine.
 */
import { INSECABLE } from "./typographie";

const MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

/** A calendar date written AAAA-MM-JJ, checked (no 30 February). */
export function lireDate(valeur: string): { annee: number; mois: number; jour: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(valeur);
  if (!m) return null;
  const [annee, mois, jour] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(annee, mois - 1, jour));
  if (date.getUTCFullYear() !== annee || date.getUTCMonth() !== mois - 1 || date.getUTCDate() !== jour) return null;
  return { annee, mois, jour };
}

/** « 1er décembre 2026 », « 2 janvier 2027 »: the first of the month is an ordinal in French. */
export function formaterDate(valeur: string): string {
  const date = lireDate(valeur);
  if (!date) throw new RangeError(`date invalide « ${valeur} » (attendu : AAAA-MM-JJ)`);
  return `${date.jour === 1 ? "1er" : date.jour} ${MOIS[date.mois - 1]} ${date.annee}`;
}

/** The day a Date falls on in France, AAAA-MM-JJ (the generation date of a document). */
export function jourEnFrance(date: Date): string {
  // en-CA writes dates as AAAA-MM-JJ.
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit", day: "2-digit" }).format(date);
}

/** Digits in groups of three, separated by a no-break space: 12 500. */
function grouper(entier: string): string {
  return entier.replace(/\B(?=(\d{3})+(?!\d))/g, INSECABLE);
}

/** « 12 500,00 € »: always two decimals, rounded to the cent. */
export function formaterMontant(valeur: number): string {
  const centimes = Math.round(Math.abs(valeur) * 100);
  const signe = valeur < 0 && centimes > 0 ? "-" : "";
  const euros = Math.floor(centimes / 100).toString();
  const reste = (centimes % 100).toString().padStart(2, "0");
  return `${signe}${grouper(euros)},${reste}${INSECABLE}€`;
}

/** « 5 », « 5,5 », « 1 200 »: a decimal comma, groups of three for the whole part. */
export function formaterNombre(valeur: number): string {
  const [entier, decimales] = Math.abs(valeur).toString().split(".");
  const signe = valeur < 0 ? "-" : "";
  return `${signe}${grouper(entier!)}${decimales ? `,${decimales}` : ""}`;
}

export function formaterBooleen(valeur: boolean): string {
  return valeur ? "Oui" : "Non";
}
