import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { creerAppDeTest } from "../../../../test/support/app-de-test";
import { type BaseDeTest, baseDeTest } from "../../../../test/support/base-de-test";
import { lignes } from "../../../db/client";
import { verifierMotDePasse } from "../../../domain/acces";
import { MOT_DE_PASSE_DEMO } from "../../../domain/organisations";
import { estCourant } from "../../../services/acces/mots-de-passe";

let base: BaseDeTest;
let app: FastifyInstance;

beforeAll(async () => {
  base = await (await baseDeTest()).cloner();
  app = await creerAppDeTest(base, { PUBLIC_URL: "http://vivier.test" });
});
afterAll(async () => {
  await app?.close();
  await base?.close();
});

const cookieDe = (r: LightMyRequestResponse) => {
  const c = r.cookies.find((x) => x.name === "vivier_session");
  return c ? `vivier_session=${c.value}` : "";
};

async function connecter(email: string, password = MOT_DE_PASSE_DEMO, ip = "10.0.0.1") {
  const r = await app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { email, password }, remoteAddress: ip });
  return { r, cookie: cookieDe(r) };
}

async function moi(cookie: string) {
  return app.inject({ method: "GET", url: "/api/v1/me", headers: { cookie } });
}

describe("connexion par adresse et mot de passe", () => {
  it("ouvre une session avec un cookie httpOnly SameSite=Lax et donne les rôles de la personne", async () => {
    const { r, cookie } = await connecter("RH@demo.vivier.test");
    expect(r.statusCode).toBe(200);
    const c = r.cookies.find((x) => x.name === "vivier_session")!;
    expect(c).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    expect(c.secure).toBeFalsy();
    const corps = (await moi(cookie)).json();
    expect(corps.utilisateur).toMatchObject({ email: "rh@demo.vivier.test", prenom: "Bruno" });
    expect(corps.appartenances).toEqual([expect.objectContaining({ role: "gestionnaire_rh", roleLibelle: "Gestionnaire RH", organisation: expect.objectContaining({ nom: "Saint-Étienne" }) })]);
    expect(corps.appartenanceActive).toBe(corps.appartenances[0].id);
    expect(corps.csrf).toMatch(/^[\w-]{32}$/);
    expect(JSON.stringify(corps)).not.toContain("argon2");
  });

  it("répond le même message que l'adresse existe ou non", async () => {
    const mauvais = await connecter("rh@demo.vivier.test", "pas-le-bon-mot-de-passe", "10.0.0.2");
    const inconnu = await connecter("personne@nulle-part.fr", "pas-le-bon-mot-de-passe", "10.0.0.2");
    expect(mauvais.r.statusCode).toBe(401);
    expect(inconnu.r.statusCode).toBe(401);
    expect(mauvais.r.json().detail).toBe("Adresse électronique ou mot de passe incorrect.");
    expect(inconnu.r.json().detail).toBe(mauvais.r.json().detail);
    expect(mauvais.cookie).toBe("");
  });

  it("bloque après 10 échecs en 15 minutes pour un compte, avec un message en français", async () => {
    for (let i = 0; i < 10; i++) expect((await connecter("comite@demo.vivier.test", "mauvais-mot-de-passe", `10.1.0.${i}`)).r.statusCode).toBe(401);
    const bloque = await connecter("comite@demo.vivier.test", MOT_DE_PASSE_DEMO, "10.1.0.99");
    expect(bloque.r.statusCode).toBe(429);
    expect(bloque.r.json().detail).toBe("Trop de tentatives de connexion infructueuses : réessayez dans 15 minutes.");
  });

  it("bloque après 10 échecs en 15 minutes depuis une même adresse IP", async () => {
    for (let i = 0; i < 10; i++) await connecter(`inconnu${i}@exemple.fr`, "mauvais-mot-de-passe", "10.2.0.1");
    expect((await connecter("daect@demo.vivier.test", MOT_DE_PASSE_DEMO, "10.2.0.1")).r.statusCode).toBe(429);
    expect((await connecter("daect@demo.vivier.test", MOT_DE_PASSE_DEMO, "10.2.0.2")).r.statusCode).toBe(200);
  });

  it("refuse un corps invalide champ par champ, sans erreur serveur", async () => {
    const r = await app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { email: "pas-une-adresse" } });
    expect(r.statusCode).toBe(400);
    expect(r.json().erreurs.map((e: { champ: string }) => e.champ).sort()).toEqual(["email", "password"]);
    const enorme = await app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { email: "a@b.fr", password: "x".repeat(300) } });
    expect(enorme.statusCode).toBe(400);
    const pasJson = await app.inject({ method: "POST", url: "/api/v1/auth/login", headers: { "content-type": "application/json" }, payload: "{" });
    expect(pasJson.statusCode).toBe(400);
  });

  it("a un mot de passe de démonstration conforme aux règles", () => {
    expect(verifierMotDePasse(MOT_DE_PASSE_DEMO, estCourant)).toEqual({ ok: true });
    expect(estCourant("123456789012")).toBe(true);
  });
});

