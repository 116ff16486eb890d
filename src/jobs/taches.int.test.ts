/**
 * The freshness reminders and the expected retirements of the pool, and pg-boss running them on
 * the embedded database as on PostgreSQL (the same test runs on both, see .ci/run).
 */
import type { FastifyInstance } from "fastify";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { creerAppDeTest } from "../../test/support/app-de-test";
import { type BaseDeTest, baseDeTest } from "../../test/support/base-de-test";
import { lignes } from "../db/client";
import { demarrerTaches, FILES, type Taches } from "./taches";

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

describe("départs à la retraite prévus", () => {
  type Ligne = { id: string; prenom: string; nom: string; position: string; visibilite: string; traitee: boolean };
  const profil = async (id: string) =>
    (await lignes<Ligne>(base.db, sql`select id::text, prenom, nom, position, visibilite, retraite_traitee_le is not null as traitee from profils_experts where id = ${id}::uuid`))[0]!;
  const un = async <T>(requete: ReturnType<typeof sql>) => (await lignes<T>(base.db, requete))[0]!;

  it("retraité s'il y a consenti, sinon visible de l'employeur seul et le RH prévenu ; une fois par date prévue", async () => {
    const { agent, superieur, operateur, saintEtienne } = await un<{ agent: string; superieur: string; operateur: string; saintEtienne: string }>(
      sql`select (select id::text from profils_experts where courriel = 'agent@demo.vivier.test') as agent,
        (select id::text from utilisateurs where email = 'superieur@demo.vivier.test') as superieur,
        (select id::text from utilisateurs where email = 'operateur@demo.vivier.test') as operateur,
        (select organisation_id::text from profils_experts where courriel = 'agent@demo.vivier.test') as "saintEtienne"`,
    );
    const { charente } = await un<{ charente: string }>(
      sql`select a.organisation_id::text as charente from appartenances a join utilisateurs u on u.id = a.utilisateur_id
        where u.email = 'multi@demo.vivier.test' and a.role = 'gestionnaire_rh'`,
    );
    const [b, c, e] = (
      await lignes<{ id: string }>(
        base.db,
        sql`select id::text from profils_experts where organisation_id = ${saintEtienne}::uuid and utilisateur_id is null and position <> 'retraite' order by nom, id limit 3`,
      )
    ).map((l) => l.id) as [string, string, string];
    const { d, f } = await un<{ d: string; f: string }>(
      sql`select (select id::text from profils_experts where organisation_id not in (${saintEtienne}::uuid, ${charente}::uuid) and utilisateur_id is null
                  and position <> 'retraite' order by nom, id limit 1) as d,
                 (select id::text from profils_experts where position = 'retraite' order by nom, id limit 1) as f`,
    );
    // Only these profiles' dates have come (the demo's are moved away), on a day long after the
    // tests run (the job then records that day as when it handled them); the outbox is emptied of
    // the reminders above.
    await base.db.execute(sql`delete from courriels`);
    await base.db.execute(sql`update profils_experts set date_retraite_prevue = '2099-01-01', retraite_traitee_le = null`);
    await base.db.execute(sql`update profils_experts set maintien_apres_retraite = true, visibilite = 'operateurs', date_retraite_prevue = '2090-06-01' where id = ${agent}::uuid`);
    await base.db.execute(sql`update profils_experts set utilisateur_id = ${superieur}::uuid, maintien_apres_retraite = false, visibilite = 'ministere',
      date_retraite_prevue = '2090-11-30' where id = ${b}::uuid`);
    await base.db.execute(sql`update profils_experts set maintien_apres_retraite = false, visibilite = 'operateurs', date_retraite_prevue = '2090-12-01'
      where id in (${c}::uuid, ${d}::uuid)`);
    await base.db.execute(sql`update profils_experts set organisation_id = ${charente}::uuid, numero_agent = null where id = ${d}::uuid`);
    await base.db.execute(sql`update profils_experts set maintien_apres_retraite = false, visibilite = 'operateurs', date_retraite_prevue = '2090-12-02' where id = ${e}::uuid`);
    await base.db.execute(sql`update profils_experts set visibilite = 'operateurs', date_retraite_prevue = '2090-01-01' where id = ${f}::uuid`);
    const avant = { a: await profil(agent), b: await profil(b), c: await profil(c), d: await profil(d), e: await profil(e), f: await profil(f) };

    const acteurOperateur = {
      utilisateurId: operateur,
      organisationId: (await un<{ o: string }>(sql`select organisation_id::text as o from appartenances where utilisateur_id = ${operateur}::uuid`)).o,
      role: "operateur" as const,
    };
    const trouvePar = async (p: Ligne, positions?: string[]) =>
      (await app.services.recherche.rechercher(acteurOperateur, { q: `${p.prenom} ${p.nom}`, positions, page: 1, parPage: 50 })).resultats.some((r) => r.id === p.id);
    expect(await trouvePar(avant.b)).toBe(true);
    expect(await trouvePar(avant.c)).toBe(true);

    expect(await app.services.profils.appliquerDepartsALaRetraite("2090-12-01")).toEqual({ retraites: 1, retires: 3 });

    // Consented: retired, as visible as the agent chose, told by e-mail; the search finds the new position.
    expect(await profil(agent)).toEqual({ ...avant.a, position: "retraite", traitee: true });
    expect(await trouvePar(avant.a, ["retraite"])).toBe(true);
    const [audit] = await lignes<{ resume: Record<string, unknown> }>(base.db, sql`select resume from journal_audit where action = 'retraite_profil' and cible_id = ${agent}`);
    expect(audit!.resume).toMatchObject({
      dateRetraitePrevue: "2090-06-01",
      maintienApresRetraite: true,
      avant: { position: avant.a.position, visibilite: "operateurs" },
      apres: { position: "retraite", visibilite: "operateurs" },
    });
    expect((await courrielsA("agent@demo.vivier.test")).map((m) => m.sujet)).toEqual(["Votre profil d'expert sur Vivier vous présente désormais comme retraité·e"]);

    // Not consented: position kept, only the employer sees the profile, its agent (if any) and HR told.
    for (const x of ["b", "c", "d"] as const) {
      expect(await profil(avant[x].id)).toEqual({ ...avant[x], visibilite: "employeur", traitee: true });
    }
    expect(await trouvePar(avant.b)).toBe(false);
    expect(await trouvePar(avant.c)).toBe(false);
    const [retrait] = await lignes<{ resume: Record<string, unknown> }>(base.db, sql`select resume from journal_audit where action = 'retraite_profil' and cible_id = ${b}`);
    expect(retrait!.resume).toMatchObject({ avant: { visibilite: "ministere" }, apres: { position: avant.b.position, visibilite: "employeur" } });
    const auSuperieur = await courrielsA("superieur@demo.vivier.test");
    expect(auSuperieur.map((m) => m.sujet)).toEqual(["Votre profil d'expert sur Vivier n'est plus visible que de votre employeur"]);
    expect(auSuperieur[0]!.texte).toContain("30 novembre 2090");
    expect(auSuperieur[0]!.texte).toContain("« Rester dans le vivier après mon départ à la retraite »");
    const rh = await courrielsA("rh@demo.vivier.test");
    expect(rh.map((m) => m.sujet)).toEqual(["2 profils du vivier : départ à la retraite sans accord de l'agent"]);
    expect(rh[0]!.texte).toContain(`http://vivier.test/vivier/profils/${b}`);
    expect(rh[0]!.texte).toContain(`http://vivier.test/vivier/profils/${c}`);
    expect(rh[0]!.texte).not.toContain(e);
    expect(rh[0]!.texte).toContain("effacez");
    const multi = await courrielsA("multi@demo.vivier.test");
    expect(multi.map((m) => m.sujet)).toEqual(["1 profil du vivier : départ à la retraite sans accord de l'agent"]);
    expect(multi[0]!.texte).toContain(`http://vivier.test/vivier/profils/${d}`);

    // A date to come, a profile already retired: untouched.
    expect(await profil(e)).toEqual(avant.e);
    expect(await profil(f)).toEqual(avant.f);

    // Once: the second run finds nothing to do, and writes to nobody.
    const toutes = async () => (await un<{ n: number }>(sql`select count(*)::int as n from courriels`)).n;
    const envoyes = await toutes();
    expect(await app.services.profils.appliquerDepartsALaRetraite("2090-12-01")).toEqual({ retraites: 0, retires: 0 });
    expect(await toutes()).toBe(envoyes);

    // The next day, the date of the next profile has come.
    expect(await app.services.profils.appliquerDepartsALaRetraite("2090-12-02")).toEqual({ retraites: 0, retires: 1 });
    expect(await profil(e)).toEqual({ ...avant.e, visibilite: "employeur", traitee: true });

    // HR moves a handled date later: handled again when the new date comes, not before.
    await base.db.execute(sql`update profils_experts set date_retraite_prevue = '2091-03-01' where id = ${c}::uuid`);
    expect(await app.services.profils.appliquerDepartsALaRetraite("2091-02-28")).toEqual({ retraites: 0, retires: 0 });
    expect(await app.services.profils.appliquerDepartsALaRetraite("2091-03-01")).toEqual({ retraites: 0, retires: 1 });
    const unSeul = "1 profil du vivier : départ à la retraite sans accord de l'agent";
    expect((await courrielsA("rh@demo.vivier.test")).map((m) => m.sujet)).toEqual([rh[0]!.sujet, unSeul, unSeul]);
  });
});

