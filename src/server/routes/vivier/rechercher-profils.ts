import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { acces } from "../../plugins/acces";
import { exigerActeur } from "../../plugins/auth";
import { reponsesErreur, schemaProbleme } from "../schemas";
import { demandeDeRequete, reponseRecherche, requeteRecherche } from "./schemas";

export const rechercherProfils: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/v1/profils",
    {
      schema: {
        tags: ["vivier"],
        ...acces({ action: "vivier.rechercher" }),
        summary: "Rechercher dans le vivier d'experts",
        description:
          "Texte libre en français (accents et formes des mots indifférents, fautes de frappe tolérées), facettes et leurs effectifs, classement par pertinence " +
          "puis fraîcheur. Chacun ne trouve que les profils que l'agent a consenti à lui montrer : le service RH et les relations internationales tout le vivier " +
          "de leur organisation, les opérateurs les profils ouverts aux opérateurs, le ministère ceux ouverts au ministère.",
        querystring: requeteRecherche,
        response: { 200: reponseRecherche, 401: schemaProbleme, 403: schemaProbleme, ...reponsesErreur },
      },
    },
    async (requete) => {
      const { page, parPage, ...criteres } = requete.query;
      return app.services.recherche.rechercher(exigerActeur(requete), { ...demandeDeRequete(criteres), page, parPage });
    },
  );
};
