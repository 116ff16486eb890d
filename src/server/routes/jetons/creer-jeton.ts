import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { DUREE_MAX_JOURS } from "../../../services/acces/jetons";
import { acces, limiteDebit } from "../../plugins/acces";
import { exigerIdentite } from "../../plugins/auth";
import { reponsesErreur, schemaProbleme, schemaUuid, texteLibre } from "../schemas";

export const creerJeton: FastifyPluginAsyncZod = async (app) => {
  app.post(
    "/api/v1/me/jetons",
    {
      schema: {
        tags: ["comptes"],
        ...acces({ personnel: true }),
        ...limiteDebit({ nom: "jetons", max: 20, fenetreMinutes: 60, par: "personne" }),
        summary: "Créer un jeton d'API",
        description:
          "Pour le système d'un opérateur : le jeton agit avec un seul de vos rôles (`appartenanceId`, voir `GET /api/v1/me`), " +
          "jusqu'à son expiration. Il est donné **une seule fois**, dans cette réponse ; Vivier n'en garde que l'empreinte. " +
          "À envoyer dans l'en-tête `Authorization: Bearer vivier_…`. Se crée depuis l'application web seulement (pas avec un jeton).",
        body: z.object({
          nom: texteLibre(100, "le nom").pipe(z.string().min(1, { error: "le nom est obligatoire" })),
          appartenanceId: schemaUuid("le rôle"),
          dureeJours: z
            .number({ error: "la durée doit être un nombre de jours" })
            .int({ error: "la durée doit être un nombre entier de jours" })
            .min(1, { error: "la durée doit être d'au moins 1 jour" })
            .max(DUREE_MAX_JOURS, { error: `la durée ne peut dépasser ${DUREE_MAX_JOURS} jours` })
            .default(90),
        }),
        response: {
          201: z.object({
            id: z.string(),
            nom: z.string(),
            prefixe: z.string(),
            expireLe: z.string(),
            jeton: z.string().describe("Le secret, montré cette fois seulement"),
          }),
          401: schemaProbleme,
          403: schemaProbleme,
          429: schemaProbleme,
          ...reponsesErreur,
        },
      },
    },
    async (requete, reponse) => {
      const cree = await app.services.jetons.creer(exigerIdentite(requete), requete.body, requete.id);
      return reponse.status(201).header("cache-control", "no-store").send(cree);
    },
  );
};
