/**
 * The environment, parsed once with zod. Everything the application reads from `process.env`
 * goes through here; `.env.example` documents each variable.
 *
 * A wrong value is reported as one French line per variable (see `ConfigError`), so that an
 * operator who mistyped `PORT=abc` learns exactly what to fix.
 */
import path from "node:path";
import { z } from "zod";

const vide = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const booleen = z.preprocess(
  vide,
  z
    .enum(["true", "false", "1", "0", "oui", "non"], { error: "attendu : true ou false" })
    .transform((v) => v === "true" || v === "1" || v === "oui")
    .optional(),
);

const schemaEnvironnement = z.object({
  NODE_ENV: z.preprocess(
    vide,
    z
      .enum(["development", "production", "test"], {
        error: "attendu : development, production ou test",
      })
      .default("development"),
  ),
  PORT: z.preprocess(
    vide,
    z.coerce
      .number({ error: "attendu : un numéro de port entier entre 1 et 65535" })
      .int({ error: "attendu : un numéro de port entier entre 1 et 65535" })
      .min(1, { error: "attendu : un numéro de port entier entre 1 et 65535" })
      .max(65535, { error: "attendu : un numéro de port entier entre 1 et 65535" })
      .default(3000),
  ),
  HOST: z.preprocess(vide, z.string().default("0.0.0.0")),
  DATA_DIR: z.preprocess(vide, z.string().default("./data")),
  DATABASE_URL: z.preprocess(
    vide,
    z
      .url({
        protocol: /^postgres(ql)?$/,
        error: "attendu : une adresse postgres://utilisateur:motdepasse@hote:port/base",
      })
      .optional(),
  ),
  PUBLIC_URL: z.preprocess(
    vide,
    z.url({ protocol: /^https?$/, error: "attendu : une adresse http(s)://…" }).optional(),
  ),
  SESSION_SECRET: z.preprocess(
    vide,
    z.string().min(32, { error: "attendu : au moins 32 caractères" }).optional(),
  ),
  SMTP_URL: z.preprocess(
    vide,
    z
      .url({ protocol: /^smtps?$/, error: "attendu : une adresse smtp(s)://utilisateur:motdepasse@hote:port" })
      .optional(),
  ),
  MAIL_FROM: z.preprocess(vide, z.string().default("Vivier <ne-pas-repondre@vivier.localhost>")),
  LOG_LEVEL: z.preprocess(
    vide,
    z
      .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], {
        error: "attendu : fatal, error, warn, info, debug, trace ou silent",
      })
      .default("info"),
  ),
  UPLOAD_MAX_MB: z.preprocess(
    vide,
    z.coerce
      .number({ error: "attendu : un nombre de mégaoctets entre 1 et 100" })
      .min(1, { error: "attendu : un nombre de mégaoctets entre 1 et 100" })
      .max(100, { error: "attendu : un nombre de mégaoctets entre 1 et 100" })
      .default(10),
  ),
  DEMO: booleen,
  PROFILE_STALE_MONTHS: z.preprocess(
    vide,
    z.coerce
      .number({ error: "attendu : un nombre entier de mois entre 1 et 60" })
      .int({ error: "attendu : un nombre entier de mois entre 1 et 60" })
      .min(1, { error: "attendu : un nombre entier de mois entre 1 et 60" })
      .max(60, { error: "attendu : un nombre entier de mois entre 1 et 60" })
      .default(12),
  ),
  SESSION_IDLE_MINUTES: z.preprocess(
    vide,
    z.coerce.number({ error: "attendu : un nombre de minutes entre 5 et 1440" }).int({ error: "attendu : un nombre de minutes entre 5 et 1440" }).min(5, { error: "attendu : un nombre de minutes entre 5 et 1440" }).max(1440, { error: "attendu : un nombre de minutes entre 5 et 1440" }).default(120),
  ),
  SESSION_MAX_HOURS: z.preprocess(
    vide,
    z.coerce.number({ error: "attendu : un nombre d'heures entre 1 et 720" }).int({ error: "attendu : un nombre d'heures entre 1 et 720" }).min(1, { error: "attendu : un nombre d'heures entre 1 et 720" }).max(720, { error: "attendu : un nombre d'heures entre 1 et 720" }).default(12),
  ),
  PROCONNECT_ISSUER: z.preprocess(
    vide,
    z.url({ protocol: /^https?$/, error: "attendu : l'adresse http(s):// de l'émetteur OpenID Connect (ProConnect : https://…/api/v2)" }).optional(),
  ),
  PROCONNECT_CLIENT_ID: z.preprocess(vide, z.string().max(500, { error: "attendu : au plus 500 caractères" }).optional()),
  PROCONNECT_CLIENT_SECRET: z.preprocess(vide, z.string().max(500, { error: "attendu : au plus 500 caractères" }).optional()),
});

