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
        description: "Mode démonstration (avec ses comptes, listés seulement dans ce mode) et moyens de connexion.",
        security: [],
        response: {
          200: z.object({
            demo: z.boolean(),
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
      if (!app.config.demo) return { demo: false };
      return {
        demo: true,
        comptesDemo: COMPTES_DEMO.map((c) => ({ email: c.email, nom: `${c.prenom} ${c.nom}`, roles: c.roles.map(([, role]) => LIBELLES_ROLE[role]) })),
        motDePasseDemo: MOT_DE_PASSE_DEMO,
      };
    },
  );
};
