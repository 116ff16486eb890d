/**
 * Alerts (issue 6 §3): a published mission is announced to the experts it fits, by the channel
 * each chose (at once, daily digest, never), once; a saved search announces the profiles it finds
 * for the first time, within what its author may see; the ranked candidates of a mission for its
 * owner only; bad input refused field by field with nothing written.
 */
import type { FastifyInstance } from "fastify";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { creerAppDeTest } from "../../../../test/support/app-de-test";
import { type BaseDeTest, baseDeTest } from "../../../../test/support/base-de-test";
import { missionPubliee, uneMission } from "../../../../test/support/missions-de-test";
import { connecterChaqueRole, type SessionDeTest } from "../../../../test/support/sessions-de-test";
import { lignes } from "../../../db/client";
import type { Role } from "../../../domain/acces";

let base: BaseDeTest;
let app: FastifyInstance;
let session: (role: Role) => SessionDeTest;
let operateur: SessionDeTest;
let agent: SessionDeTest;
let emailAgent: string;

beforeAll(async () => {
  base = await (await baseDeTest()).cloner();
  app = await creerAppDeTest(base, { PUBLIC_URL: "http://vivier.test" });
  session = await connecterChaqueRole(app);
  operateur = session("operateur");
  agent = session("agent");
  emailAgent = (await lignes<{ email: string }>(base.db, sql`select email from utilisateurs where id = ${agent.utilisateurId}::uuid`))[0]!.email;
});
afterAll(async () => {
  await app?.close();
  await base?.close();
});

const alertesDe = (s: SessionDeTest, type: string) =>
  lignes<{ titre: string; lien: string; resume_attendu: boolean }>(
    base.db,
    sql`select titre, lien, resume_attendu from notifications where utilisateur_id = ${s.utilisateurId}::uuid and type = ${type} order by cree_le, id`,
  );
const courrielsA = (email: string, motif: string) =>
  lignes<{ sujet: string; texte: string }>(base.db, sql`select sujet, texte from courriels where destinataire = ${email} and sujet like ${`%${motif}%`} order by cree_le`);
const preferer = (s: SessionDeTest, alertes: unknown) => s.appeler({ method: "PUT", url: "/api/v1/me/preferences", payload: { alertes } });
const compter = async () =>
  (await lignes<{ n: number; c: number; r: number }>(base.db, sql`select (select count(*)::int from notifications) as n, (select count(*)::int from courriels) as c, (select count(*)::int from recherches_enregistrees) as r`))[0]!;

