/** In-application notifications, and who receives them in an organisation. */
import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Role } from "../../domain/acces";
import type { DbOrTx } from "../client";
import { appartenances, notifications, utilisateurs } from "../schema";

export type LigneNotification = typeof notifications.$inferSelect;

export async function insererNotifications(tx: DbOrTx, lignes: (typeof notifications.$inferInsert)[]) {
  if (lignes.length) await tx.insert(notifications).values(lignes);
}

/** A person's notifications: unread first, then newest first. */
export async function listerNotifications(db: DbOrTx, utilisateurId: string, limite: number, decalage: number, nonLuesSeulement: boolean) {
  const ou = and(eq(notifications.utilisateurId, utilisateurId), nonLuesSeulement ? isNull(notifications.lueLe) : undefined);
  const [total] = await db.select({ n: sql<number>`count(*)::int` }).from(notifications).where(ou);
  const resultats = await db
    .select()
    .from(notifications)
    .where(ou)
    .orderBy(sql`${notifications.lueLe} is null desc`, desc(notifications.creeLe), asc(notifications.id))
    .limit(limite)
    .offset(decalage);
  return { total: total?.n ?? 0, resultats };
}

export async function compterNonLues(db: DbOrTx, utilisateurId: string): Promise<number> {
  const [r] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(eq(notifications.utilisateurId, utilisateurId), isNull(notifications.lueLe)));
  return r?.n ?? 0;
}

/** Marks one of the person's notifications read (kept as first read); undefined when it is not theirs. */
export async function marquerLue(tx: DbOrTx, utilisateurId: string, id: string): Promise<LigneNotification | undefined> {
  const [ligne] = await tx
    .update(notifications)
    .set({ lueLe: sql`coalesce(${notifications.lueLe}, now())` })
    .where(and(eq(notifications.id, id), eq(notifications.utilisateurId, utilisateurId)))
    .returning();
  return ligne;
}

export async function marquerToutesLues(tx: DbOrTx, utilisateurId: string): Promise<number> {
  const lues = await tx
    .update(notifications)
    .set({ lueLe: sql`now()` })
    .where(and(eq(notifications.utilisateurId, utilisateurId), isNull(notifications.lueLe)))
    .returning({ id: notifications.id });
  return lues.length;
}

export type Destinataire = { utilisateurId: string; email: string; prenom: string };

/** The active members of an organisation holding one of these roles. */
export async function membresAvecRoles(db: DbOrTx, organisationId: string, roles: readonly Role[]): Promise<Destinataire[]> {
  if (roles.length === 0) return [];
  return db
    .selectDistinct({ utilisateurId: utilisateurs.id, email: utilisateurs.email, prenom: utilisateurs.prenom })
    .from(appartenances)
    .innerJoin(utilisateurs, eq(utilisateurs.id, appartenances.utilisateurId))
    .where(and(eq(appartenances.organisationId, organisationId), inArray(appartenances.role, [...roles]), isNull(utilisateurs.desactiveLe)))
    .orderBy(asc(utilisateurs.email));
}

/** Active people by id (those deactivated since are left out). */
export async function utilisateursActifs(db: DbOrTx, ids: readonly string[]): Promise<Destinataire[]> {
  if (ids.length === 0) return [];
  return db
    .select({ utilisateurId: utilisateurs.id, email: utilisateurs.email, prenom: utilisateurs.prenom })
    .from(utilisateurs)
    .where(and(inArray(utilisateurs.id, [...ids]), isNull(utilisateurs.desactiveLe)));
}
