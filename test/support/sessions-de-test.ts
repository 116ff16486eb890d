/** Signing in demo accounts in API tests, and calling the API as them (cookie and anti-CSRF token). */
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from "fastify";
import { ROLES, type Role } from "../../src/domain/acces";
import { COMPTES_DEMO, MOT_DE_PASSE_DEMO } from "../../src/domain/organisations";

export type SessionDeTest = {
  cookie: string;
  csrf: string;
  utilisateurId: string;
  organisationId: string;
  /** Calls the API as this person; writes carry the anti-CSRF token. */
  appeler(options: { method: InjectOptions["method"]; url: string; payload?: unknown }): Promise<LightMyRequestResponse>;
};

export const cookieDe = (r: LightMyRequestResponse) => {
  const c = r.cookies.find((x) => x.name === "vivier_session");
  return c ? `vivier_session=${c.value}` : "";
};

export async function sessionDe(app: FastifyInstance, cookie: string): Promise<SessionDeTest> {
  const moi = (await app.inject({ method: "GET", url: "/api/v1/me", headers: { cookie } })).json();
  const active = moi.appartenances.find((a: { id: string }) => a.id === moi.appartenanceActive);
  return {
    cookie,
    csrf: moi.csrf,
    utilisateurId: moi.utilisateur.id,
    organisationId: active?.organisation.id,
    appeler: ({ method, url, payload }) =>
      app.inject({ method, url, payload: payload as InjectOptions["payload"], headers: { cookie, "x-csrf-token": moi.csrf } }),
  };
}

export async function connecterDemo(app: FastifyInstance, email: string, ip = "10.9.0.1"): Promise<SessionDeTest> {
  const r = await app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { email, password: MOT_DE_PASSE_DEMO }, remoteAddress: ip });
  if (r.statusCode !== 200) throw new Error(`connexion de ${email} : ${r.statusCode} ${r.body}`);
  return sessionDe(app, cookieDe(r));
}

/** One demo account signed in per role (the first account whose first membership has it). */
export async function connecterChaqueRole(app: FastifyInstance): Promise<(role: Role) => SessionDeTest> {
  const sessions = new Map<Role, SessionDeTest>();
  for (const role of ROLES) {
    const compte = COMPTES_DEMO.find((c) => c.roles[0]![1] === role);
    if (compte) sessions.set(role, await connecterDemo(app, compte.email));
  }
  return (role) => {
    const s = sessions.get(role);
    if (!s) throw new Error(`aucun compte de démonstration n'a d'abord le rôle ${role}`);
    return s;
  };
}
