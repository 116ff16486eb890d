/**
 * The documents of a mission (docs/missions.md « Documents d'une mission »): its owner attaches
 * PDF or DOCX files — terms of reference in full, budget, country notes — checked by content and
 * size by the files service, as a profile's CV is; whoever sees the mission reads them. Each add
 * and remove is one transaction with its audit line: `missions_historique` holds the state
 * transitions only.
 */
import type { Acteur } from "../../domain/acces";
import { ETATS_FINAUX_MISSION, ETATS_MISSION_EN_MOTS } from "../../domain/missions";
import { ErreurMetier, introuvable } from "../../domain/shared";
import type { Db, DbOrTx } from "../../db/client";
import * as depot from "../../db/repositories/missions-documents";
import { trouverMission, verrouillerMission } from "../../db/repositories/missions";
import { journaliser } from "../acces/audit";
import type { ServiceFichiers } from "../fichiers/fichiers";
import { estProprietaire, type ServiceMissions, voitLaMission } from "./missions";

export const TYPES_DOCUMENT_MISSION = ["termes_de_reference", "budget", "autre"] as const satisfies readonly depot.TypeDocumentMission[];
export type TypeDocumentMission = depot.TypeDocumentMission;

type Options = {
  db: Db;
  fichiers: ServiceFichiers;
  /** The mission as its page reads it, answered after an addition. */
  missions: Pick<ServiceMissions, "lire">;
};

export function creerServiceDocumentsMission({ db, fichiers, missions }: Options) {
  /** The mission if the actor may see it: 404 for another organisation's draft, as the mission itself. */
  async function chargerMission(acteur: Acteur, id: string) {
    const m = await trouverMission(db, id);
    if (!m || !voitLaMission(acteur, m.mission)) throw introuvable("Mission");
    return m.mission;
  }

  /**
   * For the owner only (403 to whoever else sees the mission), the mission locked until the
   * transaction ends so that it is not closed meanwhile; a finished or cancelled mission keeps
   * the documents it had (409).
   */
  async function verrouillerPourLeProprietaire(tx: DbOrTx, acteur: Acteur, id: string) {
    const ligne = await verrouillerMission(tx, id);
    if (!ligne) throw introuvable("Mission");
    if (!estProprietaire(acteur, ligne.organisationId)) {
      throw new ErreurMetier("interdit", "Seule l'organisation propriétaire de la mission ajoute ou retire ses documents.");
    }
    if (ETATS_FINAUX_MISSION.includes(ligne.etat)) {
      throw new ErreurMetier("conflit", `La mission est ${ETATS_MISSION_EN_MOTS[ligne.etat]} : ses documents ne changent plus.`);
    }
    return ligne;
  }

  return {
    /** Adds a PDF or DOCX file; answers the mission's view, which lists it. */
    async ajouter(acteur: Acteur, id: string, fichier: { nom: string; type: TypeDocumentMission; contenu: Uint8Array }, requestId: string) {
      await chargerMission(acteur, id);
      await db.transaction(async (tx) => {
        const ligne = await verrouillerPourLeProprietaire(tx, acteur, id);
        const f = await fichiers.enregistrer(tx, { nom: fichier.nom, contenu: fichier.contenu, acceptes: ["pdf", "docx"], organisationId: ligne.organisationId });
        const d = await depot.ajouterDocumentMission(tx, { missionId: id, fichierId: f.id, type: fichier.type, ajoutePar: acteur.utilisateurId });
        await journaliser(tx, { acteurId: acteur.utilisateurId, organisationId: ligne.organisationId, requestId }, "ajout_document_mission", { type: "mission", id }, {
          document: d.id,
          type: d.type,
          nom: f.nom,
          taille: f.taille,
        });
      });
      return missions.lire(acteur, id);
    },

    /** A document with its bytes, for whoever sees the mission. */
    async lire(acteur: Acteur, id: string, documentId: string) {
      await chargerMission(acteur, id);
      const d = await depot.trouverDocumentMission(db, id, documentId);
      if (!d) throw introuvable("Document");
      return fichiers.lire(db, d.fichierId);
    },

    async retirer(acteur: Acteur, id: string, documentId: string, requestId: string) {
      await chargerMission(acteur, id);
      await db.transaction(async (tx) => {
        const ligne = await verrouillerPourLeProprietaire(tx, acteur, id);
        const retire = await depot.retirerDocumentMission(tx, id, documentId);
        if (!retire) throw introuvable("Document");
        await journaliser(tx, { acteurId: acteur.utilisateurId, organisationId: ligne.organisationId, requestId }, "retrait_document_mission", { type: "mission", id }, {
          document: documentId,
          nom: retire.nom,
        });
      });
    },
  };
}
export type ServiceDocumentsMission = ReturnType<typeof creerServiceDocumentsMission>;
