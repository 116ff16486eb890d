/**
 * The CV and other documents of a profile. The file is the request body itself (PDF or DOCX, sent
 * as application/octet-stream or its own type), its name in the query string: no multipart
 * parsing, and the size limit (UPLOAD_MAX_MB) applies before anything is read into memory.
 */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { acces } from "../../plugins/acces";
import { exigerActeur } from "../../plugins/auth";
import { reponsesErreur, schemaProbleme, schemaUuid, texteLibre } from "../schemas";
import { parametresProfil, schemaVueProfil } from "./schemas";

const TYPES_ACCEPTES = ["application/octet-stream", "application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"];
const erreurs = { 401: schemaProbleme, 403: schemaProbleme, 413: schemaProbleme, 415: schemaProbleme, ...reponsesErreur };
const parametresDocument = parametresProfil.extend({ documentId: schemaUuid("l'identifiant du document") });

export const documentsProfil: FastifyPluginAsyncZod = async (app) => {
  // Scoped to this plugin: elsewhere the API accepts JSON only.
  app.addContentTypeParser(TYPES_ACCEPTES, { parseAs: "buffer", bodyLimit: app.config.uploadMaxBytes }, (_requete, corps, fini) => fini(null, corps));

  app.post(
    "/api/v1/profils/:id/documents",
    {
      schema: {
        tags: ["vivier"],
        ...acces({ fiche: "profil" }),
        summary: "Ajouter un CV ou un autre document à un profil (l'agent ou le service RH de son employeur)",
        description: `Le corps est le fichier lui-même (PDF ou DOCX, vérifié d'après son contenu, ${Math.round(app.config.uploadMaxBytes / 1024 / 1024)} Mo au plus).`,
        params: parametresProfil,
        querystring: z.object({
          nom: texteLibre(200, "le nom du fichier").pipe(z.string().min(1, { error: "le nom du fichier est obligatoire" })),
          type: z.enum(["cv", "autre"], { error: "type attendu : cv ou autre" }).default("cv"),
        }),
        response: { 201: schemaVueProfil, ...erreurs },
      },
    },
    async (requete, reponse) => {
      const contenu = requete.body;
      if (!(contenu instanceof Uint8Array) || contenu.length === 0) {
        return reponse.code(400).send({
          type: "about:blank#validation",
          title: "Données invalides",
          status: 400,
          detail: "Le fichier est vide ou absent : envoyez-le comme corps de la requête.",
          instance: requete.url,
          code: "validation",
          requestId: requete.id,
          erreurs: [{ champ: "fichier", message: "le fichier est vide ou absent" }],
        });
      }
      reponse.code(201);
      return app.services.profils.ajouterDocument(exigerActeur(requete), requete.params.id, { nom: requete.query.nom, type: requete.query.type, contenu }, requete.id);
    },
  );

  app.get(
    "/api/v1/profils/:id/documents/:documentId",
    {
      schema: {
        tags: ["vivier"],
        ...acces({ fiche: "profil" }),
        summary: "Télécharger un document d'un profil",
        params: parametresDocument,
        response: { 200: z.any().describe("Le fichier (PDF ou DOCX)"), ...erreurs },
      },
    },
    async (requete, reponse) => {
      const f = await app.services.profils.lireDocument(exigerActeur(requete), requete.params.id, requete.params.documentId);
      return reponse
        .type(f.typeMime)
        .header("content-disposition", `attachment; filename*=UTF-8''${encodeURIComponent(f.nom)}`)
        .send(Buffer.from(f.contenu));
    },
  );

  app.delete(
    "/api/v1/profils/:id/documents/:documentId",
    {
      schema: {
        tags: ["vivier"],
        ...acces({ fiche: "profil" }),
        summary: "Retirer un document d'un profil",
        params: parametresDocument,
        response: { 204: z.null(), ...erreurs },
      },
    },
    async (requete, reponse) => {
      await app.services.profils.retirerDocument(exigerActeur(requete), requete.params.id, requete.params.documentId, requete.id);
      return reponse.code(204).send(null);
    },
  );
};
