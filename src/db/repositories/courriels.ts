import { and, asc, eq, isNull, lt, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { courriels } from "../schema";

export type Courriel = typeof courriels.$inferSelect;

export async function ajouterCourriel(tx: DbOrTx, c: { destinataire: string; sujet: string; texte: string }): Promise<Courriel> {
  const [ligne] = await tx.insert(courriels).values(c).returning();
  return ligne!;
}

/** Messages not yet delivered, oldest first; those that failed too often are left for a person. */
export async function courrielsAEnvoyer(db: DbOrTx, limite: number, maxTentatives: number): Promise<Courriel[]> {
  return db
    .select()
    .from(courriels)
    .where(and(isNull(courriels.envoyeLe), lt(courriels.tentatives, maxTentatives)))
    .orderBy(asc(courriels.creeLe))
    .limit(limite);
}

/** Delivered: the body is erased, since links in it (invitations) are secrets. */
export async function marquerEnvoye(db: DbOrTx, id: string): Promise<void> {
  await db.update(courriels).set({ envoyeLe: sql`now()`, texte: null, derniereErreur: null }).where(eq(courriels.id, id));
}

export async function noterEchecEnvoi(db: DbOrTx, id: string, erreur: string): Promise<void> {
  await db
    .update(courriels)
    .set({ tentatives: sql`${courriels.tentatives} + 1`, derniereErreur: erreur.slice(0, 500) })
    .where(eq(courriels.id, id));
}

/** The development outbox, newest first. */
export async function listerBoiteDEnvoi(db: DbOrTx, limite: number, destinataire?: string): Promise<Courriel[]> {
  return db
    .select()
    .from(courriels)
    .where(destinataire ? eq(courriels.destinataire, destinataire.toLowerCase()) : undefined)
    .orderBy(sql`${courriels.creeLe} desc`)
    .limit(limite);
}
