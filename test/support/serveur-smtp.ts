/** A real SMTP server on a free local port that keeps what it receives, for e-mail tests. */
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export type MessageRecu = { de: string; a: string[]; brut: string };

export async function demarrerServeurSmtp() {
  const recus: MessageRecu[] = [];
  const serveur = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(flux, session, fin) {
      const morceaux: Buffer[] = [];
      flux.on("data", (m: Buffer) => morceaux.push(m));
      flux.on("end", () => {
        recus.push({
          de: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          a: session.envelope.rcptTo.map((r) => r.address),
          brut: Buffer.concat(morceaux).toString("utf8"),
        });
        fin();
      });
    },
  });
  await new Promise<void>((ok) => serveur.listen(0, "127.0.0.1", ok));
  const port = (serveur.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    recus,
    fermer: () => new Promise<void>((ok) => serveur.close(() => ok())),
  };
}
