/** Every API operation, one file each. */
import type { FastifyInstance } from "fastify";
import { lireJournal } from "./audit/lire-journal";
import { connexion } from "./auth/connexion";
import { deconnexion } from "./auth/deconnexion";
import { connexionProconnect } from "./auth/proconnect-connexion";
import { retourProconnect } from "./auth/proconnect-retour";
import { conseiller } from "./conseil/conseiller";
import { boiteCourriels } from "./dev/boite-courriels";
import { accepterInvitation, consulterInvitation } from "./invitations/accepter-invitation";
import { annulerInvitation, inviter, listerInvitations } from "./invitations/invitations-organisation";
import { creerJeton } from "./jetons/creer-jeton";
import { listerJetons } from "./jetons/lister-jetons";
import { revoquerJeton } from "./jetons/revoquer-jeton";
import { listerMembres } from "./membres/lister-membres";
import { ajouterRoleMembre, retirerRoleMembre } from "./membres/roles-membre";
import { obtenirInstance } from "./instance/obtenir-instance";
import { choisirRole } from "./moi/choisir-role";
import { obtenirMoi } from "./moi/obtenir-moi";
import { listerSessions, revoquerSession } from "./moi/sessions";
import { creerOrganisation } from "./organisations/creer-organisation";
import { obtenirOrganisation } from "./organisations/obtenir-organisation";
import { rechercherOrganisations } from "./organisations/rechercher-organisations";
import { affectationsOrganisation } from "./missions/affectations-organisation";
import { candidater } from "./missions/candidater";
import { candidature } from "./missions/candidature";
import { candidaturesMission } from "./missions/candidatures-mission";
import { creerMission } from "./missions/creer-mission";
import { creerProjet } from "./missions/creer-projet";
import { documentsMission } from "./missions/documents-mission";
import { documentsProcedure } from "./procedures/documents-procedure";
import { procedures } from "./procedures/procedures";
import { historiqueMission } from "./missions/historique-mission";
import { listerMissions } from "./missions/lister-missions";
import { listerProjets } from "./missions/lister-projets";
import { mesCandidatures } from "./missions/mes-candidatures";
import { mission } from "./missions/mission";
import { projet } from "./missions/projet";
import { sessionsMission } from "./missions/sessions-mission";
import { transitionMission } from "./missions/transition-mission";
import { notifications } from "./notifications/notifications";
import { alertes } from "./alertes/alertes";
import { candidatsMission } from "./missions/candidats-mission";
import { listerPays } from "./pays/lister-pays";
import { obtenirSante } from "./sante/obtenir-sante";
import { creerProfil } from "./vivier/creer-profil";
import { documentsProfil } from "./vivier/documents";
import { importExportVivier } from "./vivier/import-export";
import { monProfil, profil } from "./vivier/profil";
import { rechercherProfils } from "./vivier/rechercher-profils";
import { referentielsVivier } from "./vivier/referentiels";

export async function enregistrerRoutes(app: FastifyInstance) {
  for (const route of [
    obtenirSante,
    rechercherOrganisations,
    obtenirOrganisation,
    listerPays,
    obtenirInstance,
    connexion,
    deconnexion,
    connexionProconnect,
    retourProconnect,
    obtenirMoi,
    choisirRole,
    listerSessions,
    revoquerSession,
    lireJournal,
    listerJetons,
    creerJeton,
    revoquerJeton,
    creerOrganisation,
    listerMembres,
    ajouterRoleMembre,
    retirerRoleMembre,
    listerInvitations,
    inviter,
    annulerInvitation,
    consulterInvitation,
    accepterInvitation,
    boiteCourriels,
    conseiller,
    referentielsVivier,
    creerProfil,
    rechercherProfils,
    profil,
    monProfil,
    documentsProfil,
    importExportVivier,
    creerProjet,
    listerProjets,
    projet,
    creerMission,
    listerMissions,
    mission,
    sessionsMission,
    documentsMission,
    transitionMission,
    historiqueMission,
    candidater,
    candidaturesMission,
    candidature,
    mesCandidatures,
    affectationsOrganisation,
    notifications,
    alertes,
    candidatsMission,
    procedures,
    documentsProcedure,
  ]) {
    await app.register(route);
  }
}
