import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { acces } from "../../plugins/acces";
import { effacerCookieSession, exigerIdentite } from "../../plugins/auth";
import { reponsesErreur, schemaProbleme } from "../schemas";

export const deconnexion: FastifyPluginAsyncZod = async (app) => {
  app.post(
    "/api/v1/auth/logout",
    {
      schema: {
        tags: ["comptes"],
        ...acces({ personnel: true }),
        summary: "Se déconnecter",
        description:
          "Révoque la session courante et efface son cookie. Répond 204, ou 200 avec `redirection` quand la session a été " +
          "ouverte avec ProConnect : l'application y envoie alors le navigateur pour fermer aussi la session ProConnect, qui " +
          "le ramène sur `/connexion`.",
        response: {
          200: z.object({
            redirection: z
              .string()
              .describe("Adresse de déconnexion de ProConnect (end_session_endpoint, avec id_token_hint et post_logout_redirect_uri)"),
          }),
          204: z.null(),
          401: schemaProbleme,
          403: schemaProbleme,
          ...reponsesErreur,
        },
      },
    },
    async (requete, reponse) => {
      const { proconnectIdToken } = await app.services.authentification.deconnecter(exigerIdentite(requete), requete.id);
      effacerCookieSession(reponse, app.config.publicUrl.startsWith("https://"));
      const redirection = proconnectIdToken ? await app.services.proconnect?.urlDeDeconnexion(proconnectIdToken) : undefined;
      if (redirection) return reponse.status(200).send({ redirection });
      return reponse.status(204).send(null);
    },
  );
};
