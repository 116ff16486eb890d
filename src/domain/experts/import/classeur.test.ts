import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { tailleDecompresseeDeclaree, valeurDeCellule } from "./classeur";

describe("valeur d'une cellule de classeur", () => {
  const date = new Date(Date.UTC(1980, 1, 1));
  it.each([
    [null, null],
    [undefined, null],
    ["texte", "texte"],
    [12, 12],
    [true, true],
    [date, date],
    [{ richText: [{ text: "Hé" }, { font: { bold: true }, text: "lène" }] }, "Hélène"],
    [{ text: "helene@exemple.fr", hyperlink: "mailto:helene@exemple.fr" }, "helene@exemple.fr"],
    [{ text: { richText: [{ text: "lien" }] }, hyperlink: "https://exemple.fr" }, "lien"],
    [{ formula: "A1&B1", result: "calculé" }, "calculé"],
    [{ sharedFormula: "A2", result: 3 }, 3],
    [{ formula: "NOW()" }, null],
    [{ error: "#N/A" }, "#N/A"],
  ])("%j", (v, attendu) => expect(valeurDeCellule(v)).toEqual(attendu));
});

describe("taille déclarée d'un classeur décompressé", () => {
  it("additionne les tailles du répertoire central", async () => {
    const classeur = new ExcelJS.Workbook();
    classeur.addWorksheet("F").addRow(["x".repeat(10_000)]);
    const octets = new Uint8Array(await classeur.xlsx.writeBuffer());
    const taille = tailleDecompresseeDeclaree(octets);
    expect(taille).toBeGreaterThan(10_000);
    expect(taille).toBeGreaterThan(octets.length);
  });
  it("ne lit rien dans ce qui n'est pas un ZIP, ou un ZIP tronqué", () => {
    expect(tailleDecompresseeDeclaree(new TextEncoder().encode("nom;prénom"))).toBeNull();
    const tronque = new Uint8Array(30);
    tronque.set([0x50, 0x4b, 0x05, 0x06, 0, 0, 0, 0, 1, 0, 1, 0], 0);
    expect(tailleDecompresseeDeclaree(tronque)).toBeNull();
  });
});
