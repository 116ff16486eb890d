/**
 * Rule X4: the EXPE-CT report is due two months after return, on the same day of the month, or on
 * the month's last day when it has no such day (31 August → 31 October; 31 December → 28 or 29 February).
 */
export function dateDuRapportExpeCt(retour: string): string {
  const [a, m, j] = retour.split("-").map(Number) as [number, number, number];
  const moisCible = m - 1 + 2;
  const annee = a + Math.floor(moisCible / 12);
  const mois = moisCible % 12;
  const dernierJour = new Date(Date.UTC(annee, mois + 1, 0)).getUTCDate();
  return new Date(Date.UTC(annee, mois, Math.min(j, dernierJour))).toISOString().slice(0, 10);
}
