/**
 * Whatever a client sends with an event — wrong types, nested junk, huge strings — a case answers
 * with a 4xx in French, never a 500, and a refused event writes nothing: every event of every
 * procedure, fired by every person who may be on the case, with hostile inputs.
 */
import type { FastifyInstance } from "fastify";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { creerAppDeTest } from "../../../../test/support/app-de-test";
import { type BaseDeTest, baseDeTest } from "../../../../test/support/base-de-test";
import { connecterChaqueRole, type SessionDeTest } from "../../../../test/support/sessions-de-test";
import { lignes } from "../../../db/client";
import type { Role } from "../../../domain/acces";
import { DOCUMENTS_PROCEDURE, DOSSIERS, TYPES_PROCEDURE } from "../../../domain/procedures";

let base: BaseDeTest;
let app: FastifyInstance;
let session: (role: Role) => SessionDeTest;

beforeAll(async () => {
  base = await (await baseDeTest()).cloner();
  app = await creerAppDeTest(base, { PUBLIC_URL: "http://vivier.test" });
  session = await connecterChaqueRole(app);
});
afterAll(async () => {
  await app?.close();
  await base?.close();
});

const HOSTILES: unknown[] = [42, "x".repeat(5000), [1, [2]], { a: { b: { c: null } } }, true, null, "2026-02-30", -1e308];
const ROLES: Role[] = ["agent", "gestionnaire_rh", "superieur_hierarchique", "autorite_territoriale", "charge_ri", "operateur"];

describe("des saisies hostiles sur chaque événement de chaque procédure", () => {
  it.each(TYPES_PROCEDURE)("%s : jamais d'erreur du serveur, et un refus n'écrit rien", async (type) => {
    const rh = session("gestionnaire_rh");
    const profilAgent = (await session("agent").appeler({ method: "GET", url: "/api/v1/me/profil" })).json().profil.id;
    const operateurId = session("operateur").organisationId;
    const ouverte = await rh.appeler({
      method: "POST",
      url: "/api/v1/procedures",
      payload: type === "convention_partenariat" ? { type, operateurId } : { type, profilId: profilAgent },
    });
    // The partnership convention is the RI service's to open: HR is refused, clearly.
    const id: string =
      ouverte.statusCode === 201
        ? ouverte.json().id
        : (await session("charge_ri").appeler({ method: "POST", url: "/api/v1/procedures", payload: { type, operateurId } })).json().id;
    expect(id, ouverte.body).toBeTruthy();
    const historique = async () => (await lignes<{ n: number }>(base.db, sql`select count(*)::int as n from procedures_historique where procedure_id = ${id}::uuid`))[0]!.n;
    // Junk as the case's data, then each template generated from it with junk inputs.
    for (const valeur of HOSTILES) {
      for (const role of ROLES) {
        const r = await session(role).appeler({ method: "PUT", url: `/api/v1/procedures/${id}/donnees`, payload: { agent: valeur, dateDebut: valeur, remboursement: valeur, lignes: valeur } });
        expect(r.statusCode, `données par ${role} : ${r.body.slice(0, 200)}`).toBeLessThan(500);
        for (const { modele } of DOCUMENTS_PROCEDURE[type]) {
          const d = await session(role).appeler({ method: "POST", url: `/api/v1/procedures/${id}/documents`, payload: { modele, format: "pdf", saisie: { "autorite.nom": valeur, signature: valeur } } });
          expect(d.statusCode, `${modele} par ${role} : ${d.body.slice(0, 200)}`).toBeLessThan(500);
        }
      }
    }
    for (const evenement of DOSSIERS[type].evenements) {
      for (const valeur of HOSTILES) {
        for (const role of ROLES) {
          const avant = await historique();
          const saisie = Object.fromEntries(["avis", "motifRetrait", "demandeur", "dateInformationAssemblee", "anneeRapport", "remboursement", "nouvelleFin", "surLePosteDOrigine", "reunion", "evaluation", "convention"].map((c) => [c, valeur]));
          const r = await session(role).appeler({ method: "POST", url: `/api/v1/procedures/${id}/evenements`, payload: { evenement, motif: typeof valeur === "string" ? valeur : undefined, saisie } });
          expect(r.statusCode, `${evenement} par ${role} avec ${JSON.stringify(valeur).slice(0, 40)} : ${r.body.slice(0, 200)}`).toBeLessThan(500);
          if (r.statusCode >= 400) {
            expect(r.json().detail, r.body).toMatch(/[a-zé]/i);
            expect(await historique()).toBe(avant);
          }
        }
      }
    }
  }, 120_000);
});
