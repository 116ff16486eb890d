const dates = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeStyle: "short" });

/** "3 mars 2026 à 14:05" from an ISO 8601 date; the text as given when it is not one. */
export function formaterDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dates.format(date);
}
