/**
 * The composition root of the use cases: each service is created with what it needs, here and
 * nowhere else. Routes receive the result through `app.services`.
 */
import type { Config } from "../config";
import type { Database } from "../db/client";
import { creerServiceAuthentification } from "./acces/authentification";
import { creerServiceJournal } from "./acces/journal";
import { creerServiceFichiers } from "./fichiers/fichiers";
import { creerServiceOrganisations } from "./organisations/organisations";
import { creerServicePays } from "./referentiels/pays";
import { creerServiceSante } from "./sante";

export function creerServices({ database, config }: { database: Database; config: Config }) {
  const db = database.db;
  return {
    authentification: creerServiceAuthentification({
      db,
      inactiviteMinutes: config.sessionInactiviteMinutes,
      dureeMaxHeures: config.sessionDureeMaxHeures,
    }),
    journal: creerServiceJournal({ db }),
    fichiers: creerServiceFichiers({ tailleMax: config.uploadMaxBytes }),
    sante: creerServiceSante({ database }),
    organisations: creerServiceOrganisations({ db }),
    pays: creerServicePays({ db }),
  };
}
export type Services = ReturnType<typeof creerServices>;
