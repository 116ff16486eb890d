import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { creerAppDeTest } from "../../../../test/support/app-de-test";
import { type BaseDeTest, baseDeTest } from "../../../../test/support/base-de-test";
import { conseillerDeTest, uneSituation } from "../../../../test/support/conseiller";
import { lireSituation } from "../../../domain/instruments";

let base: BaseDeTest;
let app: FastifyInstance;

beforeAll(async () => {
  base = await baseDeTest();
  app = await creerAppDeTest(base, { PUBLIC_URL: "http://vivier.test" });
});
afterAll(async () => {
  await app?.close();
});

const conseiller = (payload: unknown) => app.inject({ method: "POST", url: "/api/v1/advice", payload: payload as object });

describe("POST /api/v1/advice", () => {
  it("répond sans compte, comme le conseiller du domaine", async () => {
    const saisie = uneSituation({ date: "2026-06-01" }).agent("contractuel_cdd").jours(20).saisie();
    const r = await conseiller(saisie);
    expect(r.statusCode, r.body).toBe(200);
    const lue = lireSituation(saisie);
    if (!lue.ok) throw new Error("situation invalide");
    expect(r.json()).toEqual(JSON.parse(JSON.stringify(conseillerDeTest().conseiller(lue.situation, "2026-06-01"))));
    expect(r.json()).toMatchObject({ instrument: "cumul_activites", recommandationDeLaNote: "mise_a_disposition", joursOuvres: 20, date: "2026-06-01" });
  });

  it("compte les jours ouvrés des sessions datées selon le territoire", async () => {
    const r = await conseiller({ agent: { statut: "titulaire", territoire: "57" }, cadre: "operateur", sessions: [{ debut: "2026-04-01", fin: "2026-04-10" }] });
    expect(r.json().joursOuvres).toBe(6);
    expect(r.json().decompte.explication).toContain("Vendredi saint");
  });

  it("refuse champs inconnus et valeurs impossibles, champ par champ", async () => {
    const r = await conseiller({
      agent: { statut: "roi", territoire: "999", age: -3, pointure: 42 },
      cadre: "vacances",
      hote: { type: "ambassade" },
      sessions: [{ debut: "2026-05-10", fin: "2026-05-01" }, { jours: -2 }, { jours: 1.3 }, { debut: "2026-02-30", fin: "2026-03-01" }],
      surTempsDeTravail: "oui",
      inconnu: 1,
      date: "2019-01-01",
    });
    expect(r.statusCode).toBe(400);
    const champs = r.json().erreurs.map((e: { champ: string }) => e.champ).sort();
    expect(champs).toEqual(
      [
        "agent.age",
        "agent.pointure",
        "agent.statut",
        "agent.territoire",
        "cadre",
        "date",
        "hote.type",
        "inconnu",
        "sessions.0.fin",
        "sessions.1.jours",
        "sessions.2.jours",
        "sessions.3.debut",
        "surTempsDeTravail",
      ].sort(),
    );
    expect(r.json().erreurs.find((e: { champ: string }) => e.champ === "sessions.0.fin").message).toBe("la fin de la session précède son début");
  });

  it("refuse un corps vide, hostile ou démesuré sans erreur serveur", async () => {
    for (const corps of [{}, [], { agent: null, cadre: null, sessions: null }, { agent: { statut: "titulaire" }, cadre: "operateur", sessions: [] }]) {
      const r = await conseiller(corps);
      expect(r.statusCode, JSON.stringify(corps)).toBe(400);
      expect(r.json().erreurs.length).toBeGreaterThan(0);
    }
    const trop = await conseiller({ agent: { statut: "titulaire" }, cadre: "operateur", sessions: Array.from({ length: 201 }, () => ({ jours: 1 })) });
    expect(trop.json().erreurs[0]).toMatchObject({ champ: "sessions" });
    const texte = await app.inject({ method: "POST", url: "/api/v1/advice", payload: "pas du json", headers: { "content-type": "application/json" } });
    expect(texte.statusCode).toBe(400);
    expect((await conseiller({ agent: { statut: "titulaire" }, cadre: "operateur", sessions: [{ jours: 1 }], x: "y".repeat(2_000_000) })).statusCode).toBe(413);
  });

  it("est décrite comme publique dans le document OpenAPI", async () => {
    const doc = (await app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    expect(doc.paths["/api/v1/advice"].post.security).toEqual([]);
    expect(doc.paths["/api/v1/advice"].post.requestBody).toBeDefined();
  });
});
