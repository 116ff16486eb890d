/**
 * Who is asking, for every request: the session cookie (web app) or an API token
 * (`Authorization: Bearer vivier_…`, operators' systems). A route
 * is public only when its OpenAPI description says so (`security: []`); every other route answers
 * 401 to an anonymous request. Writes made with the cookie must carry the session's anti-CSRF
 * token (x-csrf-token) and, when the browser sends one, an Origin that is ours.
 */
import cookie from "@fastify/cookie";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { type Acteur } from "../../domain/acces";
import { ErreurMetier } from "../../domain/shared";
import { acteurDe, type Identite } from "../../services/acces/authentification";

export const COOKIE_SESSION = "vivier_session";
const METHODES_SURES = new Set(["GET", "HEAD", "OPTIONS"]);

declare module "fastify" {
  interface FastifyRequest {
    identite: Identite | undefined;
  }
}

/** The API's own documentation is public, though its routes are not described in it. */
const DOCUMENTATION = /^\/api\/(docs($|\/)|openapi\.json$)/;

export function estPublique(requete: FastifyRequest): boolean {
  if (DOCUMENTATION.test(requete.routeOptions.url ?? "")) return true;
  const securite = (requete.routeOptions.schema as { security?: unknown[] } | undefined)?.security;
  return Array.isArray(securite) && securite.length === 0;
}

/** The person asking, or a 401 (routes that require someone call this). */
export function exigerIdentite(requete: FastifyRequest): Identite {
  if (!requete.identite) throw new ErreurMetier("non_authentifie", "Connectez-vous pour accéder à cette ressource.");
  return requete.identite;
}

/** The person and the role they act with, or 401 / 403 when they have no role yet. */
export function exigerActeur(requete: FastifyRequest): Acteur {
  const acteur = acteurDe(exigerIdentite(requete));
  if (!acteur) throw new ErreurMetier("interdit", "Votre compte n'a encore aucun rôle dans une organisation.");
  return acteur;
}

export function poserCookieSession(reponse: FastifyReply, jeton: string, expireLe: Date, https: boolean) {
  reponse.setCookie(COOKIE_SESSION, jeton, { httpOnly: true, sameSite: "lax", secure: https, path: "/", expires: expireLe });
}

export function effacerCookieSession(reponse: FastifyReply, https: boolean) {
  reponse.clearCookie(COOKIE_SESSION, { httpOnly: true, sameSite: "lax", secure: https, path: "/" });
}

export const authPlugin = fp(async (app: FastifyInstance, options: { publicUrl: string }) => {
  await app.register(cookie);
  const origine = new URL(options.publicUrl).origin;
  app.decorateRequest("identite", undefined);

  app.addHook("onRequest", async (requete) => {
    const autorisation = requete.headers.authorization;
    if (autorisation !== undefined) {
      // A token that does not work is an error, not an anonymous request: the system that sent it
      // must learn that it expired or was revoked.
      const porteur = /^Bearer\s+(\S+)$/i.exec(autorisation)?.[1];
      requete.identite = porteur ? await app.services.jetons.identifier(porteur) : undefined;
      if (!requete.identite) throw new ErreurMetier("non_authentifie", "Jeton d'API invalide, expiré ou révoqué.");
      return;
    }
    const jeton = requete.cookies[COOKIE_SESSION];
    if (jeton) requete.identite = await app.services.authentification.identifier(jeton);

    if (!METHODES_SURES.has(requete.method)) {
      // A cross-site form or script cannot write in the user's name.
      // Ours is PUBLIC_URL, or the address the request came to (localhost and 127.0.0.1 alike).
      const origineRecue = requete.headers.origin;
      const origineDemandee = `${requete.protocol}://${requete.headers.host ?? ""}`;
      if (origineRecue && origineRecue !== origine && origineRecue !== origineDemandee && jeton) {
        throw new ErreurMetier("interdit", "Requête refusée : elle ne vient pas de Vivier.");
      }
      // Public writes (sign-in) act on nobody's behalf: the token guards the others.
      if (requete.identite?.session && !estPublique(requete) && requete.headers["x-csrf-token"] !== requete.identite.session.csrf) {
        throw new ErreurMetier("interdit", "Jeton anti-CSRF manquant ou invalide : rechargez la page et recommencez.");
      }
    }
    if (!requete.identite && !estPublique(requete) && requete.routeOptions.url?.startsWith("/api/")) {
      throw new ErreurMetier("non_authentifie", "Connectez-vous pour accéder à cette ressource.");
    }
  });
});
