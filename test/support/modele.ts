/**
 * The template database the integration tests start from: migrated, reference data loaded. Built
 * once and cached (keyed by the migrations and the loader's versions), then copied for each test
 * file: PGlite from a dump of its data folder, PostgreSQL with CREATE DATABASE … TEMPLATE.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { openDatabase, PGLITE_OPTIONS } from "../../src/db/client";
import { MIGRATIONS_FOLDER, runMigrations } from "../../src/db/migrate";
import { genererDemo } from "../../src/services/demo/generer-demo";
import { chargerReferentiels, versionsAttendues } from "../../src/services/referentiels/charger-referentiels";

export type Modele = { kind: "pglite"; fichier: string } | { kind: "postgres"; url: string; nom: string };

const CACHE = path.resolve("node_modules/.cache/vivier-tests");

/** What the template depends on: every migration file, the reference data versions, the demo. */
function cleModele(): string {
  const hash = crypto.createHash("sha256");
  for (const f of fs.readdirSync(MIGRATIONS_FOLDER, { recursive: true }).map(String).sort()) {
    const p = path.join(MIGRATIONS_FOLDER, f);
    if (fs.statSync(p).isFile()) hash.update(f).update(fs.readFileSync(p));
  }
  hash.update(JSON.stringify(versionsAttendues()));
  for (const f of ["src/domain/organisations/demo.ts", "src/domain/experts/demo.ts", "src/domain/missions/demo.ts", "src/services/demo/generer-demo.ts", "src/services/demo/missions-demo.ts", "src/domain/procedures/demo.ts", "src/services/demo/procedures-demo.ts"]) {
    hash.update(fs.readFileSync(f));
  }
  return hash.digest("hex").slice(0, 16);
}

async function remplir(database: Awaited<ReturnType<typeof openDatabase>>) {
  await runMigrations(database);
  await chargerReferentiels(database.db);
  await genererDemo(database.db);
}

export async function preparerModele(databaseUrl: string | undefined): Promise<Modele> {
  const cle = cleModele();
  if (!databaseUrl) {
    const fichier = path.join(CACHE, `modele-${cle}.tar.gz`);
    if (!fs.existsSync(fichier)) {
      fs.mkdirSync(CACHE, { recursive: true });
      const pglite = await PGlite.create(PGLITE_OPTIONS);
      const database = await openDatabase({ pglite });
      await remplir(database);
      const dump = await pglite.dumpDataDir("gzip");
      const temporaire = `${fichier}.${process.pid}`;
      fs.writeFileSync(temporaire, Buffer.from(await dump.arrayBuffer()));
      fs.renameSync(temporaire, fichier);
      await pglite.close();
    }
    return { kind: "pglite", fichier };
  }
  const url = new URL(databaseUrl);
  const nom = `${url.pathname.slice(1)}_modele_${cle}`;
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  try {
    const { rowCount } = await admin.query("select 1 from pg_database where datname = $1", [nom]);
    if (!rowCount) {
      const enCours = `${nom}_${process.pid}`;
      await admin.query(`drop database if exists "${enCours}"`);
      await admin.query(`create database "${enCours}"`);
      const urlModele = new URL(databaseUrl);
      urlModele.pathname = `/${enCours}`;
      const database = await openDatabase({ databaseUrl: urlModele.toString() });
      try {
        await remplir(database);
      } finally {
        await database.close();
      }
      await admin.query(`alter database "${enCours}" rename to "${nom}"`);
    }
  } finally {
    await admin.end();
  }
  return { kind: "postgres", url: databaseUrl, nom };
}
