import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { acces } from "../../plugins/acces";
import { exigerIdentite } from "../../plugins/auth";
import { reponsesErreur, schemaProbleme } from "../schemas";
import { schemaMoi } from "./schemas";

export const choisirRole: FastifyPluginAsyncZod = async (app) => {
  app.put(
    "/api/v1/me/role",
    {
      schema: {
        tags: ["comptes"],
        ...acces({ personnel: true }),
        summary: "Changer de rôle actif",
        description: "Une personne peut avoir plusieurs rôles dans plusieurs organisations : elle agit avec un seul à la fois.",
        body: z.object({ appartenanceId: z.uuid({ error: "identifiant de rôle attendu : un UUID" }) }),
        response: { 200: schemaMoi, 401: schemaProbleme, 403: schemaProbleme, ...reponsesErreur },
      },
    },
    async (requete) => {
      const identite = exigerIdentite(requete);
      await app.services.authentification.choisirRole(identite, requete.body.appartenanceId, requete.id);
      const relue = await app.services.authentification.identifier(requete.cookies.vivier_session ?? "");
      return app.services.authentification.moi(relue ?? identite);
    },
  );
};