describe("sessions", () => {
  it("exige une session pour /api/v1/me et la ferme à la déconnexion, jeton anti-CSRF compris", async () => {
    expect((await moi("")).statusCode).toBe(401);
    const { cookie } = await connecter("agent@demo.vivier.test");
    const { csrf } = (await moi(cookie)).json();
    const sansJeton = await app.inject({ method: "POST", url: "/api/v1/auth/logout", headers: { cookie } });
    expect(sansJeton.statusCode).toBe(403);
    expect(sansJeton.json().detail).toContain("anti-CSRF");
    const autreOrigine = await app.inject({ method: "POST", url: "/api/v1/auth/logout", headers: { cookie, "x-csrf-token": csrf, origin: "https://pirate.example" } });
    expect(autreOrigine.statusCode).toBe(403);
    const ok = await app.inject({ method: "POST", url: "/api/v1/auth/logout", headers: { cookie, "x-csrf-token": csrf, origin: "http://vivier.test" } });
    expect(ok.statusCode).toBe(204);
    expect((await moi(cookie)).statusCode).toBe(401);
  });

  it("liste ses sessions et en ferme une autre, qui est aussitôt déconnectée", async () => {
    const premier = await connecter("autorite@demo.vivier.test");
    const second = await connecter("autorite@demo.vivier.test", MOT_DE_PASSE_DEMO, "10.3.0.2");
    const { csrf } = (await moi(premier.cookie)).json();
    const { sessions } = (await app.inject({ method: "GET", url: "/api/v1/me/sessions", headers: { cookie: premier.cookie } })).json();
    expect(sessions.length).toBeGreaterThanOrEqual(2);
    const autre = sessions.find((s: { courante: boolean; adresseIp: string }) => !s.courante && s.adresseIp === "10.3.0.2");
    const r = await app.inject({ method: "DELETE", url: `/api/v1/me/sessions/${autre.id}`, headers: { cookie: premier.cookie, "x-csrf-token": csrf } });
    expect(r.statusCode).toBe(204);
    expect((await moi(second.cookie)).statusCode).toBe(401);
    expect((await moi(premier.cookie)).statusCode).toBe(200);
    // Someone else's session, or nonsense, is not found.
    const inconnue = await app.inject({ method: "DELETE", url: "/api/v1/me/sessions/0123456789abcdef", headers: { cookie: premier.cookie, "x-csrf-token": csrf } });
    expect(inconnue.statusCode).toBe(404);
    const malFormee = await app.inject({ method: "DELETE", url: "/api/v1/me/sessions/zz", headers: { cookie: premier.cookie, "x-csrf-token": csrf } });
    expect(malFormee.statusCode).toBe(400);
  });

  it("change de rôle actif parmi les siens seulement", async () => {
    const { cookie } = await connecter("multi@demo.vivier.test");
    const avant = (await moi(cookie)).json();
    expect(avant.appartenances).toHaveLength(2);
    const autre = avant.appartenances.find((a: { id: string }) => a.id !== avant.appartenanceActive);
    const r = await app.inject({ method: "PUT", url: "/api/v1/me/role", headers: { cookie, "x-csrf-token": avant.csrf }, payload: { appartenanceId: autre.id } });
    expect(r.statusCode).toBe(200);
    expect(r.json().appartenanceActive).toBe(autre.id);
    const etrangere = await app.inject({ method: "PUT", url: "/api/v1/me/role", headers: { cookie, "x-csrf-token": avant.csrf }, payload: { appartenanceId: "00000000-0000-4000-8000-000000000000" } });
    expect(etrangere.statusCode).toBe(404);
  });
});

