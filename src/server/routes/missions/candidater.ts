import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { acces } from "../../plugins/acces";
import { exigerActeur } from "../../plugins/auth";
import { schemaUuid } from "../schemas";
import { erreursMissions, parametresId, schemaCandidature } from "./schemas";

export const candidater: FastifyPluginAsyncZod = async (app) => {
  app.post(
    "/api/v1/missions/:id/candidatures",
    {
      schema: {
        tags: ["missions"],
        ...acces({ action: "missions.candidater" }),
        summary: "Candidater à une mission, ou y proposer un agent",
        description:
          "L'agent candidate avec son propre profil (sans profilId) ; le service RH de l'employeur propose l'un de ses agents (profilId), qui confirme ensuite. " +
          "Seulement si la mission est publiée ou en sélection, avant sa date limite, et si l'organisation de la mission peut voir le profil selon le " +
          "consentement de l'agent (un opérateur : profils ouverts aux opérateurs ; la DAECT : au ministère ; une collectivité : ses propres agents) — 403 sinon. " +
          "La libération par l'employeur est à accorder, sauf pour un retraité ou un élu. Une seule candidature par profil et par mission (409).",
        params: parametresId("l'identifiant de la mission"),
        body: z.object({ profilId: schemaUuid("l'identifiant du profil").optional().describe("Le profil de l'agent proposé (service RH) ; par défaut, mon profil") }).nullish(),
        response: { 201: schemaCandidature, ...erreursMissions },
      },
    },
    async (requete, reponse) => {
      reponse.code(201);
      return app.services.candidatures.creer(exigerActeur(requete), requete.params.id, requete.body ?? {}, requete.id);
    },
  );
};
