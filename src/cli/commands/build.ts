import { construireWeb, DOSSIER_WEB } from "../construire-web";
import type { Commande } from "./types";

export const build: Commande = {
  nom: "build",
  aide: `Usage : vivier build

Construit l'application web avec Vite dans dist/web. « vivier start » le fait de lui-même quand la
construction manque ou n'est plus à jour.`,
  async executer() {
    await construireWeb();
    console.log(`Application web construite dans ${DOSSIER_WEB}.`);
    return 0;
  },
};
