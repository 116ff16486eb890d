import { loadConfig } from "../../config";
import { genererDemo } from "../../services/demo/generer-demo";
import { ouvrirBase, preparerBase } from "../base";
import type { Commande } from "./types";

export const seedDemo: Commande = {
  nom: "seed-demo",
  aide: `Usage : vivier seed-demo

Crée les données de démonstration (générées de façon déterministe) : des collectivités réelles,
l'opérateur Expertise France, la DAECT, une association d'élus et les ambassades de France de dix
pays. Peut être relancé : ne crée pas de doublon.`,
  async executer() {
    const config = loadConfig();
    const database = await ouvrirBase(config);
    try {
      await preparerBase(database, { ...config, demo: false });
      const bilan = await genererDemo(database.db);
      console.log(`Données de démonstration à jour : ${bilan.organisations} organisations créées ou mises à jour.`);
      console.log(`Collectivités de la démonstration : ${bilan.collectivites.join(", ")}.`);
      return 0;
    } finally {
      await database.close();
    }
  },
};
