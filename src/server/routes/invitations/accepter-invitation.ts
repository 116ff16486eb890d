import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { limiteDebit } from "../../plugins/acces";
import { poserCookieSession } from "../../plugins/auth";
import { reponsesErreur, schemaProbleme, texteLibre } from "../schemas";

/** The link's token: in the body, never in a URL that logs would keep. */
const jeton = z
  .string({ error: "le jeton du lien est obligatoire" })
  .trim()
  .min(20, { error: "lien d'invitation incomplet : copiez-le en entier depuis le courriel" })
  .max(100, { error: "lien d'invitation invalide" })
  .regex(/^[A-Za-z0-9_-]+$/, { error: "lien d'invitation invalide" });

// Guessing a link is hopeless (256 bits), but a flood of attempts is refused all the same.
const limite = limiteDebit({ nom: "liens_invitation", max: 30, fenetreMinutes: 15, par: "adresse" });

export const consulterInvitation: FastifyPluginAsyncZod = async (app) => {
  app.post(
    "/api/v1/invitations/consultation",
    {
      schema: {
        tags: ["comptes"],
        security: [],
        ...limite,
        summary: "Ce à quoi invite un lien d'invitation",
        description: "L'organisation, le rôle, l'adresse invitée et si elle a déjà un compte. 404 si le lien a expiré, servi ou été annulé.",
        body: z.object({ jeton }),
        response: {
          200: z.object({
            profil: z.boolean().describe("L'invitation remet aussi à la personne son profil du vivier d'experts"),
            email: z.string(),
            organisationNom: z.string(),
            role: z.string(),
            roleLibelle: z.string(),
            expireLe: z.string(),
            compteExistant: z.boolean(),
          }),
          429: schemaProbleme,
          ...reponsesErreur,
        },
      },
    },
    async (requete) => app.services.invitations.consulter(requete.body.jeton),
  );
};

export const accepterInvitation: FastifyPluginAsyncZod = async (app) => {
  const https = app.config.publicUrl.startsWith("https://");
  app.post(
    "/api/v1/invitations/acceptation",
    {
      schema: {
        tags: ["comptes"],
        security: [],
        ...limite,
        summary: "Accepter une invitation",
        description:
          "Sans compte pour l'adresse invitée : crée le compte (prénom, nom, mot de passe d'au moins 12 caractères, absent des listes " +
          "de mots de passe courants) et ouvre une session. Avec un compte : il faut être connecté avec lui. Le lien ne sert qu'une fois.",
        body: z.object({
          jeton,
          prenom: texteLibre(100, "le prénom").optional(),
          nom: texteLibre(100, "le nom").optional(),
          motDePasse: z.string().max(256, { error: "mot de passe trop long" }).optional(),
        }),
        response: {
          200: z.object({ compteCree: z.boolean() }),
          401: schemaProbleme,
          403: schemaProbleme,
          409: schemaProbleme,
          429: schemaProbleme,
          ...reponsesErreur,
        },
      },
    },
    async (requete, reponse) => {
      const { session } = await app.services.invitations.accepter(requete.body, requete.identite, {
        adresseIp: requete.ip,
        navigateur: requete.headers["user-agent"],
        requestId: requete.id,
      });
      if (session) poserCookieSession(reponse, session.jeton, session.expireLe, https);
      return { compteCree: session !== undefined };
    },
  );
};
