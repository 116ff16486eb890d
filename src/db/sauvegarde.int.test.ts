import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BaseDeTest, baseDeTest } from "../../test/support/base-de-test";
import { lignes } from "./client";
import { compterLignes, ErreurSauvegarde, restaurer, sauvegarder } from "./sauvegarde";
import { fichiers } from "./schema";

let base: BaseDeTest;
const dossier = fs.mkdtempSync(path.join(os.tmpdir(), "vivier-sauvegarde-"));
beforeAll(async () => {
  base = await baseDeTest();
});
afterAll(async () => {
  await base?.close();
  fs.rmSync(dossier, { recursive: true, force: true });
});

async function vider(b: BaseDeTest) {
  const tables = await lignes<{ t: string }>(b.db, sql`select tablename as t from pg_tables where schemaname = 'public'`);
  await b.db.execute(sql.raw(`truncate ${tables.map((t) => `"${t.t}"`).join(", ")} cascade`));
}

describe("sauvegarde et restauration", () => {
  it("restaure à l'identique, octets des fichiers compris, et refuse une base non vide sans --force", async () => {
    const source = await base.cloner();
    const cible = await base.cloner();
    try {
      const contenu = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0, 255, 10, 13]);
      await source.db.insert(fichiers).values({ nom: "cv é.pdf", typeMime: "application/pdf", taille: contenu.length, sha256: "x", contenu });
      // The audit trail's identity column (GENERATED ALWAYS) keeps its numbers.
      await source.db.execute(sql`insert into journal_audit (action, cible_type) values ('essai', 'sauvegarde')`);
      const fichier = path.join(dossier, "a.vivier.gz");
      const bilan = await sauvegarder(source.db, fichier, source.kind);
      expect(bilan.lignes).toBe(await compterLignes(source.db));

      await expect(restaurer(cible.db, fichier, { forcer: false })).rejects.toThrow(/n'est pas vide.*--force/);

      await vider(cible);
      const restauree = await restaurer(cible.db, fichier, { forcer: false });
      expect(restauree.lignes).toBe(bilan.lignes);
      expect(await compterLignes(cible.db)).toBe(bilan.lignes);
      const [f] = await cible.db.select().from(fichiers);
      expect(f?.nom).toBe("cv é.pdf");
      expect(Array.from(f!.contenu)).toEqual(Array.from(contenu));
      expect(await lignes(cible.db, sql`select id, action from journal_audit`)).toEqual(await lignes(source.db, sql`select id, action from journal_audit`));
      // Search still works on restored data (generated columns recomputed, indexes rebuilt).
      const [se] = await lignes<{ nom: string }>(cible.db, sql`select nom from organisations where nom_recherche = 'saint etienne'`);
      expect(se?.nom).toBe("Saint-Étienne");

      const forcee = await restaurer(cible.db, fichier, { forcer: true });
      expect(forcee.lignes).toBe(bilan.lignes);
    } finally {
      await source.close();
      await cible.close();
    }
  });

  it("refuse un fichier qui n'est pas une sauvegarde, ou d'un autre niveau de schéma", async () => {
    const texte = path.join(dossier, "texte.gz");
    fs.writeFileSync(texte, zlib.gzipSync("bonjour\n"));
    await expect(restaurer(base.db, texte, { forcer: true })).rejects.toBeInstanceOf(ErreurSauvegarde);
    const pasGzip = path.join(dossier, "brut.txt");
    fs.writeFileSync(pasGzip, "pas compressé");
    await expect(restaurer(base.db, pasGzip, { forcer: true })).rejects.toThrow();
    const autreNiveau = path.join(dossier, "niveau.gz");
    fs.writeFileSync(autreNiveau, zlib.gzipSync(`${JSON.stringify({ format: "vivier-sauvegarde", version: 1, schema: "999" })}\n`));
    await expect(restaurer(base.db, autreNiveau, { forcer: true })).rejects.toThrow(/niveau de schéma 999/);
    await expect(restaurer(base.db, path.join(dossier, "absent.gz"), { forcer: true })).rejects.toThrow(/introuvable/);
  });
});
