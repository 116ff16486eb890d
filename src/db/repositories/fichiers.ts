import { eq } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { fichiers } from "../schema";

export type Fichier = typeof fichiers.$inferSelect;
export type MetadonneesFichier = Omit<Fichier, "contenu">;

export async function insererFichier(tx: DbOrTx, f: typeof fichiers.$inferInsert): Promise<MetadonneesFichier> {
  const [ligne] = await tx.insert(fichiers).values(f).returning({
    id: fichiers.id,
    nom: fichiers.nom,
    typeMime: fichiers.typeMime,
    taille: fichiers.taille,
    sha256: fichiers.sha256,
    organisationId: fichiers.organisationId,
    creeLe: fichiers.creeLe,
  });
  return ligne!;
}

export async function lireFichier(db: DbOrTx, id: string): Promise<Fichier | undefined> {
  const [ligne] = await db.select().from(fichiers).where(eq(fichiers.id, id));
  return ligne;
}
