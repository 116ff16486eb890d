import { describe, expect, it } from "vitest";
import { detecterTypeFichier, formaterTaille, nettoyerNomFichier, verifierFichier } from "./type-fichier";

const octets = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? Array.from(p, (c) => c.charCodeAt(0)) : p)));

const PDF = octets("%PDF-1.7\n%âãÏÓ\n1 0 obj");
const DOCX = octets([0x50, 0x4b, 0x03, 0x04], "....[Content_Types].xml....word/document.xml");
const XLSX = octets([0x50, 0x4b, 0x03, 0x04], "....[Content_Types].xml....xl/workbook.xml");
const ZIP = octets([0x50, 0x4b, 0x03, 0x04], "....malware.exe");
const EXE = octets("MZ\x90\x00");

describe("type d'un fichier d'après son contenu", () => {
  it.each([
    [PDF, "pdf"],
    [DOCX, "docx"],
    [XLSX, "xlsx"],
    [octets([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]), "png"],
    [octets([0xff, 0xd8, 0xff, 0xe0]), "jpeg"],
    [ZIP, undefined],
    [EXE, undefined],
    [octets("<html><script>"), undefined],
  ])("%#", (contenu, attendu) => expect(detecterTypeFichier(contenu)).toBe(attendu));
});

describe("vérification d'un dépôt", () => {
  it("accepte un PDF sous la limite", () => {
    expect(verifierFichier(PDF, ["pdf", "docx"], 1000)).toEqual({ ok: true, type: "pdf", typeMime: "application/pdf" });
  });
  it("refuse un fichier trop gros en disant la limite", () => {
    const r = verifierFichier(PDF, ["pdf"], 10);
    expect(r).toMatchObject({ ok: false, code: "trop_volumineux" });
    expect(!r.ok && r.message).toContain("10 octets");
  });
  it("refuse un type non accepté, même renommé", () => {
    expect(verifierFichier(EXE, ["pdf", "docx"], 1000)).toMatchObject({ ok: false, code: "type_non_supporte", message: expect.stringContaining("PDF, Word (DOCX)") });
    expect(verifierFichier(XLSX, ["pdf", "docx"], 1000)).toMatchObject({ ok: false, code: "type_non_supporte" });
  });
  it("refuse un fichier vide", () => {
    expect(verifierFichier(new Uint8Array(), ["pdf"], 1000)).toMatchObject({ ok: false, code: "validation" });
  });
});

describe("noms et tailles", () => {
  it("retire chemins et caractères dangereux du nom", () => {
    expect(nettoyerNomFichier("../../etc/passwd")).toBe("passwd");
    expect(nettoyerNomFichier('C:\\Users\\moi\\CV "final".pdf')).toBe("CV final.pdf");
    expect(nettoyerNomFichier("\u0000\u001f")).toBe("fichier");
  });
  it("écrit les tailles à la française", () => {
    expect(formaterTaille(512)).toBe("512 octets");
    expect(formaterTaille(10 * 1024 * 1024)).toBe("10 Mo");
    expect(formaterTaille(1536)).toBe("1,5 Ko");
  });
});
