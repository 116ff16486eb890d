/**
 * Reading CSV as spreadsheets and HR software write it (RFC 4180 and its French variants): `;`, `,`
 * or tab between fields, fields in double quotes holding separators, doubled quotes and line
 * breaks, CRLF or LF line ends. Blank lines are skipped but counted, so that the report names the
 * lines a person sees in their editor.
 */
import { ErreurMetier } from "../../shared";

export type Separateur = ";" | "," | "\t";
/** A record of the file and the line it starts on (1-based, as an editor numbers them). */
export type LigneBrute = { ligne: number; cellules: string[] };

/** The refusal of a file over the row limit (the header not counted), for CSV and worksheets alike. */
export const tropDeLignes = (max: number) =>
  new ErreurMetier("trop_volumineux", `Le fichier compte plus de ${max.toLocaleString("fr-FR")} lignes de données : découpez-le en plusieurs fichiers.`);

const GUILLEMET = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * The separator of the header line (outside quotes): the most frequent of `;`, tab and `,`; `;`
 * on a tie, the French default. A file of one column has none: `;` then.
 */
export function detecterSeparateur(texte: string): Separateur {
  const compte: Record<Separateur, number> = { ";": 0, "\t": 0, ",": 0 };
  let entreGuillemets = false;
  let vu = false;
  for (let i = 0; i < texte.length; i++) {
    const c = texte[i]!;
    if (c === '"') entreGuillemets = !entreGuillemets;
    else if (!entreGuillemets && (c === "\n" || c === "\r")) {
      if (vu) break; // the end of the first line that has something on it
    } else if (!entreGuillemets && c in compte) compte[c as Separateur]++;
    else if (c.trim()) vu = true;
  }
  return ([";", "\t", ","] as const).reduce((a, b) => (compte[b] > compte[a] ? b : a));
}

function compterLignes(texte: string, debut: number, fin: number): number {
  let n = 0;
  for (let i = debut; i < fin; i++) if (texte.charCodeAt(i) === LF) n++;
  return n;
}

/**
 * The records of the text, cells trimmed, blank records (no cell with anything in it) left out.
 * More than `maxLignes` records after the header is refused while reading, before the rest is
 * parsed; so is a quote that never closes (the file is cut, or not CSV).
 */
export function lireCsv(texte: string, options: { maxLignes: number; separateur?: Separateur }): { separateur: Separateur; lignes: LigneBrute[] } {
  const separateur = options.separateur ?? detecterSeparateur(texte);
  const sep = separateur.charCodeAt(0);
  const lignes: LigneBrute[] = [];
  const n = texte.length;
  let i = 0;
  let ligne = 1;
  let debutEnregistrement = 1;
  let cellules: string[] = [];

  const finDeChamp = (depuis: number) => {
    let j = depuis;
    while (j < n) {
      const c = texte.charCodeAt(j);
      if (c === sep || c === LF || c === CR) break;
      j++;
    }
    return j;
  };

  const terminer = () => {
    if (cellules.some((c) => c !== "")) {
      lignes.push({ ligne: debutEnregistrement, cellules });
      if (lignes.length > options.maxLignes + 1) {
        throw tropDeLignes(options.maxLignes);
      }
    }
    cellules = [];
    ligne++;
    debutEnregistrement = ligne;
  };

  while (i < n) {
    let valeur: string;
    if (texte.charCodeAt(i) === GUILLEMET) {
      const ouverture = ligne;
      let morceaux = "";
      i++;
      for (;;) {
        const j = texte.indexOf('"', i);
        if (j < 0) {
          throw new ErreurMetier("validation", `Le fichier CSV est mal formé : le guillemet ouvert ligne ${ouverture} n'est jamais fermé.`);
        }
        morceaux += texte.slice(i, j);
        ligne += compterLignes(texte, i, j);
        if (texte.charCodeAt(j + 1) === GUILLEMET) {
          morceaux += '"';
          i = j + 2;
        } else {
          i = j + 1;
          break;
        }
      }
      // Text after the closing quote (`"a"b`) is kept, as spreadsheets do, rather than refused.
      const fin = finDeChamp(i);
      valeur = morceaux + texte.slice(i, fin);
      i = fin;
    } else {
      const fin = finDeChamp(i);
      valeur = texte.slice(i, fin);
      i = fin;
    }
    cellules.push(valeur.trim());
    if (i < n && texte.charCodeAt(i) === sep) {
      i++;
      if (i < n) continue;
      cellules.push(""); // a separator ends the text: one more, empty, cell
    }
    // End of the record: CRLF, LF, a lone CR, or the end of the text.
    if (texte.charCodeAt(i) === CR) i++;
    if (texte.charCodeAt(i) === LF) i++;
    terminer();
  }
  return { separateur, lignes };
}
