/** Every API operation, one file each. */
import type { FastifyInstance } from "fastify";
import { lireJournal } from "./audit/lire-journal";
import { connexion } from "./auth/connexion";
import { deconnexion } from "./auth/deconnexion";
import { obtenirInstance } from "./instance/obtenir-instance";
import { choisirRole } from "./moi/choisir-role";
import { obtenirMoi } from "./moi/obtenir-moi";
import { listerSessions, revoquerSession } from "./moi/sessions";
import { obtenirOrganisation } from "./organisations/obtenir-organisation";
import { rechercherOrganisations } from "./organisations/rechercher-organisations";
import { listerPays } from "./pays/lister-pays";
import { obtenirSante } from "./sante/obtenir-sante";

export async function enregistrerRoutes(app: FastifyInstance) {
  for (const route of [
    obtenirSante,
    rechercherOrganisations,
    obtenirOrganisation,
    listerPays,
    obtenirInstance,
    connexion,
    deconnexion,
    obtenirMoi,
    choisirRole,
    listerSessions,
    revoquerSession,
    lireJournal,
  ]) {
    await app.register(route);
  }
}
