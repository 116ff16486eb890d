/**
 * Databases for integration tests. `baseDeTest()` gives the test file its own copy of the template
 * (PGlite loaded from the template dump; a PostgreSQL database created from the template): call it
 * once per file, and read from it. A test that writes takes `cloner()`: its own copy of the
 * template, so that tests never see each other's writes.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { inject } from "vitest";
import { type Database, openDatabase, PGLITE_OPTIONS, wrapPglite } from "../../src/db/client";

export type BaseDeTest = Database & {
  /** An independent copy of the template (PGlite: `clone()` of this untouched instance). */
  cloner(): Promise<BaseDeTest>;
};

export async function baseDeTest(): Promise<BaseDeTest> {
  const modele = inject("modele");
  if (modele.kind === "pglite") {
    const pglite = await PGlite.create({ ...PGLITE_OPTIONS, loadDataDir: new Blob([fs.readFileSync(modele.fichier)]) });
    return avecPglite(pglite);
  }
  return copiePostgres(modele.url, modele.nom);
}

function avecPglite(pglite: PGlite): BaseDeTest {
  const database = wrapPglite(pglite, "test");
  return { ...database, cloner: async () => avecPglite((await pglite.clone()) as PGlite) };
}

/** A new database on the server, copied from `source`; `supprimer` drops it. */
export async function copieServeur(urlServeur: string, source: string): Promise<{ url: string; supprimer(): Promise<void> }> {
  const url = new URL(urlServeur);
  const nom = `${url.pathname.slice(1)}_t_${crypto.randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: urlServeur });
  await admin.connect();
  try {
    await admin.query(`create database "${nom}" template "${source}"`);
  } finally {
    await admin.end();
  }
  url.pathname = `/${nom}`;
  return {
    url: url.toString(),
    supprimer: async () => {
      const fin = new pg.Client({ connectionString: urlServeur });
      await fin.connect();
      await fin.query(`drop database if exists "${nom}" with (force)`).finally(() => fin.end());
    },
  };
}

async function copiePostgres(urlServeur: string, source: string): Promise<BaseDeTest> {
  const copie = await copieServeur(urlServeur, source);
  const database = await openDatabase({ databaseUrl: copie.url });
  return {
    ...database,
    close: async () => {
      await database.close();
      await copie.supprimer();
    },
    cloner: () => copiePostgres(urlServeur, source),
  };
}
