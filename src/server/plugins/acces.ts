/**
 * What each operation requires, declared next to it in its OpenAPI description, so that the
 * document, the server and the tests read the same declaration:
 *
 * - `x-acces`: `{ personnel: true }` (the signed-in person's own account) or
 *   `{ action, organisation }` — a policy action (../../domain/acces/politique.ts) and where the
 *   request names the organisation concerned (`params.id`, `query.organisationId`…).
 *   Before the body is even validated, a role that may not act gets 403 and another
 *   organisation gets 404. Services check again with the full policy (shared records…): this
 *   first gate makes a forgotten check in a new service fail closed.
 * - `{ fiche: "profil" }`, `{ fiche: "procedure" }`: any person acting with a role; whether they
 *   may see or change that record is decided by the service from the record itself (an agent's
 *   consent; one's part in a case), 404 otherwise.
 * - `x-limite-debit`: at most `max` requests per person (or address) in `fenetreMinutes`.
 *
 * Every non-public API operation must declare `x-acces`: the server refuses to start otherwise.
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { type Action, exigerAutorisation } from "../../domain/acces";
import { exigerActeur, exigerIdentite } from "./auth";

export type AccesRoute = { personnel: true } | { fiche: "profil" | "procedure" } | { action: Action; organisation?: `params.${string}` | `query.${string}` };
export type LimiteDebit = { nom: string; max: number; fenetreMinutes: number; par: "personne" | "adresse" };

/** To spread into a route's schema. */
export const acces = (a: AccesRoute) => ({ "x-acces": a });
export const limiteDebit = (l: LimiteDebit) => ({ "x-limite-debit": l });

type Schema = { security?: unknown[]; "x-acces"?: AccesRoute; "x-limite-debit"?: LimiteDebit } | undefined;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The organisation id the request names, when it is one (a malformed one gets its 400 from validation). */
function valeur(requete: FastifyRequest, chemin: string): string | null {
  const [ou, nom] = chemin.split(".") as ["params" | "query", string];
  const v = (requete[ou] as Record<string, unknown> | undefined)?.[nom];
  return typeof v === "string" && UUID.test(v) ? v.toLowerCase() : null;
}

export const accesPlugin = fp(async (app: FastifyInstance) => {
  app.addHook("onRoute", (route) => {
    const schema = route.schema as Schema;
    const publique = Array.isArray(schema?.security) && schema.security.length === 0;
    if (route.url.startsWith("/api/v1/") && !publique && !schema?.["x-acces"]) {
      throw new Error(`${String(route.method)} ${route.url} : déclarez x-acces (acces(...)) ou security: [] dans son schéma.`);
    }
  });

  app.addHook("preValidation", async (requete) => {
    const schema = requete.routeOptions.schema as Schema;
    const regle = schema?.["x-acces"];
    if (regle && "fiche" in regle) exigerActeur(requete);
    if (regle && "action" in regle) {
      const acteur = exigerActeur(requete);
      // The organisation named by the request (by default the actor's own: role check only).
      const organisationId = regle.organisation ? (valeur(requete, regle.organisation) ?? acteur.organisationId) : acteur.organisationId;
      exigerAutorisation(acteur, regle.action, { organisationId });
    }
    const limite = schema?.["x-limite-debit"];
    if (limite) {
      const qui = limite.par === "adresse" ? requete.ip : exigerIdentite(requete).utilisateur.id;
      await app.services.limites.verifier(limite, qui);
    }
  });
});
