import { and, desc, eq, gt, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { invitations, organisations, utilisateurs } from "../schema";

export type Invitation = typeof invitations.$inferSelect;

export async function creerInvitation(tx: DbOrTx, i: typeof invitations.$inferInsert): Promise<Invitation> {
  const [ligne] = await tx.insert(invitations).values(i).returning();
  return ligne!;
}

/** Cancels the pending invitations of this address to this role (a new one replaces them). */
export async function annulerInvitationsEnAttente(tx: DbOrTx, organisationId: string, email: string, role: Invitation["role"]): Promise<void> {
  await tx
    .update(invitations)
    .set({ annuleeLe: sql`now()` })
    .where(
      and(
        eq(invitations.organisationId, organisationId),
        eq(invitations.email, email),
        eq(invitations.role, role),
        isNull(invitations.accepteeLe),
        isNull(invitations.annuleeLe),
      ),
    );
}

export async function trouverInvitation(db: DbOrTx, id: string): Promise<Invitation | undefined> {
  const [i] = await db.select().from(invitations).where(eq(invitations.id, id));
  return i;
}

/** The invitation of a link, with its organisation, if it can still be accepted. */
export async function trouverInvitationValide(db: DbOrTx, empreinte: string) {
  const [i] = await db
    .select({ invitation: invitations, organisationNom: organisations.nom, organisationType: organisations.type })
    .from(invitations)
    .innerJoin(organisations, eq(organisations.id, invitations.organisationId))
    .where(
      and(
        eq(invitations.empreinte, empreinte),
        isNull(invitations.accepteeLe),
        isNull(invitations.annuleeLe),
        gt(invitations.expireLe, sql`now()`),
        isNull(organisations.fermeeLe),
      ),
    );
  return i;
}

/** Marks it accepted unless someone else did in the meantime; false then. */
export async function marquerAcceptee(tx: DbOrTx, id: string, utilisateurId: string): Promise<boolean> {
  const lignes = await tx
    .update(invitations)
    .set({ accepteeLe: sql`now()`, accepteePar: utilisateurId })
    .where(and(eq(invitations.id, id), isNull(invitations.accepteeLe), isNull(invitations.annuleeLe)))
    .returning({ id: invitations.id });
  return lignes.length > 0;
}

export async function annulerInvitation(tx: DbOrTx, organisationId: string, id: string): Promise<Invitation | undefined> {
  const [i] = await tx
    .update(invitations)
    .set({ annuleeLe: sql`now()` })
    .where(and(eq(invitations.id, id), eq(invitations.organisationId, organisationId), isNull(invitations.accepteeLe), isNull(invitations.annuleeLe)))
    .returning();
  return i;
}

/** An organisation's invitations, newest first, with who sent them. */
export async function listerInvitations(db: DbOrTx, organisationId: string, limite = 200) {
  return db
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      creeLe: invitations.creeLe,
      expireLe: invitations.expireLe,
      accepteeLe: invitations.accepteeLe,
      annuleeLe: invitations.annuleeLe,
      inviteParNom: sql<string | null>`${utilisateurs.prenom} || ' ' || ${utilisateurs.nom}`,
    })
    .from(invitations)
    .leftJoin(utilisateurs, eq(utilisateurs.id, invitations.invitePar))
    .where(eq(invitations.organisationId, organisationId))
    .orderBy(desc(invitations.creeLe))
    .limit(limite);
}
