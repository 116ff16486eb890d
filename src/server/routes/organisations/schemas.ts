import { z } from "zod";
import { CATEGORIES_COLLECTIVITE, TYPES_ORGANISATION } from "../../../domain/organisations";

export const schemaOrganisation = z.object({
  id: z.uuid(),
  type: z.enum(TYPES_ORGANISATION),
  typeLibelle: z.string(),
  categorie: z.enum(CATEGORIES_COLLECTIVITE).nullable(),
  categorieLibelle: z.string().nullable(),
  nature: z.string().nullable().describe("Nature juridique fine : CC, CA, CU, METRO, MET69, EPT, commune…"),
  nom: z.string(),
  codeInsee: z.string().nullable(),
  siren: z.string().nullable(),
  codeDepartement: z.string().nullable(),
  codeRegion: z.string().nullable(),
  population: z.number().int().nullable(),
  pays: z.string().nullable().describe("Code ISO 3166-1 alpha-2"),
  fermee: z.boolean().describe("Vrai quand la collectivité a disparu du référentiel (fusion…)"),
});
