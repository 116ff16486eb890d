/**
 * Scheduled and queued work, through pg-boss: its queue lives in the database (schema `pgboss`),
 * so jobs survive restarts and several instances share them without another server to run.
 * On the embedded database (PGlite, one connection) pg-boss talks through a small adapter.
 *
 * Jobs: the daily freshness reminder of the pool's profiles (PRODUCT.md §2), the daily handling
 * of expected retirements (docs/vivier.md "Retraités"), and the alerts (docs/missions.md
 * "Alertes"): published missions announced every five minutes, saved searches every hour, daily
 * digests every morning; and the statutory procedures' deadlines, every morning.
 */
import PgBoss from "pg-boss";
import type { Database } from "../db/client";

export const FILES = {
  rappelsFraicheur: "rappels-fraicheur",
  passagesALaRetraite: "passages-a-la-retraite",
  alertesMissions: "alertes-missions",
  alertesRecherches: "alertes-recherches",
  resumesQuotidiens: "resumes-quotidiens",
  echeancesProcedures: "echeances-procedures",
} as const;

type Journal = { info: (o: object, m: string) => void; warn: (o: object, m: string) => void; error: (o: object, m: string) => void };

/** pg-boss's database interface on PGlite: parameterised statements, or scripts of several. */
function adaptateurPglite(database: Database): PgBoss.Db {
  const pglite = database.pglite!;
  return {
    async executeSql(texte, valeurs) {
      if (valeurs?.length) return pglite.query(texte, valeurs);
      const resultats = await pglite.exec(texte);
      return { rows: resultats.at(-1)?.rows ?? [] };
    },
  };
}

export type Taches = { boss: PgBoss; arreter(): Promise<void> };

/** What the jobs do: use cases given by the composition root (the services are not imported here). */
export type Travaux = {
  rappelerProfilsPerimes(): Promise<number>;
  appliquerDepartsALaRetraite(): Promise<{ retraites: number; retires: number }>;
  annoncerMissionsPubliees(): Promise<{ missions: number; alertes: number }>;
  alerterRecherchesEnregistrees(): Promise<{ recherches: number; alertes: number }>;
  envoyerResumesQuotidiens(): Promise<number>;
  rappelerEcheancesProcedures(): Promise<{ rappels: number }>;
};

/** Retried three times, 5 minutes apart then longer: a database or mail hiccup must not skip a day. */
const NOUVELLES_TENTATIVES = { retryLimit: 3, retryDelay: 300, retryBackoff: true };

export async function demarrerTaches({ database, travaux, journal }: { database: Database; travaux: Travaux; journal: Journal }): Promise<Taches> {
  const boss = new PgBoss({
    ...(database.kind === "postgres" ? { connectionString: database.url!, max: 2 } : { db: adaptateurPglite(database) }),
    schema: "pgboss",
    // Keep a month of history: enough to answer "was I reminded?", small enough to stay light.
    deleteAfterDays: 30,
  });
  boss.on("error", (e) => journal.error({ err: e }, "file de tâches : erreur"));
  await boss.start();

  await boss.createQueue(FILES.rappelsFraicheur, { name: FILES.rappelsFraicheur, ...NOUVELLES_TENTATIVES });
  // Every morning at 7, French time.
  await boss.schedule(FILES.rappelsFraicheur, "0 7 * * *", {}, { tz: "Europe/Paris" });
  await boss.work(FILES.rappelsFraicheur, async () => {
    const nombre = await travaux.rappelerProfilsPerimes();
    journal.info({ nombre }, "rappels de fraîcheur des profils envoyés");
  });

  await boss.createQueue(FILES.passagesALaRetraite, { name: FILES.passagesALaRetraite, ...NOUVELLES_TENTATIVES });
  // Every morning at 6:30, French time: a profile due today is withdrawn before the day's searches.
  await boss.schedule(FILES.passagesALaRetraite, "30 6 * * *", {}, { tz: "Europe/Paris" });
  await boss.work(FILES.passagesALaRetraite, async () => {
    const { retraites, retires } = await travaux.appliquerDepartsALaRetraite();
    journal.info({ retraites, retires }, "départs à la retraite prévus appliqués");
  });

  // Alerts: a mission is announced within five minutes of its publication; saved searches run
  // every hour; the digests leave at 7:15, after the night's work.
  const alertes: [string, string, () => Promise<unknown>, string][] = [
    [FILES.alertesMissions, "*/5 * * * *", () => travaux.annoncerMissionsPubliees(), "missions publiées annoncées"],
    [FILES.alertesRecherches, "0 * * * *", () => travaux.alerterRecherchesEnregistrees(), "recherches enregistrées refaites"],
    [FILES.resumesQuotidiens, "15 7 * * *", () => travaux.envoyerResumesQuotidiens(), "résumés quotidiens des alertes envoyés"],
    // The procedures' deadlines (docs/procedures.md): each near or passed deadline told once per level, at 7:30.
    [FILES.echeancesProcedures, "30 7 * * *", () => travaux.rappelerEcheancesProcedures(), "échéances des procédures rappelées"],
  ];
  for (const [file, cron, travail, message] of alertes) {
    await boss.createQueue(file, { name: file, ...NOUVELLES_TENTATIVES });
    await boss.schedule(file, cron, {}, { tz: "Europe/Paris" });
    await boss.work(file, async () => journal.info({ resultat: await travail() }, message));
  }

  return { boss, arreter: () => boss.stop({ graceful: true, wait: true, timeout: 10_000 }) };
}
