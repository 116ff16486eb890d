/**
 * Builds the Fastify application: plugins (errors, security, OpenAPI, web), routes, services.
 * Nothing here listens or opens a database: `buildApp` receives them, so tests can build an app
 * on a test database and call it with `app.inject`.
 */
import { randomUUID } from "node:crypto";
import Fastify, { type FastifyInstance } from "fastify";
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Config } from "../config";
import type { Database } from "../db/client";
import { creerServices, type Services } from "../services";
import { JOURNALISATION_SANS_SECRET } from "./journalisation";
import { accesPlugin } from "./plugins/acces";
import { authPlugin } from "./plugins/auth";
import { errorsPlugin } from "./plugins/errors";
import { openapiPlugin } from "./plugins/openapi";
import { securityPlugin } from "./plugins/security";
import { webPlugin } from "./plugins/web";
import { enregistrerRoutes } from "./routes";

// zod speaks French to our users: every validation message comes out in French.
z.config(z.locales.fr());

declare module "fastify" {
  interface FastifyInstance {
    services: Services;
    config: Config;
  }
}

export type AppOptions = {
  config: Config;
  database: Database;
  /** Folder of the built web app; undefined serves the API only. */
  webDir?: string | undefined;
  /** A pino logger configuration, or false for none (tests). */
  logger?: boolean | object;
  version?: string;
};

const ID_REQUETE = /^[A-Za-z0-9._-]{8,64}$/;

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config, database } = options;
  const app = Fastify({
    logger: options.logger ?? {
      level: config.logLevel,
      ...JOURNALISATION_SANS_SECRET,
    },
    // Behind a load balancer, keep the request id it assigned (when it looks like one) to follow a
    // request across services; otherwise make one.
    genReqId: (req) => {
      const recu = req.headers["x-request-id"];
      return typeof recu === "string" && ID_REQUETE.test(recu) ? recu : randomUUID();
    },
    bodyLimit: 1024 * 1024,
    trustProxy: config.publicUrl.startsWith("https://"),
    return503OnClosing: true,
    forceCloseConnections: "idle",
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate("services", creerServices({ database, config, journal: app.log }));
  app.decorate("config", config);
  // Messages left in the outbox (SMTP server down, restart) are retried every minute.
  const relance = app.services.courriels.smtp ? setInterval(() => app.services.courriels.livrerEnArrierePlan(), 60_000).unref() : undefined;
  app.addHook("onClose", async () => {
    clearInterval(relance);
    await app.services.courriels.fermer();
  });

  await app.register(errorsPlugin);
  await app.register(securityPlugin, { https: config.publicUrl.startsWith("https://") });
  await app.register(authPlugin, { publicUrl: config.publicUrl });
  await app.register(accesPlugin);
  await app.register(openapiPlugin, { publicUrl: config.publicUrl, version: options.version ?? "0.0.0" });
  await enregistrerRoutes(app);
  await app.register(webPlugin, { webDir: options.webDir });
  return app;
}