const VARIABLES_PROCONNECT = ["PROCONNECT_ISSUER", "PROCONNECT_CLIENT_ID", "PROCONNECT_CLIENT_SECRET"] as const;

export type Config = {
  env: "development" | "production" | "test";
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  publicUrl: string;
  sessionSecret: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  uploadMaxBytes: number;
  demo: boolean;
  /** A profile of the pool not confirmed for this many months is stale (flagged, owner reminded). */
  moisFraicheurProfils: number;
  /** A session unused for this long ends (minutes). */
  sessionInactiviteMinutes: number;
  /** A session ends this long after sign-in, used or not (hours). */
  sessionDureeMaxHeures: number;
  /** Sign-in with ProConnect (OpenID Connect); undefined when not configured (no button shown). */
  proconnect: { issuer: string; clientId: string; clientSecret: string } | undefined;
};

/** One line per bad variable, e.g. `PORT : attendu : un numéro de port entier entre 1 et 65535 (reçu « abc »)`. */
export class ConfigError extends Error {
  constructor(readonly lignes: string[]) {
    super(`Configuration invalide :\n${lignes.map((l) => `  - ${l}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

const SECRET_DEVELOPPEMENT = "secret-de-developpement-vivier-ne-pas-utiliser-en-production";

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const resultat = schemaEnvironnement.safeParse(env);
  if (!resultat.success) {
    const lignes = resultat.error.issues.map((issue) => {
      const variable = String(issue.path[0] ?? "?");
      const recu = env[variable];
      const montre = variable === "SESSION_SECRET" || variable === "DATABASE_URL" || variable === "SMTP_URL" || variable === "PROCONNECT_CLIENT_SECRET";
      return `${variable} : ${issue.message}${recu !== undefined && !montre ? ` (reçu « ${recu} »)` : ""}`;
    });
    throw new ConfigError(lignes);
  }
  const e = resultat.data;
  if (e.NODE_ENV === "production" && !e.SESSION_SECRET) {
    throw new ConfigError(["SESSION_SECRET : obligatoire en production (au moins 32 caractères)"]);
  }
  const proconnect = lireProconnect(e);
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ""),
    sessionSecret: e.SESSION_SECRET ?? SECRET_DEVELOPPEMENT,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    logLevel: e.LOG_LEVEL,
    uploadMaxBytes: Math.round(e.UPLOAD_MAX_MB * 1024 * 1024),
    // Demo data is on by default only with the embedded database and never in production.
    demo: e.DEMO ?? (!e.DATABASE_URL && e.NODE_ENV !== "production"),
    moisFraicheurProfils: e.PROFILE_STALE_MONTHS,
    sessionInactiviteMinutes: e.SESSION_IDLE_MINUTES,
    sessionDureeMaxHeures: e.SESSION_MAX_HOURS,
    proconnect,
  };
}

/**
 * ProConnect needs its three variables together: one or two of them is a half-done configuration,
 * which would show a button that cannot work, so it stops the start with the missing ones named.
 */
function lireProconnect(e: z.infer<typeof schemaEnvironnement>): Config["proconnect"] {
  const donnees = VARIABLES_PROCONNECT.filter((v) => e[v] !== undefined);
  if (donnees.length === 0) return undefined;
  const lignes = VARIABLES_PROCONNECT.filter((v) => e[v] === undefined).map(
    (v) => `${v} : obligatoire quand ${donnees.join(" et ")} ${donnees.length > 1 ? "sont données" : "est donnée"} (ProConnect demande les trois variables PROCONNECT_*)`,
  );
  // Tokens and the client secret travel to the issuer: in production, only over TLS.
  if (e.NODE_ENV === "production" && e.PROCONNECT_ISSUER?.startsWith("http://")) {
    lignes.push(`PROCONNECT_ISSUER : attendu : une adresse https:// en production (reçu « ${e.PROCONNECT_ISSUER} »)`);
  }
  const { PROCONNECT_ISSUER: issuer, PROCONNECT_CLIENT_ID: clientId, PROCONNECT_CLIENT_SECRET: clientSecret } = e;
  if (lignes.length > 0 || !issuer || !clientId || !clientSecret) throw new ConfigError(lignes);
  // The issuer stays as written: discovery checks it against the provider's own, character for character.
  return { issuer, clientId, clientSecret };
}
