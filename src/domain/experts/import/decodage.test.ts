import { describe, expect, it } from "vitest";
import { decoder, decoderWindows1252, ressembleABinaire } from "./decodage";

const utf8 = (s: string) => new TextEncoder().encode(s);
/** Windows-1252 bytes of a text (only the characters the tests use). */
const cp1252 = (s: string) => {
  const hors: Record<string, number> = { "€": 0x80, "’": 0x92, œ: 0x9c, Œ: 0x8c, "…": 0x85 };
  return new Uint8Array(Array.from(s, (c) => hors[c] ?? c.charCodeAt(0)));
};

describe("décodage d'un fichier texte", () => {
  it("lit le Windows-1252 d'Excel : é, è, ç, à, œ, ’ et €", () => {
    const r = decoder(cp1252("Prénom;Métier\r\nFrançoise;Chargée d’études à l’œuvre, 1 500 €"));
    expect(r.encodage).toBe("windows-1252");
    expect(r.texte).toBe("Prénom;Métier\r\nFrançoise;Chargée d’études à l’œuvre, 1 500 €");
  });

  it("lit l'UTF-8 sans marque d'ordre", () => {
    expect(decoder(utf8("Prénom;Nom\nHélène;Bérard"))).toEqual({ texte: "Prénom;Nom\nHélène;Bérard", encodage: "utf-8" });
  });

  it("lit l'UTF-8 avec marque d'ordre (BOM), et la retire", () => {
    const r = decoder(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("Prénom;Nom")]));
    expect(r).toEqual({ texte: "Prénom;Nom", encodage: "utf-8" });
  });

  it("lit l'UTF-16 (« Texte Unicode » d'Excel) d'après sa marque d'ordre", () => {
    const texte = "Prénom\tNom\r\nZoé\tLefèvre";
    const octets = new Uint8Array(2 + texte.length * 2);
    octets.set([0xff, 0xfe]);
    for (let i = 0; i < texte.length; i++) octets[2 + 2 * i] = texte.charCodeAt(i);
    expect(decoder(octets)).toEqual({ texte, encodage: "utf-16le" });
  });

  it("du pur ASCII se lit en UTF-8", () => {
    expect(decoder(utf8("nom;prenom")).encodage).toBe("utf-8");
  });

  it("refuse un fichier binaire, avec un message en français", () => {
    expect(() => decoder(new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03]))).toThrow(expect.objectContaining({ code: "type_non_supporte", message: expect.stringContaining("ni un fichier CSV") }));
    expect(ressembleABinaire(new Uint8Array(Array.from({ length: 200 }, (_, i) => i % 32)))).toBe(true);
    expect(ressembleABinaire(utf8("a;b\tc\r\n"))).toBe(false);
  });

  it("décode les grands fichiers par morceaux", () => {
    const grand = new Uint8Array(100_000).fill(0xe9);
    expect(decoderWindows1252(grand)).toBe("é".repeat(100_000));
  });
});
