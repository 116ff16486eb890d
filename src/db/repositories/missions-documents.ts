/** The documents attached to a mission (`missions_documents`), their bytes in `fichiers`. */
import { and, asc, eq, inArray, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { fichiers, missionsDocuments } from "../schema";

export type TypeDocumentMission = (typeof missionsDocuments.$inferSelect)["type"];

/** What a list shows of each document, oldest first; the bytes stay in `fichiers`. */
const metadonnees = {
  id: missionsDocuments.id,
  type: missionsDocuments.type,
  fichierId: missionsDocuments.fichierId,
  nom: fichiers.nom,
  typeMime: fichiers.typeMime,
  taille: fichiers.taille,
  ajouteLe: missionsDocuments.creeLe,
};

const choisir = (db: DbOrTx, condition: SQL | undefined) =>
  db.select(metadonnees).from(missionsDocuments).innerJoin(fichiers, eq(fichiers.id, missionsDocuments.fichierId)).where(condition);

export async function documentsDeMission(db: DbOrTx, missionId: string) {
  return choisir(db, eq(missionsDocuments.missionId, missionId)).orderBy(asc(missionsDocuments.creeLe), asc(missionsDocuments.id));
}

/** One document of the mission; undefined when the mission has no such document. */
export async function trouverDocumentMission(db: DbOrTx, missionId: string, documentId: string) {
  const [d] = await choisir(db, and(eq(missionsDocuments.id, documentId), eq(missionsDocuments.missionId, missionId)));
  return d;
}

export async function ajouterDocumentMission(tx: DbOrTx, d: { missionId: string; fichierId: string; type: TypeDocumentMission; ajoutePar: string }) {
  const [ligne] = await tx.insert(missionsDocuments).values(d).returning();
  return ligne!;
}

/**
 * Removes a document of the mission by deleting its file: the link row goes with it (on delete
 * cascade). Answers the removed file's name, or undefined when the mission has no such document.
 */
export async function retirerDocumentMission(tx: DbOrTx, missionId: string, documentId: string): Promise<{ nom: string } | undefined> {
  const duDocument = tx
    .select({ id: missionsDocuments.fichierId })
    .from(missionsDocuments)
    .where(and(eq(missionsDocuments.id, documentId), eq(missionsDocuments.missionId, missionId)));
  const [f] = await tx.delete(fichiers).where(inArray(fichiers.id, duDocument)).returning({ nom: fichiers.nom });
  return f;
}
