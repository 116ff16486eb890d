/**
 * Security headers on every response. The CSP allows no inline script (the web app and the API
 * documentation load scripts from files only) and no framing (`frame-ancestors 'none'`).
 */
import helmet from "@fastify/helmet";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";

export const securityPlugin = fp(async (app: FastifyInstance, options: { https: boolean }) => {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        // DSFR and React set some style attributes; styles cannot run code.
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        ...(options.https ? { "upgrade-insecure-requests": [] } : {}),
      },
    },
    // HSTS only makes sense when users reach us over https.
    strictTransportSecurity: options.https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
    // Same as the CSP's frame-ancestors 'none', for browsers that only know X-Frame-Options.
    frameguard: { action: "deny" },
    referrerPolicy: { policy: "strict-origin-when-cross-origin" },
  });
  app.addHook("onSend", async (requete, reponse) => {
    reponse.header("x-request-id", requete.id);
    reponse.removeHeader("x-powered-by");
    if (requete.url.startsWith("/api/") && !reponse.hasHeader("cache-control")) reponse.header("cache-control", "no-store");
  });
});
