import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { acces } from "../../plugins/acces";
import { exigerIdentite } from "../../plugins/auth";
import { reponsesErreur, schemaProbleme } from "../schemas";
import { schemaJeton } from "./schemas";

export const listerJetons: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/v1/me/jetons",
    {
      schema: {
        tags: ["comptes"],
        ...acces({ personnel: true }),
        summary: "Mes jetons d'API",
        description: "Les jetons non révoqués de la personne connectée (expirés compris). Le secret n'est jamais redonné.",
        response: { 200: z.object({ jetons: z.array(schemaJeton) }), 401: schemaProbleme, ...reponsesErreur },
      },
    },
    async (requete) => ({ jetons: await app.services.jetons.lister(exigerIdentite(requete)) }),
  );
};
