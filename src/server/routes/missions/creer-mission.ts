import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { schemaMission as schemaSaisieMission } from "../../../domain/missions";
import { acces } from "../../plugins/acces";
import { exigerActeur } from "../../plugins/auth";
import { corpsLuParLeService, erreursMissions, parametresId, schemaMission } from "./schemas";

export const creerMission: FastifyPluginAsyncZod = async (app) => {
  app.post(
    "/api/v1/projets/:id/missions",
    {
      schema: {
        tags: ["missions"],
        ...acces({ action: "missions.publier" }),
        summary: "Créer une mission (brouillon) dans un projet",
        description:
          "Seuls l'intitulé et la source sont obligatoires dans un brouillon ; la publication exige en plus les termes de référence, le pays, le bénéficiaire, " +
          "au moins un domaine, le cadre et au moins une session. La source doit être de celles que publie l'organisation (un opérateur : operateur ou " +
          "demande_etrangere ; la DAECT : daect_expe_ct ou demande_etrangere ; une collectivité : cooperation_decentralisee ou demande_etrangere). " +
          "Les erreurs sont rendues champ par champ (sessions.1.fin, domaines.0.code…), rien n'est écrit.",
        params: parametresId("l'identifiant du projet"),
        body: schemaSaisieMission,
        response: { 201: schemaMission, ...erreursMissions },
      },
      validatorCompiler: corpsLuParLeService,
    },
    async (requete, reponse) => {
      reponse.code(201);
      return app.services.missions.creerMission(exigerActeur(requete), requete.params.id, requete.body as unknown, requete.id);
    },
  );
};
