import { and, desc, eq, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { appartenances, jetonsApi, organisations } from "../schema";

export type JetonApi = typeof jetonsApi.$inferSelect;

export async function creerJeton(tx: DbOrTx, j: typeof jetonsApi.$inferInsert): Promise<JetonApi> {
  const [ligne] = await tx.insert(jetonsApi).values(j).returning();
  return ligne!;
}

export async function trouverJetonParEmpreinte(db: DbOrTx, empreinte: string): Promise<JetonApi | undefined> {
  const [j] = await db.select().from(jetonsApi).where(eq(jetonsApi.empreinte, empreinte));
  return j;
}

/** A person's tokens not revoked (expired ones included, so that they see why a system stopped). */
export async function listerJetons(db: DbOrTx, utilisateurId: string) {
  return db
    .select({
      id: jetonsApi.id,
      nom: jetonsApi.nom,
      prefixe: jetonsApi.prefixe,
      creeLe: jetonsApi.creeLe,
      expireLe: jetonsApi.expireLe,
      utiliseLe: jetonsApi.utiliseLe,
      appartenanceId: jetonsApi.appartenanceId,
      role: appartenances.role,
      organisationNom: organisations.nom,
    })
    .from(jetonsApi)
    .innerJoin(appartenances, eq(appartenances.id, jetonsApi.appartenanceId))
    .innerJoin(organisations, eq(organisations.id, appartenances.organisationId))
    .where(and(eq(jetonsApi.utilisateurId, utilisateurId), isNull(jetonsApi.revoqueLe)))
    .orderBy(desc(jetonsApi.creeLe));
}

export async function revoquerJeton(tx: DbOrTx, utilisateurId: string, id: string): Promise<JetonApi | undefined> {
  const [j] = await tx
    .update(jetonsApi)
    .set({ revoqueLe: sql`now()` })
    .where(and(eq(jetonsApi.id, id), eq(jetonsApi.utilisateurId, utilisateurId), isNull(jetonsApi.revoqueLe)))
    .returning();
  return j;
}

export async function noterUsageJeton(db: DbOrTx, id: string): Promise<void> {
  await db.update(jetonsApi).set({ utiliseLe: sql`now()` }).where(eq(jetonsApi.id, id));
}
