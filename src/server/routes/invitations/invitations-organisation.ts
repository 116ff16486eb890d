import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { VALIDITE_INVITATION_JOURS } from "../../../services/acces/invitations";
import { acces, limiteDebit } from "../../plugins/acces";
import { exigerActeur } from "../../plugins/auth";
import { reponsesErreur, schemaEmail, schemaProbleme, schemaRole, schemaUuid } from "../schemas";

const idOrganisation = { id: schemaUuid("l'identifiant de l'organisation") };

export const listerInvitations: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/v1/organisations/:id/invitations",
    {
      schema: {
        tags: ["organisations"],
        ...acces({ action: "organisation.inviter", organisation: "params.id" }),
        summary: "Les invitations d'une organisation",
        description: "Les 200 dernières, avec leur état : en_attente, acceptee, annulee, expiree.",
        params: z.object(idOrganisation),
        response: {
          200: z.object({
            invitations: z.array(
              z.object({
                id: z.string(),
                email: z.string(),
                role: z.string(),
                roleLibelle: z.string(),
                inviteParNom: z.string().nullable(),
                creeLe: z.string(),
                expireLe: z.string(),
                etat: z.enum(["en_attente", "acceptee", "annulee", "expiree"]),
              }),
            ),
          }),
          401: schemaProbleme,
          403: schemaProbleme,
          ...reponsesErreur,
        },
      },
    },
    async (requete) => ({ invitations: await app.services.invitations.lister(exigerActeur(requete), requete.params.id) }),
  );
};

export const inviter: FastifyPluginAsyncZod = async (app) => {
  app.post(
    "/api/v1/organisations/:id/invitations",
    {
      schema: {
        tags: ["organisations"],
        ...acces({ action: "organisation.inviter", organisation: "params.id" }),
        ...limiteDebit({ nom: "invitations", max: 100, fenetreMinutes: 60, par: "personne" }),
        summary: "Inviter une personne dans l'organisation, avec un rôle",
        description:
          `Envoie un courriel avec un lien à usage unique, valable ${VALIDITE_INVITATION_JOURS} jours. ` +
          "Une nouvelle invitation à la même adresse pour le même rôle remplace la précédente.",
        params: z.object(idOrganisation),
        body: z.object({ email: schemaEmail, role: schemaRole }),
        response: {
          201: z.object({ id: z.string(), email: z.string(), role: z.string(), expireLe: z.string() }),
          401: schemaProbleme,
          403: schemaProbleme,
          429: schemaProbleme,
          ...reponsesErreur,
        },
      },
    },
    async (requete, reponse) => {
      const invitation = await app.services.invitations.inviter(exigerActeur(requete), requete.params.id, requete.body, requete.id);
      return reponse.status(201).send(invitation);
    },
  );
};

export const annulerInvitation: FastifyPluginAsyncZod = async (app) => {
  app.delete(
    "/api/v1/organisations/:id/invitations/:invitationId",
    {
      schema: {
        tags: ["organisations"],
        ...acces({ action: "organisation.inviter", organisation: "params.id" }),
        summary: "Annuler une invitation en attente",
        description: "Son lien cesse aussitôt de fonctionner.",
        params: z.object({ ...idOrganisation, invitationId: schemaUuid("l'identifiant de l'invitation") }),
        response: { 204: z.null(), 401: schemaProbleme, 403: schemaProbleme, ...reponsesErreur },
      },
    },
    async (requete, reponse) => {
      await app.services.invitations.annuler(exigerActeur(requete), requete.params.id, requete.params.invitationId, requete.id);
      return reponse.status(204).send(null);
    },
  );
};
