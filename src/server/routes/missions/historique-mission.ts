import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { acces } from "../../plugins/acces";
import { exigerActeur } from "../../plugins/auth";
import { erreursMissions, parametresId, schemaHistoriqueMission } from "./schemas";

export const historiqueMission: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/v1/missions/:id/historique",
    {
      schema: {
        tags: ["missions"],
        ...acces({ action: "missions.voir" }),
        summary: "L'historique d'une mission",
        description: "Chaque transition, de la création à aujourd'hui : événement, état avant et après, motif, auteur, heure. Pour qui voit la mission.",
        params: parametresId("l'identifiant de la mission"),
        response: { 200: schemaHistoriqueMission, ...erreursMissions },
      },
    },
    async (requete) => app.services.missions.historique(exigerActeur(requete), requete.params.id),
  );
};
