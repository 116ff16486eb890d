/** The sessions of a mission, one at a time: add, change, remove — with the thresholds of the staffed experts. */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { schemaSession as schemaSaisieSession } from "../../../domain/missions";
import { acces } from "../../plugins/acces";
import { exigerActeur } from "../../plugins/auth";
import { schemaUuid } from "../schemas";
import { corpsLuParLeService, erreursMissions, parametresId, schemaReponseSessions } from "./schemas";

const parametresSession = z.object({
  id: schemaUuid("l'identifiant de la mission"),
  rang: z.coerce
    .number({ error: "le numéro de la session est un nombre entier" })
    .int({ error: "le numéro de la session est un nombre entier" })
    .min(1, { error: "le numéro de la session est au moins 1" })
    .max(100_000, { error: "numéro de session inconnu" }),
});

const REGLES =
  "Par l'organisation de la mission, tant qu'elle n'est ni terminée ni annulée. Une session ne chevauche pas une autre session datée ; " +
  "une mission publiée garde au moins une session. Quand des experts sont affectés, les jours déjà faits ne changent pas : une session commencée " +
  "ne se modifie ni ne se retire (409), une nouvelle session ne commence pas dans le passé (400). La réponse donne, pour chaque expert affecté dont le " +
  "total de jours sur le projet franchit un seuil (6 ou 130 jours), l'avertissement de la règle T5 ; le service RH de son employeur et l'organisation " +
  "de la mission le reçoivent aussi (notification et courriel).";

export const sessionsMission: FastifyPluginAsyncZod = async (app) => {
  app.post(
    "/api/v1/missions/:id/sessions",
    {
      schema: {
        tags: ["missions"],
        ...acces({ action: "missions.publier" }),
        summary: "Ajouter une session à une mission",
        description: `Datée ({ debut, fin }, bornes comprises) ou en nombre de jours ({ jours }, demi-journées admises), avec un libellé facultatif. ${REGLES}`,
        params: parametresId("l'identifiant de la mission"),
        body: schemaSaisieSession,
        response: { 201: schemaReponseSessions, ...erreursMissions },
      },
      validatorCompiler: corpsLuParLeService,
    },
    async (requete, reponse) => {
      reponse.code(201);
      return app.services.missions.ajouterSession(exigerActeur(requete), requete.params.id, requete.body as unknown, requete.id);
    },
  );

  app.put(
    "/api/v1/missions/:id/sessions/:rang",
    {
      schema: {
        tags: ["missions"],
        ...acces({ action: "missions.publier" }),
        summary: "Modifier une session d'une mission",
        description: REGLES,
        params: parametresSession,
        body: schemaSaisieSession,
        response: { 200: schemaReponseSessions, ...erreursMissions },
      },
      validatorCompiler: corpsLuParLeService,
    },
    async (requete) => app.services.missions.modifierSession(exigerActeur(requete), requete.params.id, requete.params.rang, requete.body as unknown, requete.id),
  );

  app.delete(
    "/api/v1/missions/:id/sessions/:rang",
    {
      schema: {
        tags: ["missions"],
        ...acces({ action: "missions.publier" }),
        summary: "Retirer une session d'une mission",
        description: REGLES,
        params: parametresSession,
        response: { 200: schemaReponseSessions, ...erreursMissions },
      },
    },
    async (requete) => app.services.missions.retirerSession(exigerActeur(requete), requete.params.id, requete.params.rang, requete.id),
  );
};
