import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { envoyerProbleme, probleme } from "../../plugins/errors";
import { schemaProbleme } from "../schemas";

export const obtenirSante: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/health",
    {
      schema: {
        tags: ["santé"],
        summary: "État du service",
        description: "Vérifie que le service répond et que la base de données est joignable. 503 sinon.",
        security: [],
        response: {
          200: z.object({ statut: z.literal("ok"), base: z.enum(["pglite", "postgres"]) }),
          503: schemaProbleme,
        },
      },
    },
    async (requete, reponse) => {
      const etat = await app.services.sante.verifier();
      if (!etat.ok) {
        requete.log.warn({ raison: etat.raison }, "base de données injoignable");
        return envoyerProbleme(reponse, probleme(requete, "indisponible", "La base de données ne répond pas."));
      }
      return { statut: "ok" as const, base: app.services.sante.base };
    },
  );
};
