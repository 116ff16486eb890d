/** One candidacy: read it (with its history and, once staffed, the day total and the advisor's instrument), move it along. */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { acces } from "../../plugins/acces";
import { exigerActeur } from "../../plugins/auth";
import { corpsTransitionCandidature, erreursMissions, parametresId, schemaCandidature } from "./schemas";

const parametres = parametresId("l'identifiant de la candidature");
const QUI = "Pour l'expert, le service RH de son employeur et l'organisation de la mission ; 404 pour les autres.";

export const candidature: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/v1/candidatures/:id",
    {
      schema: {
        tags: ["missions"],
        ...acces({ action: "missions.voir" }),
        summary: "Une candidature, son historique et, une fois affectée, l'instrument recommandé",
        description:
          `${QUI} Une fois la candidature affectée : le total des jours de l'agent sur le projet (toutes ses affectations), les jours faits et restants, ` +
          "le prochain seuil, et la réponse du conseiller (instrument, explication, sources) pour ce total.",
        params: parametres,
        response: { 200: schemaCandidature, ...erreursMissions },
      },
    },
    async (requete) => app.services.candidatures.lire(exigerActeur(requete), requete.params.id),
  );

  app.post(
    "/api/v1/candidatures/:id/transitions",
    {
      schema: {
        tags: ["missions"],
        ...acces({ action: "missions.voir" }),
        summary: "Faire avancer une candidature",
        description:
          `${QUI} L'expert : confirmer (une candidature proposée par son employeur), retirer. L'organisation de la mission : preselectionner, retenir, ` +
          "decliner (motif obligatoire). Le service RH de l'employeur : accorderLiberation, refuserLiberation (motif obligatoire). L'affectation suit d'elle-même " +
          "quand la candidature est retenue et la libération accordée (ou non requise), dans l'ordre qu'on veut. Qui n'a pas ce rôle : 403 ; un état qui ne le " +
          "permet pas : 409 ; un motif manquant : 400. Chaque étape écrit l'historique et prévient les autres personnes concernées.",
        params: parametres,
        body: corpsTransitionCandidature,
        response: { 200: schemaCandidature, ...erreursMissions },
      },
    },
    async (requete) => app.services.candidatures.transition(exigerActeur(requete), requete.params.id, requete.body, requete.id),
  );
};