describe("alertes de missions", () => {
  it("annonce une mission publiée à l'expert qu'elle intéresse, une seule fois, par notification et courriel", async () => {
    const { missionId } = await missionPubliee(operateur, uneMission({ intitule: "Régie des eaux de Thiès" }));
    const premier = await app.services.alertes.annoncerMissionsPubliees();
    expect(premier.missions).toBeGreaterThanOrEqual(1);
    const alertes = await alertesDe(agent, "alerte.mission");
    expect(alertes).toEqual([{ titre: "Une mission pour vous : Régie des eaux de Thiès", lien: `/missions/${missionId}`, resume_attendu: false }]);
    expect(await courrielsA(emailAgent, "Régie des eaux de Thiès")).toHaveLength(1);

    const avant = await compter();
    expect(await app.services.alertes.annoncerMissionsPubliees()).toEqual({ missions: 0, alertes: 0 });
    expect(await compter()).toEqual(avant);
  });

  it("n'annonce pas une mission à qui ne correspond pas (aucun domaine demandé en commun)", async () => {
    await missionPubliee(operateur, uneMission({ intitule: "Cadastre numérique", domaines: [{ code: "URBA-PLANIFICATION" }] }));
    await app.services.alertes.annoncerMissionsPubliees();
    expect((await alertesDe(agent, "alerte.mission")).map((a) => a.titre)).not.toContain("Une mission pour vous : Cadastre numérique");
  });

  it("résumé quotidien : la notification tout de suite, un seul courriel par jour ; jamais : rien", async () => {
    expect((await preferer(agent, "quotidienne")).json()).toEqual({ alertes: "quotidienne" });
    expect((await agent.appeler({ method: "GET", url: "/api/v1/me/preferences" })).json()).toEqual({ alertes: "quotidienne" });
    await missionPubliee(operateur, uneMission({ intitule: "Assainissement de Rufisque" }));
    await missionPubliee(operateur, uneMission({ intitule: "Eau potable de Mbour" }));
    await app.services.alertes.annoncerMissionsPubliees();
    const enAttente = (await alertesDe(agent, "alerte.mission")).filter((a) => a.resume_attendu);
    expect(enAttente.map((a) => a.titre).sort()).toEqual(["Une mission pour vous : Assainissement de Rufisque", "Une mission pour vous : Eau potable de Mbour"]);
    expect(await courrielsA(emailAgent, "Rufisque")).toHaveLength(0);

    expect(await app.services.alertes.envoyerResumesQuotidiens()).toBe(1);
    const [resume] = await courrielsA(emailAgent, "nouvelles alertes");
    expect(resume!.sujet).toBe("Vivier : 2 nouvelles alertes depuis hier");
    expect(resume!.texte).toContain("Assainissement de Rufisque");
    expect(resume!.texte).toContain("http://vivier.test/missions/");
    expect(await app.services.alertes.envoyerResumesQuotidiens()).toBe(0);

    await preferer(agent, "jamais");
    await missionPubliee(operateur, uneMission({ intitule: "Eau potable de Kaolack" }));
    await app.services.alertes.annoncerMissionsPubliees();
    expect((await alertesDe(agent, "alerte.mission")).map((a) => a.titre)).not.toContain("Une mission pour vous : Eau potable de Kaolack");
    await preferer(agent, "immediate");
  });

  it("refuse une préférence inconnue, champ par champ, sans rien changer ; sans connexion : 401", async () => {
    const r = await preferer(agent, "parfois");
    expect(r.statusCode).toBe(400);
    expect(r.json().erreurs).toEqual([{ champ: "alertes", message: expect.stringContaining("immediate, quotidienne, jamais") }]);
    expect((await agent.appeler({ method: "GET", url: "/api/v1/me/preferences" })).json()).toEqual({ alertes: "immediate" });
    expect((await app.inject({ method: "GET", url: "/api/v1/me/preferences" })).statusCode).toBe(401);
  });
});

describe("candidats classés d'une mission", () => {
  it("l'opérateur propriétaire voit les experts classés avec leurs raisons ; l'agent et un autre rôle : refusés", async () => {
    const { missionId } = await missionPubliee(operateur, uneMission({ intitule: "Eau potable de Louga" }));
    const r = await operateur.appeler({ method: "GET", url: `/api/v1/missions/${missionId}/candidats?limite=5` });
    expect(r.statusCode, r.body).toBe(200);
    const { candidats } = r.json();
    expect(candidats.length).toBeGreaterThan(0);
    expect(candidats[0].raisons[0]).toMatchObject({ type: "domaine" });
    expect(candidats.every((c: { telephone?: unknown }) => c.telephone === undefined)).toBe(true);
    expect(candidats.map((c: { score: number }) => c.score)).toEqual([...candidats.map((c: { score: number }) => c.score)].sort((a, b) => b - a));

    // Who already applied is shown with their candidacy, the others without.
    const depot = await agent.appeler({ method: "POST", url: `/api/v1/missions/${missionId}/candidatures`, payload: {} });
    expect(depot.statusCode, depot.body).toBe(201);
    const apres = (await operateur.appeler({ method: "GET", url: `/api/v1/missions/${missionId}/candidats?limite=200` })).json().candidats;
    const avecCandidature = apres.filter((c: { candidature: unknown }) => c.candidature !== null);
    expect(avecCandidature).toEqual([expect.objectContaining({ nom: "Diallo", candidature: { id: depot.json().id, etat: "deposee", etatLibelle: "Déposée" } })]);

    expect((await agent.appeler({ method: "GET", url: `/api/v1/missions/${missionId}/candidats` })).statusCode).toBe(403);
    expect((await session("gestionnaire_rh").appeler({ method: "GET", url: `/api/v1/missions/${missionId}/candidats` })).statusCode).toBe(403);
    expect((await operateur.appeler({ method: "GET", url: `/api/v1/missions/${missionId}/candidats?limite=0` })).statusCode).toBe(400);
  });
});