describe("journal d'audit", () => {
  it("enregistre connexions et changements dans la même transaction, et ne se modifie pas", async () => {
    const entrees = await lignes<{ action: string; n: number }>(base.db, sql`select action, count(*)::int as n from journal_audit group by action`);
    const actions = Object.fromEntries(entrees.map((e) => [e.action, e.n]));
    expect(actions.connexion).toBeGreaterThan(0);
    expect(actions.deconnexion).toBeGreaterThan(0);
    expect(actions.changement_de_role).toBeGreaterThan(0);
    expect(JSON.stringify(await lignes(base.db, sql`select resume from journal_audit`))).not.toContain(MOT_DE_PASSE_DEMO);
    await expect(base.db.execute(sql`update journal_audit set action = 'falsifiee'`)).rejects.toThrow();
    await expect(base.db.execute(sql`delete from journal_audit`)).rejects.toThrow();
  });
});

describe("toute opération non publique exige une identité", () => {
  it("répond 401 sans cookie ni jeton, pour chaque opération du document OpenAPI (y compris les futures)", async () => {
    const document = (await app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    let verifiees = 0;
    for (const [chemin, operations] of Object.entries(document.paths as Record<string, Record<string, { security?: unknown[] }>>)) {
      for (const [methode, operation] of Object.entries(operations)) {
        if (Array.isArray(operation.security) && operation.security.length === 0) continue;
        const url = chemin.replace(/\{[^}]+\}/g, "00000000-0000-4000-8000-000000000000");
        const r = await app.inject({ method: methode.toUpperCase() as "GET", url, payload: methode === "get" ? undefined : {} });
        expect(r.statusCode, `${methode.toUpperCase()} ${chemin}`).toBe(401);
        verifiees++;
      }
    }
    expect(verifiees).toBeGreaterThanOrEqual(5);
  });
});

describe("lecture du journal d'audit", () => {
  const lire = async (cookie: string, query = "") => app.inject({ method: "GET", url: `/api/v1/audit${query}`, headers: { cookie } });

  it("montre à l'administrateur d'une organisation le journal de la sienne seulement", async () => {
    await connecter("rh@demo.vivier.test");
    const { cookie } = await connecter("admin-organisation@demo.vivier.test");
    const organisation = (await moi(cookie)).json().appartenances[0].organisation;
    const r = await lire(cookie);
    expect(r.statusCode).toBe(200);
    const { resultats, total } = r.json();
    expect(total).toBeGreaterThan(0);
    expect(resultats.every((e: { organisationId: string }) => e.organisationId === organisation.id)).toBe(true);
    expect(resultats.map((e: { acteurEmail: string }) => e.acteurEmail)).toContain("rh@demo.vivier.test");
    expect(resultats[0]).toMatchObject({ action: expect.any(String), horodatage: expect.stringMatching(/^\d{4}-/) });
  });

  it("refuse les autres rôles (403) et cache les autres organisations (404)", async () => {
    const rh = await connecter("rh@demo.vivier.test");
    const refus = await lire(rh.cookie);
    expect(refus.statusCode).toBe(403);
    expect(refus.json().detail).toBe("Votre rôle ne permet pas de lire le journal d'audit.");
    const admin = await connecter("admin-organisation@demo.vivier.test");
    const expertiseFrance = (await app.inject({ method: "GET", url: "/api/v1/organisations?type=operateur" })).json().resultats[0];
    expect((await lire(admin.cookie, `?organisationId=${expertiseFrance.id}`)).statusCode).toBe(404);
    expect((await lire(admin.cookie, "?organisationId=pas-un-uuid")).statusCode).toBe(400);
  });

  it("montre tout à l'administrateur de la plateforme, ou une organisation choisie", async () => {
    const { cookie } = await connecter("admin@demo.vivier.test");
    const tout = (await lire(cookie, "?parPage=100")).json();
    const organisations = new Set(tout.resultats.map((e: { organisationId: string }) => e.organisationId));
    expect(organisations.size).toBeGreaterThan(1);
    const expertiseFrance = (await app.inject({ method: "GET", url: "/api/v1/organisations?type=operateur" })).json().resultats[0];
    const filtre = (await lire(cookie, `?organisationId=${expertiseFrance.id}`)).json();
    expect(filtre.resultats.every((e: { organisationId: string }) => e.organisationId === expertiseFrance.id)).toBe(true);
  });
});
