/**
 * The API and the built web app on a random local port, on this test file's own copy of the
 * template database. One per test file (`beforeAll`), stopped in `afterAll`.
 */
import net, { type AddressInfo } from "node:net";
import { construireWebSiNecessaire, DOSSIER_WEB } from "../../src/cli/construire-web";
import { loadConfig } from "../../src/config";
import { buildApp } from "../../src/server/app";
import type { Services } from "../../src/services";
import { baseDeTest } from "../../test/support/base-de-test";

export type Serveur = {
  /** Where the app listens, without a trailing slash: `http://127.0.0.1:41234`. */
  url: string;
  /**
   * The app's services, for what no page does: a scheduled job run now rather than in five
   * minutes (the alerts of a mission just published), as `start` runs it.
   */
  services: Services;
  arreter(): Promise<void>;
};

export type OptionsServeur = {
  /**
   * More environment for the app, once its address is known (a journey's own identity provider
   * registers it as redirect URI before the app can be pointed at the provider).
   */
  env?: (url: string) => NodeJS.ProcessEnv | Promise<NodeJS.ProcessEnv>;
};

export async function demarrerServeur(options: OptionsServeur = {}): Promise<Serveur> {
  // Builds dist/web with Vite only when it is missing or older than src/web.
  await construireWebSiNecessaire({ silencieux: true });
  const base = await baseDeTest();
  try {
    // The public address must be the one the browser uses: the API refuses a signed-in write
    // (sign-out, role change…) whose Origin header is not Vivier's own.
    const port = await portLibre();
    const url = `http://127.0.0.1:${port}`;
    const env = { ...(await options.env?.(url)), NODE_ENV: "test", PORT: String(port), PUBLIC_URL: url };
    const app = await buildApp({ config: loadConfig(env), database: base, webDir: DOSSIER_WEB, logger: false });
    await app.listen({ port, host: "127.0.0.1" });
    return {
      url,
      services: app.services,
      arreter: async () => {
        try {
          // The journeys are over: connections a browser keeps alive must not hold the close up.
          const fermeture = app.close();
          app.server.closeAllConnections();
          await fermeture;
        } finally {
          await base.close();
        }
      },
    };
  } catch (erreur) {
    await base.close();
    throw erreur;
  }
}

/** A port free right now on 127.0.0.1 (the system picks it), for the server to listen on just after. */
function portLibre(): Promise<number> {
  return new Promise((resoudre, rejeter) => {
    const serveur = net.createServer();
    serveur.unref();
    serveur.on("error", rejeter);
    serveur.listen(0, "127.0.0.1", () => {
      const { port } = serveur.address() as AddressInfo;
      serveur.close(() => resoudre(port));
    });
  });
}
