/**
 * A filled document as DOCX with `docx` 9, for the lawyers who edit it: real headings (Word's
 * « Titre 1 » to « Titre 3 » styles, so the navigation pane works), paragraphs with line breaks,
 * Word lists, tables, the signatories in a borderless table, and the same footer as the PDF with
 * Word's own page fields. The font is named, not embedded (see the ADR 0006).
 */
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { Bloc } from "./balisage";
import type { Pied } from "./rendu-pdf";
import type { DocumentRempli } from "./remplir";

/** Present on the machines that edit these files (Windows, macOS; LibreOffice maps it to Liberation Sans). */
const POLICE_DOCX = "Arial";
/** Half-points. */
const TAILLE = 20;

/** Runs of a text whose lines become line breaks. */
function lignes(texte: string, gras = false): ParagraphChild[] {
  return texte.split("\n").map((ligne, i) => new TextRun({ text: ligne, bold: gras || undefined, break: i > 0 ? 1 : undefined }));
}

const NIVEAUX = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function cellule(texte: string, gras = false, largeur?: number) {
  // An amount reads in a column aligned on the right, as in the PDF.
  const alignement = !gras && texte.endsWith("€") ? AlignmentType.RIGHT : undefined;
  return new TableCell({ children: [new Paragraph({ alignment: alignement, children: lignes(texte, gras) })], width: largeur ? { size: largeur, type: WidthType.PERCENTAGE } : undefined });
}

function convertir(bloc: Bloc, numeroDeListe: () => number): (Paragraph | Table)[] {
  switch (bloc.type) {
    case "titre":
      return [new Paragraph({ heading: NIVEAUX[bloc.niveau], keepNext: true, children: lignes(bloc.texte) })];
    case "paragraphe":
      // Word stretches a justified line that ends with a line break across the page: a paragraph
      // of several lines (the parties, the « Vu ») stays aligned on the left.
      return [new Paragraph({ alignment: bloc.texte.includes("\n") ? AlignmentType.LEFT : AlignmentType.JUSTIFIED, children: lignes(bloc.texte) })];
    case "liste": {
      // Each numbered list starts again at 1: one numbering instance per list.
      const instance = numeroDeListe();
      return bloc.elements.map(
        (e) =>
          new Paragraph({
            children: lignes(e),
            numbering: { reference: bloc.numerotee ? "numeros" : "puces", level: 0, instance: bloc.numerotee ? instance : undefined },
          }),
      );
    }
    case "tableau": {
      // A form (no header row): labels on the left, a third of the width, as in the PDF.
      const largeur = (i: number) => (bloc.entete ? undefined : i === 0 ? 35 : Math.floor(65 / (bloc.lignes[0]!.length - 1)));
      const rangees = [
        ...(bloc.entete ? [new TableRow({ tableHeader: true, cantSplit: true, children: bloc.entete.map((t) => cellule(t, true)) })] : []),
        ...bloc.lignes.map((r) => new TableRow({ cantSplit: true, children: r.map((t, i) => cellule(t, false, largeur(i))) })),
      ];
      return [new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: rangees }), new Paragraph({})];
    }
    case "signatures": {
      const largeur = Math.floor(100 / bloc.signataires.length);
      const rangee = new TableRow({
        cantSplit: true,
        children: bloc.signataires.map(
          (s) => new TableCell({ width: { size: largeur, type: WidthType.PERCENTAGE }, children: [new Paragraph({ children: lignes(s) }), new Paragraph({}), new Paragraph({}), new Paragraph({})] }),
        ),
      });
      return [new Paragraph({}), new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: TableBorders.NONE, rows: [rangee] })];
    }
  }
}

/** The DOCX bytes of a filled document. */
export async function rendreDocx(document: DocumentRempli, pied: Pied): Promise<Uint8Array> {
  const { modele } = document;
  let listes = 0;
  const corps = document.blocs.flatMap((b) => convertir(b, () => ++listes));
  const titre = { run: { font: POLICE_DOCX, bold: true, color: "000000" } };
  const doc = new Document({
    title: modele.titre,
    subject: `${modele.titre}, version ${modele.version}`,
    keywords: modele.sources.join(" ; "),
    description: pied.texte,
    creator: "Vivier",
    lastModifiedBy: "Vivier",
    styles: {
      default: {
        document: { run: { font: POLICE_DOCX, size: TAILLE, language: { value: "fr-FR" } }, paragraph: { spacing: { after: 120, line: 264 } } },
        heading1: { ...titre, run: { ...titre.run, size: 28 }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 280, line: 300 } } },
        heading2: { ...titre, run: { ...titre.run, size: 22 }, paragraph: { spacing: { before: 200, after: 80 } } },
        heading3: { ...titre, run: { ...titre.run, size: 20 }, paragraph: { spacing: { before: 160, after: 60 } } },
      },
      // Word sizes a page field's result with the paragraph's style, not with its run.
      paragraphStyles: [{ id: "PiedVivier", name: "Pied de page Vivier", basedOn: "Normal", run: { size: 15 }, paragraph: { spacing: { after: 0 } } }],
    },
    numbering: {
      config: [
        { reference: "numeros", levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.START, style: { paragraph: { indent: { left: 567, hanging: 340 } } } }] },
        { reference: "puces", levels: [{ level: 0, format: LevelFormat.BULLET, text: "•", alignment: AlignmentType.START, style: { paragraph: { indent: { left: 567, hanging: 340 } } } }] },
      ],
    },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1247, right: 1247 } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                style: "PiedVivier",
                children: [new TextRun({ text: pied.texte }), new TextRun({ children: [" — page ", PageNumber.CURRENT, " sur ", PageNumber.TOTAL_PAGES] })],
              }),
            ],
          }),
        },
        children: corps,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
