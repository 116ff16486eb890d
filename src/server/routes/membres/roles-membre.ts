import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { acces } from "../../plugins/acces";
import { exigerActeur } from "../../plugins/auth";
import { reponsesErreur, schemaProbleme, schemaRole, schemaUuid } from "../schemas";

const params = z.object({
  id: schemaUuid("l'identifiant de l'organisation"),
  utilisateurId: schemaUuid("l'identifiant du membre"),
  role: schemaRole,
});
const reponses = { 204: z.null(), 401: schemaProbleme, 403: schemaProbleme, 409: schemaProbleme, ...reponsesErreur };

export const ajouterRoleMembre: FastifyPluginAsyncZod = async (app) => {
  app.put(
    "/api/v1/organisations/:id/membres/:utilisateurId/roles/:role",
    {
      schema: {
        tags: ["organisations"],
        ...acces({ action: "organisation.gerer_membres", organisation: "params.id" }),
        summary: "Donner un rôle à un membre",
        description:
          "Le rôle doit exister pour ce type d'organisation. Seuls les membres reçoivent des rôles ainsi ; " +
          "une autre personne est invitée (`POST /api/v1/organisations/{id}/invitations`). Sans effet si le membre a déjà ce rôle.",
        params,
        response: reponses,
      },
    },
    async (requete, reponse) => {
      const { id, utilisateurId, role } = requete.params;
      await app.services.membres.ajouterRole(exigerActeur(requete), id, utilisateurId, role, requete.id);
      return reponse.status(204).send(null);
    },
  );
};

export const retirerRoleMembre: FastifyPluginAsyncZod = async (app) => {
  app.delete(
    "/api/v1/organisations/:id/membres/:utilisateurId/roles/:role",
    {
      schema: {
        tags: ["organisations"],
        ...acces({ action: "organisation.gerer_membres", organisation: "params.id" }),
        summary: "Retirer un rôle à un membre",
        description: "L'organisation garde toujours au moins un administrateur (409 sinon).",
        params,
        response: reponses,
      },
    },
    async (requete, reponse) => {
      const { id, utilisateurId, role } = requete.params;
      await app.services.membres.retirerRole(exigerActeur(requete), id, utilisateurId, role, requete.id);
      return reponse.status(204).send(null);
    },
  );
};
