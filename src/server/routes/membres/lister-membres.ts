import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { acces } from "../../plugins/acces";
import { exigerActeur } from "../../plugins/auth";
import { reponsesErreur, schemaProbleme, schemaUuid } from "../schemas";

export const listerMembres: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/v1/organisations/:id/membres",
    {
      schema: {
        tags: ["organisations"],
        ...acces({ action: "organisation.voir_membres", organisation: "params.id" }),
        summary: "Les membres d'une organisation et leurs rôles",
        description: "Pour les administrateurs de l'organisation et de la plateforme.",
        params: z.object({ id: schemaUuid("l'identifiant de l'organisation") }),
        response: {
          200: z.object({
            membres: z.array(
              z.object({
                utilisateurId: z.string(),
                email: z.string(),
                prenom: z.string(),
                nom: z.string(),
                desactive: z.boolean(),
                roles: z.array(z.object({ role: z.string(), libelle: z.string() })),
                depuis: z.string(),
              }),
            ),
          }),
          401: schemaProbleme,
          403: schemaProbleme,
          ...reponsesErreur,
        },
      },
    },
    async (requete) => ({ membres: await app.services.membres.lister(exigerActeur(requete), requete.params.id) }),
  );
};
