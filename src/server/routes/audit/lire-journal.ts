import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { acces } from "../../plugins/acces";
import { exigerActeur } from "../../plugins/auth";
import { reponsesErreur, schemaPagination, schemaProbleme } from "../schemas";

export const lireJournal: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/v1/audit",
    {
      schema: {
        tags: ["comptes"],
        ...acces({ action: "audit.lire", organisation: "query.organisationId" }),
        summary: "Lire le journal d'audit",
        description:
          "Qui a fait quoi, quand, sur quel enregistrement. L'administrateur d'une organisation lit celui de son organisation ; " +
          "l'administrateur de la plateforme lit tout, ou une organisation avec `organisationId`. Le journal ne se modifie pas.",
        querystring: z.object({
          organisationId: z.uuid({ error: "identifiant d'organisation attendu : un UUID" }).optional(),
          ...schemaPagination,
        }),
        response: {
          200: z.object({
            total: z.number().int(),
            page: z.number().int(),
            parPage: z.number().int(),
            resultats: z.array(
              z.object({
                id: z.number().int(),
                horodatage: z.string(),
                action: z.string(),
                cibleType: z.string(),
                cibleId: z.string().nullable(),
                requestId: z.string().nullable(),
                resume: z.record(z.string(), z.unknown()),
                organisationId: z.string().nullable(),
                acteurEmail: z.string().nullable(),
                acteurNom: z.string().nullable(),
              }),
            ),
          }),
          401: schemaProbleme,
          403: schemaProbleme,
          ...reponsesErreur,
        },
      },
    },
    async (requete) => app.services.journal.lire(exigerActeur(requete), requete.query),
  );
};
