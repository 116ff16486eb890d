import type { FastifyReply } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErreurMetier } from "../../../domain/shared";
import { COOKIE_PROCONNECT, DUREE_ETAT_SECONDES, ErreurProconnect, type ServiceProconnect } from "../../../services/acces/proconnect";
import { reponsesErreur } from "../schemas";

/** Only the two ProConnect routes receive the cookie; SameSite=Lax lets it come back with the provider's redirect. */
export function optionsCookieProconnect(https: boolean) {
  return { httpOnly: true, sameSite: "lax", secure: https, path: "/api/v1/auth/proconnect" } as const;
}

/** The service, or a 404 on an instance where ProConnect is not configured (no button is shown there). */
export function exigerProconnect(service: ServiceProconnect | undefined): ServiceProconnect {
  if (!service) throw new ErreurMetier("introuvable", "La connexion avec ProConnect n'est pas configurée sur cette instance de Vivier.");
  return service;
}

/** Back to the sign-in page, which shows the French message of `raison` (never text taken from the address). */
export function renvoyerVersConnexion(reponse: FastifyReply, erreur: unknown) {
  const raison = erreur instanceof ErreurProconnect ? erreur.raison : "echec";
  if (erreur instanceof ErreurProconnect) {
    // The cause's name and message only: openid-client's errors carry response bodies (tokens, claims).
    const cause = erreur.cause instanceof Error ? { nom: erreur.cause.name, code: (erreur.cause as { code?: unknown }).code, message: erreur.cause.message } : undefined;
    reponse.log.info({ raison, detail: erreur.message, cause }, "connexion ProConnect refusée");
  } else {
    reponse.log.error({ err: erreur }, "connexion ProConnect en échec");
  }
  return reponse.redirect(`/connexion?erreur=${raison}`, 302);
}

export const connexionProconnect: FastifyPluginAsyncZod = async (app) => {
  const https = app.config.publicUrl.startsWith("https://");
  app.get(
    "/api/v1/auth/proconnect/login",
    {
      schema: {
        tags: ["comptes"],
        summary: "Se connecter avec ProConnect",
        description:
          "Adresse du bouton « S'identifier avec ProConnect » : redirige (302) le navigateur vers ProConnect, avec state, nonce et " +
          "défi PKCE (S256), gardés 10 minutes dans le cookie signé `vivier_proconnect` (httpOnly, SameSite=Lax). Le retour se fait " +
          "sur `/api/v1/auth/proconnect/callback`. Si ProConnect ne répond pas, redirige vers `/connexion?erreur=indisponible`. " +
          "Répond 404 (`introuvable`) sur une instance où ProConnect n'est pas configuré.",
        security: [],
        querystring: z.object({
          retour: z
            .string()
            .max(2000, { error: "l'adresse de retour ne peut dépasser 2000 caractères" })
            .optional()
            .describe("Chemin de Vivier où revenir une fois connecté (« / » par défaut ; toute adresse d'un autre site est ignorée)"),
        }),
        response: {
          302: z.null().describe("Redirection vers ProConnect (en-tête Location)"),
          ...reponsesErreur,
        },
      },
    },
    async (requete, reponse) => {
      const proconnect = exigerProconnect(app.services.proconnect);
      try {
        const { url, etat } = await proconnect.commencer(requete.query.retour);
        reponse.setCookie(COOKIE_PROCONNECT, etat, { ...optionsCookieProconnect(https), maxAge: DUREE_ETAT_SECONDES });
        return reponse.redirect(url, 302);
      } catch (erreur) {
        return renvoyerVersConnexion(reponse, erreur);
      }
    },
  );
};
