/**
 * Serves the built web application (dist/web) from the same process as the API. Hashed assets are
 * cached for a year; any other path that is not under /api gets index.html, and the React router
 * shows the page, or its "page non trouvée".
 */
import fs from "node:fs";
import path from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply } from "fastify";
import fp from "fastify-plugin";
import { envoyerProbleme, probleme } from "./errors";

/** Shown while the first build of the web app finishes (first start of a fresh clone). */
const PAGE_EN_CONSTRUCTION = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta http-equiv="refresh" content="3">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Vivier démarre…</title></head>
<body><main><h1>Vivier démarre…</h1><p>L'application web est en cours de préparation. Cette page se recharge
d'elle-même dans quelques secondes.</p></main></body></html>`;

export const webPlugin = fp(async (app: FastifyInstance, options: { webDir: string | undefined }) => {
  const webDir = options.webDir;
  const indexHtml = webDir ? path.join(webDir, "index.html") : undefined;
  if (webDir && indexHtml) {
    // Registered even before the first build exists: files appear when the build ends.
    await app.register(fastifyStatic, {
      root: webDir,
      // A wildcard route (the default) finds files built after start-up too; a missing file falls
      // through to the not-found handler below.
      index: false,
      // Our own cache headers (setHeaders), not @fastify/send's default max-age=0 over them.
      cacheControl: false,
      setHeaders: (reponse, chemin) => {
        const immuable = chemin.includes(`${path.sep}assets${path.sep}`);
        reponse.setHeader("cache-control", immuable ? "public, max-age=31536000, immutable" : "no-cache");
      },
    });
  }

  /** index.html (the React router shows the page), or the "Vivier démarre" page before the first build. */
  const servirPage = (reponse: FastifyReply) => {
    if (indexHtml && fs.existsSync(indexHtml)) {
      return reponse.header("cache-control", "no-cache").type("text/html; charset=utf-8").sendFile("index.html");
    }
    return reponse.status(503).header("retry-after", "3").header("cache-control", "no-store").type("text/html; charset=utf-8").send(PAGE_EN_CONSTRUCTION);
  };
  if (indexHtml) app.get("/", { schema: { hide: true } }, (_requete, reponse) => servirPage(reponse));

  app.setNotFoundHandler((requete, reponse) => {
    const html = (requete.method === "GET" || requete.method === "HEAD") && !requete.url.startsWith("/api");
    if (html && indexHtml) return servirPage(reponse);
    return envoyerProbleme(reponse, probleme(requete, "route_inconnue", `Aucune ressource à l'adresse ${requete.method} ${requete.url.split("?")[0]}.`));
  });
});
