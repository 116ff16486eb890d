/** Every API operation, one file each. */
import type { FastifyInstance } from "fastify";
import { obtenirOrganisation } from "./organisations/obtenir-organisation";
import { rechercherOrganisations } from "./organisations/rechercher-organisations";
import { listerPays } from "./pays/lister-pays";
import { obtenirSante } from "./sante/obtenir-sante";

export async function enregistrerRoutes(app: FastifyInstance) {
  for (const route of [obtenirSante, rechercherOrganisations, obtenirOrganisation, listerPays]) {
    await app.register(route);
  }
}
