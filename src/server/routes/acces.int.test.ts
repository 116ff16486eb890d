/**
 * The access rules of every operation of the OpenAPI document, routes added later included: each
 * declares what it requires (x-acces), and the declaration is checked against real requests.
 * Without credentials: 401 (auth.int.test.ts). With a role that may not: 403. On another
 * organisation's record: 404. Never a write.
 */
import type { FastifyInstance } from "fastify";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { creerAppDeTest } from "../../../test/support/app-de-test";
import { type BaseDeTest, baseDeTest } from "../../../test/support/base-de-test";
import { connecterDemo, type SessionDeTest } from "../../../test/support/sessions-de-test";
import { lignes } from "../../db/client";
import { type Action, REGLES, ROLES, type Role, rolesAutorises } from "../../domain/acces";
import { COMPTES_DEMO } from "../../domain/organisations";
import type { AccesRoute } from "../plugins/acces";

let base: BaseDeTest;
let app: FastifyInstance;
type Operation = { methode: string; chemin: string; acces: AccesRoute | undefined; publique: boolean };
let operations: Operation[];
const sessions = new Map<Role, SessionDeTest>();

/** A demo account acting with this role (its first membership). */
async function sessionAvecRole(role: Role): Promise<SessionDeTest> {
  const connue = sessions.get(role);
  if (connue) return connue;
  const compte = COMPTES_DEMO.find((c) => c.roles[0]![1] === role);
  if (!compte) throw new Error(`aucun compte de démonstration n'a d'abord le rôle ${role}`);
  const s = await connecterDemo(app, compte.email);
  sessions.set(role, s);
  return s;
}

const AUTRE_UUID = "00000000-0000-4000-8000-000000000000";

/** The request of an operation, naming `organisationId` where the operation names an organisation. */
function requete(op: Operation, organisationId: string) {
  const regle = op.acces && "action" in op.acces ? op.acces : undefined;
  let url = op.chemin;
  const query = new URLSearchParams();
  const [ou, nom] = (regle?.organisation ?? "").split(".");
  url = url.replace(/\{([^}]+)\}/g, (_, parametre: string) => (ou === "params" && parametre === nom ? organisationId : parametre === "role" ? "agent" : AUTRE_UUID));
  if (ou === "query" && nom) query.set(nom, organisationId);
  const q = query.toString();
  return { method: op.methode.toUpperCase() as "GET", url: q ? `${url}?${q}` : url, payload: op.methode === "get" ? undefined : {} };
}

const compterEcritures = async () =>
  (await lignes<{ n: number }>(base.db, sql`select (select count(*) from journal_audit) + (select count(*) from invitations) + (select count(*) from jetons_api) + (select count(*) from appartenances) + (select count(*) from organisations) as n`))[0]!.n;

beforeAll(async () => {
  base = await (await baseDeTest()).cloner();
  app = await creerAppDeTest(base, { PUBLIC_URL: "http://vivier.test" });
  const document = (await app.inject({ method: "GET", url: "/api/openapi.json" })).json();
  operations = Object.entries(document.paths as Record<string, Record<string, { security?: unknown[]; "x-acces"?: AccesRoute }>>).flatMap(([chemin, ops]) =>
    Object.entries(ops).map(([methode, op]) => ({
      methode,
      chemin,
      acces: op["x-acces"],
      publique: Array.isArray(op.security) && op.security.length === 0,
    })),
  );
  // Signed in beforehand: sign-ins are written to the audit trail, the refused calls must not be.
  for (const role of ROLES) await sessionAvecRole(role);
});
afterAll(async () => {
  await app?.close();
  await base?.close();
});

describe("règles d'accès de chaque opération du document OpenAPI", () => {
  it("déclare, pour chaque opération non publique, ce qu'elle exige (x-acces), avec une action de la politique", () => {
    const nonPubliques = operations.filter((o) => !o.publique);
    expect(nonPubliques.length).toBeGreaterThanOrEqual(10);
    for (const op of nonPubliques) {
      expect(op.acces, `${op.methode.toUpperCase()} ${op.chemin}`).toBeDefined();
      if (op.acces && "action" in op.acces) expect(Object.keys(REGLES)).toContain(op.acces.action);
    }
  });

  it("répond 403 à chaque rôle que la politique n'autorise pas, sans rien écrire", async () => {
    const avant = await compterEcritures();
    let verifiees = 0;
    for (const op of operations) {
      if (!op.acces || !("action" in op.acces)) continue;
      const autorises = new Set<Role>([...rolesAutorises(op.acces.action as Action), "administrateur"]);
      for (const role of ROLES.filter((r) => !autorises.has(r))) {
        const s = await sessionAvecRole(role);
        const r = await s.appeler(requete(op, s.organisationId));
        expect(r.statusCode, `${role} : ${op.methode.toUpperCase()} ${op.chemin} → ${r.body}`).toBe(403);
        expect(r.json().detail).toMatch(/^Votre rôle ne permet pas de /);
        verifiees++;
      }
    }
    expect(verifiees).toBeGreaterThanOrEqual(30);
    expect(await compterEcritures()).toBe(avant);
  });

  it("répond 404 sur une autre organisation, sans révéler qu'elle existe ni rien écrire", async () => {
    const avant = await compterEcritures();
    const etrangere = (await sessionAvecRole("agent_daect")).organisationId;
    let verifiees = 0;
    for (const op of operations) {
      if (!op.acces || !("action" in op.acces) || !op.acces.organisation) continue;
      for (const role of rolesAutorises(op.acces.action as Action)) {
        const s = await sessionAvecRole(role);
        expect(s.organisationId).not.toBe(etrangere);
        const existante = await s.appeler(requete(op, etrangere));
        const inexistante = await s.appeler(requete(op, AUTRE_UUID));
        expect(existante.statusCode, `${role} : ${op.methode.toUpperCase()} ${op.chemin} → ${existante.body}`).toBe(404);
        // The same answer whether the organisation exists or not.
        expect(existante.json().detail).toBe(inexistante.json().detail);
        verifiees++;
      }
    }
    expect(verifiees).toBeGreaterThanOrEqual(5);
    expect(await compterEcritures()).toBe(avant);
  });

  it("applique les mêmes règles à un jeton d'API, sans jeton anti-CSRF", async () => {
    const agent = await sessionAvecRole("agent");
    const moi = (await agent.appeler({ method: "GET", url: "/api/v1/me" })).json();
    const cree = await agent.appeler({ method: "POST", url: "/api/v1/me/jetons", payload: { nom: "Test", appartenanceId: moi.appartenanceActive, dureeJours: 1 } });
    expect(cree.statusCode).toBe(201);
    const entetes = { authorization: `Bearer ${cree.json().jeton}` };
    for (const op of operations.filter((o) => o.acces && "action" in o.acces && !rolesAutorises(o.acces.action as Action).includes("agent"))) {
      const r = await app.inject({ ...requete(op, agent.organisationId), headers: entetes });
      expect(r.statusCode, `${op.methode.toUpperCase()} ${op.chemin}`).toBe(403);
    }
  });
});
