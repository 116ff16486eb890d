import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { acces } from "../../plugins/acces";
import { exigerActeur } from "../../plugins/auth";
import { erreursMissions, requeteMissions, schemaListeMissions } from "./schemas";

export const listerMissions: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/v1/missions",
    {
      schema: {
        tags: ["missions"],
        ...acces({ action: "missions.voir" }),
        summary: "Les missions",
        description:
          "Toute personne connectée voit les missions publiées et les suivantes (en sélection, pourvues, en cours, terminées, annulées) ; " +
          "l'organisation propriétaire voit aussi ses brouillons. Filtres : état, pays, domaine, source, organisation, projet, mots de l'intitulé. " +
          "Un domaine ou un pays inconnu est refusé avec un message par critère.",
        querystring: requeteMissions,
        response: { 200: schemaListeMissions, ...erreursMissions },
      },
    },
    async (requete) => {
      const q = requete.query;
      return app.services.missions.lister(exigerActeur(requete), {
        q: q.q,
        etats: q.etat,
        pays: q.pays,
        domaines: q.domaine,
        sources: q.source,
        organisationId: q.organisationId,
        projetId: q.projetId,
        page: q.page,
        parPage: q.parPage,
      });
    },
  );
};
