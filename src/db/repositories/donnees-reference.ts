import { eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { donneesReference } from "../schema";

export async function versionChargee(db: DbOrTx, jeu: string): Promise<string | undefined> {
  const [ligne] = await db.select().from(donneesReference).where(eq(donneesReference.jeu, jeu));
  return ligne?.version;
}

export async function noterChargement(tx: DbOrTx, jeu: string, version: string, nombre: number): Promise<void> {
  await tx
    .insert(donneesReference)
    .values({ jeu, version, nombre })
    .onConflictDoUpdate({
      target: donneesReference.jeu,
      set: { version, nombre, chargeLe: sql`now()` },
    });
}
