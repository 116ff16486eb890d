/** Schemas shared by several routes: the problem document and pagination. */
import { z } from "zod";
import { ROLES } from "../../domain/acces";

export const schemaProbleme = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string(),
    code: z.string().describe("Code d'erreur stable (validation, introuvable, non_authentifie…)"),
    requestId: z.string(),
    erreurs: z.array(z.object({ champ: z.string(), message: z.string() })).optional(),
  })
  .describe("Erreur au format RFC 9457 (application/problem+json)");

export const reponsesErreur = {
  400: schemaProbleme,
  404: schemaProbleme,
  500: schemaProbleme,
};

const entierDepuisTexte = (min: number, max: number, defaut: number, nom: string) =>
  z.coerce
    .number({ error: `${nom} doit être un nombre entier` })
    .int({ error: `${nom} doit être un nombre entier` })
    .min(min, { error: `${nom} doit être au moins ${min}` })
    .max(max, { error: `${nom} doit être au plus ${max}` })
    .default(defaut);

export const schemaPagination = {
  page: entierDepuisTexte(1, 10_000, 1, "la page"),
  parPage: entierDepuisTexte(1, 100, 20, "le nombre de résultats par page"),
};

/**
 * Free text from users: trimmed, bounded, and without control characters (PostgreSQL refuses the
 * NUL character, and none of them belongs in a name or a search).
 */
export const texteLibre = (max: number, nom = "le texte") =>
  z
    .string()
    .trim()
    .max(max, { error: `${nom} ne peut dépasser ${max} caractères` })
    // eslint-disable-next-line no-control-regex
    .refine((v) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(v), { error: `${nom} contient des caractères de contrôle non autorisés` });

export const texteRecherche = texteLibre(200, "la recherche").optional();

/** An e-mail address as people type it: trimmed, lower-cased, bounded. */
export const schemaEmail = z
  .string({ error: "l'adresse électronique est obligatoire" })
  .trim()
  .min(1, { error: "l'adresse électronique est obligatoire" })
  .max(254, { error: "adresse électronique trop longue" })
  .pipe(z.email({ error: "adresse électronique invalide" }))
  .transform((v) => v.toLowerCase());

export const schemaRole = z.enum(ROLES, { error: `rôle inconnu ; rôles possibles : ${ROLES.join(", ")}` });

export const schemaUuid = (nom: string) => z.uuid({ error: `${nom} invalide : un UUID est attendu` });
