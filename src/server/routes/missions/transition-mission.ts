import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ETATS_MISSION } from "../../../domain/missions";
import { acces } from "../../plugins/acces";
import { exigerActeur } from "../../plugins/auth";
import { corpsTransitionMission, erreursMissions, parametresId, schemaMission } from "./schemas";

export const transitionMission: FastifyPluginAsyncZod = async (app) => {
  app.post(
    "/api/v1/missions/:id/transitions",
    {
      schema: {
        tags: ["missions"],
        ...acces({ action: "missions.publier" }),
        summary: "Faire avancer une mission (publier, ouvrir la sélection, déclarer pourvue, démarrer, terminer, annuler, repasser en brouillon)",
        description:
          "Par l'organisation de la mission. publier : brouillon → publiee (termes de référence, pays, bénéficiaire, domaines, cadre et sessions nécessaires : " +
          "400 champ par champ sinon) ; ouvrirSelection : publiee → en_selection ; pourvoir : en_selection → pourvue (autant d'affectations confirmées que " +
          "d'experts recherchés) ; demarrer : pourvue → en_cours (pas avant la première session) ; terminer : en_cours → terminee ; annuler (motif obligatoire) : " +
          "tout état non final → annulee ; repasserEnBrouillon : publiee → brouillon tant qu'aucune candidature n'a été reçue. Un état qui ne le permet pas : 409. " +
          "Chaque transition écrit l'historique ; les experts des candidatures en cours et leur service RH sont prévenus (sauf à la publication).",
        params: parametresId("l'identifiant de la mission"),
        body: corpsTransitionMission,
        response: {
          200: z.object({ etat: z.enum(ETATS_MISSION), evenementsPossibles: schemaMission.shape.evenementsPossibles, mission: schemaMission }),
          ...erreursMissions,
        },
      },
    },
    async (requete) => app.services.missions.transition(exigerActeur(requete), requete.params.id, requete.body, requete.id),
  );
};
