import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { reponsesErreur, schemaEmail } from "../schemas";

/**
 * The development outbox: e-mail that would have been sent, for a developer without an SMTP
 * server. It exists only outside production and without SMTP_URL (it shows invitation links).
 */
export const boiteCourriels: FastifyPluginAsyncZod = async (app) => {
  if (app.config.env === "production" || app.config.smtpUrl) return;
  app.get(
    "/api/v1/dev/courriels",
    {
      schema: {
        tags: ["développement"],
        summary: "Boîte d'envoi de développement",
        description:
          "Les courriels que Vivier aurait envoyés, les plus récents d'abord. N'existe qu'en développement et sans SMTP_URL : " +
          "en production, cette route n'existe pas.",
        security: [],
        querystring: z.object({
          destinataire: schemaEmail.optional(),
          limite: z.coerce.number({ error: "la limite doit être un nombre" }).int().min(1, { error: "la limite doit être au moins 1" }).max(200, { error: "la limite doit être au plus 200" }).default(50),
        }),
        response: {
          200: z.object({
            courriels: z.array(z.object({ id: z.string(), destinataire: z.string(), sujet: z.string(), texte: z.string().nullable(), creeLe: z.string() })),
          }),
          ...reponsesErreur,
        },
      },
    },
    async (requete) => {
      const liste = await app.services.courriels.boite(requete.query.limite, requete.query.destinataire);
      return { courriels: liste.map((c) => ({ id: c.id, destinataire: c.destinataire, sujet: c.sujet, texte: c.texte, creeLe: c.creeLe.toISOString() })) };
    },
  );
};
