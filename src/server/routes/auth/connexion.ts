import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { poserCookieSession } from "../../plugins/auth";
import { reponsesErreur, schemaEmail, schemaProbleme } from "../schemas";

export const connexion: FastifyPluginAsyncZod = async (app) => {
  const https = app.config.publicUrl.startsWith("https://");
  app.post(
    "/api/v1/auth/login",
    {
      schema: {
        tags: ["comptes"],
        summary: "Se connecter avec une adresse électronique et un mot de passe",
        description:
          "Ouvre une session : le cookie `vivier_session` (httpOnly, SameSite=Lax) est posé. Après 10 échecs en 15 minutes " +
          "pour un compte ou une adresse IP, répond 429. Le message d'échec ne dit jamais si l'adresse a un compte.",
        security: [],
        body: z.object({
          email: schemaEmail,
          password: z.string().min(1, { error: "le mot de passe est obligatoire" }).max(256, { error: "mot de passe trop long" }),
        }),
        response: {
          200: z.object({ expireLe: z.string().describe("Fin de validité absolue de la session (ISO 8601)") }),
          401: schemaProbleme,
          429: schemaProbleme,
          ...reponsesErreur,
        },
      },
    },
    async (requete, reponse) => {
      const { jeton, expireLe } = await app.services.authentification.connecter({
        email: requete.body.email,
        motDePasse: requete.body.password,
        adresseIp: requete.ip,
        navigateur: requete.headers["user-agent"],
        requestId: requete.id,
      });
      poserCookieSession(reponse, jeton, expireLe, https);
      return { expireLe: expireLe.toISOString() };
    },
  );
};
