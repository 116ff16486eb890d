/**
 * What a case tells people after a step: who has something to do on it now, and the message
 * they receive. Shared by the procedures' service and the demo data, so that the demo's
 * notifications read exactly as the application's.
 */
import { ACTEURS_PROCEDURE, type ActeurProcedure } from "./acteurs";
import type { DefinitionDossier, Dossier } from "./dossier";
import { LIBELLES_TYPE_PROCEDURE, type TypeProcedure } from "./vocabulaire";

/** The actors who have something to do on the case now (an action open to them, even one still blocked). */
export function quiAgitEnsuite(definition: DefinitionDossier, dossier: Dossier, aujourdhui: string): ActeurProcedure[] {
  return ACTEURS_PROCEDURE.filter((a) => definition.evenementsPossibles(dossier.etat, definition.contexte(dossier, { acteurs: [a], aujourdhui }, {})).length > 0);
}

/** The notification of a step: « Cumul d'activités « … » : autorisée », with the reason when there is one. */
export function messageEtapeProcedure(type: TypeProcedure, intitule: string, ouEnEst: string, motif?: string): { type: "procedure.etape"; titre: string; texte: string } {
  return {
    type: "procedure.etape",
    titre: `${LIBELLES_TYPE_PROCEDURE[type]} « ${intitule} » : ${ouEnEst}`,
    texte: `La procédure « ${intitule} » est désormais ${ouEnEst}.${motif ? ` Motif : ${motif}` : ""}`,
  };
}
