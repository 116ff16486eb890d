/** The thesaurus of domains and the languages, for forms and other systems (public). */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { DOMAINES, FAMILLES, LANGUES, VERSION_THESAURUS } from "../../../domain/experts";
import { reponsesErreur } from "../schemas";

export const referentielsVivier: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/v1/referentiels/domaines",
    {
      schema: {
        tags: ["référentiels"],
        security: [],
        summary: "Le thésaurus des domaines d'expertise, en français et en anglais, par familles",
        response: {
          200: z.object({
            version: z.string(),
            familles: z.array(z.object({ code: z.string(), fr: z.string(), en: z.string() })),
            domaines: z.array(z.object({ code: z.string(), famille: z.string(), fr: z.string(), en: z.string(), motsCles: z.array(z.string()) })),
          }),
          ...reponsesErreur,
        },
      },
    },
    async () => ({ version: VERSION_THESAURUS, familles: [...FAMILLES], domaines: DOMAINES.map((d) => ({ ...d, motsCles: [...(d.motsCles ?? [])] })) }),
  );
  app.get(
    "/api/v1/referentiels/langues",
    {
      schema: {
        tags: ["référentiels"],
        security: [],
        summary: "Les langues (ISO 639-1), en français et en anglais",
        response: { 200: z.object({ langues: z.array(z.object({ code: z.string(), fr: z.string(), en: z.string() })) }), ...reponsesErreur },
      },
    },
    async () => ({ langues: [...LANGUES] }),
  );
};
