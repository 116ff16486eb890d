import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BaseDeTest, baseDeTest } from "../../../test/support/base-de-test";
import { lignes } from "../../db/client";
import { ErreurMetier } from "../../domain/shared";
import { creerServiceFichiers } from "./fichiers";

let base: BaseDeTest;
beforeAll(async () => {
  base = await (await baseDeTest()).cloner();
});
afterAll(async () => base?.close());

const service = creerServiceFichiers({ tailleMax: 64 });
const pdf = new TextEncoder().encode("%PDF-1.7\n1 0 obj\n");
const nombre = async () => (await lignes<{ n: number }>(base.db, sql`select count(*)::int as n from fichiers`))[0]!.n;

describe("fichiers stockés en base", () => {
  it("enregistre un PDF avec son empreinte, son type vérifié et un nom nettoyé, puis le relit", async () => {
    const meta = await base.db.transaction((tx) => service.enregistrer(tx, { nom: "../CV Dupont.pdf", contenu: pdf, acceptes: ["pdf", "docx"] }));
    expect(meta).toMatchObject({ nom: "CV Dupont.pdf", typeMime: "application/pdf", taille: pdf.length });
    expect(meta.sha256).toMatch(/^[0-9a-f]{64}$/);
    const relu = await service.lire(base.db, meta.id);
    expect(new TextDecoder().decode(relu.contenu)).toBe("%PDF-1.7\n1 0 obj\n");
  });

  it("refuse un fichier trop gros ou d'un autre type, sans rien écrire", async () => {
    const avant = await nombre();
    await expect(base.db.transaction((tx) => service.enregistrer(tx, { nom: "gros.pdf", contenu: new Uint8Array(65).fill(0x25), acceptes: ["pdf"] }))).rejects.toMatchObject({ code: "trop_volumineux" });
    await expect(base.db.transaction((tx) => service.enregistrer(tx, { nom: "cv.pdf", contenu: new TextEncoder().encode("MZ exécutable"), acceptes: ["pdf"] }))).rejects.toBeInstanceOf(ErreurMetier);
    expect(await nombre()).toBe(avant);
  });

  it("annule le fichier quand la transaction qui l'enregistre échoue", async () => {
    const avant = await nombre();
    await expect(
      base.db.transaction(async (tx) => {
        await service.enregistrer(tx, { nom: "cv.pdf", contenu: pdf, acceptes: ["pdf"] });
        throw new Error("échec de l'enregistrement lié");
      }),
    ).rejects.toThrow("échec");
    expect(await nombre()).toBe(avant);
  });

  it("répond introuvable pour un fichier inconnu", async () => {
    await expect(service.lire(base.db, "00000000-0000-4000-8000-000000000000")).rejects.toMatchObject({ code: "introuvable" });
  });
});
