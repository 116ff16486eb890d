/** Statutory procedures as cases: list, open, read, edit the data, fire the events (docs/procedures.md). */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { TYPES_PROCEDURE } from "../../../domain/procedures";
import { acces } from "../../plugins/acces";
import { exigerActeur } from "../../plugins/auth";
import { schemaPagination, schemaUuid } from "../schemas";
import { erreursProcedures, parametresProcedure, schemaATraiter, schemaListeProcedures, schemaProcedure } from "./schemas";

const TAG = ["procedures"];
const corpsEvenement = z.object({
  evenement: z.string({ error: "l'événement est un texte" }).min(1, { error: "indiquez l'événement" }),
  motif: z.string({ error: "le motif est un texte" }).optional(),
  saisie: z.record(z.string(), z.unknown(), { error: "les saisies de l'événement sont un objet JSON" }).optional(),
});

export const procedures: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/v1/procedures",
    {
      schema: {
        tags: TAG,
        ...acces({ fiche: "procedure" }),
        summary: "Les procédures où j'ai un rôle",
        description:
          "Celles de mon organisation (employeur, organisme d'accueil, opérateur partie) pour qui y agit (RH, supérieur, autorité, relations internationales, opérateur), et les miennes comme agent concerné ; les plus récemment modifiées d'abord.",
        querystring: z.object({
          type: z.enum(TYPES_PROCEDURE, { error: `procédure attendue : ${TYPES_PROCEDURE.join(", ")}` }).optional(),
          etat: z.string().max(60).optional(),
          candidatureId: schemaUuid("l'affectation").optional().describe("Les procédures ouvertes depuis cette affectation"),
          ...schemaPagination,
        }),
        response: { 200: schemaListeProcedures, ...erreursProcedures },
      },
    },
    async (requete) => app.services.procedures.lister(exigerActeur(requete), requete.query),
  );

  app.get(
    "/api/v1/procedures/a-traiter",
    {
      schema: {
        tags: TAG,
        ...acces({ fiche: "procedure" }),
        summary: "Ce qui m'attend : les procédures où une action m'est ouverte ou une échéance est proche ou dépassée",
        response: { 200: schemaATraiter, ...erreursProcedures },
      },
    },
    async (requete) => app.services.procedures.aTraiter(exigerActeur(requete)),
  );

  app.post(
    "/api/v1/procedures",
    {
      schema: {
        tags: TAG,
        ...acces({ fiche: "procedure" }),
        summary: "Ouvrir une procédure, depuis une affectation ou à la main",
        description:
          "Depuis une affectation (candidatureId) : l'agent, l'employeur, l'organisme d'accueil et l'instrument recommandé par le conseiller en viennent ; une autre procédure " +
          "que la recommandée demande une justification, et une procédure que la loi exclut pour l'agent est refusée avec sa règle (LEGAL.md §2). À la main : profilId " +
          "(un agent de l'organisation, ou soi-même), ou, pour une convention de partenariat, l'autre partie : operateurId quand la collectivité l'ouvre, collectiviteId quand l'opérateur l'ouvre. Les données sont préremplies depuis le profil et la mission.",
        body: z.unknown().describe("{ type, intitule?, candidatureId? | profilId? | operateurId? | collectiviteId?, accueilId?, justification?, donnees? }"),
        response: { 201: schemaProcedure, ...erreursProcedures },
      },
    },
    async (requete, reponse) => {
      reponse.code(201);
      return app.services.procedures.ouvrir(exigerActeur(requete), requete.body, requete.id);
    },
  );

  app.get(
    "/api/v1/procedures/:id",
    {
      schema: {
        tags: TAG,
        ...acces({ fiche: "procedure" }),
        summary: "Une procédure : état, prochaines actions de la personne connectée, données, échéances, documents, historique",
        params: parametresProcedure,
        response: { 200: schemaProcedure, ...erreursProcedures },
      },
    },
    async (requete) => app.services.procedures.lire(exigerActeur(requete), requete.params.id),
  );

  app.put(
    "/api/v1/procedures/:id/donnees",
    {
      schema: {
        tags: TAG,
        ...acces({ fiche: "procedure" }),
        summary: "Modifier les données de la procédure (tant que son état le permet)",
        description: "Un brouillon peut être incomplet : la réponse liste ce qui manque encore (manquants). Qui modifie, et dans quels états, dépend de la procédure.",
        params: parametresProcedure,
        body: z.unknown().describe("Les données du document de la procédure"),
        response: { 200: schemaProcedure, ...erreursProcedures },
      },
    },
    async (requete) => app.services.procedures.modifierDonnees(exigerActeur(requete), requete.params.id, requete.body, requete.id),
  );

  app.post(
    "/api/v1/procedures/:id/evenements",
    {
      schema: {
        tags: TAG,
        ...acces({ fiche: "procedure" }),
        summary: "Faire avancer la procédure : un événement de sa table d'états, avec son motif et ses saisies",
        description: "Les événements possibles, leurs saisies (champs) et ce qui les bloque encore sont dans evenementsPossibles de la procédure.",
        params: parametresProcedure,
        body: corpsEvenement,
        response: { 200: schemaProcedure, ...erreursProcedures },
      },
    },
    async (requete) => app.services.procedures.evenement(exigerActeur(requete), requete.params.id, requete.body, requete.id),
  );
};
