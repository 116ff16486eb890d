import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { acces } from "../../plugins/acces";
import { exigerActeur } from "../../plugins/auth";
import { erreursMissions, parametresId, schemaAffectationsOrganisation } from "./schemas";

export const affectationsOrganisation: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/v1/organisations/:id/affectations",
    {
      schema: {
        tags: ["missions"],
        ...acces({ action: "missions.suivre_affectations", organisation: "params.id" }),
        summary: "Les affectations des agents de l'organisation et leurs jours par projet",
        description:
          "Pour le service RH et les relations internationales de l'employeur. Par agent et par projet : les missions affectées, le total de jours, " +
          "les jours faits et restants, la tranche de la note (T1 sous 6 jours, T2 de 6 à 130, T3 au-delà), le prochain seuil et l'instrument recommandé.",
        params: parametresId("l'identifiant de l'organisation"),
        response: { 200: schemaAffectationsOrganisation, ...erreursMissions },
      },
    },
    async (requete) => app.services.candidatures.affectationsDeLOrganisation(exigerActeur(requete), requete.params.id),
  );
};
