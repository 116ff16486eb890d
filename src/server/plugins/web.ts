/**
 * Serves the built web application (dist/web) from the same process as the API. Hashed assets are
 * cached for a year; any other path that is not under /api gets index.html, and the React router
 * shows the page, or its "page non trouvée".
 */
import fs from "node:fs";
import path from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { envoyerProbleme, probleme } from "./errors";

export const webPlugin = fp(async (app: FastifyInstance, options: { webDir: string | undefined }) => {
  const webDir = options.webDir;
  const indexHtml = webDir ? path.join(webDir, "index.html") : undefined;
  if (webDir && indexHtml && fs.existsSync(indexHtml)) {
    await app.register(fastifyStatic, {
      root: webDir,
      wildcard: false,
      index: false,
      setHeaders: (reponse, chemin) => {
        const immuable = chemin.includes(`${path.sep}assets${path.sep}`);
        reponse.setHeader("cache-control", immuable ? "public, max-age=31536000, immutable" : "no-cache");
      },
    });
  }

  app.setNotFoundHandler((requete, reponse) => {
    const html = (requete.method === "GET" || requete.method === "HEAD") && !requete.url.startsWith("/api");
    if (html && indexHtml && fs.existsSync(indexHtml)) {
      return reponse.header("cache-control", "no-cache").type("text/html; charset=utf-8").sendFile("index.html");
    }
    return envoyerProbleme(reponse, probleme(requete, "route_inconnue", `Aucune ressource à l'adresse ${requete.method} ${requete.url.split("?")[0]}.`));
  });
});
