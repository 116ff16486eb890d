/**
 * The bytes of a text file as text. Files exported by French HR software and by Excel come in
 * UTF-8 (with or without a byte order mark), in Windows-1252 (Excel's "CSV (séparateur : point-
 * virgule)" on Windows), or in UTF-16 ("Texte Unicode"). A file that is valid UTF-8 is read as
 * UTF-8: Windows-1252 text with accents is almost never valid UTF-8, so the test is reliable.
 */
import { ErreurMetier } from "../../shared";

export type Encodage = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

/**
 * Windows-1252 differs from ISO-8859-1 in 0x80–0x9F (€, ’, œ, …). Node's TextDecoder decodes the
 * "windows-1252" label as ISO-8859-1 (it gives U+0092 for ’), so the table is ours.
 */
const CP1252_80_9F = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f, 0x90, 0x2018,
  0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

export function decoderWindows1252(octets: Uint8Array): string {
  const morceaux: string[] = [];
  const TAILLE = 8192;
  const codes = new Uint16Array(TAILLE);
  for (let debut = 0; debut < octets.length; debut += TAILLE) {
    const fin = Math.min(debut + TAILLE, octets.length);
    for (let i = debut; i < fin; i++) {
      const o = octets[i]!;
      codes[i - debut] = o >= 0x80 && o <= 0x9f ? CP1252_80_9F[o - 0x80]! : o;
    }
    morceaux.push(String.fromCharCode(...codes.subarray(0, fin - debut)));
  }
  return morceaux.join("");
}

const commencePar = (octets: Uint8Array, ...signature: number[]) => signature.every((o, i) => octets[i] === o);

/**
 * Whether the bytes look like a binary file rather than text: a NUL byte, or many control
 * characters, in the first 64 KiB (UTF-16 is recognised by its byte order mark before this test).
 */
export function ressembleABinaire(octets: Uint8Array): boolean {
  const n = Math.min(octets.length, 65_536);
  let controles = 0;
  for (let i = 0; i < n; i++) {
    const o = octets[i]!;
    if (o === 0) return true;
    if (o < 0x20 && o !== 0x09 && o !== 0x0a && o !== 0x0d && o !== 0x0c) controles++;
  }
  return controles > n / 100;
}

/** The text of a CSV file and the encoding it was read in; a binary file is refused. */
export function decoder(octets: Uint8Array): { texte: string; encodage: Encodage } {
  if (commencePar(octets, 0xff, 0xfe)) return { texte: new TextDecoder("utf-16le").decode(octets), encodage: "utf-16le" };
  if (commencePar(octets, 0xfe, 0xff)) return { texte: new TextDecoder("utf-16be").decode(octets), encodage: "utf-16be" };
  if (ressembleABinaire(octets)) {
    throw new ErreurMetier("type_non_supporte", "Ce fichier n'est ni un fichier CSV (texte) ni un classeur Excel (XLSX).");
  }
  try {
    // fatal: invalid UTF-8 throws instead of producing U+FFFD; the BOM, when there is one, is dropped.
    return { texte: new TextDecoder("utf-8", { fatal: true }).decode(octets), encodage: "utf-8" };
  } catch {
    return { texte: decoderWindows1252(octets), encodage: "windows-1252" };
  }
}
