import { describe, expect, it } from "vitest";
import { detecterSeparateur, lireCsv } from "./csv";

const lire = (texte: string, maxLignes = 1000) => lireCsv(texte, { maxLignes });
const cellules = (texte: string) => lire(texte).lignes.map((l) => l.cellules);

describe("séparateur", () => {
  it.each([
    ["nom;prénom;courriel\n", ";"],
    ["nom,prénom,courriel\n", ","],
    ["nom\tprénom\tcourriel\n", "\t"],
    // Commas inside quotes do not count; `;` wins a tie (the French default).
    ['"Dupont, Jean";"a,b,c"\n', ";"],
    ["nom;prénom,x\n", ";"],
    ["nom\n", ";"],
    ["\n\n  \nnom,prénom\n", ","],
  ])("%j → %j", (texte, attendu) => expect(detecterSeparateur(texte)).toBe(attendu));
});

describe("lecture CSV", () => {
  it("lit `;` et `,`", () => {
    expect(cellules("a;b;c\n1;2;3\n")).toEqual([["a", "b", "c"], ["1", "2", "3"]]);
    expect(lire("a,b\n1,2").separateur).toBe(",");
    expect(cellules("a,b\n1,2")).toEqual([["a", "b"], ["1", "2"]]);
  });

  it("lit les champs entre guillemets : séparateur, guillemets doublés et retours à la ligne dedans", () => {
    const texte = 'nom;domaines;note\r\nDupont;"Eau potable; Assainissement";"il a dit ""bonjour""\r\net reparti"\r\nMartin;x;y\r\n';
    const r = lire(texte);
    expect(r.lignes).toEqual([
      { ligne: 1, cellules: ["nom", "domaines", "note"] },
      { ligne: 2, cellules: ["Dupont", "Eau potable; Assainissement", 'il a dit "bonjour"\r\net reparti'] },
      { ligne: 4, cellules: ["Martin", "x", "y"] },
    ]);
  });

  it("accepte CRLF, LF et CR seul comme fin de ligne", () => {
    expect(cellules("a;b\r\n1;2\r\n")).toEqual([["a", "b"], ["1", "2"]]);
    expect(cellules("a;b\n1;2")).toEqual([["a", "b"], ["1", "2"]]);
    expect(cellules("a;b\r1;2\r")).toEqual([["a", "b"], ["1", "2"]]);
  });

  it("saute les lignes vides (et celles de séparateurs seuls) en gardant les numéros de ligne du fichier", () => {
    const r = lire("nom;prénom\n\n  \nDupont;Jean\n;;\n\r\nMartin;Zoé\n\n");
    expect(r.lignes.map((l) => [l.ligne, l.cellules[0]])).toEqual([
      [1, "nom"],
      [4, "Dupont"],
      [7, "Martin"],
    ]);
  });

  it("retire les espaces en début et en fin de cellule (espaces insécables compris)", () => {
    expect(cellules("nom ; prénom\nDupont  ;\u00a0Jean \t\n")).toEqual([["nom", "prénom"], ["Dupont", "Jean"]]);
  });

  it("garde les cellules vides, y compris en fin de ligne et de fichier", () => {
    expect(cellules("a;b;c\n1;;\n;2;")).toEqual([["a", "b", "c"], ["1", "", ""], ["", "2", ""]]);
  });

  it("garde le texte qui suit un guillemet fermant, comme un tableur", () => {
    expect(cellules('"a"b;c')).toEqual([["ab", "c"]]);
  });

  it("refuse un guillemet jamais fermé en disant la ligne", () => {
    expect(() => lire('nom;note\nDupont;"pas fini\nMartin;x\n')).toThrow(/guillemet ouvert ligne 2 n'est jamais fermé/);
  });

  it("refuse au-delà de la limite de lignes, sans tout lire", () => {
    const texte = `nom\n${"x\n".repeat(11)}`;
    expect(lire(texte, 11).lignes).toHaveLength(12);
    expect(() => lire(`${texte}y\n`, 11)).toThrow(expect.objectContaining({ code: "trop_volumineux", message: expect.stringContaining("plus de 11 lignes") }));
  });

  it("lit un texte vide comme aucune ligne", () => {
    expect(lire("").lignes).toEqual([]);
    expect(lire("\n\n").lignes).toEqual([]);
  });
});
