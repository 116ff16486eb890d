import { and, asc, count, desc, eq, gt, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { appartenances, journalAudit, organisations, sessions, tentativesConnexion, utilisateurs } from "../schema";

export type Utilisateur = typeof utilisateurs.$inferSelect;
export type Session = typeof sessions.$inferSelect;

export async function trouverUtilisateurParEmail(db: DbOrTx, email: string): Promise<Utilisateur | undefined> {
  const [u] = await db.select().from(utilisateurs).where(eq(utilisateurs.email, email.toLowerCase()));
  return u;
}

export async function trouverUtilisateur(db: DbOrTx, id: string): Promise<Utilisateur | undefined> {
  const [u] = await db.select().from(utilisateurs).where(eq(utilisateurs.id, id));
  return u;
}

/** Creates the user or updates names and password of the one with this e-mail (demo, invitations). */
export async function enregistrerUtilisateur(tx: DbOrTx, u: typeof utilisateurs.$inferInsert): Promise<Utilisateur> {
  const [ligne] = await tx
    .insert(utilisateurs)
    .values({ ...u, email: u.email.toLowerCase() })
    .onConflictDoUpdate({
      target: utilisateurs.email,
      set: { prenom: u.prenom, nom: u.nom, motDePasseHash: u.motDePasseHash, emailVerifie: u.emailVerifie, modifieLe: sql`now()` },
    })
    .returning();
  return ligne!;
}

export async function ajouterAppartenance(tx: DbOrTx, a: typeof appartenances.$inferInsert): Promise<void> {
  await tx.insert(appartenances).values(a).onConflictDoNothing();
}

export type AppartenanceDetaillee = {
  id: string;
  role: (typeof appartenances.$inferSelect)["role"];
  organisationId: string;
  organisationNom: string;
  organisationType: (typeof organisations.$inferSelect)["type"];
};

export async function listerAppartenances(db: DbOrTx, utilisateurId: string): Promise<AppartenanceDetaillee[]> {
  return db
    .select({
      id: appartenances.id,
      role: appartenances.role,
      organisationId: organisations.id,
      organisationNom: organisations.nom,
      organisationType: organisations.type,
    })
    .from(appartenances)
    .innerJoin(organisations, eq(organisations.id, appartenances.organisationId))
    .where(eq(appartenances.utilisateurId, utilisateurId))
    .orderBy(asc(organisations.nom), asc(appartenances.role));
}

export async function creerSession(tx: DbOrTx, s: typeof sessions.$inferInsert): Promise<Session> {
  const [ligne] = await tx.insert(sessions).values(s).returning();
  return ligne!;
}

export async function trouverSession(db: DbOrTx, id: string): Promise<Session | undefined> {
  const [s] = await db.select().from(sessions).where(eq(sessions.id, id));
  return s;
}

export async function toucherSession(db: DbOrTx, id: string): Promise<void> {
  await db.update(sessions).set({ vueLe: sql`now()` }).where(eq(sessions.id, id));
}

export async function changerAppartenanceActive(tx: DbOrTx, sessionId: string, appartenanceId: string): Promise<void> {
  await tx.update(sessions).set({ appartenanceId }).where(eq(sessions.id, sessionId));
}

export async function revoquerSession(tx: DbOrTx, utilisateurId: string, sessionId: string): Promise<boolean> {
  const lignes = await tx
    .update(sessions)
    .set({ revoqueeLe: sql`now()` })
    .where(and(eq(sessions.id, sessionId), eq(sessions.utilisateurId, utilisateurId), isNull(sessions.revoqueeLe)))
    .returning({ id: sessions.id });
  return lignes.length > 0;
}

export async function listerSessionsActives(db: DbOrTx, utilisateurId: string): Promise<Session[]> {
  return db
    .select()
    .from(sessions)
    .where(and(eq(sessions.utilisateurId, utilisateurId), isNull(sessions.revoqueeLe), gt(sessions.expireLe, sql`now()`)))
    .orderBy(desc(sessions.vueLe));
}

export async function noterTentative(tx: DbOrTx, t: typeof tentativesConnexion.$inferInsert): Promise<void> {
  await tx.insert(tentativesConnexion).values(t);
}

/** Failed sign-ins in the last `minutes` for this e-mail, and for this address. */
export async function compterEchecsRecents(db: DbOrTx, email: string, adresseIp: string, minutes: number): Promise<{ parEmail: number; parIp: number }> {
  const depuis = sql`now() - make_interval(mins => ${minutes})`;
  const echecs = (cle: typeof tentativesConnexion.email | typeof tentativesConnexion.adresseIp, valeur: string) =>
    db
      .select({ n: count() })
      .from(tentativesConnexion)
      .where(and(eq(cle, valeur), eq(tentativesConnexion.reussie, false), gt(tentativesConnexion.horodatage, depuis)));
  const [[e], [i]] = await Promise.all([echecs(tentativesConnexion.email, email), echecs(tentativesConnexion.adresseIp, adresseIp)]);
  return { parEmail: Number(e?.n ?? 0), parIp: Number(i?.n ?? 0) };
}

export async function ecrireAudit(tx: DbOrTx, entree: typeof journalAudit.$inferInsert): Promise<void> {
  await tx.insert(journalAudit).values(entree);
}

export type FiltresAudit = { organisationId?: string | undefined; limite: number; decalage: number };

/** Audit entries, newest first, of one organisation or of all; with the actor's name. */
export async function listerAudit(db: DbOrTx, f: FiltresAudit) {
  const where = f.organisationId ? eq(journalAudit.organisationId, f.organisationId) : undefined;
  const [total] = await db.select({ n: count() }).from(journalAudit).where(where);
  const entrees = await db
    .select({
      id: journalAudit.id,
      horodatage: journalAudit.horodatage,
      action: journalAudit.action,
      cibleType: journalAudit.cibleType,
      cibleId: journalAudit.cibleId,
      requestId: journalAudit.requestId,
      resume: journalAudit.resume,
      organisationId: journalAudit.organisationId,
      acteurEmail: utilisateurs.email,
      acteurNom: sql<string | null>`${utilisateurs.prenom} || ' ' || ${utilisateurs.nom}`,
    })
    .from(journalAudit)
    .leftJoin(utilisateurs, eq(utilisateurs.id, journalAudit.acteurId))
    .where(where)
    .orderBy(desc(journalAudit.id))
    .limit(f.limite)
    .offset(f.decalage);
  return { total: Number(total?.n ?? 0), entrees };
}

export async function trouverUtilisateurParProconnect(db: DbOrTx, sub: string): Promise<Utilisateur | undefined> {
  const [u] = await db.select().from(utilisateurs).where(eq(utilisateurs.proconnectSub, sub));
  return u;
}

/**
 * Links the account to a ProConnect identity, once: an account already linked (to this identity or
 * another) is left as it is and `false` comes back. The provider vouched for the address: verified.
 */
export async function lierProconnect(tx: DbOrTx, utilisateurId: string, sub: string): Promise<boolean> {
  const lignes = await tx
    .update(utilisateurs)
    .set({ proconnectSub: sub, emailVerifie: true, modifieLe: sql`now()` })
    .where(and(eq(utilisateurs.id, utilisateurId), isNull(utilisateurs.proconnectSub)))
    .returning({ id: utilisateurs.id });
  return lignes.length > 0;
}

/** Creates an account; undefined when the address already has one (two acceptances at once). */
export async function creerUtilisateur(tx: DbOrTx, u: typeof utilisateurs.$inferInsert): Promise<Utilisateur | undefined> {
  const [ligne] = await tx
    .insert(utilisateurs)
    .values({ ...u, email: u.email.toLowerCase() })
    .onConflictDoNothing({ target: utilisateurs.email })
    .returning();
  return ligne;
}
