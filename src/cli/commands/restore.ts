import path from "node:path";
import { loadConfig } from "../../config";
import { runMigrations } from "../../db/migrate";
import { restaurer } from "../../db/sauvegarde";
import { ouvrirBase } from "../base";
import { type Commande, ErreurUsage } from "./types";

export const restore: Commande = {
  nom: "restore",
  aide: `Usage : vivier restore <fichier> [--force]

Restaure dans la base configurée une sauvegarde faite par « vivier backup ». La base est créée et
migrée si besoin. Si elle contient déjà des données, la restauration est refusée, sauf avec
--force qui les remplace entièrement. Tout ou rien : en cas d'erreur, la base reste inchangée.

Options :
  --force   remplace le contenu d'une base qui n'est pas vide`,
  options: { force: { type: "boolean" } },
  async executer({ positionnels, valeurs }) {
    const [fichier] = positionnels;
    if (!fichier) throw new ErreurUsage("indiquez le fichier de sauvegarde à restaurer");
    const config = loadConfig();
    const database = await ouvrirBase(config);
    try {
      await runMigrations(database);
      const bilan = await restaurer(database.db, path.resolve(fichier), { forcer: Boolean(valeurs.force) });
      console.log(`Sauvegarde ${fichier} restaurée : ${bilan.lignes} lignes.`);
      return 0;
    } finally {
      await database.close();
    }
  },
};
