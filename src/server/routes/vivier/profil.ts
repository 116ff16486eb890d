/** One profile of the pool: read, change, confirm, consent, invite its agent, export, erase. */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { schemaConsentement, schemaProfil } from "../../../domain/experts";
import { acces } from "../../plugins/acces";
import { exigerActeur } from "../../plugins/auth";
import { reponsesErreur, schemaProbleme } from "../schemas";
import { parametresProfil, schemaVueProfil } from "./schemas";

const erreurs = { 401: schemaProbleme, 403: schemaProbleme, 409: schemaProbleme, ...reponsesErreur };
const fiche = acces({ fiche: "profil" });
const VISIBILITE =
  "Répond 404 à qui l'agent n'a pas consenti à montrer son profil (son employeur le voit toujours ; les opérateurs et le ministère selon son choix).";

export const profil: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/v1/profils/:id",
    {
      schema: {
        tags: ["vivier"],
        ...fiche,
        summary: "Un profil du vivier",
        description: `${VISIBILITE} Le téléphone, le numéro d'agent et les dates de naissance et de retraite ne sont montrés qu'à l'agent et à son employeur.`,
        params: parametresProfil,
        response: { 200: schemaVueProfil, ...erreurs },
      },
    },
    async (requete) => app.services.profils.lire(exigerActeur(requete), requete.params.id),
  );

  app.put(
    "/api/v1/profils/:id",
    {
      schema: {
        tags: ["vivier"],
        ...fiche,
        summary: "Modifier un profil (l'agent ou le service RH de son employeur)",
        description: "Enregistrer le profil le confirme : sa fraîcheur repart de ce jour.",
        params: parametresProfil,
        body: schemaProfil,
        response: { 200: schemaVueProfil, ...erreurs },
      },
    },
    async (requete) => app.services.profils.modifier(exigerActeur(requete), requete.params.id, requete.body, requete.id),
  );

  app.post(
    "/api/v1/profils/:id/confirmation",
    {
      schema: {
        tags: ["vivier"],
        ...fiche,
        summary: "Confirmer qu'un profil est à jour",
        params: parametresProfil,
        response: { 200: schemaVueProfil, ...erreurs },
      },
    },
    async (requete) => app.services.profils.confirmer(exigerActeur(requete), requete.params.id, requete.id),
  );

  app.put(
    "/api/v1/profils/:id/consentement",
    {
      schema: {
        tags: ["vivier"],
        ...fiche,
        summary: "Choisir qui voit son profil (l'agent seulement)",
        description:
          "employeur : son employeur seulement ; operateurs : aussi les opérateurs ; ministere : aussi le ministère. maintienApresRetraite : rester dans le vivier " +
          "après son départ à la retraite. Chaque changement est journalisé avec le choix précédent.",
        params: parametresProfil,
        body: schemaConsentement,
        response: { 200: schemaVueProfil, ...erreurs },
      },
    },
    async (requete) => app.services.profils.consentir(exigerActeur(requete), requete.params.id, requete.body, requete.id),
  );

  app.post(
    "/api/v1/profils/:id/invitation",
    {
      schema: {
        tags: ["vivier"],
        ...fiche,
        summary: "Envoyer à l'agent le lien pour reprendre son profil (service RH)",
        params: parametresProfil,
        response: { 201: z.object({ id: z.string(), email: z.string(), role: z.string(), expireLe: z.string() }), ...erreurs },
      },
    },
    async (requete, reponse) => {
      reponse.code(201);
      return app.services.profils.inviterAReclamer(exigerActeur(requete), requete.params.id, requete.id);
    },
  );

  app.get(
    "/api/v1/profils/:id/export",
    {
      schema: {
        tags: ["vivier"],
        ...fiche,
        summary: "Toutes les données d'un profil et son historique, en JSON (droit d'accès RGPD)",
        params: parametresProfil,
        response: {
          200: z.object({
            exporteLe: z.string(),
            profil: schemaVueProfil,
            historique: z.array(z.object({ horodatage: z.string(), action: z.string(), resume: z.record(z.string(), z.unknown()) })),
            candidatures: z
              .array(z.object({ mission: z.string(), projet: z.string(), etat: z.string(), accordEmployeur: z.string(), motif: z.string().nullable(), creeLe: z.string() }))
              .describe("Ses candidatures aux missions"),
            procedures: z
              .array(z.object({ id: z.string(), type: z.string(), etat: z.string(), intitule: z.string(), donnees: z.record(z.string(), z.unknown()), suivi: z.record(z.string(), z.unknown()), creeLe: z.string() }))
              .describe("Les procédures statutaires qui le concernent"),
          }),
          ...erreurs,
        },
      },
    },
    async (requete, reponse) => {
      reponse.header("content-disposition", `attachment; filename="profil-${requete.params.id}.json"`);
      return app.services.profils.exporter(exigerActeur(requete), requete.params.id);
    },
  );

  app.delete(
    "/api/v1/profils/:id",
    {
      schema: {
        tags: ["vivier"],
        ...fiche,
        summary: "Effacer un profil (droit à l'effacement RGPD)",
        description: "Les données personnelles sont supprimées ; seules des statistiques anonymes restent (employeur, position, domaines, langues, pays).",
        params: parametresProfil,
        response: { 204: z.null(), ...erreurs },
      },
    },
    async (requete, reponse) => {
      await app.services.profils.effacer(exigerActeur(requete), requete.params.id, requete.id);
      return reponse.code(204).send(null);
    },
  );
};

export const monProfil: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/v1/me/profil",
    {
      schema: {
        tags: ["vivier"],
        ...acces({ personnel: true }),
        summary: "Mon profil dans le vivier, si je l'ai repris",
        response: { 200: z.object({ profil: schemaVueProfil.nullable() }), 401: schemaProbleme, ...reponsesErreur },
      },
    },
    async (requete) => ({ profil: await app.services.profils.monProfil(exigerActeur(requete)) }),
  );
};
