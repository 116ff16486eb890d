import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { effacerCookieSession, exigerIdentite } from "../../plugins/auth";
import { reponsesErreur, schemaProbleme } from "../schemas";

export const deconnexion: FastifyPluginAsyncZod = async (app) => {
  app.post(
    "/api/v1/auth/logout",
    {
      schema: {
        tags: ["comptes"],
        summary: "Se déconnecter",
        description: "Révoque la session courante et efface son cookie.",
        response: { 204: z.null(), 401: schemaProbleme, 403: schemaProbleme, ...reponsesErreur },
      },
    },
    async (requete, reponse) => {
      await app.services.authentification.deconnecter(exigerIdentite(requete), requete.id);
      effacerCookieSession(reponse, app.config.publicUrl.startsWith("https://"));
      return reponse.status(204).send(null);
    },
  );
};