/** Waits until pg-boss has run the job. */
async function etatFinal(taches: Taches, file: string, id: string) {
  const limite = Date.now() + 20_000;
  let etat: string | undefined;
  while (Date.now() < limite) {
    etat = (await taches.boss.getJobById(file, id))?.state;
    if (etat === "completed" || etat === "failed") break;
    await new Promise((r) => setTimeout(r, 200));
  }
  return etat;
}

describe("file de tâches (pg-boss)", () => {
  it("démarre sur cette base, exécute chaque tâche (rappels, retraites, alertes, résumés) et s'arrête proprement", async () => {
    const executions = { rappels: 0, retraites: 0, missions: 0, recherches: 0, resumes: 0, echeances: 0 };
    const taches = await demarrerTaches({
      database: base,
      journal: { info() {}, warn() {}, error() {} },
      travaux: {
        rappelerProfilsPerimes: async () => {
          executions.rappels++;
          return 0;
        },
        appliquerDepartsALaRetraite: async () => {
          executions.retraites++;
          return { retraites: 0, retires: 0 };
        },
        annoncerMissionsPubliees: async () => {
          executions.missions++;
          return { missions: 0, alertes: 0 };
        },
        alerterRecherchesEnregistrees: async () => {
          executions.recherches++;
          return { recherches: 0, alertes: 0 };
        },
        envoyerResumesQuotidiens: async () => {
          executions.resumes++;
          return 0;
        },
        rappelerEcheancesProcedures: async () => {
          executions.echeances++;
          return { rappels: 0 };
        },
      },
    });
    try {
      for (const file of Object.values(FILES)) {
        const id = await taches.boss.send(file, {});
        expect(id).toBeTruthy();
        expect(await etatFinal(taches, file, id!)).toBe("completed");
      }
      // At least once each: a schedule may also fire while the test runs (every 5 minutes for the
      // missions' alerts), which is the queue doing its work, not a double run of one job.
      for (const [travail, n] of Object.entries(executions)) expect(n, travail).toBeGreaterThanOrEqual(1);
      const planifiees = await taches.boss.getSchedules();
      // pg-boss 10 returns the stored row (its `timezone` column), which its types do not declare.
      expect(planifiees.map((p) => [p.name, p.cron, (p as { timezone?: string }).timezone]).sort()).toEqual([
        [FILES.alertesMissions, "*/5 * * * *", "Europe/Paris"],
        [FILES.alertesRecherches, "0 * * * *", "Europe/Paris"],
        [FILES.echeancesProcedures, "30 7 * * *", "Europe/Paris"],
        [FILES.passagesALaRetraite, "30 6 * * *", "Europe/Paris"],
        [FILES.rappelsFraicheur, "0 7 * * *", "Europe/Paris"],
        [FILES.resumesQuotidiens, "15 7 * * *", "Europe/Paris"],
      ]);
    } finally {
      await taches.arreter();
    }
  }, 30_000);
});
