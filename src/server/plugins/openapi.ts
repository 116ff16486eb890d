/**
 * The OpenAPI 3 document, generated from the zod schemas of the routes, at /api/openapi.json, and
 * the interactive documentation (Swagger UI, served from the npm package: no network) at /api/docs.
 */
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { jsonSchemaTransform, jsonSchemaTransformObject } from "fastify-type-provider-zod";

export const openapiPlugin = fp(async (app: FastifyInstance, options: { publicUrl: string; version: string }) => {
  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "API Vivier",
        version: options.version,
        description:
          "API de Vivier, la plateforme de mobilisation de l'expertise territoriale à l'international. " +
          "Tout ce que fait l'application web passe par cette API. Les erreurs suivent la RFC 9457 " +
          "(`application/problem+json`) : `code` stable, `detail` en français et, pour les données invalides, " +
          "`erreurs` champ par champ.",
      },
      servers: [{ url: options.publicUrl }],
      tags: [
        { name: "santé", description: "État du service" },
        { name: "organisations", description: "Collectivités, opérateurs, ministère, ambassades" },
        { name: "référentiels", description: "Pays et autres données de référence" },
        { name: "comptes", description: "Connexion, sessions, rôles" },
      ],
      components: {
        securitySchemes: {
          session: { type: "apiKey", in: "cookie", name: "vivier_session", description: "Session ouverte par la connexion" },
          jeton: { type: "http", scheme: "bearer", description: "Jeton d'API d'une organisation" },
        },
      },
      // Everything requires a session or a token unless the route says `security: []`.
      security: [{ session: [] }, { jeton: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, {
    routePrefix: "/api/docs",
    uiConfig: { docExpansion: "list", deepLinking: true },
    staticCSP: false,
  });
  app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());
});
