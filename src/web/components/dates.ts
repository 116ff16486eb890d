const dates = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeStyle: "short" });

/** French writes the first day of a month as an ordinal: « 1er décembre 2026 ». */
export const premierDuMois = (texte: string) => texte.replace(/^1 /, "1er ");

/** "3 mars 2026 à 14:05", « 1er décembre 2026 à 15:53 », from an ISO 8601 date; the text as given when it is not one. */
export function formaterDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : premierDuMois(dates.format(date));
}
