import { loadConfig } from "../../config";
import { runMigrations, latestMigrationTag } from "../../db/migrate";
import { chargerReferentiels } from "../../services/referentiels/charger-referentiels";
import { ouvrirBase } from "../base";
import type { Commande } from "./types";

export const migrate: Commande = {
  nom: "migrate",
  aide: `Usage : vivier migrate

Applique à la base configurée (DATABASE_URL, ou la base intégrée de DATA_DIR) les migrations
qui manquent, puis charge les données de référence (collectivités, pays) si elles manquent ou ont
changé. Sans effet sur une base déjà à jour. « vivier start » le fait aussi à chaque démarrage.`,
  async executer() {
    const config = loadConfig();
    const database = await ouvrirBase(config);
    try {
      await runMigrations(database);
      const bilans = await chargerReferentiels(database.db);
      console.log(`Base ${database.description} : schéma au niveau ${latestMigrationTag()}.`);
      for (const b of bilans) {
        console.log(b.charge ? `  ${b.jeu} : ${b.nombre} enregistrements chargés` : `  ${b.jeu} : déjà à jour`);
      }
      return 0;
    } finally {
      await database.close();
    }
  },
};
