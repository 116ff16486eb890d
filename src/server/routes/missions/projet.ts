/** One project: read it with its missions, change it. */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { schemaProjet as schemaSaisieProjet } from "../../../domain/missions";
import { acces } from "../../plugins/acces";
import { exigerActeur } from "../../plugins/auth";
import { corpsLuParLeService, erreursMissions, parametresId, schemaProjetDetaille } from "./schemas";

const parametres = parametresId("l'identifiant du projet");
const DROITS = "Pour l'organisation du projet ; 404 pour les autres (son existence n'est pas révélée).";

export const projet: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/v1/projets/:id",
    {
      schema: {
        tags: ["missions"],
        ...acces({ action: "missions.publier" }),
        summary: "Un projet et ses missions",
        description: DROITS,
        params: parametres,
        response: { 200: schemaProjetDetaille, ...erreursMissions },
      },
    },
    async (requete) => app.services.missions.lireProjet(exigerActeur(requete), requete.params.id),
  );

  app.put(
    "/api/v1/projets/:id",
    {
      schema: {
        tags: ["missions"],
        ...acces({ action: "missions.publier" }),
        summary: "Modifier un projet",
        description: DROITS,
        params: parametres,
        body: schemaSaisieProjet,
        response: { 200: schemaProjetDetaille, ...erreursMissions },
      },
      validatorCompiler: corpsLuParLeService,
    },
    async (requete) => app.services.missions.modifierProjet(exigerActeur(requete), requete.params.id, requete.body as unknown, requete.id),
  );
};
