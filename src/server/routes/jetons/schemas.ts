import { z } from "zod";

export const schemaJeton = z.object({
  id: z.string(),
  nom: z.string(),
  prefixe: z.string().describe("Début du jeton, pour le reconnaître"),
  role: z.string(),
  roleLibelle: z.string(),
  organisationNom: z.string(),
  creeLe: z.string(),
  expireLe: z.string(),
  utiliseLe: z.string().nullable().describe("Dernière utilisation (à la minute près)"),
  expire: z.boolean(),
});
