import type { FastifyInstance } from "fastify";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { creerAppDeTest } from "../../../../test/support/app-de-test";
import { type BaseDeTest, baseDeTest } from "../../../../test/support/base-de-test";
import { connecterDemo, type SessionDeTest } from "../../../../test/support/sessions-de-test";
import { lignes } from "../../../db/client";

let base: BaseDeTest;
let app: FastifyInstance;
let operateur: SessionDeTest;
let appartenanceId: string;

beforeAll(async () => {
  base = await (await baseDeTest()).cloner();
  app = await creerAppDeTest(base, { PUBLIC_URL: "http://vivier.test" });
  operateur = await connecterDemo(app, "operateur@demo.vivier.test");
  appartenanceId = (await operateur.appeler({ method: "GET", url: "/api/v1/me" })).json().appartenanceActive;
});
afterAll(async () => {
  await app?.close();
  await base?.close();
});

const creer = (payload: unknown) => operateur.appeler({ method: "POST", url: "/api/v1/me/jetons", payload });
const avecJeton = (jeton: string, url = "/api/v1/me", method: "GET" | "POST" = "GET", payload?: object) =>
  app.inject({ method, url, payload, headers: { authorization: `Bearer ${jeton}` } });

describe("jetons d'API", () => {
  it("donne le secret une seule fois, n'en garde que l'empreinte, et agit avec le rôle choisi", async () => {
    const r = await creer({ nom: "Système de suivi", appartenanceId, dureeJours: 30 });
    expect(r.statusCode).toBe(201);
    expect(r.headers["cache-control"]).toBe("no-store");
    const { jeton, prefixe, id } = r.json();
    expect(jeton).toMatch(/^vivier_[\w-]{43}$/);
    expect(jeton.startsWith(prefixe)).toBe(true);
    const stocke = await lignes<Record<string, unknown>>(base.db, sql`select * from jetons_api where id = ${id}`);
    expect(JSON.stringify(stocke)).not.toContain(jeton);
    const liste = (await operateur.appeler({ method: "GET", url: "/api/v1/me/jetons" })).json().jetons;
    expect(liste).toEqual([expect.objectContaining({ id, nom: "Système de suivi", role: "operateur", expire: false })]);
    expect(JSON.stringify(liste)).not.toContain(jeton);

    const moi = await avecJeton(jeton);
    expect(moi.statusCode).toBe(200);
    expect(moi.json()).toMatchObject({ utilisateur: { email: "operateur@demo.vivier.test" }, csrf: null, appartenanceActive: appartenanceId });
  });

  it("refuse de gérer le compte avec un jeton : ni nouveaux jetons, ni sessions, ni changement de rôle", async () => {
    const { jeton } = (await creer({ nom: "Restreint", appartenanceId, dureeJours: 1 })).json();
    const essais = [
      await avecJeton(jeton, "/api/v1/me/jetons", "POST", { nom: "Escalade", appartenanceId, dureeJours: 365 }),
      await avecJeton(jeton, "/api/v1/me/sessions"),
      await app.inject({ method: "PUT", url: "/api/v1/me/role", payload: { appartenanceId }, headers: { authorization: `Bearer ${jeton}` } }),
      await avecJeton(jeton, "/api/v1/auth/logout", "POST"),
    ];
    for (const r of essais) {
      expect(r.statusCode, r.body).toBe(403);
      expect(r.json().detail).toContain("pas avec un jeton d'API");
    }
  });

  it("cesse de fonctionner une fois révoqué ou expiré, avec un message clair", async () => {
    const { jeton, id } = (await creer({ nom: "À révoquer", appartenanceId, dureeJours: 1 })).json();
    expect((await operateur.appeler({ method: "DELETE", url: `/api/v1/me/jetons/${id}` })).statusCode).toBe(204);
    const apres = await avecJeton(jeton);
    expect(apres.statusCode).toBe(401);
    expect(apres.json().detail).toBe("Jeton d'API invalide, expiré ou révoqué.");
    expect((await operateur.appeler({ method: "DELETE", url: `/api/v1/me/jetons/${id}` })).statusCode).toBe(404);

    const expire = (await creer({ nom: "Expiré", appartenanceId, dureeJours: 1 })).json();
    await base.db.execute(sql`update jetons_api set expire_le = now() - interval '1 second' where id = ${expire.id}`);
    expect((await avecJeton(expire.jeton)).statusCode).toBe(401);
    for (const faux of ["vivier_inconnu", "n-importe-quoi", ""]) expect((await avecJeton(faux)).statusCode).toBe(401);
    expect((await app.inject({ method: "GET", url: "/api/v1/me", headers: { authorization: "Basic abc" } })).statusCode).toBe(401);
  });

  it("refuse une demande invalide champ par champ, sans rien écrire", async () => {
    const avant = (await lignes<{ n: number }>(base.db, sql`select count(*)::int as n from jetons_api`))[0]!.n;
    const r = await creer({ nom: "x".repeat(101), appartenanceId: "pas-un-uuid", dureeJours: 400 });
    expect(r.statusCode).toBe(400);
    expect(r.json().erreurs.map((e: { champ: string }) => e.champ).sort()).toEqual(["appartenanceId", "dureeJours", "nom"]);
    const autre = await creer({ nom: "\u0000", appartenanceId: "00000000-0000-4000-8000-000000000000" });
    expect(autre.statusCode).toBe(400);
    const etranger = await creer({ nom: "Rôle d'un autre", appartenanceId: "00000000-0000-4000-8000-000000000000" });
    expect(etranger.statusCode).toBe(400);
    expect(etranger.json().erreurs).toEqual([{ champ: "appartenanceId", message: "ce rôle n'est pas l'un des vôtres" }]);
    expect((await operateur.appeler({ method: "POST", url: "/api/v1/me/jetons", payload: { nom: "x".repeat(2_000_000), appartenanceId } })).statusCode).toBe(413);
    const apres = (await lignes<{ n: number }>(base.db, sql`select count(*)::int as n from jetons_api`))[0]!.n;
    expect(apres).toBe(avant);
  });

  it("limite le nombre de jetons créés par heure (compté en base)", async () => {
    const s = await connecterDemo(app, "ambassade@demo.vivier.test");
    const id = (await s.appeler({ method: "GET", url: "/api/v1/me" })).json().appartenanceActive;
    const statuts = [];
    for (let i = 0; i < 21; i++) statuts.push((await s.appeler({ method: "POST", url: "/api/v1/me/jetons", payload: { nom: `J${i}`, appartenanceId: id } })).statusCode);
    expect(statuts.slice(0, 20).every((c) => c === 201)).toBe(true);
    expect(statuts[20]).toBe(429);
  });
});
