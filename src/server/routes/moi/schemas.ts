import { z } from "zod";
import { ROLES } from "../../../domain/acces";
import { TYPES_ORGANISATION } from "../../../domain/organisations";

export const schemaMoi = z.object({
  utilisateur: z.object({ id: z.uuid(), email: z.string(), prenom: z.string(), nom: z.string() }),
  appartenances: z.array(
    z.object({
      id: z.uuid(),
      role: z.enum(ROLES),
      roleLibelle: z.string(),
      organisation: z.object({ id: z.uuid(), nom: z.string(), type: z.enum(TYPES_ORGANISATION) }),
    }),
  ),
  appartenanceActive: z.uuid().nullable().describe("Le rôle (appartenance) avec lequel la personne agit"),
  csrf: z
    .string()
    .nullable()
    .describe("À renvoyer dans l'en-tête x-csrf-token de toute écriture faite avec le cookie de session (null avec un jeton d'API)"),
});
