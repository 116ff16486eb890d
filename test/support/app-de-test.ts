import type { FastifyInstance } from "fastify";
import { loadConfig } from "../../src/config";
import type { Database } from "../../src/db/client";
import { buildApp } from "../../src/server/app";

/** The API on a test database, called with `app.inject` (no port, no logs). */
export async function creerAppDeTest(database: Database, env: NodeJS.ProcessEnv = {}): Promise<FastifyInstance> {
  const app = await buildApp({ config: loadConfig({ NODE_ENV: "test", ...env }), database, logger: false });
  await app.ready();
  return app;
}
