import { loadConfig } from "../../config";
import { genererDemo } from "../../services/demo/generer-demo";
import { ouvrirBase, preparerBase } from "../base";
import { MOT_DE_PASSE_DEMO } from "../../domain/organisations";
import { type Commande, ErreurUsage } from "./types";

export const seedDemo: Commande = {
  nom: "seed-demo",
  aide: `Usage : vivier seed-demo

Crée les données de démonstration (générées de façon déterministe) : des collectivités réelles,
l'opérateur Expertise France, la DAECT, une association d'élus et les ambassades de France de dix
pays, un compte de démonstration par rôle (mot de passe commun affiché à la fin), un vivier
d'experts, des projets et missions de l'opérateur et de la DAECT avec leurs candidatures et
affectations, et des procédures statutaires (cumuls, ordre de mission, mise à disposition,
convention de partenariat) à différentes étapes. Peut être relancé : ne crée pas de doublon. Refusé en production, sauf avec DEMO=true.`,
  async executer() {
    const config = loadConfig();
    if (config.env === "production" && !config.demo) {
      throw new ErreurUsage("en production, les comptes de démonstration (mot de passe public) ne sont créés qu'avec DEMO=true");
    }
    const database = await ouvrirBase(config);
    try {
      await preparerBase(database, { ...config, demo: false });
      const bilan = await genererDemo(database.db);
      console.log(`Données de démonstration à jour : ${bilan.organisations} organisations créées ou mises à jour.`);
      console.log(`Collectivités de la démonstration : ${bilan.collectivites.join(", ")}.`);
      console.log(`${bilan.comptes} comptes de démonstration (un par rôle), mot de passe : ${MOT_DE_PASSE_DEMO}`);
      console.log(`Vivier d'experts : ${bilan.profils} profils ajoutés.`);
      console.log(`Missions : ${bilan.projets} projets, ${bilan.missions} missions et ${bilan.candidatures} candidatures ajoutés.`);
      console.log(`Procédures : ${bilan.procedures} dossiers ajoutés.`);
      return 0;
    } finally {
      await database.close();
    }
  },
};
