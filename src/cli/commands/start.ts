import { createRequire } from "node:module";
import { loadConfig } from "../../config";
import { demarrerTaches, type Taches } from "../../jobs/taches";
import { buildApp } from "../../server/app";
import pino from "pino";
import { ouvrirBasePrete } from "../base";
import { construireWebSiNecessaire, DOSSIER_WEB } from "../construire-web";
import type { Commande } from "./types";

const version = (createRequire(import.meta.url)("../../../package.json") as { version: string }).version;

/** Logs before the server exists, in the same format as the server's. */
const journalDemarrage = (config: { logLevel: string }) => pino({ level: config.logLevel });

export const start: Commande = {
  nom: "start",
  aide: `Usage : vivier start [--no-web]

Démarre Vivier : applique les migrations, charge les données de référence (une seule fois),
crée les données de démonstration au premier démarrage en mode démo, construit l'application
web si elle manque ou n'est plus à jour, puis sert l'API et les pages sur PORT (3000 par défaut).
Ctrl-C (SIGINT) ou SIGTERM termine les requêtes en cours puis ferme la base proprement.

Options :
  --no-web   sert l'API seule (utilisé par « npm run dev », où Vite sert les pages)`,
  options: { "no-web": { type: "boolean" } },
  async executer({ valeurs }) {
    const debut = Date.now();
    const config = loadConfig();
    const sansWeb = Boolean(valeurs["no-web"]);
    const journal = journalDemarrage(config);
    // The web build runs in a child process while the database gets ready; the API does not wait
    // for it: on a fresh clone the pages follow when it ends (until then, a page that reloads
    // itself says Vivier is starting).
    if (!sansWeb) {
      construireWebSiNecessaire({ silencieux: true }).then(
        (construite) => construite && journal.info("application web construite"),
        (e: unknown) => journal.error({ err: e }, "la construction de l'application web a échoué : lancez « npm run build » pour voir l'erreur"),
      );
    }
    const database = await ouvrirBasePrete(config, journal);
    const app = await buildApp({ config, database, webDir: sansWeb ? undefined : DOSSIER_WEB, version });
    // Set once the server listens; read by the signal handler declared before that.
    let taches: Taches | undefined = undefined;
    let arret: Promise<void> | undefined;
    const arreter = (signal: string) => {
      if (arret) {
        app.log.warn("second signal : arrêt immédiat");
        process.exit(1);
      }
      app.log.info({ signal }, "arrêt demandé : fin des requêtes en cours");
      arret = (taches?.arreter() ?? Promise.resolve())
        .catch((e: unknown) => app.log.warn({ err: e }, "arrêt de la file de tâches"))
        .then(() => app.close())
        .then(() => database.close())
        .then(() => {
          app.log.info("arrêt terminé");
          process.exit(0);
        });
    };
    process.on("SIGINT", () => arreter("SIGINT"));
    process.on("SIGTERM", () => arreter("SIGTERM"));
    try {
      await app.listen({ port: config.port, host: config.host });
    } catch (e) {
      await app.close().catch(() => undefined);
      await database.close().catch(() => undefined);
      throw e;
    }
    app.log.info(
      { base: database.kind, donnees: database.description, demarrageMs: Date.now() - debut },
      `Vivier est prêt : ${config.publicUrl}`,
    );
    // Scheduled jobs start once the server answers: a slow queue start never delays it.
    const { profils, alertes, procedures } = app.services;
    const travaux = {
      rappelerProfilsPerimes: () => profils.rappelerProfilsPerimes(),
      appliquerDepartsALaRetraite: () => profils.appliquerDepartsALaRetraite(),
      annoncerMissionsPubliees: () => alertes.annoncerMissionsPubliees(),
      alerterRecherchesEnregistrees: () => alertes.alerterRecherchesEnregistrees(),
      envoyerResumesQuotidiens: () => alertes.envoyerResumesQuotidiens(),
      rappelerEcheancesProcedures: () => procedures.rappelerEcheances(),
    };
    taches = await demarrerTaches({ database, journal: app.log, travaux }).catch(
      (e: unknown) => {
        app.log.error({ err: e }, "la file de tâches n'a pas démarré : les tâches programmées (rappels, départs à la retraite) ne s'exécuteront pas");
        return undefined;
      },
    );
    // Keep running until a signal arrives.
    await new Promise<never>(() => undefined);
    return 0;
  },
};
