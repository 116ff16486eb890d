import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { reponsesErreur, texteRecherche } from "../schemas";

export const listerPays: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/v1/pays",
    {
      schema: {
        tags: ["référentiels"],
        summary: "Pays (ISO 3166-1)",
        description: "Les pays avec leurs codes ISO et leurs noms en français et en anglais ; filtre optionnel par nom ou code.",
        security: [],
        querystring: z.object({ q: texteRecherche }),
        response: {
          200: z.object({
            resultats: z.array(
              z.object({ code: z.string(), codeAlpha3: z.string(), codeNumerique: z.string(), nom: z.string(), nomAnglais: z.string() }),
            ),
          }),
          ...reponsesErreur,
        },
      },
    },
    async (requete) => app.services.pays.lister(requete.query.q),
  );
};
