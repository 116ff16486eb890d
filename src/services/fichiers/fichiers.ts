/**
 * Storing uploaded files in the database (CVs, signed documents): checked by content and size
 * first, written inside the caller's transaction so that a record and its file stand or fall
 * together. Later capabilities call this from their own use cases, after their permission checks.
 */
import crypto from "node:crypto";
import { nettoyerNomFichier, type TypeFichier, verifierFichier } from "../../domain/fichiers";
import { ErreurMetier, introuvable } from "../../domain/shared";
import type { DbOrTx } from "../../db/client";
import { insererFichier, lireFichier, type MetadonneesFichier } from "../../db/repositories/fichiers";

export type DepotFichier = {
  nom: string;
  contenu: Uint8Array;
  acceptes: readonly TypeFichier[];
  organisationId?: string | null;
};

export function creerServiceFichiers({ tailleMax }: { tailleMax: number }) {
  return {
    tailleMax,
    /** Checks then stores the file with `tx`; throws an ErreurMetier (413, 415, 400) when refused. */
    async enregistrer(tx: DbOrTx, depot: DepotFichier): Promise<MetadonneesFichier> {
      const verification = verifierFichier(depot.contenu, depot.acceptes, tailleMax);
      if (!verification.ok) throw new ErreurMetier(verification.code, verification.message, [{ champ: "fichier", message: verification.message }]);
      return insererFichier(tx, {
        nom: nettoyerNomFichier(depot.nom),
        typeMime: verification.typeMime,
        taille: depot.contenu.length,
        sha256: crypto.createHash("sha256").update(depot.contenu).digest("hex"),
        contenu: depot.contenu,
        organisationId: depot.organisationId ?? null,
      });
    },
    async lire(db: DbOrTx, id: string) {
      const f = await lireFichier(db, id);
      if (!f) throw introuvable("Fichier");
      return f;
    },
  };
}
export type ServiceFichiers = ReturnType<typeof creerServiceFichiers>;