describe("recherches enregistrées", () => {
  const enregistrer = (s: SessionDeTest, payload: object) => s.appeler({ method: "POST", url: "/api/v1/me/recherches", payload });

  it("annonce les profils nouveaux qu'elle trouve, une fois, dans ce que son auteur peut voir", async () => {
    const rh = session("gestionnaire_rh");
    const operateurSauve = await enregistrer(operateur, { nom: "Hydrauliciens", criteres: { q: "hydraulicienne lagunage" } });
    expect(operateurSauve.statusCode, operateurSauve.body).toBe(201);
    const sauvee = await enregistrer(rh, { nom: "Lagunage", criteres: { q: "hydraulicienne lagunage" } });
    expect(sauvee.statusCode, sauvee.body).toBe(201);
    expect(sauvee.json()).toMatchObject({ nom: "Lagunage", role: "gestionnaire_rh", criteres: { q: "hydraulicienne lagunage" } });
    // What it found when saved is not news.
    await app.services.alertes.alerterRecherchesEnregistrees();
    expect(await alertesDe(rh, "alerte.recherche")).toEqual([]);

    // HR adds a profile to its employer's pool, visible to its employer only (not yet claimed).
    const organisationId = (await lignes<{ id: string }>(base.db, sql`select organisation_id::text as id from appartenances where utilisateur_id = ${rh.utilisateurId}::uuid and role = 'gestionnaire_rh' limit 1`))[0]!.id;
    const cree = await rh.appeler({
      method: "POST",
      url: `/api/v1/organisations/${organisationId}/profils`,
      payload: { prenom: "Inès", nom: "Lagune", courriel: "ines.lagune@exemple.test", position: "titulaire", metier: "Hydraulicienne, spécialiste du lagunage" },
    });
    expect(cree.statusCode, cree.body).toBe(201);

    await app.services.alertes.alerterRecherchesEnregistrees();
    const alertes = await alertesDe(rh, "alerte.recherche");
    expect(alertes).toEqual([{ titre: "1 nouveau profil pour votre recherche « Lagunage »", lien: "/vivier?q=hydraulicienne+lagunage", resume_attendu: false }]);
    // The operator may not see a profile its agent has not opened to operators: no alert for them.
    expect(await alertesDe(operateur, "alerte.recherche")).toEqual([]);
    // Once announced, never again.
    await app.services.alertes.alerterRecherchesEnregistrees();
    expect(await alertesDe(rh, "alerte.recherche")).toHaveLength(1);

    const liste = (await rh.appeler({ method: "GET", url: "/api/v1/me/recherches" })).json();
    expect(liste.map((r: { nom: string }) => r.nom)).toEqual(["Lagunage"]);
    expect((await operateur.appeler({ method: "DELETE", url: `/api/v1/me/recherches/${sauvee.json().id}` })).statusCode).toBe(404);
    expect((await rh.appeler({ method: "DELETE", url: `/api/v1/me/recherches/${sauvee.json().id}` })).statusCode).toBe(204);
    expect((await rh.appeler({ method: "GET", url: "/api/v1/me/recherches" })).json()).toEqual([]);
  });

  it("refuse un nom vide, un critère inconnu, un rôle qui ne cherche pas : 4xx par champ, rien d'écrit", async () => {
    const avant = await compter();
    const sansNom = await enregistrer(operateur, { nom: " ", criteres: {} });
    expect(sansNom.statusCode).toBe(400);
    expect(sansNom.json().erreurs).toEqual([{ champ: "nom", message: "le nom de la recherche est obligatoire" }]);
    const inconnu = await enregistrer(operateur, { nom: "Atlantide", criteres: { domaine: ["ATLANTIDE"] } });
    expect(inconnu.statusCode).toBe(400);
    expect(inconnu.json().erreurs[0]).toMatchObject({ champ: "domaine.0" });
    expect((await enregistrer(session("agent"), { nom: "Moi", criteres: {} })).statusCode).toBe(403);
    expect(await compter()).toEqual(avant);
  });
});
