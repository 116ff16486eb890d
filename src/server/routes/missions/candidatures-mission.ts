import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { acces } from "../../plugins/acces";
import { exigerActeur } from "../../plugins/auth";
import { erreursMissions, parametresId, schemaCandidaturesMission } from "./schemas";

export const candidaturesMission: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/v1/missions/:id/candidatures",
    {
      schema: {
        tags: ["missions"],
        ...acces({ action: "missions.voir" }),
        summary: "Les candidatures à une mission",
        description: "L'organisation de la mission les voit toutes ; le service RH, celles de ses agents ; toute autre personne, les siennes.",
        params: parametresId("l'identifiant de la mission"),
        response: { 200: schemaCandidaturesMission, ...erreursMissions },
      },
    },
    async (requete) => app.services.candidatures.listerDeMission(exigerActeur(requete), requete.params.id),
  );
};
