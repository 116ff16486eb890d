import { Validator } from "@seriousme/openapi-schema-validator";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { creerAppDeTest } from "../../test/support/app-de-test";
import { type BaseDeTest, baseDeTest } from "../../test/support/base-de-test";

let base: BaseDeTest;
let app: FastifyInstance;

beforeAll(async () => {
  base = await baseDeTest();
  app = await creerAppDeTest(base);
});
afterAll(async () => {
  await app?.close();
  await base?.close();
});

describe("santé", () => {
  it("répond ok avec le type de base quand la base répond", async () => {
    const r = await app.inject({ method: "GET", url: "/api/health" });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({ statut: "ok", base: base.kind });
  });

  it("répond 503 en problème JSON quand la base ne répond plus", async () => {
    const autre = await base.cloner();
    const appSansBase = await creerAppDeTest(autre);
    await autre.close();
    const r = await appSansBase.inject({ method: "GET", url: "/api/health" });
    expect(r.statusCode).toBe(503);
    expect(r.json()).toMatchObject({ code: "indisponible", detail: "La base de données ne répond pas." });
    await appSansBase.close();
  });
});

describe("OpenAPI", () => {
  it("publie un document OpenAPI 3 valide qui décrit chaque route et ses erreurs", async () => {
    const r = await app.inject({ method: "GET", url: "/api/openapi.json" });
    expect(r.statusCode).toBe(200);
    const document = r.json();
    const resultat = await new Validator().validate(document);
    expect(resultat.errors ?? []).toEqual([]);
    expect(resultat.valid).toBe(true);
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(["/api/health", "/api/v1/organisations", "/api/v1/organisations/{id}", "/api/v1/pays"]));
    expect(document.paths["/api/v1/organisations"].get.security).toEqual([]);
    expect(document.security).toEqual([{ session: [] }, { jeton: [] }]);
  });

  it("sert la documentation interactive sans script en ligne", async () => {
    const r = await app.inject({ method: "GET", url: "/api/docs" });
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain("swagger-ui");
    expect(r.body).not.toMatch(/<script>(?!\s*<\/script>)/);
  });
});

describe("en-têtes et erreurs communes", () => {
  it("envoie les en-têtes de sécurité, un identifiant de requête, et pas de x-powered-by", async () => {
    const r = await app.inject({ method: "GET", url: "/api/health" });
    const csp = String(r.headers["content-security-policy"]);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(r.headers["x-content-type-options"]).toBe("nosniff");
    expect(r.headers["x-powered-by"]).toBeUndefined();
    expect(r.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(r.headers["cache-control"]).toBe("no-store");
  });

  it("reprend l'identifiant de requête d'un répartiteur de charge s'il est bien formé", async () => {
    const ok = await app.inject({ method: "GET", url: "/api/health", headers: { "x-request-id": "lb-1234567890" } });
    expect(ok.headers["x-request-id"]).toBe("lb-1234567890");
    const hostile = await app.inject({ method: "GET", url: "/api/health", headers: { "x-request-id": "a\"><script>" } });
    expect(hostile.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("répond en problème JSON à une adresse d'API inconnue", async () => {
    const r = await app.inject({ method: "DELETE", url: "/api/v1/nulle-part?x=1" });
    expect(r.statusCode).toBe(404);
    expect(r.headers["content-type"]).toContain("application/problem+json");
    expect(r.json()).toMatchObject({ code: "route_inconnue", instance: "/api/v1/nulle-part", status: 404 });
  });

  it("refuse un corps JSON mal formé ou trop gros sans erreur serveur", async () => {
    const malForme = await app.inject({ method: "POST", url: "/api/v1/organisations", headers: { "content-type": "application/json" }, payload: "{pas du json" });
    expect(malForme.statusCode).toBeLessThan(500);
    const gros = await app.inject({ method: "POST", url: "/api/v1/organisations", headers: { "content-type": "application/json" }, payload: JSON.stringify({ x: "a".repeat(2 * 1024 * 1024) }) });
    expect(gros.statusCode).toBeLessThan(500);
  });
});

describe("application web servie par le même processus", () => {
  it("sert les fichiers construits après le démarrage, avec les bons en-têtes de cache", async () => {
    const fs = await import("node:fs");
    const os = await import("node:os");
    const path = await import("node:path");
    const { buildApp } = await import("./app");
    const { loadConfig } = await import("../config");
    const webDir = fs.mkdtempSync(path.join(os.tmpdir(), "vivier-web-"));
    const appWeb = await buildApp({ config: loadConfig({ NODE_ENV: "test" }), database: base, webDir, logger: false });
    try {
      // Before the first build: a page that says Vivier is starting, and reloads itself.
      const pendant = await appWeb.inject({ method: "GET", url: "/" });
      expect(pendant.statusCode).toBe(503);
      expect(pendant.body).toContain("Vivier démarre");
      fs.mkdirSync(path.join(webDir, "assets"));
      fs.writeFileSync(path.join(webDir, "index.html"), '<!doctype html><div id="root"></div>');
      fs.writeFileSync(path.join(webDir, "assets", "index-abc.js"), "console.log(1)");
      const script = await appWeb.inject({ method: "GET", url: "/assets/index-abc.js" });
      expect(script.statusCode).toBe(200);
      expect(script.headers["content-type"]).toContain("javascript");
      expect(script.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
      for (const url of ["/", "/organisations?q=lyon", "/une/page/inconnue"]) {
        const page = await appWeb.inject({ method: "GET", url });
        expect(page.statusCode).toBe(200);
        expect(page.headers["content-type"]).toContain("text/html");
        expect(page.headers["cache-control"]).toBe("no-cache");
        expect(page.headers["x-frame-options"]).toBe("DENY");
      }
      const absent = await appWeb.inject({ method: "GET", url: "/api/v1/absent" });
      expect(absent.headers["content-type"]).toContain("application/problem+json");
    } finally {
      await appWeb.close();
      fs.rmSync(webDir, { recursive: true, force: true });
    }
  });
});
