import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { acces } from "../../plugins/acces";
import { exigerIdentite } from "../../plugins/auth";
import { reponsesErreur, schemaProbleme, schemaUuid } from "../schemas";

export const revoquerJeton: FastifyPluginAsyncZod = async (app) => {
  app.delete(
    "/api/v1/me/jetons/:id",
    {
      schema: {
        tags: ["comptes"],
        ...acces({ personnel: true }),
        summary: "Révoquer un de mes jetons d'API",
        description: "Le jeton cesse aussitôt de fonctionner.",
        params: z.object({ id: schemaUuid("l'identifiant du jeton") }),
        response: { 204: z.null(), 401: schemaProbleme, 403: schemaProbleme, ...reponsesErreur },
      },
    },
    async (requete, reponse) => {
      await app.services.jetons.revoquer(exigerIdentite(requete), requete.params.id, requete.id);
      return reponse.status(204).send(null);
    },
  );
};
