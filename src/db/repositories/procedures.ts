/**
 * Statutory procedures as cases (`procedures`), their history, documents and reminders: reads and
 * writes, no business rule (src/services/procedures decides, src/domain/procedures rules).
 */
import { and, asc, desc, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../client";
import { fichiers, organisations, procedures, proceduresDocuments, proceduresHistorique, proceduresRappels, profilsExperts, utilisateurs } from "../schema";

export type LigneProcedure = typeof procedures.$inferSelect;
export type NouvelleProcedure = typeof procedures.$inferInsert;

const accueil = alias(organisations, "accueil");
const operateur = alias(organisations, "operateur");

/** A case with the names of its parties and of its agent. */
const DETAIL = {
  procedure: procedures,
  organisationNom: organisations.nom,
  accueilNom: accueil.nom,
  operateurNom: operateur.nom,
  agentPrenom: profilsExperts.prenom,
  agentNom: profilsExperts.nom,
};

function detail(db: DbOrTx) {
  return db
    .select(DETAIL)
    .from(procedures)
    .innerJoin(organisations, eq(organisations.id, procedures.organisationId))
    .leftJoin(accueil, eq(accueil.id, procedures.accueilId))
    .leftJoin(operateur, eq(operateur.id, procedures.operateurId))
    .leftJoin(profilsExperts, eq(profilsExperts.id, procedures.profilId));
}
export type ProcedureDetaillee = NonNullable<Awaited<ReturnType<typeof trouverProcedure>>>;

export async function creerProcedure(tx: DbOrTx, p: NouvelleProcedure): Promise<LigneProcedure> {
  const [ligne] = await tx.insert(procedures).values(p).returning();
  return ligne!;
}

export async function trouverProcedure(db: DbOrTx, id: string) {
  const [p] = await detail(db).where(eq(procedures.id, id));
  return p;
}

export async function verrouillerProcedure(tx: DbOrTx, id: string): Promise<LigneProcedure | undefined> {
  const [p] = await tx.select().from(procedures).where(eq(procedures.id, id)).for("update");
  return p;
}

export async function modifierProcedure(tx: DbOrTx, id: string, p: Partial<Pick<LigneProcedure, "etat" | "donnees" | "suivi" | "intitule">>) {
  await tx.update(procedures).set({ ...p, modifieLe: new Date() }).where(eq(procedures.id, id));
}

/** Where a person stands: the organisations they act for, and their own account (the agent concerned). */
export type FiltresProcedures = {
  /** Cases of these organisations as employer, host or operator party. */
  organisations?: readonly string[];
  /** Cases whose agent concerned is this account. */
  agentId?: string;
  type?: LigneProcedure["type"];
  etats?: readonly string[];
  /** The cases opened from this staffing. */
  candidatureId?: string;
  limite: number;
  decalage: number;
};

function conditions(f: Omit<FiltresProcedures, "limite" | "decalage">): SQL | undefined {
  const ou: SQL[] = [];
  if (f.organisations?.length) {
    const ids = [...f.organisations];
    ou.push(inArray(procedures.organisationId, ids), inArray(procedures.accueilId, ids), inArray(procedures.operateurId, ids));
  }
  if (f.agentId) ou.push(eq(procedures.agentId, f.agentId));
  const et: SQL[] = [ou.length ? or(...ou)! : sql`false`];
  if (f.type) et.push(eq(procedures.type, f.type));
  if (f.etats?.length) et.push(inArray(procedures.etat, [...f.etats]));
  if (f.candidatureId) et.push(eq(procedures.candidatureId, f.candidatureId));
  return and(...et);
}

/** The cases a person may see, most recently changed first, with their total. */
export async function listerProcedures(db: DbOrTx, f: FiltresProcedures) {
  const ou = conditions(f);
  const [lignes, [{ total } = { total: 0 }]] = await Promise.all([
    detail(db).where(ou).orderBy(desc(procedures.modifieLe), asc(procedures.id)).limit(f.limite).offset(f.decalage),
    db.select({ total: sql<number>`count(*)::int` }).from(procedures).where(ou),
  ]);
  return { lignes, total };
}

/** The cases about this profile's agent, oldest first: their GDPR export. */
export async function proceduresDuProfil(db: DbOrTx, profilId: string) {
  return db
    .select({ id: procedures.id, type: procedures.type, etat: procedures.etat, intitule: procedures.intitule, donnees: procedures.donnees, suivi: procedures.suivi, creeLe: procedures.creeLe })
    .from(procedures)
    .where(eq(procedures.profilId, profilId))
    .orderBy(asc(procedures.creeLe), asc(procedures.id));
}

/** Every case, oldest first, for the deadlines' job (which skips the finished ones by their table). */
export async function toutesLesProcedures(db: DbOrTx) {
  return detail(db).orderBy(asc(procedures.creeLe), asc(procedures.id));
}

export async function ajouterHistoriqueProcedure(tx: DbOrTx, h: typeof proceduresHistorique.$inferInsert) {
  await tx.insert(proceduresHistorique).values(h);
}

export async function historiqueProcedure(db: DbOrTx, procedureId: string) {
  return db
    .select({
      evenement: proceduresHistorique.evenement,
      de: proceduresHistorique.de,
      vers: proceduresHistorique.vers,
      motif: proceduresHistorique.motif,
      saisie: proceduresHistorique.saisie,
      acteurPrenom: utilisateurs.prenom,
      acteurNom: utilisateurs.nom,
      horodatage: proceduresHistorique.horodatage,
    })
    .from(proceduresHistorique)
    .leftJoin(utilisateurs, eq(utilisateurs.id, proceduresHistorique.acteurId))
    .where(eq(proceduresHistorique.procedureId, procedureId))
    .orderBy(asc(proceduresHistorique.horodatage), asc(proceduresHistorique.id));
}

// ————————————————————————————————————————— Documents

const metadonnees = {
  id: proceduresDocuments.id,
  nature: proceduresDocuments.nature,
  modele: proceduresDocuments.modele,
  version: proceduresDocuments.version,
  fichierId: proceduresDocuments.fichierId,
  nom: fichiers.nom,
  typeMime: fichiers.typeMime,
  taille: fichiers.taille,
  ajouteLe: proceduresDocuments.creeLe,
};

export async function documentsDeProcedure(db: DbOrTx, procedureId: string) {
  return db
    .select(metadonnees)
    .from(proceduresDocuments)
    .innerJoin(fichiers, eq(fichiers.id, proceduresDocuments.fichierId))
    .where(eq(proceduresDocuments.procedureId, procedureId))
    .orderBy(asc(proceduresDocuments.creeLe), asc(proceduresDocuments.id));
}

export async function trouverDocumentProcedure(db: DbOrTx, procedureId: string, documentId: string) {
  const [d] = await db
    .select(metadonnees)
    .from(proceduresDocuments)
    .innerJoin(fichiers, eq(fichiers.id, proceduresDocuments.fichierId))
    .where(and(eq(proceduresDocuments.id, documentId), eq(proceduresDocuments.procedureId, procedureId)));
  return d;
}

export async function ajouterDocumentProcedure(tx: DbOrTx, d: typeof proceduresDocuments.$inferInsert) {
  const [ligne] = await tx.insert(proceduresDocuments).values(d).returning();
  return ligne!;
}

/** How many times this template was generated for the case: the next document's version is one more. */
export async function derniereVersion(tx: DbOrTx, procedureId: string, modele: string): Promise<number> {
  const [r] = await tx
    .select({ n: sql<number>`coalesce(max(${proceduresDocuments.version}), 0)::int` })
    .from(proceduresDocuments)
    .where(and(eq(proceduresDocuments.procedureId, procedureId), eq(proceduresDocuments.modele, modele), eq(proceduresDocuments.nature, "genere")));
  return r?.n ?? 0;
}

// ————————————————————————————————————————— Reminders

/** Records a reminder; false when it was already sent (same case, deadline, date and level). */
export async function noterRappel(tx: DbOrTx, r: { procedureId: string; code: string; date: string; niveau: string }): Promise<boolean> {
  const lignes = await tx.insert(proceduresRappels).values(r).onConflictDoNothing().returning({ code: proceduresRappels.code });
  return lignes.length > 0;
}
