/**
 * A fresh, empty database for a benchmark: an in-memory PGlite, or a new PostgreSQL database
 * (created, then dropped at the end unless `garder`), migrations applied.
 */
import pg from "pg";
import { type Database, openDatabase } from "../../src/db/client";
import { runMigrations } from "../../src/db/migrate";

export async function ouvrirBaseDeBanc(
  moteur: "pglite" | "postgres",
  nom: string,
  urlServeur: string,
  options: { garder?: boolean; reprendre?: boolean } = {},
): Promise<{ database: Database; nettoyer(): Promise<void> }> {
  const garder = options.garder || options.reprendre;
  if (moteur === "pglite") {
    const database = await openDatabase({});
    await runMigrations(database);
    return { database, nettoyer: () => database.close() };
  }
  const executer = async (requete: string) => {
    const admin = new pg.Client({ connectionString: urlServeur });
    await admin.connect();
    await admin.query(requete).finally(() => admin.end());
  };
  if (!options.reprendre) {
    await executer(`drop database if exists ${nom} with (force)`);
    await executer(`create database ${nom}`);
  }
  const url = new URL(urlServeur);
  url.pathname = `/${nom}`;
  const database = await openDatabase({ databaseUrl: url.toString() });
  await runMigrations(database);
  return {
    database,
    nettoyer: async () => {
      await database.close();
      if (!garder) await executer(`drop database if exists ${nom} with (force)`);
    },
  };
}
