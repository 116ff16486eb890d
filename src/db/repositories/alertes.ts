/** Alerts: the missions still to announce, people's preferences, daily digests, saved searches. */
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Role } from "../../domain/acces";
import type { PreferenceAlerte } from "../../domain/missions";
import type { DbOrTx } from "../client";
import { appartenances, missions, notifications, profilsExperts, recherchesEnregistrees, recherchesEnregistreesVues, utilisateurs } from "../schema";

/** Published missions whose experts were not told yet, oldest first. */
export async function missionsAAnnoncer(db: DbOrTx, limite: number): Promise<string[]> {
  const rangs = await db
    .select({ id: missions.id })
    .from(missions)
    .where(and(inArray(missions.etat, ["publiee", "en_selection"]), isNull(missions.alertesEnvoyeesLe)))
    .orderBy(asc(missions.publieeLe), asc(missions.id))
    .limit(limite);
  return rangs.map((r) => r.id);
}

/** Marks the mission announced; false when another run did it first (the row is taken once). */
export async function marquerAnnoncee(tx: DbOrTx, missionId: string): Promise<boolean> {
  const faits = await tx
    .update(missions)
    .set({ alertesEnvoyeesLe: sql`now()` })
    .where(and(eq(missions.id, missionId), isNull(missions.alertesEnvoyeesLe)))
    .returning({ id: missions.id });
  return faits.length === 1;
}

export type DestinataireAlerte = { utilisateurId: string; email: string; prenom: string; preference: PreferenceAlerte };

/** Active accounts with their alert preference. */
export async function destinatairesAlertes(db: DbOrTx, ids: readonly string[]): Promise<DestinataireAlerte[]> {
  if (ids.length === 0) return [];
  return db
    .select({ utilisateurId: utilisateurs.id, email: utilisateurs.email, prenom: utilisateurs.prenom, preference: utilisateurs.preferenceAlertes })
    .from(utilisateurs)
    .where(and(inArray(utilisateurs.id, [...ids]), isNull(utilisateurs.desactiveLe)));
}

export async function preferenceAlertes(db: DbOrTx, utilisateurId: string): Promise<PreferenceAlerte | undefined> {
  const [r] = await db.select({ p: utilisateurs.preferenceAlertes }).from(utilisateurs).where(eq(utilisateurs.id, utilisateurId));
  return r?.p;
}

export async function changerPreferenceAlertes(tx: DbOrTx, utilisateurId: string, preference: PreferenceAlerte) {
  await tx.update(utilisateurs).set({ preferenceAlertes: preference, modifieLe: sql`now()` }).where(eq(utilisateurs.id, utilisateurId));
}

/** The alerts waiting for their digest, by person (active accounts only), oldest first. */
export async function alertesAResumer(db: DbOrTx) {
  return db
    .select({ id: notifications.id, utilisateurId: notifications.utilisateurId, titre: notifications.titre, lien: notifications.lien, email: utilisateurs.email, prenom: utilisateurs.prenom })
    .from(notifications)
    .innerJoin(utilisateurs, eq(utilisateurs.id, notifications.utilisateurId))
    .where(and(eq(notifications.resumeAttendu, true), isNull(utilisateurs.desactiveLe)))
    .orderBy(asc(notifications.utilisateurId), asc(notifications.creeLe), asc(notifications.id));
}

export async function marquerResumees(tx: DbOrTx, ids: readonly string[]) {
  if (ids.length) await tx.update(notifications).set({ resumeAttendu: false }).where(inArray(notifications.id, [...ids]));
}

export type LigneRechercheEnregistree = typeof recherchesEnregistrees.$inferSelect;

export async function creerRechercheEnregistree(tx: DbOrTx, r: { utilisateurId: string; organisationId: string; role: Role; nom: string; criteres: Record<string, unknown> }) {
  const [ligne] = await tx.insert(recherchesEnregistrees).values(r).returning();
  return ligne!;
}

export async function recherchesDe(db: DbOrTx, utilisateurId: string) {
  return db.select().from(recherchesEnregistrees).where(eq(recherchesEnregistrees.utilisateurId, utilisateurId)).orderBy(asc(recherchesEnregistrees.creeLe), asc(recherchesEnregistrees.id));
}

/** Deletes one of the person's saved searches; false when it is not theirs. */
export async function supprimerRechercheEnregistree(tx: DbOrTx, utilisateurId: string, id: string): Promise<boolean> {
  const faits = await tx
    .delete(recherchesEnregistrees)
    .where(and(eq(recherchesEnregistrees.id, id), eq(recherchesEnregistrees.utilisateurId, utilisateurId)))
    .returning({ id: recherchesEnregistrees.id });
  return faits.length === 1;
}

/**
 * The saved searches to run: only those whose author still holds, in an active account, the role
 * in the organisation they saved it with — a person who left an operator stops being alerted.
 */
export async function recherchesAExecuter(db: DbOrTx) {
  return db
    .select({ recherche: recherchesEnregistrees, email: utilisateurs.email, prenom: utilisateurs.prenom, preference: utilisateurs.preferenceAlertes })
    .from(recherchesEnregistrees)
    .innerJoin(utilisateurs, eq(utilisateurs.id, recherchesEnregistrees.utilisateurId))
    .innerJoin(
      appartenances,
      and(
        eq(appartenances.utilisateurId, recherchesEnregistrees.utilisateurId),
        eq(appartenances.organisationId, recherchesEnregistrees.organisationId),
        eq(appartenances.role, recherchesEnregistrees.role),
      ),
    )
    .where(isNull(utilisateurs.desactiveLe))
    .orderBy(asc(recherchesEnregistrees.creeLe), asc(recherchesEnregistrees.id));
}

export async function profilsDejaVus(db: DbOrTx, rechercheId: string): Promise<Set<string>> {
  const rangs = await db.select({ id: recherchesEnregistreesVues.profilId }).from(recherchesEnregistreesVues).where(eq(recherchesEnregistreesVues.rechercheId, rechercheId));
  return new Set(rangs.map((r) => r.id));
}

export async function ajouterProfilsVus(tx: DbOrTx, rechercheId: string, profilIds: readonly string[]) {
  if (profilIds.length) {
    await tx
      .insert(recherchesEnregistreesVues)
      .values(profilIds.map((profilId) => ({ rechercheId, profilId })))
      .onConflictDoNothing();
  }
  await tx.update(recherchesEnregistrees).set({ derniereAlerteLe: sql`now()` }).where(eq(recherchesEnregistrees.id, rechercheId));
}

/** The accounts that claimed these profiles (active ones), by profile id. */
export async function titulairesDesProfils(db: DbOrTx, profilIds: readonly string[]): Promise<Map<string, string>> {
  if (profilIds.length === 0) return new Map();
  const rangs = await db
    .select({ profilId: profilsExperts.id, utilisateurId: utilisateurs.id })
    .from(profilsExperts)
    .innerJoin(utilisateurs, eq(utilisateurs.id, profilsExperts.utilisateurId))
    .where(and(inArray(profilsExperts.id, [...profilIds]), isNull(utilisateurs.desactiveLe)));
  return new Map(rangs.map((r) => [r.profilId, r.utilisateurId]));
}

export async function insererAlertes(tx: DbOrTx, lignes: (typeof notifications.$inferInsert)[]) {
  if (lignes.length) await tx.insert(notifications).values(lignes);
}
