/** My alert preference, and my saved searches of the pool (issue 6 §3, docs/missions.md "Alertes"). */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { PREFERENCES_ALERTE } from "../../../domain/missions";
import { acces } from "../../plugins/acces";
import { exigerActeur, exigerIdentite } from "../../plugins/auth";
import { reponsesErreur, schemaProbleme, schemaUuid } from "../schemas";
import { demandeDeRequete, requeteRecherche } from "../vivier/schemas";

const erreurs = { 401: schemaProbleme, ...reponsesErreur };
const personnel = acces({ personnel: true });

const schemaPreference = z
  .object({ alertes: z.enum(PREFERENCES_ALERTE).describe("immediate : à chaque fois (notification et courriel) ; quotidienne : un courriel de résumé par jour ; jamais") })
  .describe("Comment être prévenu des missions et des profils qui correspondent");

const criteresEnregistrables = requeteRecherche.omit({ page: true, parPage: true, aJour: true }).extend({
  aJour: z.boolean({ error: "aJour vaut true ou false" }).optional().describe("Seulement les profils confirmés depuis moins de la durée de fraîcheur"),
});

const schemaRechercheEnregistree = z.object({
  id: z.string(),
  nom: z.string(),
  criteres: z.record(z.string(), z.unknown()).describe("Les critères, comme les prend le service de recherche (domaines, langues, pays…)"),
  role: z.string().describe("Le rôle avec lequel elle a été enregistrée : elle est refaite avec le périmètre de ce rôle"),
  organisationId: z.string(),
  lien: z.string().describe("La page de recherche du vivier qui la montre"),
  derniereAlerteLe: z.string().nullable(),
  creeLe: z.string(),
});

export const alertes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/v1/me/preferences",
    { schema: { tags: ["alertes"], ...personnel, summary: "Ma préférence d'alertes", response: { 200: schemaPreference, ...erreurs } } },
    async (requete) => app.services.alertes.preference(exigerIdentite(requete).utilisateur.id),
  );

  app.put(
    "/api/v1/me/preferences",
    {
      schema: {
        tags: ["alertes"],
        ...personnel,
        summary: "Changer ma préférence d'alertes",
        description: "À chaque fois, un résumé par jour, ou jamais : vaut pour les missions qui correspondent à mon profil et pour mes recherches enregistrées.",
        body: z.unknown(),
        response: { 200: schemaPreference, ...erreurs },
      },
    },
    async (requete) => app.services.alertes.changerPreference(exigerIdentite(requete).utilisateur.id, requete.body),
  );

  app.get(
    "/api/v1/me/recherches",
    { schema: { tags: ["alertes"], ...personnel, summary: "Mes recherches enregistrées", response: { 200: z.array(schemaRechercheEnregistree), ...erreurs } } },
    async (requete) => app.services.alertes.recherches(exigerIdentite(requete).utilisateur.id),
  );

  app.post(
    "/api/v1/me/recherches",
    {
      schema: {
        tags: ["alertes"],
        ...acces({ action: "vivier.rechercher" }),
        summary: "Enregistrer une recherche du vivier et être alerté des nouveaux profils",
        description:
          "La recherche est refaite chaque heure avec le rôle et l'organisation actuels ; les profils qu'elle trouve pour la première fois sont annoncés " +
          "selon ma préférence d'alertes. Les profils trouvés aujourd'hui sont notés comme déjà vus. 20 recherches enregistrées au plus.",
        body: z.object({ nom: z.unknown(), criteres: criteresEnregistrables.default({}) }),
        response: { 201: schemaRechercheEnregistree, 403: schemaProbleme, ...erreurs },
      },
    },
    async (requete, reponse) => {
      const cree = await app.services.alertes.enregistrerRecherche(exigerActeur(requete), { nom: requete.body.nom, criteres: demandeDeRequete(requete.body.criteres) });
      return reponse.code(201).send(cree);
    },
  );

  app.delete(
    "/api/v1/me/recherches/:id",
    {
      schema: {
        tags: ["alertes"],
        ...personnel,
        summary: "Supprimer une recherche enregistrée",
        description: "404 pour une recherche qui n'est pas la mienne.",
        params: z.object({ id: schemaUuid("l'identifiant de la recherche") }),
        response: { 204: z.null(), ...erreurs },
      },
    },
    async (requete, reponse) => {
      await app.services.alertes.supprimerRecherche(exigerIdentite(requete).utilisateur.id, requete.params.id);
      return reponse.code(204).send(null);
    },
  );
};
