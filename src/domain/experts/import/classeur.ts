/**
 * What an Excel worksheet gives, made plain: a cell's value as exceljs reads it (text, number,
 * date, rich text, hyperlink, formula and its result, error) as one ValeurCellule; and the size a
 * workbook says it takes once unzipped, to refuse a "zip bomb" before unzipping it.
 */
import type { ValeurCellule } from "./valeurs";

/** The value of a worksheet cell; formulas count for their last computed result. */
export function valeurDeCellule(v: unknown): ValeurCellule {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return v;
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return o.richText.map((r) => (typeof (r as { text?: unknown }).text === "string" ? (r as { text: string }).text : "")).join("");
    if ("result" in o) return valeurDeCellule(o.result);
    if ("formula" in o || "sharedFormula" in o) return null;
    if (typeof o.text === "string") return o.text;
    if (o.text && typeof o.text === "object") return valeurDeCellule(o.text);
    if (typeof o.error === "string") return o.error;
  }
  return String(v);
}

const lire16 = (o: Uint8Array, i: number) => o[i]! | (o[i + 1]! << 8);
const lire32 = (o: Uint8Array, i: number) => (o[i]! | (o[i + 1]! << 8) | (o[i + 2]! << 16) | (o[i + 3]! << 24)) >>> 0;

/**
 * The total uncompressed size a ZIP file's central directory declares, or null when it cannot be
 * read (not a ZIP, cut, ZIP64). Declared sizes can lie: this stops the naive bomb, the size and
 * row limits bound what a crafted one can make the reader do.
 */
export function tailleDecompresseeDeclaree(octets: Uint8Array): number | null {
  // End of central directory record: signature 0x06054b50, within the last 64 KiB + 22 bytes.
  const min = Math.max(0, octets.length - 65_557);
  let fin = -1;
  for (let i = octets.length - 22; i >= min; i--) {
    if (lire32(octets, i) === 0x06054b50) {
      fin = i;
      break;
    }
  }
  if (fin < 0) return null;
  const entrees = lire16(octets, fin + 10);
  let position = lire32(octets, fin + 16);
  let total = 0;
  for (let n = 0; n < entrees; n++) {
    if (position + 46 > octets.length || lire32(octets, position) !== 0x02014b50) return null;
    const taille = lire32(octets, position + 24);
    if (taille === 0xffffffff) return null;
    total += taille;
    position += 46 + lire16(octets, position + 28) + lire16(octets, position + 30) + lire16(octets, position + 32);
  }
  return total;
}
