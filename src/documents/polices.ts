/**
 * The font embedded in the PDFs: Noto Sans (SIL Open Font License), from the npm package
 * @expo-google-fonts/noto-sans, which ships the complete TrueType files. Chosen because it has the
 * narrow no-break space U+202F that French puts before ; : ! ? (Marianne, Spectral and Roboto, the
 * fonts already at hand, lack it), every Latin accent and « œ », and the Greek, Cyrillic and
 * Vietnamese letters of partners' names. See docs/adr/0006-modeles-de-documents.md.
 */
import fs from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export const FAMILLE_PDF = "NotoSans";

/** The styles the renderer uses, each a file of the package. */
export const FICHIERS_POLICE = {
  normal: "@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf",
  bold: "@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf",
  italics: "@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf",
  bolditalics: "@expo-google-fonts/noto-sans/700Bold_Italic/NotoSans_700Bold_Italic.ttf",
} as const;

export type StylePolice = keyof typeof FICHIERS_POLICE;

const lues = new Map<StylePolice, Buffer>();

/** The bytes of one style, read once per process. */
export function lirePolice(style: StylePolice): Buffer {
  let octets = lues.get(style);
  if (!octets) {
    octets = fs.readFileSync(require.resolve(FICHIERS_POLICE[style]));
    lues.set(style, octets);
  }
  return octets;
}
