/**
 * The composition root of the use cases: each service is created with what it needs, here and
 * nowhere else. Routes receive the result through `app.services`.
 */
import type { Config } from "../config";
import type { Database } from "../db/client";
import { creerServiceAuthentification } from "./acces/authentification";
import { creerServiceCourriels } from "./acces/courriels";
import { creerServiceInvitations } from "./acces/invitations";
import { creerServiceJetons } from "./acces/jetons";
import { creerServiceJournal } from "./acces/journal";
import { creerServiceLimites } from "./acces/limites";
import { creerServiceProconnect } from "./acces/proconnect";
import { aujourdhuiEnFrance, creerServiceConseil } from "./conseil/conseil";
import { creerServiceImport } from "./experts/import";
import { creerServiceProfils } from "./experts/profils";
import { creerServiceRecherche } from "./experts/recherche";
import { creerServiceFichiers } from "./fichiers/fichiers";
import { creerServiceAlertes } from "./missions/alertes";
import { creerServiceAppariement } from "./missions/appariement";
import { creerJoursEngages, creerServiceCandidats } from "./missions/candidats";
import { creerServiceCandidatures } from "./missions/candidatures";
import { creerServiceDocumentsMission } from "./missions/documents";
import { creerServiceDocumentsProcedure } from "./procedures/documents";
import { creerServiceProcedures } from "./procedures/procedures";
import { creerDestinataires } from "./missions/destinataires";
import { creerCalculJours } from "./missions/jours";
import { creerServiceMissions } from "./missions/missions";
import { creerServiceNotifications } from "./missions/notifications";
import { creerServiceCreationOrganisations } from "./organisations/creation";
import { creerServiceMembres } from "./organisations/membres";
import { creerServiceOrganisations } from "./organisations/organisations";
import { creerServicePays } from "./referentiels/pays";
import { creerServiceSante } from "./sante";

type Journal = { warn: (o: object, m: string) => void; info: (o: object, m: string) => void };

export function creerServices({ database, config, journal }: { database: Database; config: Config; journal?: Journal }) {
  const db = database.db;
  const courriels = creerServiceCourriels({ db, smtpUrl: config.smtpUrl, expediteur: config.mailFrom, journal });
  const authentification = creerServiceAuthentification({
    db,
    inactiviteMinutes: config.sessionInactiviteMinutes,
    dureeMaxHeures: config.sessionDureeMaxHeures,
  });
  const invitations = creerServiceInvitations({ db, urlPublique: config.publicUrl, courriels, authentification });
  const conseil = creerServiceConseil();
  const fichiers = creerServiceFichiers({ tailleMax: config.uploadMaxBytes });
  const moisFraicheur = config.moisFraicheurProfils;
  const notifications = creerServiceNotifications({ db, courriels, urlPublique: config.publicUrl });
  const dependancesMissions = {
    db,
    courriels,
    notifications,
    destinataires: creerDestinataires(notifications),
    jours: creerCalculJours({ conseil, aujourdhui: aujourdhuiEnFrance }),
    aujourdhui: aujourdhuiEnFrance,
  };
  const recherche = creerServiceRecherche({ db, moisFraicheur });
  const missions = creerServiceMissions(dependancesMissions);
  const candidatures = creerServiceCandidatures(dependancesMissions);
  const procedures = creerServiceProcedures({ db, courriels, notifications, candidatures, aujourdhui: aujourdhuiEnFrance });
  const appariement = creerServiceAppariement({ db, joursEngages: creerJoursEngages({ db, aujourdhui: aujourdhuiEnFrance }) });
  return {
    authentification,
    jetons: creerServiceJetons({ db }),
    courriels,
    invitations,
    membres: creerServiceMembres({ db }),
    creationOrganisations: creerServiceCreationOrganisations({ db, invitations, courriels }),
    limites: creerServiceLimites({ db }),
    conseil,
    profils: creerServiceProfils({
      db,
      urlPublique: config.publicUrl,
      invitations,
      fichiers,
      courriels,
      moisFraicheur,
      ageLimite: () => conseil.parametre("age limite contrat public"),
      aujourdhui: aujourdhuiEnFrance,
    }),
    recherche,
    imports: creerServiceImport({ db }),
    /** Undefined when ProConnect is not configured: no button, and its routes answer 404. */
    proconnect: config.proconnect
      ? creerServiceProconnect({ db, authentification, ...config.proconnect, publicUrl: config.publicUrl, secret: config.sessionSecret })
      : undefined,
    journal: creerServiceJournal({ db }),
    fichiers,
    sante: creerServiceSante({ database }),
    organisations: creerServiceOrganisations({ db }),
    pays: creerServicePays({ db }),
    notifications,
    missions,
    documentsMission: creerServiceDocumentsMission({ db, fichiers, missions }),
    candidatures,
    procedures,
    documentsProcedure: creerServiceDocumentsProcedure({ db, fichiers, procedures }),
    appariement,
    candidats: creerServiceCandidats({ db, appariement }),
    alertes: creerServiceAlertes({ db, courriels, appariement, recherche, urlPublique: config.publicUrl }),
  };
}
export type Services = ReturnType<typeof creerServices>;
