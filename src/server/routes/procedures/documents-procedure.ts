/**
 * The documents of a case: generated from a template of its state (PDF to sign, DOCX to edit),
 * signed copies uploaded (PDF, the file as the request body — see ../fichiers-bruts.ts), and
 * downloaded. For the people on the case only (404 otherwise).
 */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { FORMATS } from "../../../documents/formats-fichier";
import { acces } from "../../plugins/acces";
import { exigerActeur } from "../../plugins/auth";
import { accepterFichiersBruts, direFichierTropVolumineux, fichierDuCorps, TYPES_FICHIERS } from "../fichiers-bruts";
import { schemaProbleme, schemaUuid, texteLibre } from "../schemas";
import { erreursProcedures, parametresProcedure, schemaProcedure } from "./schemas";

const TAG = ["procedures"];
const erreurs = { ...erreursProcedures, 413: schemaProbleme, 415: schemaProbleme };
const parametresDocument = parametresProcedure.extend({ documentId: schemaUuid("l'identifiant du document") });
const NON_PDF = "Envoyez la copie signée elle-même comme corps de la requête (application/pdf ou application/octet-stream).";

export const documentsProcedure: FastifyPluginAsyncZod = async (app) => {
  accepterFichiersBruts(app, [TYPES_FICHIERS.octets, TYPES_FICHIERS.pdf], app.config.uploadMaxBytes);
  direFichierTropVolumineux(app, app.config.uploadMaxBytes);

  app.post(
    "/api/v1/procedures/:id/documents",
    {
      schema: {
        tags: TAG,
        ...acces({ fiche: "procedure" }),
        summary: "Générer un document de la procédure depuis son modèle, en PDF ou en DOCX",
        description:
          "Le modèle doit être l'un de ceux que l'état de la procédure propose (modelesDisponibles), avec ses saisies (signataire, numéro…). " +
          "Un champ manquant est une erreur qui le nomme (400), jamais un blanc dans l'acte. Chaque génération est gardée avec la procédure, numérotée (v1, v2…).",
        params: parametresProcedure,
        body: z.object({
          modele: z.string({ error: "le modèle est un texte" }).min(1, { error: "indiquez le modèle" }),
          format: z.enum(FORMATS, { error: `format attendu : ${FORMATS.join(", ")}` }),
          saisie: z.record(z.string(), z.unknown(), { error: "les saisies du document sont un objet JSON" }).optional(),
        }),
        response: { 201: schemaProcedure, ...erreursProcedures },
      },
    },
    async (requete, reponse) => {
      reponse.code(201);
      return app.services.documentsProcedure.generer(exigerActeur(requete), requete.params.id, requete.body, requete.id);
    },
  );

  app.post(
    "/api/v1/procedures/:id/documents-signes",
    {
      schema: {
        tags: TAG,
        ...acces({ fiche: "procedure" }),
        summary: "Joindre la copie signée d'un document (PDF)",
        description: `Le corps est le PDF lui-même (vérifié d'après son contenu — 415 sinon —, ${Math.round(app.config.uploadMaxBytes / 1024 / 1024)} Mo au plus — 413 au-delà).`,
        params: parametresProcedure,
        querystring: z.object({
          nom: texteLibre(200, "le nom du fichier").pipe(z.string().min(1, { error: "le nom du fichier est obligatoire" })),
          modele: z.string().max(100).optional().describe("Le modèle dont c'est la copie signée (convention-mise-a-disposition…)"),
        }),
        response: { 201: schemaProcedure, ...erreurs },
      },
    },
    async (requete, reponse) => {
      const contenu = fichierDuCorps(requete.body, NON_PDF);
      reponse.code(201);
      return app.services.documentsProcedure.deposerSigne(exigerActeur(requete), requete.params.id, { ...requete.query, contenu }, requete.id);
    },
  );

  app.get(
    "/api/v1/procedures/:id/documents/:documentId",
    {
      schema: {
        tags: TAG,
        ...acces({ fiche: "procedure" }),
        summary: "Télécharger un document de la procédure",
        params: parametresDocument,
        response: { 200: z.any().describe("Le fichier (PDF ou DOCX)"), ...erreurs },
      },
    },
    async (requete, reponse) => {
      const { nom, typeMime, contenu } = await app.services.documentsProcedure.lire(exigerActeur(requete), requete.params.id, requete.params.documentId);
      reponse.header("content-disposition", `attachment; filename*=UTF-8''${encodeURIComponent(nom)}`);
      return reponse.type(typeMime).send(Buffer.from(contenu));
    },
  );
};
