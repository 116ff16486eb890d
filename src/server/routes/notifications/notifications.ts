/** My notifications: list (unread first), mark one or all read. */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { acces } from "../../plugins/acces";
import { exigerIdentite } from "../../plugins/auth";
import { reponsesErreur, schemaPagination, schemaProbleme, schemaUuid } from "../schemas";
import { schemaNotification } from "../missions/schemas";

const erreurs = { 401: schemaProbleme, ...reponsesErreur };
const personnel = acces({ personnel: true });

export const notifications: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/v1/me/notifications",
    {
      schema: {
        tags: ["notifications"],
        ...personnel,
        summary: "Mes notifications",
        description: "Les non lues d'abord, puis de la plus récente à la plus ancienne ; nonLues=true pour les seules non lues. Avec le nombre de non lues.",
        querystring: z.object({
          ...schemaPagination,
          nonLues: z.enum(["true", "false"], { error: "nonLues vaut true ou false" }).transform((v) => v === "true").optional(),
        }),
        response: { 200: z.object({ total: z.number(), nonLues: z.number(), page: z.number(), parPage: z.number(), resultats: z.array(schemaNotification) }), ...erreurs },
      },
    },
    async (requete) =>
      app.services.notifications.lister(exigerIdentite(requete).utilisateur.id, { page: requete.query.page, parPage: requete.query.parPage, nonLues: requete.query.nonLues ?? false }),
  );

  app.post(
    "/api/v1/me/notifications/:id/lue",
    {
      schema: {
        tags: ["notifications"],
        ...personnel,
        summary: "Marquer une notification comme lue",
        description: "404 pour une notification qui n'est pas la mienne.",
        params: z.object({ id: schemaUuid("l'identifiant de la notification") }),
        response: { 200: schemaNotification, ...erreurs },
      },
    },
    async (requete) => app.services.notifications.marquerLue(exigerIdentite(requete).utilisateur.id, requete.params.id),
  );

  app.post(
    "/api/v1/me/notifications/lues",
    {
      schema: {
        tags: ["notifications"],
        ...personnel,
        summary: "Marquer toutes mes notifications comme lues",
        response: { 200: z.object({ lues: z.number().describe("Notifications marquées lues"), nonLues: z.number() }), ...erreurs },
      },
    },
    async (requete) => app.services.notifications.marquerToutesLues(exigerIdentite(requete).utilisateur.id),
  );
};
