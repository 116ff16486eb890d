/**
 * The freshness reminders of the pool, and pg-boss running them on the embedded database as on
 * PostgreSQL (the same test runs on both, see .ci/run).
 */
import type { FastifyInstance } from "fastify";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { creerAppDeTest } from "../../test/support/app-de-test";
import { type BaseDeTest, baseDeTest } from "../../test/support/base-de-test";
import { lignes } from "../db/client";
import { demarrerTaches, FILES } from "./taches";

let base: BaseDeTest;
let app: FastifyInstance;

beforeAll(async () => {
  base = await (await baseDeTest()).cloner();
  app = await creerAppDeTest(base, { PUBLIC_URL: "http://vivier.test" });
});
afterAll(async () => {
  await app?.close();
  await base?.close();
});

const courrielsA = async (destinataire: string) =>
  lignes<{ sujet: string; texte: string }>(base.db, sql`select sujet, texte from courriels where destinataire = ${destinataire} order by cree_le`);

describe("rappels de fraîcheur des profils", () => {
  it("rappelle une fois l'agent qui a repris son profil, et le RH pour les profils non repris", async () => {
    await base.db.execute(sql`update profils_experts set confirme_le = now() - interval '13 months', rappele_le = null
      where organisation_id = (select organisation_id from profils_experts where courriel = 'agent@demo.vivier.test')`);
    await base.db.execute(sql`update profils_experts set confirme_le = now(), rappele_le = null
      where organisation_id <> (select organisation_id from profils_experts where courriel = 'agent@demo.vivier.test')`);
    const attendus = (await lignes<{ n: number }>(base.db, sql`select count(*)::int as n from profils_experts where confirme_le < now() - interval '12 months'`))[0]!.n;

    expect(await app.services.profils.rappelerProfilsPerimes()).toBe(attendus);
    const agent = await courrielsA("agent@demo.vivier.test");
    expect(agent.map((c) => c.sujet)).toEqual(["Votre profil d'expert sur Vivier est-il à jour ?"]);
    expect(agent[0]!.texte).toContain("http://vivier.test/mon-profil");
    const rh = await courrielsA("rh@demo.vivier.test");
    expect(rh).toHaveLength(1);
    expect(rh[0]!.sujet).toBe(`${attendus - 1} profils du vivier à confirmer`);

    // Once per stale period: nothing more until the profile is confirmed and goes stale again.
    expect(await app.services.profils.rappelerProfilsPerimes()).toBe(0);
    expect(await courrielsA("agent@demo.vivier.test")).toHaveLength(1);
  });
});

describe("file de tâches (pg-boss)", () => {
  it("démarre sur cette base, exécute la tâche des rappels et s'arrête proprement", async () => {
    let executions = 0;
    const taches = await demarrerTaches({
      database: base,
      journal: { info() {}, warn() {}, error() {} },
      travaux: {
        rappelerProfilsPerimes: async () => {
          executions++;
          return 0;
        },
      },
    });
    try {
      const id = await taches.boss.send(FILES.rappelsFraicheur, {});
      expect(id).toBeTruthy();
      const limite = Date.now() + 20_000;
      let etat: string | undefined;
      while (Date.now() < limite) {
        etat = (await taches.boss.getJobById(FILES.rappelsFraicheur, id!))?.state;
        if (etat === "completed") break;
        await new Promise((r) => setTimeout(r, 200));
      }
      expect(etat).toBe("completed");
      expect(executions).toBe(1);
      const planifiees = await taches.boss.getSchedules();
      // pg-boss 10 returns the stored row (its `timezone` column), which its types do not declare.
      expect(planifiees.map((p) => [p.name, p.cron, (p as { timezone?: string }).timezone])).toEqual([[FILES.rappelsFraicheur, "0 7 * * *", "Europe/Paris"]]);
    } finally {
      await taches.arreter();
    }
  }, 30_000);
});
