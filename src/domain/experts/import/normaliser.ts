/**
 * One folding for everything people type in a spreadsheet (headers, statuses, domains, languages,
 * countries): case, accents, ligatures and punctuation do not matter, so "N° d'agent",
 * "n° agent" and "N°  AGENT" are the same key.
 */
export function normaliser(texte: string): string {
  return texte
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** A lookup table keyed by folded text; the first value given for a key wins. */
export function tableNormalisee<T>(entrees: Iterable<[texte: string, valeur: T]>): Map<string, T> {
  const table = new Map<string, T>();
  for (const [texte, valeur] of entrees) {
    const cle = normaliser(texte);
    if (cle && !table.has(cle)) table.set(cle, valeur);
  }
  return table;
}

/** A value quoted for a message, cut when long so that a hostile cell cannot flood the report. */
export function citer(valeur: string): string {
  const court = valeur.length > 80 ? `${valeur.slice(0, 77)}…` : valeur;
  return `« ${court} »`;
}
