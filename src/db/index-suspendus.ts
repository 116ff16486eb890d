import { sql } from "drizzle-orm";
import { type DbOrTx, lignes } from "./client";

/**
 * Runs a bulk load with a table's GIN indexes dropped, then rebuilds them from their own
 * definitions (read from the catalogue, so that the migrations stay the one source of truth).
 * Building a trigram index once is several times faster than maintaining it row by row.
 * Call inside a transaction: if the load fails, the drop is rolled back too.
 */
export async function avecIndexGinSuspendus<T>(tx: DbOrTx, table: string, charger: () => Promise<T>): Promise<T> {
  const index = await lignes<{ nom: string; definition: string }>(tx, sql`
    select indexname as nom, indexdef as definition from pg_indexes
    where schemaname = 'public' and tablename = ${table} and indexdef like '% USING gin %'`);
  for (const i of index) await tx.execute(sql.raw(`drop index "${i.nom}"`));
  const resultat = await charger();
  for (const i of index) await tx.execute(sql.raw(i.definition));
  return resultat;
}
