/**
 * A database for tests that run `bin/vivier` in a child process: a copy of the test template,
 * on disk (PGlite) or on the server (PostgreSQL), after an optional SQL preparation. `env` points
 * the command at it.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { inject } from "vitest";
import { PGLITE_OPTIONS } from "../../src/db/client";
import { copieServeur } from "./base-de-test";

export type BaseDeCli = {
  env: NodeJS.ProcessEnv;
  supprimer(): Promise<void>;
};

/** `preparer` runs its queries before any command: PGlite admits one process at a time. */
export async function baseDeCli(preparer: (requete: (sql: string) => Promise<Record<string, unknown>[]>) => Promise<void> = async () => {}): Promise<BaseDeCli> {
  const modele = inject("modele");
  const dossier = fs.mkdtempSync(path.join(os.tmpdir(), "vivier-cli-"));
  if (modele.kind === "pglite") {
    const dataDir = path.join(dossier, "donnees");
    const pglite = await PGlite.create(dataDir, { ...PGLITE_OPTIONS, loadDataDir: new Blob([fs.readFileSync(modele.fichier)]) });
    await preparer(async (sql) => (await pglite.query<Record<string, unknown>>(sql)).rows);
    await pglite.close();
    return { env: { DATA_DIR: dataDir }, supprimer: async () => fs.rmSync(dossier, { recursive: true, force: true }) };
  }
  const copie = await copieServeur(modele.url, modele.nom);
  const client = new pg.Client({ connectionString: copie.url });
  await client.connect();
  await preparer(async (sql) => (await client.query<Record<string, unknown>>(sql)).rows).finally(() => client.end());
  return {
    env: { DATABASE_URL: copie.url },
    supprimer: async () => {
      await copie.supprimer();
      fs.rmSync(dossier, { recursive: true, force: true });
    },
  };
}
