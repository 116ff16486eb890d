/**
 * The documents of a mission (terms of reference in full, budget…): the file is the request body
 * (see ../fichiers-bruts.ts), its name and type in the query string. Its owner adds and removes
 * them; whoever sees the mission downloads them.
 */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { TYPES_DOCUMENT_MISSION } from "../../../services/missions/documents";
import { acces } from "../../plugins/acces";
import { exigerActeur } from "../../plugins/auth";
import { accepterFichiersBruts, direFichierTropVolumineux, fichierDuCorps, TYPES_FICHIERS } from "../fichiers-bruts";
import { schemaProbleme, schemaUuid, texteLibre } from "../schemas";
import { erreursMissions, parametresId, schemaMission } from "./schemas";

const erreurs = { ...erreursMissions, 413: schemaProbleme, 415: schemaProbleme };
const parametres = parametresId("l'identifiant de la mission");
const parametresDocument = parametres.extend({ documentId: schemaUuid("l'identifiant du document") });

const NON_FICHIER = "Envoyez le fichier lui-même comme corps de la requête (application/octet-stream, application/pdf ou le type DOCX).";

const REGLES =
  "Par l'organisation de la mission (403 pour les autres), tant qu'elle n'est ni terminée ni annulée (409). " +
  "Un brouillon n'est visible que de son organisation : 404 pour les autres. Chaque ajout et chaque retrait est journalisé.";

export const documentsMission: FastifyPluginAsyncZod = async (app) => {
  accepterFichiersBruts(app, [TYPES_FICHIERS.octets, TYPES_FICHIERS.pdf, TYPES_FICHIERS.docx], app.config.uploadMaxBytes);
  direFichierTropVolumineux(app, app.config.uploadMaxBytes);

  app.post(
    "/api/v1/missions/:id/documents",
    {
      schema: {
        tags: ["missions"],
        ...acces({ action: "missions.publier" }),
        summary: "Joindre un document à une mission (termes de référence complets, budget, autre)",
        description:
          `Le corps est le fichier lui-même (PDF ou DOCX, vérifié d'après son contenu — 415 sinon —, ` +
          `${Math.round(app.config.uploadMaxBytes / 1024 / 1024)} Mo au plus — 413 au-delà). ${REGLES} La réponse est la mission, qui liste ses documents.`,
        params: parametres,
        querystring: z.object({
          nom: texteLibre(200, "le nom du fichier").pipe(z.string().min(1, { error: "le nom du fichier est obligatoire" })),
          type: z.enum(TYPES_DOCUMENT_MISSION, { error: `type attendu : ${TYPES_DOCUMENT_MISSION.join(", ")}` }),
        }),
        response: { 201: schemaMission, ...erreurs },
      },
    },
    async (requete, reponse) => {
      const contenu = fichierDuCorps(requete.body, NON_FICHIER);
      const { nom, type } = requete.query;
      reponse.code(201);
      return app.services.documentsMission.ajouter(exigerActeur(requete), requete.params.id, { nom, type, contenu }, requete.id);
    },
  );

  app.get(
    "/api/v1/missions/:id/documents/:documentId",
    {
      schema: {
        tags: ["missions"],
        ...acces({ action: "missions.voir" }),
        summary: "Télécharger un document d'une mission",
        description: "Pour qui voit la mission. Le fichier est envoyé en pièce jointe, sous son nom d'origine.",
        params: parametresDocument,
        response: { 200: z.any().describe("Le fichier (PDF ou DOCX)"), ...erreurs },
      },
    },
    async (requete, reponse) => {
      const { nom, typeMime, contenu } = await app.services.documentsMission.lire(exigerActeur(requete), requete.params.id, requete.params.documentId);
      // The stored name is cleaned (no quote nor path); encoded for any other character.
      reponse.header("content-disposition", `attachment; filename*=UTF-8''${encodeURIComponent(nom)}`);
      return reponse.type(typeMime).send(Buffer.from(contenu));
    },
  );

  app.delete(
    "/api/v1/missions/:id/documents/:documentId",
    {
      schema: {
        tags: ["missions"],
        ...acces({ action: "missions.publier" }),
        summary: "Retirer un document d'une mission",
        description: `Le document et son fichier sont supprimés. ${REGLES}`,
        params: parametresDocument,
        response: { 204: z.null(), ...erreurs },
      },
    },
    async (requete, reponse) => {
      await app.services.documentsMission.retirer(exigerActeur(requete), requete.params.id, requete.params.documentId, requete.id);
      return reponse.code(204).send(null);
    },
  );
};
