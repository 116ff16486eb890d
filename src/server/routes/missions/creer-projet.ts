import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { schemaProjet as schemaSaisieProjet } from "../../../domain/missions";
import { acces } from "../../plugins/acces";
import { exigerActeur } from "../../plugins/auth";
import { corpsLuParLeService, erreursMissions, schemaProjetDetaille } from "./schemas";

export const creerProjet: FastifyPluginAsyncZod = async (app) => {
  app.post(
    "/api/v1/projets",
    {
      schema: {
        tags: ["missions"],
        ...acces({ action: "missions.publier" }),
        summary: "Créer un projet de l'organisation",
        description:
          "Un projet (programme d'un bailleur, coopération) regroupe des missions : les jours qu'un agent y donne s'additionnent pour le conseiller. " +
          "Pour les opérateurs, la DAECT et les relations internationales des collectivités ; le projet appartient à l'organisation de la personne connectée.",
        body: schemaSaisieProjet,
        response: { 201: schemaProjetDetaille, ...erreursMissions },
      },
      validatorCompiler: corpsLuParLeService,
    },
    async (requete, reponse) => {
      reponse.code(201);
      return app.services.missions.creerProjet(exigerActeur(requete), requete.body as unknown, requete.id);
    },
  );
};
