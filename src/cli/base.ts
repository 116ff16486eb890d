/** Opening the configured database and bringing it up to date: shared by the CLI commands. */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { Config } from "../config";
import { type Database, openDatabase } from "../db/client";
import { migrationsAJour, runMigrations } from "../db/migrate";
import { demoDejaGeneree, genererDemo } from "../services/demo/generer-demo";
import { chargerReferentiels, referentielsAJour } from "../services/referentiels/charger-referentiels";
import { RACINE } from "./construire-web";

type Journal = { info(obj: object, msg: string): void };

export async function ouvrirBase(config: Config): Promise<Database> {
  return openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
}

/**
 * Migrations, reference data (skipped when already loaded), and demo data on the first start of a
 * database in demo mode.
 */
export async function preparerBase(database: Database, config: Config, journal?: Journal): Promise<void> {
  await runMigrations(database);
  await chargerReferentiels(database.db, journal);
  if (config.demo && !(await demoDejaGeneree(database.db))) {
    const bilan = await genererDemo(database.db);
    journal?.info(bilan, "données de démonstration créées");
  }
}

/**
 * Opens the database for the server, brought up to date. On PGlite, a first load of the reference
 * data (36,000 collectivités) runs in a child process (`vivier migrate`): the memory PostgreSQL
 * takes for it inside WebAssembly is never given back, and the server should not carry it.
 */
export async function ouvrirBasePrete(config: Config, journal?: Journal): Promise<Database> {
  const nouvelle = !config.databaseUrl && !fs.existsSync(path.join(config.dataDir, "PG_VERSION"));
  let database = nouvelle ? undefined : await ouvrirBase(config);
  const aJour = async (d: Database) => (await migrationsAJour(d)) && (await referentielsAJour(d.db));
  if (!database || (database.kind === "pglite" && !(await aJour(database)))) {
    await database?.close();
    journal?.info({}, "préparation de la base intégrée (migrations, données de référence)");
    await executerEnfant(["migrate"]);
    database = await ouvrirBase(config);
  }
  try {
    await preparerBase(database, config, journal);
  } catch (e) {
    await database.close();
    throw e;
  }
  return database;
}

function executerEnfant(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const enfant = spawn(process.execPath, [path.join(RACINE, "bin", "vivier"), ...args], {
      cwd: process.cwd(),
      stdio: ["ignore", "ignore", "inherit"],
      env: process.env,
    });
    enfant.on("error", reject);
    enfant.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`vivier ${args.join(" ")} a échoué (code ${code})`))));
  });
}
