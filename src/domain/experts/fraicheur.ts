/**
 * Freshness of a profile (PRODUCT.md §2): a profile says when it was last confirmed by its agent
 * or HR; past a number of months (12 by default, a setting) it is stale: flagged in lists, and its
 * owner is reminded.
 */
export const MOIS_FRAICHEUR_PAR_DEFAUT = 12;

/** The day a profile confirmed on `confirmeLe` becomes stale (same day of the month, or the month's last). */
export function perimeLe(confirmeLe: Date, mois: number): Date {
  const d = new Date(Date.UTC(confirmeLe.getUTCFullYear(), confirmeLe.getUTCMonth() + mois, 1));
  const dernier = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(confirmeLe.getUTCDate(), dernier));
  return d;
}

export const estPerime = (confirmeLe: Date, maintenant: Date, mois: number) => perimeLe(confirmeLe, mois).getTime() <= maintenant.getTime();
