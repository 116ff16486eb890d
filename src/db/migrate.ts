/**
 * Applies the generated migrations (`./migrations`) to PGlite or PostgreSQL. On PostgreSQL an
 * advisory lock serialises instances that start together behind a load balancer.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/node-postgres";
import { migrate as migratePostgres } from "drizzle-orm/node-postgres/migrator";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import { sql } from "drizzle-orm";
import { type Database, lignes } from "./client";

export const MIGRATIONS_FOLDER = path.join(path.dirname(fileURLToPath(import.meta.url)), "migrations");

/** Arbitrary constant: the key of the advisory lock taken while migrating. */
const MIGRATION_LOCK_KEY = 4_815_162_342;

/** The tag of the newest migration this code knows (`0001_socle`): the schema level of backups. */
export function latestMigrationTag(): string {
  const migrations = readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER });
  return String(migrations.length);
}

export async function runMigrations(database: Database): Promise<void> {
  if (database.pglite) {
    await migratePglite(drizzlePglite(database.pglite), { migrationsFolder: MIGRATIONS_FOLDER });
    return;
  }
  const client = new pg.Client({ connectionString: database.url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    await migratePostgres(drizzlePostgres(client), { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
}

/** Whether every migration of this code has been applied (false on a new or older database). */
export async function migrationsAJour(database: Database): Promise<boolean> {
  try {
    const [ligne] = await lignes<{ n: number }>(database.db, sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
    return Number(ligne?.n ?? 0) >= Number(latestMigrationTag());
  } catch {
    return false;
  }
}
