/** The CV and other documents of a profile: the file is the request body (see ../fichiers-bruts.ts). */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { acces } from "../../plugins/acces";
import { exigerActeur } from "../../plugins/auth";
import { accepterFichiersBruts, fichierEnvoye, TYPES_FICHIERS } from "../fichiers-bruts";
import { reponsesErreur, schemaProbleme, schemaUuid, texteLibre } from "../schemas";
import { parametresProfil, schemaVueProfil } from "./schemas";

const erreurs = { 401: schemaProbleme, 403: schemaProbleme, 413: schemaProbleme, 415: schemaProbleme, ...reponsesErreur };
const parametresDocument = parametresProfil.extend({ documentId: schemaUuid("l'identifiant du document") });

export const documentsProfil: FastifyPluginAsyncZod = async (app) => {
  accepterFichiersBruts(app, [TYPES_FICHIERS.octets, TYPES_FICHIERS.pdf, TYPES_FICHIERS.docx], app.config.uploadMaxBytes);

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
      const contenu = fichierEnvoye(requete.body);
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
