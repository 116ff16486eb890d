import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { acces } from "../../plugins/acces";
import { exigerIdentite } from "../../plugins/auth";
import { reponsesErreur, schemaProbleme } from "../schemas";
import { schemaMoi } from "./schemas";

export const obtenirMoi: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/v1/me",
    {
      schema: {
        tags: ["comptes"],
        ...acces({ personnel: true }),
        summary: "La personne connectée, ses rôles et son rôle actif",
        response: { 200: schemaMoi, 401: schemaProbleme, ...reponsesErreur },
      },
    },
    async (requete) => app.services.authentification.moi(exigerIdentite(requete)),
  );
};
