import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { LIBELLES_ROLE } from "../../../domain/acces";
import { COMPTES_DEMO, MOT_DE_PASSE_DEMO } from "../../../domain/organisations";
import { reponsesErreur } from "../schemas";

export const obtenirInstance: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/v1/instance",
    {
      schema: {
        tags: ["santé"],
        summary: "Ce que cette instance de Vivier propose",
        description:
          "Mode démonstration (avec ses comptes, listés seulement dans ce mode) et moyens de connexion : `proconnect` dit si " +
          "le bouton « S'identifier avec ProConnect » est proposé.",
        security: [],
        response: {
          200: z.object({
            demo: z.boolean(),
            proconnect: z.boolean().describe("Connexion avec ProConnect configurée sur cette instance"),
            comptesDemo: z
              .array(z.object({ email: z.string(), nom: z.string(), roles: z.array(z.string()) }))
              .optional(),
            motDePasseDemo: z.string().optional(),
          }),
          ...reponsesErreur,
        },
      },
    },
    async () => {
      const proconnect = app.services.proconnect !== undefined;
      if (!app.config.demo) return { demo: false, proconnect };
      return {
        demo: true,
        proconnect,
        comptesDemo: COMPTES_DEMO.map((c) => ({ email: c.email, nom: `${c.prenom} ${c.nom}`, roles: c.roles.map(([, role]) => LIBELLES_ROLE[role]) })),
        motDePasseDemo: MOT_DE_PASSE_DEMO,
      };
    },
  );
};
