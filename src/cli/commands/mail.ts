import { loadConfig } from "../../config";
import { BaseOccupee } from "../../db/client";
import { listerBoiteDEnvoi } from "../../db/repositories/courriels";
import { ouvrirBase } from "../base";
import { type Commande, ErreurUsage } from "./types";

type Message = { destinataire: string; sujet: string; texte: string | null; creeLe: string };

/**
 * The embedded database admits one process at a time: while the server runs, the outbox is read
 * through the server's development route instead.
 */
async function lireParLeServeur(port: number, limite: number, destinataire: string | undefined): Promise<Message[]> {
  const url = new URL(`http://127.0.0.1:${port}/api/v1/dev/courriels`);
  url.searchParams.set("limite", String(limite));
  if (destinataire) url.searchParams.set("destinataire", destinataire);
  const reponse = await fetch(url).catch(() => undefined);
  if (!reponse?.ok) {
    throw new Error(`La base est utilisée par un serveur Vivier, dont la boîte d'envoi n'est pas lisible sur le port ${port} (serveur en production, ou avec SMTP_URL ?).`);
  }
  return ((await reponse.json()) as { courriels: Message[] }).courriels;
}

export const mail: Commande = {
  nom: "mail",
  aide: `Usage : vivier mail [--to ADRESSE] [--limit N] [--json]

Affiche la boîte d'envoi : les courriels que Vivier a écrits (invitations…), les plus récents
d'abord. Sans SMTP_URL, en développement, c'est là qu'on lit les liens d'invitation. Avec SMTP_URL,
les courriels livrés n'y gardent que leur destinataire et leur sujet (le corps est effacé).

  --to ADRESSE   seulement les courriels adressés à ADRESSE
  --limit N      au plus N courriels (10 par défaut, 200 au plus)
  --json         en JSON, une liste d'objets { destinataire, sujet, texte, creeLe }`,
  options: { to: { type: "string" }, limit: { type: "string" }, json: { type: "boolean" } },
  async executer({ valeurs }) {
    const limite = valeurs.limit === undefined ? 10 : Number(valeurs.limit);
    if (!Number.isInteger(limite) || limite < 1 || limite > 200) throw new ErreurUsage("--limit attend un nombre entier entre 1 et 200");
    const destinataire = typeof valeurs.to === "string" ? valeurs.to.trim().toLowerCase() : undefined;
    const config = loadConfig();
    let messages: Message[];
    try {
      const database = await ouvrirBase(config);
      try {
        messages = (await listerBoiteDEnvoi(database.db, limite, destinataire)).map((c) => ({ ...c, creeLe: c.creeLe.toISOString() }));
      } finally {
        await database.close();
      }
    } catch (e) {
      if (!(e instanceof BaseOccupee)) throw e;
      messages = await lireParLeServeur(config.port, limite, destinataire);
    }
    if (valeurs.json) {
      console.log(JSON.stringify(messages.map(({ destinataire: d, sujet, texte, creeLe }) => ({ destinataire: d, sujet, texte, creeLe })), null, 2));
      return 0;
    }
    if (messages.length === 0) console.log("La boîte d'envoi est vide.");
    for (const m of messages) {
      console.log(`— ${m.creeLe}  À : ${m.destinataire}\n  Objet : ${m.sujet}\n`);
      console.log(m.texte ? m.texte.replace(/^/gm, "  ") : "  (corps effacé après l'envoi)");
      console.log("");
    }
    return 0;
  },
};
