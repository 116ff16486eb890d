import { describe, expect, it } from "vitest";
import { formatDuFichier, LIMITES_IMPORT, lireTableauCsv, tableauDeLignes } from "./fichier";

const octets = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? Array.from(new TextEncoder().encode(p)) : p)));
const limites = { ...LIMITES_IMPORT, taille: 100, lignes: 3 };

describe("le fichier avant toute lecture", () => {
  it("reconnaît un CSV (texte) et un classeur XLSX par leur contenu", () => {
    expect(formatDuFichier(octets("nom;prénom\n"))).toBe("csv");
    expect(formatDuFichier(octets([0x50, 0x4b, 0x03, 0x04], "..[Content_Types].xml..xl/workbook.xml"))).toBe("xlsx");
  });

  it("refuse un fichier vide, ou trop gros en disant la limite", () => {
    expect(() => formatDuFichier(new Uint8Array())).toThrow(expect.objectContaining({ code: "validation", message: "Le fichier est vide." }));
    expect(() => formatDuFichier(new Uint8Array(101).fill(0x41), limites)).toThrow(
      expect.objectContaining({ code: "trop_volumineux", message: "Le fichier dépasse la taille maximale de 100 octets (il fait 101 octets) : découpez-le en plusieurs fichiers." }),
    );
    expect(LIMITES_IMPORT).toMatchObject({ taille: 64 * 1024 * 1024, lignes: 100_000 });
  });

  it("refuse les autres formats, même renommés en .csv : PDF, Word, ZIP, ancien Excel", () => {
    const refus = (o: Uint8Array) => expect(() => formatDuFichier(o)).toThrow(expect.objectContaining({ code: "type_non_supporte" }));
    refus(octets("%PDF-1.7\n"));
    refus(octets([0x50, 0x4b, 0x03, 0x04], "..[Content_Types].xml..word/document.xml"));
    refus(octets([0x50, 0x4b, 0x03, 0x04], "....malware.exe"));
    expect(() => formatDuFichier(octets([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toThrow(/Excel 97-2003 \(\.xls\)/);
  });
});

describe("le tableau d'un fichier", () => {
  it("prend la première ligne non vide pour les en-têtes", () => {
    const t = lireTableauCsv(octets("\n\nNom;Prénom\nDupont;Jean\n"));
    expect(t).toEqual({
      entetes: ["Nom", "Prénom"],
      lignes: [{ ligne: 4, cellules: ["Dupont", "Jean"] }],
      description: { format: "csv", encodage: "utf-8", separateur: ";" },
    });
  });

  it("refuse un fichier sans ligne, et au-delà de la limite de lignes de données", () => {
    expect(() => lireTableauCsv(octets("\n \n"))).toThrow(/aucune ligne/);
    const lignes = Array.from({ length: 5 }, (_, i) => ({ ligne: i + 1, cellules: ["x"] }));
    expect(tableauDeLignes(lignes.slice(0, 4), { format: "xlsx", feuille: "F" }, limites).lignes).toHaveLength(3);
    expect(() => tableauDeLignes(lignes, { format: "xlsx", feuille: "F" }, limites)).toThrow(expect.objectContaining({ code: "trop_volumineux" }));
  });
});
