/**
 * Importing an existing pool (CSV or XLSX) and exporting it (docs/vivier.md, ADR 0003). The file
 * is the request body; the name and the column mapping travel in the query string.
 */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { CHAMPS_IMPORT } from "../../../domain/experts/import";
import { LIMITES_IMPORT } from "../../../domain/experts/import";
import { ImportRefuse } from "../../../services/experts/import";
import { acces } from "../../plugins/acces";
import { exigerActeur } from "../../plugins/auth";
import { accepterFichiersBruts, fichierEnvoye, TYPES_FICHIERS } from "../fichiers-bruts";
import { reponsesErreur, schemaProbleme, schemaUuid, texteLibre } from "../schemas";

const parametres = z.object({ id: schemaUuid("l'identifiant de l'organisation") });
const requeteImport = z.object({
  nom: texteLibre(200, "le nom du fichier").pipe(z.string().min(1, { error: "le nom du fichier est obligatoire" })),
  mapping: z
    .string()
    .max(20_000, { error: "la correspondance des colonnes est trop longue" })
    .transform((v, ctx) => {
      try {
        return JSON.parse(v) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: "la correspondance des colonnes doit être un objet JSON { \"en-tête\": \"champ\" | null }" });
        return z.NEVER;
      }
    })
    .optional()
    .describe(`JSON { "<en-tête du fichier>": "<champ>" | null } ; champs : ${CHAMPS_IMPORT.join(", ")}`),
  lignesAccepteesSeulement: z.enum(["true", "false"]).transform((v) => v === "true").optional().describe("Importer les lignes acceptées même si d'autres sont rejetées"),
});

const erreurLigne = z.object({ colonne: z.string().nullable(), champ: z.string().nullable(), message: z.string() });
const schemaAnalyse = z.object({
  fichier: z.looseObject({ nom: z.string(), format: z.enum(["csv", "xlsx"]) }),
  colonnes: z.array(z.looseObject({ index: z.number(), entete: z.string(), champ: z.string().nullable(), reconnu: z.boolean() })),
  rapport: z.object({
    lignes: z.array(
      z.object({
        ligne: z.number(),
        statut: z.enum(["creation", "mise_a_jour", "inchange", "doublon", "rejete"]),
        erreurs: z.array(erreurLigne),
        doublonDe: z.number().optional(),
        apercu: z.object({ prenom: z.string().nullable(), nom: z.string().nullable(), courriel: z.string().nullable() }),
      }),
    ),
    totaux: z.object({ lignes: z.number(), creation: z.number(), mise_a_jour: z.number(), inchange: z.number(), doublon: z.number(), rejete: z.number() }),
  }),
});
const erreurs = { ...reponsesErreur, 401: schemaProbleme, 403: schemaProbleme, 413: schemaProbleme, 415: schemaProbleme };
const TYPES = [TYPES_FICHIERS.octets, TYPES_FICHIERS.csv, TYPES_FICHIERS.xlsx];

export const importExportVivier: FastifyPluginAsyncZod = async (app) => {
  // Twice the import's own limit: a file a little too big gets the import's clear message.
  accepterFichiersBruts(app, TYPES, 2 * app.services.imports.limites.taille);

  app.post(
    "/api/v1/organisations/:id/vivier/analyse",
    {
      schema: {
        tags: ["vivier"],
        ...acces({ action: "vivier.gerer_profils", organisation: "params.id" }),
        summary: "Simuler l'import d'un vivier (CSV ou XLSX) : le rapport ligne par ligne, sans rien écrire",
        description:
          `Le corps est le fichier (${Math.round(LIMITES_IMPORT.taille / 1024 / 1024)} Mo et ${LIMITES_IMPORT.lignes.toLocaleString("fr-FR")} lignes au plus). ` +
          "En-têtes reconnus en français et en anglais ; `mapping` corrige la correspondance des colonnes.",
        params: parametres,
        querystring: requeteImport.omit({ lignesAccepteesSeulement: true }),
        response: { 200: schemaAnalyse, ...erreurs },
      },
    },
    async (requete) => {
      exigerActeur(requete);
      return app.services.imports.analyser(requete.params.id, { nom: requete.query.nom, contenu: fichierEnvoye(requete.body) }, requete.query.mapping);
    },
  );

  app.post(
    "/api/v1/organisations/:id/vivier/import",
    {
      schema: {
        tags: ["vivier"],
        ...acces({ action: "vivier.gerer_profils", organisation: "params.id" }),
        summary: "Importer un vivier (CSV ou XLSX), tout ou rien",
        description:
          "Écrit les lignes en une transaction, seulement si aucune n'est rejetée (ou, avec lignesAccepteesSeulement=true, exactement les lignes acceptées). " +
          "Les profils sont rapprochés par adresse électronique ou numéro d'agent : réimporter le même fichier ne change rien. " +
          "Un refus répond 400 avec le rapport complet (`analyse`).",
        params: parametres,
        querystring: requeteImport,
        response: {
          ...erreurs,
          200: schemaAnalyse.extend({ ecrit: z.object({ crees: z.number(), misAJour: z.number() }) }),
          400: schemaProbleme.extend({ analyse: schemaAnalyse.optional() }),
        },
      },
    },
    async (requete, reponse) => {
      const acteur = exigerActeur(requete);
      try {
        return await app.services.imports.importer(
          { acteurId: acteur.utilisateurId, organisationId: requete.params.id, requestId: requete.id },
          { nom: requete.query.nom, contenu: fichierEnvoye(requete.body) },
          { mapping: requete.query.mapping, lignesAccepteesSeulement: requete.query.lignesAccepteesSeulement },
        );
      } catch (e) {
        if (!(e instanceof ImportRefuse)) throw e;
        return reponse.code(400).type("application/problem+json").send({
          type: "about:blank#validation",
          title: "Import refusé",
          status: 400,
          detail: e.message,
          instance: requete.url.split("?")[0]!,
          code: "validation",
          requestId: requete.id,
          erreurs: e.champs,
          analyse: e.analyse,
        });
      }
    },
  );

  app.get(
    "/api/v1/organisations/:id/vivier/export",
    {
      schema: {
        tags: ["vivier"],
        ...acces({ action: "vivier.exporter", organisation: "params.id" }),
        summary: "Exporter le vivier de l'organisation (CSV ou XLSX)",
        description:
          "Tous les champs, avec les en-têtes que l'import reconnaît : un export se réimporte sans rien changer. Les cellules commençant par " +
          "=, +, -, @ sont neutralisées (formules).",
        params: parametres,
        querystring: z.object({ format: z.enum(["csv", "xlsx"], { error: "format attendu : csv ou xlsx" }).default("csv") }),
        response: { 200: z.any().describe("Le fichier CSV (UTF-8, ;) ou XLSX"), ...erreurs },
      },
    },
    async (requete, reponse) => {
      exigerActeur(requete);
      const f = await app.services.imports.exporter(requete.params.id, requete.query.format);
      return reponse
        .type(f.typeMime)
        .header("content-disposition", `attachment; filename*=UTF-8''${encodeURIComponent(f.nomFichier)}`)
        .send(Buffer.from(f.contenu));
    },
  );
};
