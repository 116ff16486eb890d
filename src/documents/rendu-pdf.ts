/**
 * A filled document as PDF, with pdfmake 0.3 (pdfkit underneath): A4, Noto Sans embedded (subset),
 * headings kept with what follows, a footer naming the template, its version, the generation date
 * and « page X sur Y ». The metadata give the title and « Vivier » as producer.
 */
import pdfmake from "pdfmake";
import type { Content, TDocumentDefinitions } from "pdfmake/interfaces";
import type { Bloc } from "./balisage";
import { FAMILLE_PDF, FICHIERS_POLICE, lirePolice, type StylePolice } from "./polices";
import type { DocumentRempli } from "./remplir";

export type Pied = { texte: string; date: Date };

let pret = false;

/**
 * pdfmake reads fonts from its own in-memory file system; it is told never to fetch a URL nor
 * read a local file, so that nothing in a document's data can make it do so.
 */
function preparer() {
  if (pret) return;
  const vfs = (pdfmake as unknown as { virtualfs: { writeFileSync(nom: string, octets: Buffer): void } }).virtualfs;
  const polices: Record<string, string> = {};
  for (const style of Object.keys(FICHIERS_POLICE) as StylePolice[]) {
    const nom = `${FAMILLE_PDF}-${style}.ttf`;
    vfs.writeFileSync(nom, lirePolice(style));
    polices[style] = nom;
  }
  pdfmake.setFonts({ [FAMILLE_PDF]: polices });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  pret = true;
}

const MARGE = 62;

function contenu(bloc: Bloc): Content {
  switch (bloc.type) {
    case "titre":
      return { text: bloc.texte, style: `titre${bloc.niveau}`, headlineLevel: bloc.niveau };
    case "paragraphe":
      return { text: bloc.texte, style: "paragraphe" };
    case "liste":
      // Marker and text as two columns rather than pdfmake's lists, which draw the marker after
      // the text's first line: a reader copying or extracting the text would find « 1. » mid-sentence.
      return {
        style: "liste",
        stack: bloc.elements.map((e, i) => ({ columns: [{ text: bloc.numerotee ? `${i + 1}.` : "•", width: 16 }, { text: e, width: "*" }], margin: [0, 0, 0, 2] })),
      };
    case "tableau": {
      const colonnes = (bloc.entete ?? bloc.lignes[0] ?? []).length;
      // An amount reads in a column aligned on the right.
      const cellule = (t: string, gras = false) => ({ text: t, bold: gras, alignment: !gras && t.endsWith("€") ? ("right" as const) : undefined });
      const corps = [...(bloc.entete ? [bloc.entete.map((t) => cellule(t, true))] : []), ...bloc.lignes.map((r) => r.map((t) => cellule(t)))];
      // A form (no header row): labels on the left, a third of the width; a table: its first column takes what the others leave.
      const largeurs = bloc.entete ? Array.from({ length: colonnes }, (_, i) => (i === 0 ? "*" : "auto")) : Array.from({ length: colonnes }, (_, i) => (i === 0 ? "35%" : "*"));
      return {
        style: "tableau",
        table: { headerRows: bloc.entete ? 1 : 0, keepWithHeaderRows: bloc.entete ? 1 : 0, dontBreakRows: true, widths: largeurs, body: corps },
        layout: { hLineWidth: () => 0.5, vLineWidth: () => 0.5, hLineColor: () => "#888888", vLineColor: () => "#888888", paddingTop: () => 3, paddingBottom: () => 3 },
      };
    }
    case "signatures":
      return {
        style: "signatures",
        unbreakable: true,
        columns: bloc.signataires.map((s) => ({ stack: [{ text: s }, { text: " ", margin: [0, 60, 0, 0] }] })),
        columnGap: 24,
      };
  }
}

/** The PDF bytes of a filled document. */
export async function rendrePdf(document: DocumentRempli, pied: Pied): Promise<Uint8Array> {
  preparer();
  const { modele } = document;
  const definition: TDocumentDefinitions = {
    pageSize: "A4",
    pageMargins: [MARGE, 56, MARGE, 64],
    language: "fr-FR",
    info: {
      title: modele.titre,
      subject: `${modele.titre}, version ${modele.version}`,
      keywords: modele.sources.join(" ; "),
      creator: "Vivier",
      producer: "Vivier",
      creationDate: pied.date,
    },
    defaultStyle: { font: FAMILLE_PDF, fontSize: 10, lineHeight: 1.2 },
    styles: {
      titre1: { fontSize: 14, bold: true, alignment: "center", margin: [0, 0, 0, 14] },
      titre2: { fontSize: 11, bold: true, margin: [0, 10, 0, 4] },
      titre3: { fontSize: 10, bold: true, margin: [0, 8, 0, 3] },
      paragraphe: { alignment: "justify", margin: [0, 0, 0, 6] },
      liste: { margin: [8, 0, 0, 6] },
      tableau: { margin: [0, 2, 0, 8] },
      signatures: { margin: [0, 14, 0, 0] },
      pied: { fontSize: 7.5, color: "#444444" },
    },
    content: document.blocs.map(contenu),
    // A heading never ends a page: it goes to the next one with its text (the footer, laid out
    // on every page, does not count as text following it).
    pageBreakBefore: (noeud, requetes) => noeud.headlineLevel !== undefined && requetes.getFollowingNodesOnPage().every((n) => n.style === "pied"),
    footer: (page, pages) => ({
      style: "pied",
      margin: [MARGE, 24, MARGE, 0],
      columns: [
        { text: pied.texte, style: "pied" },
        { text: `page ${page} sur ${pages}`, style: "pied", alignment: "right", width: 64 },
      ],
      columnGap: 12,
    }),
  };
  const octets = await pdfmake.createPdf(definition).getBuffer();
  return new Uint8Array(octets.buffer, octets.byteOffset, octets.byteLength);
}
