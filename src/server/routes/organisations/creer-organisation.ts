import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { LIBELLES_TYPE_ORGANISATION } from "../../../domain/organisations";
import { TYPES_CREABLES } from "../../../services/organisations/creation";
import { acces } from "../../plugins/acces";
import { exigerActeur } from "../../plugins/auth";
import { reponsesErreur, schemaEmail, schemaProbleme, texteLibre } from "../schemas";
import { schemaOrganisation } from "./schemas";

export const creerOrganisation: FastifyPluginAsyncZod = async (app) => {
  app.post(
    "/api/v1/organisations",
    {
      schema: {
        tags: ["organisations"],
        ...acces({ action: "organisation.creer" }),
        summary: "Créer une organisation (administrateur de la plateforme)",
        description:
          `Types possibles : ${TYPES_CREABLES.map((t) => `\`${t}\` (${LIBELLES_TYPE_ORGANISATION[t]})`).join(", ")}. ` +
          "Les collectivités viennent du Code officiel géographique et ne se créent pas à la main. Une ambassade a un pays. " +
          "Avec `emailAdministrateur`, la première personne est invitée comme administratrice dans la même transaction.",
        body: z.object({
          type: z.enum(TYPES_CREABLES, { error: `type inconnu ou non créable ; types possibles : ${TYPES_CREABLES.join(", ")}` }),
          nom: texteLibre(200, "le nom").pipe(z.string().min(2, { error: "le nom est obligatoire (2 caractères au moins)" })),
          nomCourt: texteLibre(100, "le nom court").optional(),
          siren: z.string().trim().regex(/^\d{9}$/, { error: "le SIREN compte 9 chiffres" }).optional(),
          pays: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, { error: "code pays ISO 3166-1 à 2 lettres attendu (ex. SN)" }).optional(),
          emailAdministrateur: schemaEmail.optional(),
        }),
        response: {
          201: z.object({
            organisation: schemaOrganisation,
            invitation: z.object({ id: z.string(), email: z.string(), role: z.string(), expireLe: z.string() }).nullable(),
          }),
          401: schemaProbleme,
          403: schemaProbleme,
          409: schemaProbleme,
          ...reponsesErreur,
        },
      },
    },
    async (requete, reponse) => {
      const cree = await app.services.creationOrganisations.creer(exigerActeur(requete), requete.body, requete.id);
      return reponse.status(201).send(cree);
    },
  );
};
