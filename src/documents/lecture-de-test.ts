/**
 * Reading back what the renderers wrote, for the tests (it uses devDependencies: pdfjs-dist and
 * jszip; nothing outside the tests imports it). The PDF is read by Mozilla's reader, not by the
 * library that wrote it.
 */
import JSZip from "jszip";

export type PdfLu = {
  /** The text as a reader extracts it, pages and lines in order; pdfjs turns every space into « ». */
  texte: string;
  /**
   * Every glyph's characters in drawing order, exact: U+202F and U+00A0 stay what they are. The
   * renderer draws a line's words with their spaces, so words follow each other here as in the text.
   */
  caracteres: string;
  pages: number;
  info: Record<string, unknown>;
};

export async function lirePdf(octets: Uint8Array): Promise<PdfLu> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  // pdfjs takes ownership of the buffer it is given.
  const document = await pdfjs.getDocument({ data: octets.slice(), disableFontFace: true, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  try {
    let texte = "";
    let caracteres = "";
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      const contenu = await page.getTextContent();
      for (const element of contenu.items) {
        if ("str" in element) texte += element.str + (element.hasEOL ? "\n" : "");
      }
      texte += "\n";
      const operations = await page.getOperatorList();
      operations.fnArray.forEach((op, i) => {
        if (op !== pdfjs.OPS.showText) return;
        for (const glyphe of operations.argsArray[i][0] as unknown[]) {
          if (glyphe && typeof glyphe === "object" && "unicode" in glyphe) caracteres += String((glyphe as { unicode: string }).unicode);
        }
      });
    }
    const { info } = await document.getMetadata();
    return { texte, caracteres, pages: document.numPages, info: info as Record<string, unknown> };
  } finally {
    await document.destroy();
  }
}

export type DocxLu = {
  /** The body's text: paragraphs and line breaks as « \n », exact characters. */
  texte: string;
  /** The footers' text and field codes (PAGE, NUMPAGES). */
  pied: string;
  /** word/document.xml as written, to look at its structure (styles, tables, lists). */
  xml: string;
  /** docProps/core.xml: title, creator. */
  proprietes: string;
};

const ENTITES: Record<string, string> = { "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'", "&amp;": "&" };

/** The text of a WordprocessingML part: runs' text, breaks, tabs, paragraph ends, field codes. */
function texteWord(xml: string): string {
  let texte = "";
  for (const m of xml.matchAll(/<w:(t|instrText)(?:\s[^>]*)?>([^<]*)<\/w:\1>|<w:br\/>|<w:tab\/>|<\/w:p>/g)) {
    if (m[2] !== undefined) texte += m[2].replace(/&(lt|gt|quot|apos|amp);/g, (e) => ENTITES[e]!);
    else if (m[0] === "<w:tab/>") texte += "\t";
    else texte += "\n";
  }
  return texte;
}

export async function lireDocx(octets: Uint8Array): Promise<DocxLu> {
  const zip = await JSZip.loadAsync(octets);
  const lire = async (chemin: string) => (await zip.file(chemin)?.async("string")) ?? "";
  const xml = await lire("word/document.xml");
  const pieds = await Promise.all(Object.keys(zip.files).filter((f) => /^word\/footer\d*\.xml$/.test(f)).map(lire));
  return { texte: texteWord(xml), pied: pieds.map(texteWord).join("\n"), xml, proprietes: await lire("docProps/core.xml") };
}

/**
 * A text as it can be compared with extracted text: any run of spaces (narrow, no-break, line
 * ends) as one space; a compound word cut after its hyphen joined again, whether the cut falls at a
 * line end or the reader saw a gap in a justified line (« Saint- Étienne »).
 */
export function aplatir(texte: string): string {
  return texte
    .replace(/(\p{L})-\s+(?=\p{L})/gu, "$1-")
    .replace(/[\s\u00A0\u202F]+/g, " ")
    .trim();
}
