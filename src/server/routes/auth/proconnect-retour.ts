import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { COOKIE_PROCONNECT } from "../../../services/acces/proconnect";
import { poserCookieSession } from "../../plugins/auth";
import { reponsesErreur } from "../schemas";
import { exigerProconnect, optionsCookieProconnect, renvoyerVersConnexion } from "./proconnect-connexion";

const parametre = (description: string) => z.string().max(4096, { error: "paramètre trop long" }).optional().describe(description);

export const retourProconnect: FastifyPluginAsyncZod = async (app) => {
  const https = app.config.publicUrl.startsWith("https://");
  app.get(
    "/api/v1/auth/proconnect/callback",
    {
      schema: {
        tags: ["comptes"],
        summary: "Retour de ProConnect (redirect_uri)",
        description:
          "ProConnect y renvoie le navigateur après l'authentification. Vivier échange le code (avec le vérificateur PKCE), " +
          "vérifie state et nonce, lit les informations de l'utilisateur, puis trouve le compte : celui déjà lié à cette " +
          "identité ProConnect (`sub`), sinon celui de la même adresse électronique, qu'il lie alors (sauf si le fournisseur " +
          "dit l'adresse non vérifiée). Aucun compte n'est créé. En cas de succès, pose le cookie `vivier_session` et redirige " +
          "vers le chemin demandé au départ ; sinon redirige vers `/connexion?erreur=<code>` (`aucun_compte`, " +
          "`email_non_verifie`, `compte_desactive`, `indisponible` ou `echec`), sans session.",
        security: [],
        querystring: z.object({
          code: parametre("Code d'autorisation"),
          state: parametre("Valeur state envoyée au départ"),
          iss: parametre("Émetteur de la réponse (RFC 9207)"),
          error: parametre("Code d'erreur OAuth 2.0, quand l'authentification n'a pas abouti"),
          error_description: parametre("Description de l'erreur"),
        }),
        response: {
          302: z.null().describe("Redirection vers Vivier : le chemin demandé, ou la page de connexion avec le code d'erreur"),
          ...reponsesErreur,
        },
      },
    },
    async (requete, reponse) => {
      const proconnect = exigerProconnect(app.services.proconnect);
      const etat = requete.cookies[COOKIE_PROCONNECT];
      // Used once, whatever the outcome: a replayed way back finds no state.
      reponse.clearCookie(COOKIE_PROCONNECT, optionsCookieProconnect(https));
      const debut = requete.url.indexOf("?");
      try {
        const { jeton, expireLe, retour } = await proconnect.terminer(debut < 0 ? "" : requete.url.slice(debut), etat, {
          adresseIp: requete.ip,
          navigateur: requete.headers["user-agent"],
          requestId: requete.id,
        });
        poserCookieSession(reponse, jeton, expireLe, https);
        return reponse.redirect(retour, 302);
      } catch (erreur) {
        return renvoyerVersConnexion(reponse, erreur);
      }
    },
  );
};
