import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ETATS_CANDIDATURE } from "../../../domain/missions";
import { acces } from "../../plugins/acces";
import { exigerActeur } from "../../plugins/auth";
import { erreursMissions, parametresId } from "./schemas";

const raison = z.object({
  type: z.enum(["domaine", "langue", "pays", "disponibilite", "charge"]),
  texte: z.string().describe("L'explication, en français : « Eau potable : niveau expert (confirmé demandé) »"),
  points: z.number().describe("Sa part du score"),
});

const candidat = z.object({
  id: z.string().describe("L'identifiant du profil"),
  score: z.number().describe("De 0 à 100"),
  raisons: z.array(raison),
  regard: z.string().describe("Comment le propriétaire voit le profil : employeur, operateur ou ministere"),
  prenom: z.string(),
  nom: z.string(),
  organisation: z.object({ id: z.string(), nom: z.string() }),
  position: z.string(),
  positionLibelle: z.string(),
  metier: z.string().nullable(),
  courriel: z.string(),
  telephone: z.string().nullable().optional(),
  joursEngages: z.number().describe("Jours déjà affectés sur les douze prochains mois"),
  joursParAn: z.number().nullable().describe("Jours par an accordés par l'employeur"),
  candidature: z
    .object({ id: z.string(), etat: z.enum(ETATS_CANDIDATURE), etatLibelle: z.string() })
    .nullable()
    .describe("Sa candidature à la mission, quand l'expert a déjà candidaté ou a été proposé par son employeur"),
});

export const candidatsMission: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/v1/missions/:id/candidats",
    {
      schema: {
        tags: ["missions"],
        ...acces({ action: "missions.selectionner" }),
        summary: "Les experts qui correspondent à une mission, classés, avec leurs raisons",
        description:
          "Pour l'organisation qui publie la mission : les experts qui ont consenti à lui être montrés (un opérateur : les profils ouverts aux opérateurs ; " +
          "la DAECT : au ministère ; une collectivité : ses propres agents), disponibles sur chaque session datée et sous les jours par an accordés par leur " +
          "employeur, classés par un score de 0 à 100 expliqué (domaines et niveaux, langues, pays, disponibilité, charge). docs/missions-appariement.md.",
        params: parametresId("l'identifiant de la mission"),
        querystring: z.object({ limite: z.coerce.number().int().min(1, { error: "au moins 1 candidat" }).max(200, { error: "au plus 200 candidats" }).default(20) }),
        response: {
          200: z.object({
            candidats: z.array(candidat),
            lus: z.number().describe("Profils lus et classés"),
            complet: z.boolean().describe("Tous les profils qui ont un domaine demandé et sont disponibles ont été classés"),
            voisins: z.boolean().describe("Des domaines voisins (même famille du thésaurus) ont été lus, faute d'assez de candidats"),
          }),
          ...erreursMissions,
        },
      },
    },
    async (requete) => app.services.candidats.candidats(exigerActeur(requete), requete.params.id, { limite: requete.query.limite }),
  );
};
