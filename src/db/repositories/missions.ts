/**
 * Projects, missions, their sessions and their history: reads and writes, no business rule (the
 * services decide, src/services/missions).
 */
import { and, arrayOverlaps, asc, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { type DbOrTx, lignes } from "../client";
import { missions, missionsHistorique, missionsSessions, organisations, projets, utilisateurs } from "../schema";

export type LigneProjet = typeof projets.$inferSelect;
export type LigneMission = typeof missions.$inferSelect;
export type LigneSession = typeof missionsSessions.$inferSelect;
export type ColonnesProjet = Pick<typeof projets.$inferInsert, "intitule" | "programme" | "bailleur" | "description">;
export type ColonnesMission = Omit<typeof missions.$inferInsert, "id" | "projetId" | "organisationId" | "etat" | "publieeLe" | "creePar" | "creeLe" | "modifieLe">;
export type ColonnesSession = Omit<typeof missionsSessions.$inferInsert, "missionId" | "rang">;

// ————————————————————————————————————————— Projects

export async function creerProjet(tx: DbOrTx, p: ColonnesProjet & { organisationId: string; creePar: string }) {
  const [ligne] = await tx.insert(projets).values(p).returning();
  return ligne!;
}

export async function modifierProjet(tx: DbOrTx, id: string, p: ColonnesProjet) {
  await tx.update(projets).set({ ...p, modifieLe: sql`now()` }).where(eq(projets.id, id));
}

export async function trouverProjet(db: DbOrTx, id: string) {
  const [r] = await db
    .select({ projet: projets, organisationNom: organisations.nom, organisationType: organisations.type })
    .from(projets)
    .innerJoin(organisations, eq(organisations.id, projets.organisationId))
    .where(eq(projets.id, id));
  return r;
}

/** The projects of an organisation, newest first, with how many missions each holds. */
export async function listerProjets(db: DbOrTx, organisationId: string, limite: number, decalage: number) {
  const [total] = await lignes<{ n: number }>(db, sql`select count(*)::int as n from projets where organisation_id = ${organisationId}::uuid`);
  const resultats = await db
    .select({ projet: projets, missions: sql<number>`(select count(*)::int from missions m where m.projet_id = ${projets.id})` })
    .from(projets)
    .where(eq(projets.organisationId, organisationId))
    .orderBy(desc(projets.creeLe), asc(projets.id))
    .limit(limite)
    .offset(decalage);
  return { total: total?.n ?? 0, resultats };
}

// ————————————————————————————————————————— Missions

export async function creerMission(tx: DbOrTx, m: ColonnesMission & { projetId: string; organisationId: string; creePar: string }) {
  const [ligne] = await tx.insert(missions).values(m).returning();
  return ligne!;
}

export async function modifierMission(tx: DbOrTx, id: string, m: Partial<ColonnesMission>) {
  await tx.update(missions).set({ ...m, modifieLe: sql`now()` }).where(eq(missions.id, id));
}

const AVEC_PROJET = {
  mission: missions,
  projetIntitule: projets.intitule,
  projetProgramme: projets.programme,
  projetBailleur: projets.bailleur,
  organisationNom: organisations.nom,
  organisationType: organisations.type,
};

export async function trouverMission(db: DbOrTx, id: string) {
  const [r] = await db
    .select(AVEC_PROJET)
    .from(missions)
    .innerJoin(projets, eq(projets.id, missions.projetId))
    .innerJoin(organisations, eq(organisations.id, missions.organisationId))
    .where(eq(missions.id, id));
  return r;
}
export type MissionAvecProjet = NonNullable<Awaited<ReturnType<typeof trouverMission>>>;

/** Locks the mission's row until the end of the transaction: two transitions never cross. */
export async function verrouillerMission(tx: DbOrTx, id: string): Promise<LigneMission | undefined> {
  const [ligne] = await tx.select().from(missions).where(eq(missions.id, id)).for("update");
  return ligne;
}

export async function changerEtatMission(tx: DbOrTx, id: string, etat: LigneMission["etat"], publiee: boolean) {
  await tx
    .update(missions)
    .set({ etat, modifieLe: sql`now()`, ...(publiee ? { publieeLe: sql`coalesce(${missions.publieeLe}, now())` } : {}) })
    .where(eq(missions.id, id));
}

export type FiltresMissions = {
  /** The reader's organisation: its drafts are listed too. Null: published missions only. */
  brouillonsDe: string | null;
  etats?: readonly string[] | undefined;
  pays?: readonly string[] | undefined;
  domaines?: readonly string[] | undefined;
  sources?: readonly string[] | undefined;
  organisationId?: string | undefined;
  projetId?: string | undefined;
  /** Folded with `vivier_normaliser`, matched in the title. */
  texte?: string | undefined;
  limite: number;
  decalage: number;
};

export async function listerMissions(db: DbOrTx, f: FiltresMissions) {
  const conditions: SQL[] = [
    f.brouillonsDe ? sql`(${missions.etat} <> 'brouillon' or ${missions.organisationId} = ${f.brouillonsDe}::uuid)` : sql`${missions.etat} <> 'brouillon'`,
  ];
  if (f.etats?.length) conditions.push(inArray(missions.etat, f.etats as LigneMission["etat"][]));
  if (f.pays?.length) conditions.push(inArray(missions.pays, f.pays));
  if (f.domaines?.length) conditions.push(arrayOverlaps(missions.domainesCodes, [...f.domaines]));
  if (f.sources?.length) conditions.push(inArray(missions.source, f.sources as LigneMission["source"][]));
  if (f.organisationId) conditions.push(eq(missions.organisationId, f.organisationId));
  if (f.projetId) conditions.push(eq(missions.projetId, f.projetId));
  if (f.texte) conditions.push(sql`${missions.intituleRecherche} like ${`%${f.texte.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`);
  const ou = and(...conditions);
  const [total] = await db.select({ n: sql<number>`count(*)::int` }).from(missions).where(ou);
  const resultats = await db
    .select({ ...AVEC_PROJET, sessions: sql<number>`(select count(*)::int from missions_sessions s where s.mission_id = ${missions.id})` })
    .from(missions)
    .innerJoin(projets, eq(projets.id, missions.projetId))
    .innerJoin(organisations, eq(organisations.id, missions.organisationId))
    .where(ou)
    .orderBy(sql`${missions.publieeLe} desc nulls first`, desc(missions.creeLe), asc(missions.id))
    .limit(f.limite)
    .offset(f.decalage);
  return { total: total?.n ?? 0, resultats };
}

// ————————————————————————————————————————— Sessions

export async function sessionsDeMission(db: DbOrTx, missionId: string): Promise<LigneSession[]> {
  return db.select().from(missionsSessions).where(eq(missionsSessions.missionId, missionId)).orderBy(asc(missionsSessions.rang));
}

/** The sessions of several missions at once, by mission. */
export async function sessionsDesMissions(db: DbOrTx, missionIds: readonly string[]): Promise<Map<string, LigneSession[]>> {
  const parMission = new Map<string, LigneSession[]>();
  if (missionIds.length === 0) return parMission;
  const rangs = await db
    .select()
    .from(missionsSessions)
    .where(inArray(missionsSessions.missionId, [...missionIds]))
    .orderBy(asc(missionsSessions.missionId), asc(missionsSessions.rang));
  for (const r of rangs) parMission.set(r.missionId, [...(parMission.get(r.missionId) ?? []), r]);
  return parMission;
}

/** Rewrites every session of a draft (its form sends them all): numbered again from 1. */
export async function remplacerSessions(tx: DbOrTx, missionId: string, sessions: readonly ColonnesSession[]) {
  await tx.delete(missionsSessions).where(eq(missionsSessions.missionId, missionId));
  if (sessions.length) await tx.insert(missionsSessions).values(sessions.map((s, i) => ({ ...s, missionId, rang: i + 1 })));
}

/** A new session, numbered after the last one (the others keep their rang). */
export async function ajouterSession(tx: DbOrTx, missionId: string, rang: number, s: ColonnesSession) {
  await tx.insert(missionsSessions).values({ ...s, missionId, rang });
}

export async function modifierSession(tx: DbOrTx, missionId: string, rang: number, s: ColonnesSession) {
  await tx
    .update(missionsSessions)
    .set({ debut: s.debut ?? null, fin: s.fin ?? null, jours: s.jours ?? null, libelle: s.libelle ?? null })
    .where(and(eq(missionsSessions.missionId, missionId), eq(missionsSessions.rang, rang)));
}

export async function retirerSession(tx: DbOrTx, missionId: string, rang: number) {
  await tx.delete(missionsSessions).where(and(eq(missionsSessions.missionId, missionId), eq(missionsSessions.rang, rang)));
}

/** The highest rang of the mission's sessions (0 without any). */
export async function dernierRang(tx: DbOrTx, missionId: string): Promise<number> {
  const [r] = await lignes<{ n: number }>(tx, sql`select coalesce(max(rang), 0)::int as n from missions_sessions where mission_id = ${missionId}::uuid`);
  return r?.n ?? 0;
}

// ————————————————————————————————————————— History

export async function ajouterHistoriqueMission(tx: DbOrTx, h: typeof missionsHistorique.$inferInsert) {
  await tx.insert(missionsHistorique).values(h);
}

export async function historiqueMission(db: DbOrTx, missionId: string) {
  return db
    .select({
      evenement: missionsHistorique.evenement,
      de: missionsHistorique.de,
      vers: missionsHistorique.vers,
      motif: missionsHistorique.motif,
      horodatage: missionsHistorique.horodatage,
      acteurPrenom: utilisateurs.prenom,
      acteurNom: utilisateurs.nom,
    })
    .from(missionsHistorique)
    .leftJoin(utilisateurs, eq(utilisateurs.id, missionsHistorique.acteurId))
    .where(eq(missionsHistorique.missionId, missionId))
    .orderBy(asc(missionsHistorique.horodatage), asc(missionsHistorique.id));
}
