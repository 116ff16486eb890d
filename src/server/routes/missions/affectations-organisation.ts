import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ACCORDS_EMPLOYEUR } from "../../../domain/missions";
import { acces } from "../../plugins/acces";
import { exigerActeur } from "../../plugins/auth";
import { erreursMissions, parametresId, schemaAffectationsOrganisation, schemaResumeCandidature } from "./schemas";

/** What the employer follows of its agents: candidacies in progress (releases to decide on) and staffings with their days. */
export const affectationsOrganisation: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/v1/organisations/:id/candidatures",
    {
      schema: {
        tags: ["missions"],
        ...acces({ action: "missions.suivre_affectations", organisation: "params.id" }),
        summary: "Les candidatures en cours des agents de l'organisation",
        description:
          "Pour le service RH et les relations internationales de l'employeur : les candidatures de ses agents ni affectées ni closes, les plus récentes d'abord. " +
          "Avec accord=en_attente, les libérations que le service RH doit accorder ou refuser.",
        params: parametresId("l'identifiant de l'organisation"),
        querystring: z.object({
          accord: z.enum(ACCORDS_EMPLOYEUR, { error: `accord attendu : ${ACCORDS_EMPLOYEUR.join(", ")}` }).optional().describe("L'état de la libération par l'employeur"),
        }),
        response: { 200: z.object({ resultats: z.array(schemaResumeCandidature) }), ...erreursMissions },
      },
    },
    async (requete) => app.services.candidatures.candidaturesDeLOrganisation(exigerActeur(requete), requete.params.id, { accord: requete.query.accord }),
  );

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
