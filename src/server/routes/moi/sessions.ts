import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { acces } from "../../plugins/acces";
import { exigerIdentite } from "../../plugins/auth";
import { reponsesErreur, schemaProbleme } from "../schemas";

const schemaSession = z.object({
  id: z.string().describe("Identifiant court de la session (16 caractères)"),
  courante: z.boolean(),
  creeLe: z.string(),
  vueLe: z.string(),
  expireLe: z.string(),
  adresseIp: z.string().nullable(),
  navigateur: z.string().nullable(),
});

export const listerSessions: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/v1/me/sessions",
    {
      schema: {
        tags: ["comptes"],
        ...acces({ personnel: true }),
        summary: "Mes sessions ouvertes",
        response: { 200: z.object({ sessions: z.array(schemaSession) }), 401: schemaProbleme, ...reponsesErreur },
      },
    },
    async (requete) => ({ sessions: await app.services.authentification.listerSessions(exigerIdentite(requete)) }),
  );
};

export const revoquerSession: FastifyPluginAsyncZod = async (app) => {
  app.delete(
    "/api/v1/me/sessions/:id",
    {
      schema: {
        tags: ["comptes"],
        ...acces({ personnel: true }),
        summary: "Fermer une de mes sessions (un autre navigateur, un appareil perdu)",
        params: z.object({ id: z.string().regex(/^[0-9a-f]{16}$/, { error: "identifiant de session attendu : 16 caractères hexadécimaux" }) }),
        response: { 204: z.null(), 401: schemaProbleme, 403: schemaProbleme, ...reponsesErreur },
      },
    },
    async (requete, reponse) => {
      await app.services.authentification.revoquerSession(exigerIdentite(requete), requete.params.id, requete.id);
      return reponse.status(204).send(null);
    },
  );
};
