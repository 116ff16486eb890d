import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { schemaProfil } from "../../../domain/experts";
import { acces } from "../../plugins/acces";
import { exigerActeur } from "../../plugins/auth";
import { reponsesErreur, schemaProbleme, schemaUuid } from "../schemas";
import { schemaVueProfil } from "./schemas";

export const creerProfil: FastifyPluginAsyncZod = async (app) => {
  app.post(
    "/api/v1/organisations/:id/profils",
    {
      schema: {
        tags: ["vivier"],
        ...acces({ action: "vivier.gerer_profils", organisation: "params.id" }),
        summary: "Créer le profil d'un agent dans le vivier de l'organisation",
        description:
          "Pour le service RH de l'employeur. Le profil n'est visible que de l'employeur tant que l'agent ne l'a pas repris et n'a pas choisi " +
          "de le montrer aux opérateurs ou au ministère (POST /api/v1/profils/{id}/invitation lui envoie le lien).",
        params: z.object({ id: schemaUuid("l'identifiant de l'organisation") }),
        body: schemaProfil,
        response: { 201: schemaVueProfil, 401: schemaProbleme, 403: schemaProbleme, ...reponsesErreur },
      },
    },
    async (requete, reponse) => {
      reponse.code(201);
      return app.services.profils.creer(exigerActeur(requete), requete.params.id, requete.body, requete.id);
    },
  );
};
