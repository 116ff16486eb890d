import path from "node:path";
import { loadConfig } from "../../config";
import { runMigrations } from "../../db/migrate";
import { sauvegarder } from "../../db/sauvegarde";
import { ouvrirBase } from "../base";
import { type Commande, ErreurUsage } from "./types";

export const backup: Commande = {
  nom: "backup",
  aide: `Usage : vivier backup <fichier>

Écrit une sauvegarde complète et cohérente de la base configurée (intégrée ou PostgreSQL) dans
<fichier> (gzip de lignes JSON, extension conseillée .vivier.gz). La sauvegarde se restaure sur
l'une ou l'autre base avec « vivier restore » : c'est aussi le moyen de passer de la base intégrée
à un serveur PostgreSQL. Avec la base intégrée, arrêtez d'abord le serveur.`,
  async executer({ positionnels }) {
    const [fichier] = positionnels;
    if (!fichier) throw new ErreurUsage("indiquez le fichier de sauvegarde à écrire");
    const config = loadConfig();
    const database = await ouvrirBase(config);
    try {
      await runMigrations(database);
      const bilan = await sauvegarder(database.db, path.resolve(fichier), database.kind);
      console.log(`Sauvegarde écrite dans ${fichier} : ${bilan.lignes} lignes de ${bilan.tables} tables.`);
      return 0;
    } finally {
      await database.close();
    }
  },
};
