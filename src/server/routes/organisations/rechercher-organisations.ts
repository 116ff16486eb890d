import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { CATEGORIES_COLLECTIVITE, TYPES_ORGANISATION } from "../../../domain/organisations";
import { reponsesErreur, schemaPagination, texteRecherche } from "../schemas";
import { schemaOrganisation } from "./schemas";

export const rechercherOrganisations: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/v1/organisations",
    {
      schema: {
        tags: ["organisations"],
        summary: "Rechercher une organisation",
        description:
          "Annuaire public : collectivités du Code officiel géographique (communes, EPCI, départements, " +
          "régions, collectivités à statut particulier et d'outre-mer), opérateurs, ministère, ambassades. " +
          "La recherche par nom ignore accents, casse et ponctuation (`saint-etienne` trouve « Saint-Étienne ») " +
          "et tolère les fautes de frappe.",
        security: [],
        querystring: z.object({
          q: texteRecherche.describe("Nom ou partie du nom"),
          type: z.enum(TYPES_ORGANISATION, { error: `type attendu : ${TYPES_ORGANISATION.join(", ")}` }).optional(),
          categorie: z
            .enum(CATEGORIES_COLLECTIVITE, { error: `catégorie attendue : ${CATEGORIES_COLLECTIVITE.join(", ")}` })
            .optional(),
          departement: z
            .string()
            .regex(/^(\d{2}|2[AB]|9[78]\d)$/, { error: "code de département attendu : 01 à 95, 2A, 2B, 971…" })
            .optional(),
          code: z
            .string()
            .regex(/^([0-9AB]{5}|\d{9})$/, { error: "code INSEE (5 caractères) ou SIREN (9 chiffres) attendu" })
            .optional()
            .describe("Code INSEE ou SIREN exact"),
          ...schemaPagination,
        }),
        response: {
          200: z.object({
            total: z.number().int(),
            page: z.number().int(),
            parPage: z.number().int(),
            resultats: z.array(schemaOrganisation),
          }),
          ...reponsesErreur,
        },
      },
    },
    async (requete) => app.services.organisations.rechercher(requete.query),
  );
};
