/**
 * Candidacies to missions, their history, and the staffings they become: reads and writes, no
 * business rule (src/services/missions/candidatures.ts decides).
 */
import { and, asc, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { type DbOrTx, lignes } from "../client";
import { candidatures, candidaturesHistorique, missions, organisations, profilsExperts, projets, utilisateurs } from "../schema";

export type LigneCandidature = typeof candidatures.$inferSelect;

/** What a candidacy is shown and checked with: the profile (and its employer) and the mission (and its project). */
const DETAIL = {
  candidature: candidatures,
  profil: {
    id: profilsExperts.id,
    prenom: profilsExperts.prenom,
    nom: profilsExperts.nom,
    courriel: profilsExperts.courriel,
    position: profilsExperts.position,
    metier: profilsExperts.metier,
    dateNaissance: profilsExperts.dateNaissance,
    organisationId: profilsExperts.organisationId,
    utilisateurId: profilsExperts.utilisateurId,
    visibilite: profilsExperts.visibilite,
    codeDepartement: profilsExperts.codeDepartement,
  },
  employeurNom: organisations.nom,
  mission: {
    id: missions.id,
    intitule: missions.intitule,
    etat: missions.etat,
    organisationId: missions.organisationId,
    projetId: missions.projetId,
    cadre: missions.cadre,
    hoteType: missions.hoteType,
    pays: missions.pays,
    creePar: missions.creePar,
  },
  projetIntitule: projets.intitule,
};

function detail(db: DbOrTx) {
  return db
    .select(DETAIL)
    .from(candidatures)
    .innerJoin(profilsExperts, eq(profilsExperts.id, candidatures.profilId))
    .innerJoin(organisations, eq(organisations.id, profilsExperts.organisationId))
    .innerJoin(missions, eq(missions.id, candidatures.missionId))
    .innerJoin(projets, eq(projets.id, missions.projetId));
}
export type CandidatureDetaillee = NonNullable<Awaited<ReturnType<typeof trouverCandidature>>>;

export async function trouverCandidature(db: DbOrTx, id: string) {
  const [r] = await detail(db).where(eq(candidatures.id, id));
  return r;
}

export async function trouverCandidatureDe(db: DbOrTx, missionId: string, profilId: string) {
  const [r] = await db
    .select()
    .from(candidatures)
    .where(and(eq(candidatures.missionId, missionId), eq(candidatures.profilId, profilId)));
  return r;
}

/** Locks the candidacy's row until the end of the transaction. */
export async function verrouillerCandidature(tx: DbOrTx, id: string): Promise<LigneCandidature | undefined> {
  const [ligne] = await tx.select().from(candidatures).where(eq(candidatures.id, id)).for("update");
  return ligne;
}

export async function creerCandidature(tx: DbOrTx, c: typeof candidatures.$inferInsert) {
  const [ligne] = await tx.insert(candidatures).values(c).returning();
  return ligne!;
}

export async function changerEtatCandidature(tx: DbOrTx, id: string, c: Pick<LigneCandidature, "etat" | "accordEmployeur"> & { motif?: string | undefined }) {
  await tx
    .update(candidatures)
    .set({ etat: c.etat, accordEmployeur: c.accordEmployeur, ...(c.motif ? { motif: c.motif } : {}), modifieLe: sql`now()` })
    .where(eq(candidatures.id, id));
}

export async function ajouterHistoriqueCandidature(tx: DbOrTx, lignes: (typeof candidaturesHistorique.$inferInsert)[]) {
  if (lignes.length) await tx.insert(candidaturesHistorique).values(lignes);
}

export async function historiqueCandidature(db: DbOrTx, candidatureId: string) {
  return db
    .select({
      evenement: candidaturesHistorique.evenement,
      de: candidaturesHistorique.de,
      vers: candidaturesHistorique.vers,
      accordDe: candidaturesHistorique.accordDe,
      accordVers: candidaturesHistorique.accordVers,
      motif: candidaturesHistorique.motif,
      horodatage: candidaturesHistorique.horodatage,
      acteurPrenom: utilisateurs.prenom,
      acteurNom: utilisateurs.nom,
    })
    .from(candidaturesHistorique)
    .leftJoin(utilisateurs, eq(utilisateurs.id, candidaturesHistorique.acteurId))
    .where(eq(candidaturesHistorique.candidatureId, candidatureId))
    .orderBy(asc(candidaturesHistorique.horodatage), asc(candidaturesHistorique.id));
}

/** How many candidacies a mission received, and how many are staffings (the state table's guards). */
export async function compterCandidatures(db: DbOrTx, missionId: string): Promise<{ total: number; affectees: number }> {
  const [r] = await db
    .select({ total: sql<number>`count(*)::int`, affectees: sql<number>`(count(*) filter (where ${candidatures.etat} = 'affectee'))::int` })
    .from(candidatures)
    .where(eq(candidatures.missionId, missionId));
  return { total: r?.total ?? 0, affectees: r?.affectees ?? 0 };
}

export type FiltreCandidatures = {
  missionId?: string;
  employeurId?: string;
  utilisateurId?: string;
  profilId?: string;
  etats?: readonly string[];
  accords?: readonly LigneCandidature["accordEmployeur"][];
};

/** Candidacies, newest first: of a mission, of an employer's agents, of a person. */
export async function listerCandidatures(db: DbOrTx, f: FiltreCandidatures) {
  const conditions: SQL[] = [];
  if (f.missionId) conditions.push(eq(candidatures.missionId, f.missionId));
  if (f.employeurId) conditions.push(eq(profilsExperts.organisationId, f.employeurId));
  if (f.utilisateurId) conditions.push(eq(profilsExperts.utilisateurId, f.utilisateurId));
  if (f.profilId) conditions.push(eq(candidatures.profilId, f.profilId));
  if (f.etats?.length) conditions.push(inArray(candidatures.etat, [...f.etats] as LigneCandidature["etat"][]));
  if (f.accords?.length) conditions.push(inArray(candidatures.accordEmployeur, [...f.accords]));
  return detail(db)
    .where(and(...conditions))
    .orderBy(desc(candidatures.creeLe), asc(candidatures.id));
}

/**
 * The sessions of the missions each of these profiles is staffed on (`affectee`) that fall in a
 * period, dated ones cut to it; sessions given as a number of days are kept whole.
 */
export async function sessionsAffecteesDesProfils(db: DbOrTx, profilIds: readonly string[], du: string, au: string) {
  if (profilIds.length === 0) return [];
  return lignes<{ profil_id: string; debut: string | null; fin: string | null; jours: number | null }>(
    db,
    sql`select c.profil_id::text, greatest(s.debut, ${du}::date)::text as debut, least(s.fin, ${au}::date)::text as fin, s.jours::float8 as jours
        from candidatures c join missions_sessions s on s.mission_id = c.mission_id
        where c.etat = 'affectee' and c.profil_id in (${sql.join(profilIds.map((i) => sql`${i}::uuid`), sql`, `)})
          and (s.jours is not null or (s.fin >= ${du}::date and s.debut <= ${au}::date))`,
  );
}
