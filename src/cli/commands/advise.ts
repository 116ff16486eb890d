import fs from "node:fs";
import { ErreurMetier } from "../../domain/shared";
import { creerServiceConseil } from "../../services/conseil/conseil";
import type { Commande } from "./types";

async function lireEntree(): Promise<string> {
  const morceaux: Buffer[] = [];
  for await (const m of process.stdin) morceaux.push(m as Buffer);
  return Buffer.concat(morceaux).toString("utf8");
}

/** Field errors as JSON on stdout, exit 2: what a calling program can read. */
function refuser(erreurs: { champ: string; message: string }[]): number {
  console.log(JSON.stringify({ erreurs }, null, 2));
  return 2;
}

export const advise: Commande = {
  nom: "advise",
  aide: `Usage : vivier advise [--file SITUATION.json]  (ou la situation sur l'entrée standard)

Donne le cadre juridique recommandé pour une mission, en JSON : la même réponse que
POST /api/v1/advice et le simulateur. Exemple :

  echo '{"agent":{"statut":"titulaire"},"cadre":"operateur","sessions":[{"jours":20}]}' | vivier advise

Code de sortie 0 avec une réponse ; 2 quand la situation est invalide, avec la liste JSON des
erreurs champ par champ ({ "erreurs": [{ "champ", "message" }] }).`,
  options: { file: { type: "string" } },
  async executer({ valeurs }) {
    const fichier = typeof valeurs.file === "string" ? valeurs.file : undefined;
    let texte: string;
    try {
      texte = fichier ? fs.readFileSync(fichier, "utf8") : await lireEntree();
    } catch (e) {
      return refuser([{ champ: "--file", message: `fichier illisible : ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` }]);
    }
    let entree: unknown;
    try {
      entree = JSON.parse(texte.replace(/^\uFEFF/, ""));
    } catch {
      return refuser([{ champ: "situation", message: "la situation n'est pas un document JSON valide" }]);
    }
    try {
      console.log(JSON.stringify(creerServiceConseil().conseiller(entree), null, 2));
      return 0;
    } catch (e) {
      if (e instanceof ErreurMetier && e.code === "validation") return refuser(e.champs);
      throw e;
    }
  },
};
