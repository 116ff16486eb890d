import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { reponsesErreur } from "../schemas";
import { schemaOrganisation } from "./schemas";

export const obtenirOrganisation: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/v1/organisations/:id",
    {
      schema: {
        tags: ["organisations"],
        summary: "Fiche d'une organisation",
        security: [],
        params: z.object({ id: z.uuid({ error: "identifiant attendu : un UUID" }) }),
        response: { 200: schemaOrganisation, ...reponsesErreur },
      },
    },
    async (requete) => app.services.organisations.obtenir(requete.params.id),
  );
};
