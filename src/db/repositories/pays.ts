import { asc, eq, sql } from "drizzle-orm";
import type { Pays } from "../../domain/referentiels";
import type { DbOrTx } from "../client";
import { pays } from "../schema";

export async function synchroniserPays(tx: DbOrTx, liste: Pays[]): Promise<void> {
  await tx
    .insert(pays)
    .values(liste)
    .onConflictDoUpdate({
      target: pays.code,
      set: {
        codeAlpha3: sql`excluded.code_alpha3`,
        codeNumerique: sql`excluded.code_numerique`,
        nom: sql`excluded.nom`,
        nomAnglais: sql`excluded.nom_anglais`,
      },
    });
}

export async function listerPays(db: DbOrTx, q?: string): Promise<(typeof pays.$inferSelect)[]> {
  const base = db.select().from(pays);
  const filtre = q?.trim()
    ? base.where(sql`${pays.nomRecherche} like '%' || vivier_normaliser(${q}) || '%' or ${pays.code} = upper(${q})`)
    : base;
  return filtre.orderBy(asc(pays.nomRecherche));
}

export async function trouverPays(db: DbOrTx, code: string) {
  const [ligne] = await db.select().from(pays).where(eq(pays.code, code.toUpperCase()));
  return ligne;
}
