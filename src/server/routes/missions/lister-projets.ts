import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { acces } from "../../plugins/acces";
import { exigerActeur } from "../../plugins/auth";
import { erreursMissions, pagination, schemaProjet } from "./schemas";

export const listerProjets: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/v1/projets",
    {
      schema: {
        tags: ["missions"],
        ...acces({ action: "missions.publier" }),
        summary: "Les projets de mon organisation",
        description: "Du plus récent au plus ancien, avec le nombre de missions de chacun.",
        querystring: pagination,
        response: {
          200: z.object({ total: z.number(), page: z.number(), parPage: z.number(), resultats: z.array(schemaProjet.extend({ missions: z.number() })) }),
          ...erreursMissions,
        },
      },
    },
    async (requete) => app.services.missions.listerProjets(exigerActeur(requete), requete.query),
  );
};
