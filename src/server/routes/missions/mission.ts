/** One mission: read it, change its draft. */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { schemaMission as schemaSaisieMission } from "../../../domain/missions";
import { acces } from "../../plugins/acces";
import { exigerActeur } from "../../plugins/auth";
import { corpsLuParLeService, erreursMissions, parametresId, schemaMission } from "./schemas";

const parametres = parametresId("l'identifiant de la mission");

export const mission: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/v1/missions/:id",
    {
      schema: {
        tags: ["missions"],
        ...acces({ action: "missions.voir" }),
        summary: "Une mission",
        description:
          "Avec ses sessions, ce que la personne connectée peut en faire (evenementsPossibles, droits). Un brouillon n'est visible que de son organisation : 404 pour les autres.",
        params: parametres,
        response: { 200: schemaMission, ...erreursMissions },
      },
    },
    async (requete) => app.services.missions.lire(exigerActeur(requete), requete.params.id),
  );

  app.put(
    "/api/v1/missions/:id",
    {
      schema: {
        tags: ["missions"],
        ...acces({ action: "missions.publier" }),
        summary: "Modifier le brouillon d'une mission",
        description:
          "Seul un brouillon se modifie (409 sinon), par son organisation. Sans `sessions`, les sessions restent telles quelles ; avec, elles sont remplacées " +
          "(et numérotées de nouveau à partir de 1). Les erreurs sont rendues champ par champ, rien n'est écrit.",
        params: parametres,
        body: schemaSaisieMission,
        response: { 200: schemaMission, ...erreursMissions },
      },
      validatorCompiler: corpsLuParLeService,
    },
    async (requete) => app.services.missions.modifierMission(exigerActeur(requete), requete.params.id, requete.body as unknown, requete.id),
  );
};
