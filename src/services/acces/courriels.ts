/**
 * Outgoing e-mail through a transactional outbox: a use case adds its message in its own
 * transaction (`deposer`), so that an invitation never exists without its e-mail nor the reverse;
 * `livrer` then hands pending messages to SMTP (SMTP_URL). Without SMTP (development), messages
 * stay in the outbox, read with `vivier mail` or the development outbox page.
 */
import nodemailer from "nodemailer";
import type { Db, DbOrTx } from "../../db/client";
import * as depot from "../../db/repositories/courriels";

/** Past this many failed attempts a message waits for a person (it stays in the outbox). */
const MAX_TENTATIVES = 5;

export type Courriel = { destinataire: string; sujet: string; texte: string };
type Journal = { warn: (o: object, m: string) => void; info: (o: object, m: string) => void };

export function creerServiceCourriels({ db, smtpUrl, expediteur, journal }: { db: Db; smtpUrl: string | undefined; expediteur: string; journal?: Journal }) {
  const transport = smtpUrl ? nodemailer.createTransport(smtpUrl) : undefined;
  let livraison: Promise<number> | undefined;

  async function livrerMaintenant(): Promise<number> {
    if (!transport) return 0;
    let livres = 0;
    for (const c of await depot.courrielsAEnvoyer(db, 50, MAX_TENTATIVES)) {
      try {
        await transport.sendMail({ from: expediteur, to: c.destinataire, subject: c.sujet, text: c.texte ?? "" });
        await depot.marquerEnvoye(db, c.id);
        livres++;
      } catch (e) {
        // The address is personal data and the body a secret: log the message id only.
        journal?.warn({ courriel: c.id, erreur: (e as Error).message }, "échec d'envoi d'un courriel");
        await depot.noterEchecEnvoi(db, c.id, (e as Error).message);
      }
    }
    return livres;
  }

  return {
    smtp: transport !== undefined,

    /** Adds a message to the outbox, in the caller's transaction. */
    async deposer(tx: DbOrTx, courriel: Courriel): Promise<void> {
      await depot.ajouterCourriel(tx, { ...courriel, destinataire: courriel.destinataire.toLowerCase() });
    },

    /** Delivers pending messages; one delivery at a time, later calls wait for it and run again. */
    async livrer(): Promise<number> {
      const precedente = livraison ?? Promise.resolve(0);
      const suivante = precedente.catch(() => 0).then(livrerMaintenant);
      livraison = suivante;
      try {
        return await suivante;
      } finally {
        if (livraison === suivante) livraison = undefined;
      }
    },

    /** Delivery after a commit, without making the request wait for the SMTP server. */
    livrerEnArrierePlan(): void {
      if (!transport) return;
      this.livrer().catch((e: Error) => journal?.warn({ erreur: e.message }, "échec de la livraison des courriels"));
    },

    async boite(limite = 50, destinataire?: string) {
      return depot.listerBoiteDEnvoi(db, limite, destinataire);
    },

    async fermer(): Promise<void> {
      await livraison?.catch(() => 0);
      transport?.close();
    },
  };
}
export type ServiceCourriels = ReturnType<typeof creerServiceCourriels>;
