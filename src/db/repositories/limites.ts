import { sql } from "drizzle-orm";
import { lignes, type DbOrTx } from "../client";

/**
 * Counts one more request for `cle` in the current fixed window and returns the count so far.
 * One statement (upsert), so that concurrent requests on several instances count exactly.
 */
export async function compterRequete(db: DbOrTx, cle: string, fenetreSecondes: number): Promise<number> {
  const [ligne] = await lignes<{ compte: number }>(
    db,
    sql`insert into limites_debit (cle, fenetre, compte)
        values (${cle}, to_timestamp(floor(extract(epoch from now()) / ${fenetreSecondes}) * ${fenetreSecondes}), 1)
        on conflict (cle, fenetre) do update set compte = limites_debit.compte + 1
        returning compte`,
  );
  return Number(ligne?.compte ?? 0);
}

/** Windows older than a day are of no use any more. */
export async function purgerLimites(db: DbOrTx): Promise<void> {
  await db.execute(sql`delete from limites_debit where fenetre < now() - interval '1 day'`);
}
