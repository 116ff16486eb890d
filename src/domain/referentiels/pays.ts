/** Countries of ISO 3166-1 with their French and English names. */
export type Pays = { code: string; codeAlpha3: string; codeNumerique: string; nom: string; nomAnglais: string };

export type SourcePays = {
  /** alpha-2 → alpha-3 */
  alpha3: Record<string, string>;
  /** alpha-2 → numeric (3 digits) */
  numerique: Record<string, string>;
  nomsFrancais: Record<string, string>;
  nomsAnglais: Record<string, string>;
};

export function paysDepuisIso(source: SourcePays): Pays[] {
  return Object.keys(source.alpha3)
    .map((code) => ({
      code,
      codeAlpha3: source.alpha3[code]!,
      codeNumerique: source.numerique[code] ?? "",
      nom: source.nomsFrancais[code] ?? source.nomsAnglais[code] ?? code,
      nomAnglais: source.nomsAnglais[code] ?? code,
    }))
    .sort((a, b) => a.code.localeCompare(b.code));
}
