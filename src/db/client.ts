/**
 * The one way the application reaches its database: PGlite (embedded PostgreSQL, data in
 * `DATA_DIR`) by default, or a PostgreSQL server when `DATABASE_URL` is set. Both are driven by
 * Drizzle with the same schema, so services never know which one they talk to.
 */
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import { type SQL, sql } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/node-postgres";
import pg from "pg";
import * as schema from "./schema";

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** A repository function accepts either the database or an open transaction. */
export type DbOrTx = Db | Tx;

export type Database = {
  db: Db;
  kind: "pglite" | "postgres";
  /** Where the data lives, for messages: a folder, or the server address without its password. */
  description: string;
  /** Runs `select 1`; rejects when the database cannot be reached in time. */
  ping(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
  /** The PGlite instance, for backup and test cloning; undefined on PostgreSQL. */
  pglite?: PGlite;
  /** The PostgreSQL connection string; undefined on PGlite. */
  url?: string;
};

export const PGLITE_EXTENSIONS = { unaccent, pg_trgm };

/**
 * PGlite's PostgreSQL keeps its default 128 MB of shared buffers in the process's memory, which
 * WebAssembly never gives back. 32 MB holds Vivier's working set and keeps the server's idle
 * memory well under 400 MB (bench/memoire-repos.ts measures it).
 */
export const PGLITE_OPTIONS = {
  extensions: PGLITE_EXTENSIONS,
  startParams: [...PGlite.defaultStartParams, "-c", "shared_buffers=32MB", "-c", "maintenance_work_mem=32MB"],
};

export type DatabaseOptions = { databaseUrl?: string | undefined; dataDir?: string; pglite?: PGlite };

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl);
  if (options.pglite) return wrapPglite(options.pglite, "mémoire");
  if (!options.dataDir) return wrapPglite(await PGlite.create(PGLITE_OPTIONS), "mémoire");
  fs.mkdirSync(options.dataDir, { recursive: true });
  const liberer = verrouiller(options.dataDir);
  try {
    const database = wrapPglite(await PGlite.create(options.dataDir, PGLITE_OPTIONS), options.dataDir);
    const fermer = database.close;
    return { ...database, close: () => fermer().finally(liberer) };
  } catch (e) {
    liberer();
    throw e;
  }
}

/** Thrown when a second process tries to open the same embedded database. */
export class BaseOccupee extends Error {
  override name = "BaseOccupee";
}

/**
 * PGlite is one process's database: two processes on the same folder would corrupt it. A lock
 * file holding the owner's pid keeps a second `vivier` (a restore while the server runs, say) out.
 */
function verrouiller(dataDir: string): () => void {
  const verrou = path.join(dataDir, "vivier.lock");
  for (let essai = 0; essai < 2; essai++) {
    try {
      fs.writeFileSync(verrou, String(process.pid), { flag: "wx" });
      return () => fs.rmSync(verrou, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const pid = Number(fs.readFileSync(verrou, "utf8"));
      if (pid && pid !== process.pid && processusVivant(pid)) {
        throw new BaseOccupee(
          `La base intégrée ${dataDir} est utilisée par un autre processus Vivier (pid ${pid}) : arrêtez-le d'abord.`,
        );
      }
      fs.rmSync(verrou, { force: true }); // left by a process that died
    }
  }
  throw new BaseOccupee(`Impossible de verrouiller la base intégrée ${dataDir}.`);
}

function processusVivant(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function wrapPglite(pglite: PGlite, description: string): Database {
  const db = drizzlePglite(pglite, { schema }) as unknown as Db;
  return {
    db,
    kind: "pglite",
    description,
    pglite,
    ping: (timeoutMs = 2000) => withTimeout(db.execute(sql`select 1`), timeoutMs).then(() => undefined),
    close: async () => {
      if (!pglite.closed) await pglite.close();
    },
  };
}

function openPostgres(url: string): Database {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: 5000,
    idleTimeoutMillis: 30_000,
  });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on("error", () => undefined);
  const db = drizzlePostgres(pool, { schema }) as unknown as Db;
  let closed = false;
  return {
    db,
    kind: "postgres",
    description: redactUrl(url),
    url,
    ping: (timeoutMs = 2000) => withTimeout(db.execute(sql`select 1`), timeoutMs).then(() => undefined),
    close: async () => {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}

/** `postgres://user:secret@host/db` → `postgres://user:***@host/db`, for logs and messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "postgres://…";
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`pas de réponse de la base en ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Runs raw SQL and returns its rows, on either driver (both answer with `{ rows }`). */
export async function lignes<T>(db: DbOrTx, requete: SQL): Promise<T[]> {
  const resultat = (await db.execute(requete)) as unknown as { rows: T[] };
  return resultat.rows;
}
