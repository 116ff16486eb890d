import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config";

function erreurs(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return e.lignes;
    throw e;
  }
  return [];
}

describe("configuration", () => {
  it("a des valeurs par défaut sûres pour le développement", () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 3000, env: "development", databaseUrl: undefined, demo: true, publicUrl: "http://localhost:3000", uploadMaxBytes: 10 * 1024 * 1024 });
    expect(c.dataDir).toMatch(/data$/);
  });

  it("donne une ligne claire par variable invalide", () => {
    const lignes = erreurs({ PORT: "abc", DATABASE_URL: "mysql://x", LOG_LEVEL: "bavard", UPLOAD_MAX_MB: "0", SMTP_URL: "pas une adresse" });
    expect(lignes).toHaveLength(5);
    expect(lignes[0]).toBe("PORT : attendu : un numéro de port entier entre 1 et 65535 (reçu « abc »)");
    expect(lignes.map((l) => l.split(" : ")[0])).toEqual(["PORT", "DATABASE_URL", "SMTP_URL", "LOG_LEVEL", "UPLOAD_MAX_MB"]);
  });

  it("ne recopie jamais un secret dans un message", () => {
    const lignes = erreurs({ SESSION_SECRET: "court", DATABASE_URL: "mysql://u:s3cr3t@h/b" });
    expect(lignes.join("\n")).not.toContain("court");
    expect(lignes.join("\n")).not.toContain("s3cr3t");
  });

  it("refuse un port hors limites ou décimal", () => {
    expect(erreurs({ PORT: "70000" })).toHaveLength(1);
    expect(erreurs({ PORT: "30.5" })).toHaveLength(1);
  });

  it("exige un secret de session en production et y coupe la démo", () => {
    expect(erreurs({ NODE_ENV: "production" })[0]).toMatch(/^SESSION_SECRET/);
    const c = loadConfig({ NODE_ENV: "production", SESSION_SECRET: "x".repeat(32) });
    expect(c.demo).toBe(false);
  });

  it("n'active pas la démo par défaut sur PostgreSQL, mais sur demande", () => {
    expect(loadConfig({ DATABASE_URL: "postgres://u@h/b" }).demo).toBe(false);
    expect(loadConfig({ DATABASE_URL: "postgres://u@h/b", DEMO: "true" }).demo).toBe(true);
  });

  it("traite une variable vide comme absente", () => {
    expect(loadConfig({ PORT: "", DATABASE_URL: " " })).toMatchObject({ port: 3000, databaseUrl: undefined });
  });

  describe("ProConnect", () => {
    const complet = { PROCONNECT_ISSUER: "https://fca.integ01.dev-agentconnect.fr/api/v2", PROCONNECT_CLIENT_ID: "vivier", PROCONNECT_CLIENT_SECRET: "s3cr3t-proconnect" };

    it("est absent sans ses variables, et lu quand les trois sont données", () => {
      expect(loadConfig({}).proconnect).toBeUndefined();
      expect(loadConfig({ PROCONNECT_ISSUER: " ", PROCONNECT_CLIENT_ID: "" }).proconnect).toBeUndefined();
      expect(loadConfig(complet).proconnect).toEqual({ issuer: complet.PROCONNECT_ISSUER, clientId: "vivier", clientSecret: "s3cr3t-proconnect" });
    });

    it("nomme chaque variable manquante quand la configuration est partielle", () => {
      expect(erreurs({ PROCONNECT_ISSUER: complet.PROCONNECT_ISSUER })).toEqual([
        "PROCONNECT_CLIENT_ID : obligatoire quand PROCONNECT_ISSUER est donnée (ProConnect demande les trois variables PROCONNECT_*)",
        "PROCONNECT_CLIENT_SECRET : obligatoire quand PROCONNECT_ISSUER est donnée (ProConnect demande les trois variables PROCONNECT_*)",
      ]);
      const lignes = erreurs({ PROCONNECT_CLIENT_ID: "vivier", PROCONNECT_CLIENT_SECRET: "s3cr3t-proconnect" });
      expect(lignes).toEqual([expect.stringMatching(/^PROCONNECT_ISSUER : obligatoire quand PROCONNECT_CLIENT_ID et PROCONNECT_CLIENT_SECRET sont données/)]);
      expect(lignes.join("\n")).not.toContain("s3cr3t");
    });

    it("refuse un émetteur qui n'est pas une adresse, sans recopier le secret", () => {
      const lignes = erreurs({ ...complet, PROCONNECT_ISSUER: "ftp://proconnect", PROCONNECT_CLIENT_SECRET: "x".repeat(501) });
      expect(lignes.map((l) => l.split(" : ")[0])).toEqual(["PROCONNECT_ISSUER", "PROCONNECT_CLIENT_SECRET"]);
      expect(lignes.join("\n")).not.toContain("x".repeat(20));
    });

    it("exige un émetteur en https en production", () => {
      const production = { NODE_ENV: "production", SESSION_SECRET: "x".repeat(32) };
      expect(erreurs({ ...production, ...complet, PROCONNECT_ISSUER: "http://127.0.0.1:4000" })).toEqual([
        "PROCONNECT_ISSUER : attendu : une adresse https:// en production (reçu « http://127.0.0.1:4000 »)",
      ]);
      expect(loadConfig({ ...production, ...complet }).proconnect?.issuer).toBe(complet.PROCONNECT_ISSUER);
      expect(loadConfig({ ...complet, PROCONNECT_ISSUER: "http://127.0.0.1:4000" }).proconnect?.issuer).toBe("http://127.0.0.1:4000");
    });
  });
});
