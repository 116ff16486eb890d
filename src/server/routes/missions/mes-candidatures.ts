import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { acces } from "../../plugins/acces";
import { exigerIdentite } from "../../plugins/auth";
import { reponsesErreur, schemaProbleme } from "../schemas";
import { schemaMesCandidatures } from "./schemas";

export const mesCandidatures: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/v1/me/candidatures",
    {
      schema: {
        tags: ["missions"],
        ...acces({ personnel: true }),
        summary: "Mes candidatures et mes affectations",
        description: "Les candidatures de mon profil d'expert, et pour chaque projet où je suis affecté·e, mon total de jours et l'instrument recommandé.",
        response: { 200: schemaMesCandidatures, 401: schemaProbleme, ...reponsesErreur },
      },
    },
    async (requete) => app.services.candidatures.mesCandidatures(exigerIdentite(requete).utilisateur.id),
  );
};
