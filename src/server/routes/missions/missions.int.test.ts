/**
 * Projects and missions through the API: who writes and who reads (drafts stay with their owner:
 * 404 for the others), every bad input refused field by field with nothing written, the state
 * table through its route with a history row per step, sessions one by one, the list and its filters.
 */
import type { FastifyInstance } from "fastify";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { creerAppDeTest } from "../../../../test/support/app-de-test";
import { type BaseDeTest, baseDeTest } from "../../../../test/support/base-de-test";
import { creerMission, creerProjet, jour, missionPubliee, transition, uneMission } from "../../../../test/support/missions-de-test";
import { connecterChaqueRole, type SessionDeTest } from "../../../../test/support/sessions-de-test";
import { lignes } from "../../../db/client";
import { ROLES, type Role } from "../../../domain/acces";

let base: BaseDeTest;
let app: FastifyInstance;
let session: (role: Role) => SessionDeTest;
let operateur: SessionDeTest;

beforeAll(async () => {
  base = await (await baseDeTest()).cloner();
  app = await creerAppDeTest(base, { PUBLIC_URL: "http://vivier.test" });
  session = await connecterChaqueRole(app);
  operateur = session("operateur");
});
afterAll(async () => {
  await app?.close();
  await base?.close();
});

/** Rows of the tables a mission writes, to check that a refused request wrote nothing. */
const compter = async () =>
  (
    await lignes<{ projets: number; missions: number; sessions: number; historique: number; audit: number }>(
      base.db,
      sql`select (select count(*)::int from projets) as projets, (select count(*)::int from missions) as missions,
                 (select count(*)::int from missions_sessions) as sessions, (select count(*)::int from missions_historique) as historique,
                 (select count(*)::int from journal_audit) as audit`,
    )
  )[0]!;
const champs = (r: { json(): { erreurs?: { champ: string }[] } }) => (r.json().erreurs ?? []).map((e) => e.champ);
const message = (r: { json(): { erreurs?: { champ: string; message: string }[] } }, champ: string) => r.json().erreurs?.find((e) => e.champ === champ)?.message;
const lire = (s: SessionDeTest, id: string) => s.appeler({ method: "GET", url: `/api/v1/missions/${id}` });

describe("projets", () => {
  it("l'opérateur crée, liste, lit et modifie un projet de son organisation, journalisé", async () => {
    const id = await creerProjet(operateur);
    const lu = (await operateur.appeler({ method: "GET", url: `/api/v1/projets/${id}` })).json();
    expect(lu).toMatchObject({ intitule: "PAGoDA — eau et assainissement", programme: "PAGoDA", bailleur: "Union européenne", description: null, missions: [] });
    expect(lu.organisation.id).toBe(operateur.organisationId);
    const liste = (await operateur.appeler({ method: "GET", url: "/api/v1/projets" })).json();
    expect(liste.resultats.map((p: { id: string }) => p.id)).toContain(id);
    const modifie = await operateur.appeler({ method: "PUT", url: `/api/v1/projets/${id}`, payload: { intitule: "PAGoDA 2", description: "Deuxième phase" } });
    expect(modifie.statusCode, modifie.body).toBe(200);
    expect(modifie.json()).toMatchObject({ intitule: "PAGoDA 2", programme: null, description: "Deuxième phase" });
    const audit = await lignes<{ action: string }>(base.db, sql`select action from journal_audit where cible_id = ${id} order by id`);
    expect(audit.map((a) => a.action)).toEqual(["creation_projet", "modification_projet"]);
  });

  it("refuse un projet invalide champ par champ, sans rien écrire", async () => {
    const avant = await compter();
    const r = await operateur.appeler({ method: "POST", url: "/api/v1/projets", payload: { intitule: "  ", bailleur: 12, inconnu: true } });
    expect(r.statusCode).toBe(400);
    expect(champs(r).sort()).toEqual(["bailleur", "inconnu", "intitule"]);
    expect((await operateur.appeler({ method: "POST", url: "/api/v1/projets", payload: [] })).statusCode).toBe(400);
    expect((await operateur.appeler({ method: "POST", url: "/api/v1/projets", payload: { intitule: "x".repeat(201) } })).statusCode).toBe(400);
    expect((await operateur.appeler({ method: "POST", url: "/api/v1/projets", payload: { intitule: "a\u0000b" } })).statusCode).toBe(400);
    expect(await compter()).toEqual(avant);
  });

  it("chacun selon son rôle : 403 aux rôles qui ne publient pas, 404 sur le projet d'une autre organisation, 401 sans session", async () => {
    const id = await creerProjet(operateur);
    const avant = await compter();
    for (const role of ["agent", "gestionnaire_rh", "membre_comite", "agent_ambassade", "superieur_hierarchique", "administrateur_organisation"] as Role[]) {
      expect((await session(role).appeler({ method: "POST", url: "/api/v1/projets", payload: { intitule: "Projet" } })).statusCode, role).toBe(403);
      expect((await session(role).appeler({ method: "GET", url: `/api/v1/projets/${id}` })).statusCode, role).toBe(403);
    }
    for (const role of ["agent_daect", "charge_ri"] as Role[]) {
      expect((await session(role).appeler({ method: "GET", url: `/api/v1/projets/${id}` })).statusCode, role).toBe(404);
      expect((await session(role).appeler({ method: "PUT", url: `/api/v1/projets/${id}`, payload: { intitule: "Pris" } })).statusCode, role).toBe(404);
      expect((await session(role).appeler({ method: "POST", url: `/api/v1/projets/${id}/missions`, payload: uneMission() })).statusCode, role).toBe(404);
    }
    expect((await app.inject({ method: "GET", url: "/api/v1/projets" })).statusCode).toBe(401);
    expect((await app.inject({ method: "GET", url: "/api/v1/missions" })).statusCode).toBe(401);
    expect((await operateur.appeler({ method: "GET", url: "/api/v1/projets/pas-un-uuid" })).statusCode).toBe(400);
    expect(await compter()).toEqual(avant);
  });
});

describe("missions : brouillons, lecture, modification", () => {
  it("un brouillon minimal (intitulé et source) ; son cadre suit la source ; visible de son organisation seulement", async () => {
    const projetId = await creerProjet(operateur);
    const r = await operateur.appeler({ method: "POST", url: `/api/v1/projets/${projetId}/missions`, payload: { intitule: "Appui à la collecte des déchets", source: "operateur" } });
    expect(r.statusCode, r.body).toBe(201);
    const m = r.json();
    expect(m).toMatchObject({ etat: "brouillon", cadre: "operateur", sessions: [], domaines: [], candidatures: { total: 0, affectees: 0 } });
    expect(m.droits).toEqual({ modifier: true, gererSessions: true, candidater: false });
    // Publishing needs more: the event is not offered yet.
    expect(m.evenementsPossibles.map((e: { evenement: string }) => e.evenement)).toEqual(["annuler"]);
    for (const role of ROLES.filter((x) => !["operateur", "administrateur"].includes(x))) {
      expect((await lire(session(role), m.id)).statusCode, role).toBe(404);
      for (const suite of ["historique", "candidatures"]) {
        expect((await session(role).appeler({ method: "GET", url: `/api/v1/missions/${m.id}/${suite}` })).statusCode, `${role} ${suite}`).toBe(404);
      }
      const liste = (await session(role).appeler({ method: "GET", url: "/api/v1/missions?parPage=100" })).json();
      expect(liste.resultats.map((x: { id: string }) => x.id), role).not.toContain(m.id);
    }
    expect((await lire(session("administrateur"), m.id)).statusCode).toBe(200);
    const historique = (await operateur.appeler({ method: "GET", url: `/api/v1/missions/${m.id}/historique` })).json();
    expect(historique).toMatchObject([{ evenement: "creer", de: null, vers: "brouillon", acteur: "Farid Benali" }]);
  });

  it("refuse une mission invalide champ par champ, sans rien écrire", async () => {
    const projetId = await creerProjet(operateur);
    const avant = await compter();
    const r = await operateur.appeler({
      method: "POST",
      url: `/api/v1/projets/${projetId}/missions`,
      payload: uneMission({
        pays: "ZZ",
        domaines: [{ code: "INCONNU" }, { code: "EAU-POTABLE", niveauMin: "divin" }],
        langues: [{ code: "xx", niveau: "C1" }],
        nombreExperts: 0,
        remuneration: { honorairesJournaliers: -5, perDiem: 0.001 },
        sessions: [
          { debut: jour("03-10"), fin: jour("03-12") },
          { debut: jour("03-11"), fin: jour("03-13") },
          { debut: jour("04-10"), fin: jour("04-01") },
          { jours: -2 },
          { jours: 0.3 },
          { debut: jour("02-30"), fin: jour("03-01") },
        ],
        inconnu: 1,
      }),
    });
    expect(r.statusCode).toBe(400);
    for (const c of [
      "pays",
      "domaines.0.code",
      "domaines.1.niveauMin",
      "langues.0.code",
      "nombreExperts",
      "remuneration.honorairesJournaliers",
      "remuneration.perDiem",
      "sessions.1.debut",
      "sessions.2.fin",
      "sessions.3.jours",
      "sessions.4.jours",
      "sessions.5.debut",
      "inconnu",
    ]) {
      expect(champs(r), c).toContain(c);
    }
    expect(message(r, "domaines.0.code")).toBe("domaine inconnu du thésaurus");
    expect(message(r, "sessions.1.debut")).toBe("chevauche la session 1");
    expect(message(r, "sessions.2.fin")).toBe("la fin de la session précède son début");
    expect(message(r, "sessions.4.jours")).toMatch(/demi-journées/);
    // A source the organisation does not publish: its cadre would be wrong.
    const source = await operateur.appeler({ method: "POST", url: `/api/v1/projets/${projetId}/missions`, payload: uneMission({ source: "cooperation_decentralisee" }) });
    expect(source.statusCode).toBe(400);
    expect(champs(source)).toEqual(["source"]);
    for (const payload of [null, [], { source: "operateur" }]) {
      expect((await operateur.appeler({ method: "POST", url: `/api/v1/projets/${projetId}/missions`, payload: payload as object })).statusCode, JSON.stringify(payload)).toBe(400);
    }
    expect(await compter()).toEqual(avant);
  });

  it("modifie un brouillon : sans sessions elles restent, avec elles sont remplacées ; un brouillon invalide n'écrit rien", async () => {
    const projetId = await creerProjet(operateur);
    const id = await creerMission(operateur, projetId, uneMission({ sessions: [{ jours: 2 }, { jours: 1.5, libelle: "Restitution" }] }));
    const { sessions: _s, ...sansSessions } = uneMission({ intitule: "Nouveau titre" });
    const r = await operateur.appeler({ method: "PUT", url: `/api/v1/missions/${id}`, payload: sansSessions });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ intitule: "Nouveau titre", joursParExpert: 3.5, sessions: [{ rang: 1, jours: 2 }, { rang: 2, jours: 1.5, libelle: "Restitution" }] });
    const avec = await operateur.appeler({ method: "PUT", url: `/api/v1/missions/${id}`, payload: uneMission({ sessions: [{ jours: 4 }] }) });
    expect(avec.json().sessions).toEqual([{ rang: 1, debut: null, fin: null, jours: 4, libelle: null }]);
    const avant = await compter();
    const mauvais = await operateur.appeler({ method: "PUT", url: `/api/v1/missions/${id}`, payload: uneMission({ intitule: "", sessions: [{ jours: 0 }] }) });
    expect(mauvais.statusCode).toBe(400);
    expect(champs(mauvais).sort()).toEqual(["intitule", "sessions.0.jours"]);
    expect(await compter()).toEqual(avant);
    expect((await lire(operateur, id)).json()).toMatchObject({ intitule: uneMission().intitule, joursParExpert: 4 });
    // Another organisation: the draft does not exist for it.
    expect((await session("agent_daect").appeler({ method: "PUT", url: `/api/v1/missions/${id}`, payload: uneMission() })).statusCode).toBe(404);
    expect((await session("agent").appeler({ method: "PUT", url: `/api/v1/missions/${id}`, payload: uneMission() })).statusCode).toBe(403);
    expect((await operateur.appeler({ method: "PUT", url: `/api/v1/missions/00000000-0000-4000-8000-000000000000`, payload: uneMission() })).statusCode).toBe(404);
  });
});

describe("publication et états", () => {
  it("une mission sans session ne se publie pas : 400 champ par champ, rien d'écrit", async () => {
    const projetId = await creerProjet(operateur);
    const id = await creerMission(operateur, projetId, uneMission({ sessions: [] }));
    const avant = await compter();
    const r = await transition(operateur, id, "publier");
    expect(r.statusCode).toBe(400);
    expect(champs(r)).toEqual(["sessions"]);
    expect(message(r, "sessions")).toBe("une mission sans session ne peut être publiée");
    const incomplete = await creerMission(operateur, projetId, { intitule: "À compléter", source: "demande_etrangere" });
    const r2 = await transition(operateur, incomplete, "publier");
    expect(r2.statusCode).toBe(400);
    expect(champs(r2).sort()).toEqual(["beneficiaire", "cadre", "domaines", "pays", "sessions", "termesDeReference"]);
    expect(await compter()).toEqual({ ...avant, missions: avant.missions + 1, historique: avant.historique + 1, audit: avant.audit + 1 });
    expect((await lire(operateur, id)).json().etat).toBe("brouillon");
  });

  it("publier → sélection → annuler (motif obligatoire), chaque étape à l'historique ; les autres ne la font pas avancer", async () => {
    const { missionId } = await missionPubliee(operateur);
    const vue = (await lire(session("agent"), missionId)).json();
    expect(vue).toMatchObject({ etat: "publiee", candidatures: null, evenementsPossibles: [] });
    expect(vue.droits).toEqual({ modifier: false, gererSessions: false, candidater: true });
    expect(vue.publieeLe).not.toBeNull();
    const avant = await compter();
    expect((await transition(session("agent_daect"), missionId, "ouvrirSelection")).statusCode).toBe(403);
    expect((await transition(session("agent"), missionId, "ouvrirSelection")).statusCode).toBe(403);
    expect((await transition(operateur, missionId, "inventer")).statusCode).toBe(400);
    expect((await operateur.appeler({ method: "POST", url: `/api/v1/missions/${missionId}/transitions`, payload: { evenement: "annuler", motif: 12 } })).statusCode).toBe(400);
    expect((await operateur.appeler({ method: "PUT", url: `/api/v1/missions/${missionId}`, payload: uneMission() })).statusCode).toBe(409);
    expect((await session("agent_daect").appeler({ method: "PUT", url: `/api/v1/missions/${missionId}`, payload: uneMission() })).statusCode).toBe(403);
    const pourvoir = await transition(operateur, missionId, "pourvoir");
    expect(pourvoir.statusCode).toBe(409);
    expect(await compter()).toEqual(avant);

    const selection = await transition(operateur, missionId, "ouvrirSelection");
    expect(selection.statusCode, selection.body).toBe(200);
    expect(selection.json().etat).toBe("en_selection");
    expect(selection.json().evenementsPossibles.map((e: { evenement: string }) => e.evenement)).toEqual(["annuler"]);
    const sansMotif = await transition(operateur, missionId, "annuler");
    expect(sansMotif.statusCode).toBe(400);
    expect(champs(sansMotif)).toEqual(["motif"]);
    expect((await transition(operateur, missionId, "annuler", "x".repeat(2001))).statusCode).toBe(400);
    const annulee = await transition(operateur, missionId, "annuler", "Financement du bailleur suspendu");
    expect(annulee.json().etat).toBe("annulee");
    expect((await transition(operateur, missionId, "annuler", "encore")).statusCode).toBe(409);
    const historique = (await session("agent").appeler({ method: "GET", url: `/api/v1/missions/${missionId}/historique` })).json();
    expect(historique.map((h: { evenement: string; vers: string }) => `${h.evenement}:${h.vers}`)).toEqual([
      "creer:brouillon",
      "publier:publiee",
      "ouvrirSelection:en_selection",
      "annuler:annulee",
    ]);
    expect(historique[3].motif).toBe("Financement du bailleur suspendu");
  });

  it("repasse en brouillon tant que personne n'a candidaté", async () => {
    const { missionId } = await missionPubliee(operateur);
    const r = await transition(operateur, missionId, "repasserEnBrouillon");
    expect(r.json().etat).toBe("brouillon");
    expect((await lire(session("agent"), missionId)).statusCode).toBe(404);
  });

  it("la DAECT et une collectivité publient les leurs, dans leur cadre", async () => {
    const daect = session("agent_daect");
    const { missionId } = await missionPubliee(daect, uneMission({ source: "daect_expe_ct", intitule: "Mission EXPE-CT : état civil" }));
    expect((await lire(operateur, missionId)).json()).toMatchObject({ cadre: "expe_ct", organisation: { type: "ministere" } });
    const ri = session("charge_ri");
    const projet = await creerProjet(ri, { intitule: "Coopération Nouvelle-Aquitaine — Souss-Massa" });
    const coop = await creerMission(ri, projet, uneMission({ source: "cooperation_decentralisee", pays: "ma" }));
    expect((await lire(ri, coop)).json()).toMatchObject({ cadre: "cooperation_decentralisee", pays: "MA" });
  });
});

describe("sessions une à une", () => {
  it("ajoute, modifie et retire des sessions ; le numéro d'une session ne change pas", async () => {
    const { missionId } = await missionPubliee(operateur, uneMission({ sessions: [{ debut: jour("03-08"), fin: jour("03-10"), libelle: "Diagnostic" }] }));
    const ajout = await operateur.appeler({ method: "POST", url: `/api/v1/missions/${missionId}/sessions`, payload: { debut: jour("05-03"), fin: jour("05-07"), libelle: "Atelier" } });
    expect(ajout.statusCode, ajout.body).toBe(201);
    expect(ajout.json().franchissements).toEqual([]);
    expect(ajout.json().mission.sessions.map((s: { rang: number }) => s.rang)).toEqual([1, 2]);
    const troisieme = await operateur.appeler({ method: "POST", url: `/api/v1/missions/${missionId}/sessions`, payload: { jours: 2.5 } });
    expect(troisieme.json().mission.sessions.map((s: { rang: number }) => s.rang)).toEqual([1, 2, 3]);
    expect((await operateur.appeler({ method: "DELETE", url: `/api/v1/missions/${missionId}/sessions/2` })).statusCode).toBe(200);
    const modif = await operateur.appeler({ method: "PUT", url: `/api/v1/missions/${missionId}/sessions/3`, payload: { jours: 1, libelle: "Suivi à distance" } });
    expect(modif.statusCode, modif.body).toBe(200);
    expect(modif.json().mission.sessions).toEqual([
      { rang: 1, debut: jour("03-08"), fin: jour("03-10"), jours: null, libelle: "Diagnostic" },
      { rang: 3, debut: null, fin: null, jours: 1, libelle: "Suivi à distance" },
    ]);
    expect((await operateur.appeler({ method: "DELETE", url: `/api/v1/missions/${missionId}/sessions/2` })).statusCode).toBe(404);
    expect((await operateur.appeler({ method: "PUT", url: `/api/v1/missions/${missionId}/sessions/0`, payload: { jours: 1 } })).statusCode).toBe(400);
    const audit = await lignes<{ action: string }>(base.db, sql`select action from journal_audit where cible_id = ${missionId} and action like '%session%' order by id`);
    expect(audit.map((a) => a.action)).toEqual(["ajout_session_mission", "ajout_session_mission", "retrait_session_mission", "modification_session_mission"]);
  });

  it("refuse une session qui en chevauche une autre, finit avant de commencer, compte des jours négatifs ou 0,3 jour : 400, rien d'écrit", async () => {
    const { missionId } = await missionPubliee(
      operateur,
      uneMission({ dateLimiteCandidature: jour("02-01"), sessions: [{ debut: jour("03-08"), fin: jour("03-10"), libelle: "Diagnostic" }, { jours: 2 }] }),
    );
    const avant = await compter();
    const ajouter = (payload: unknown) => operateur.appeler({ method: "POST", url: `/api/v1/missions/${missionId}/sessions`, payload });
    const chevauche = await ajouter({ debut: jour("03-10"), fin: jour("03-12") });
    expect(chevauche.statusCode).toBe(400);
    expect(chevauche.json().erreurs).toEqual([{ champ: "debut", message: "chevauche la session 1 (« Diagnostic »)" }]);
    // Earlier than the session it overlaps: the error stays on the session sent.
    expect((await ajouter({ debut: jour("03-01"), fin: jour("03-08") })).json().erreurs).toEqual([{ champ: "debut", message: "chevauche la session 1 (« Diagnostic »)" }]);
    expect((await ajouter({ debut: jour("04-10"), fin: jour("04-01") })).json().erreurs).toEqual([{ champ: "fin", message: "la fin de la session précède son début" }]);
    expect(champs(await ajouter({ jours: -1 }))).toEqual(["jours"]);
    expect(message(await ajouter({ jours: 0.3 }), "jours")).toMatch(/demi-journées/);
    expect(new Set(champs(await ajouter({ debut: "demain", fin: jour("04-01") })))).toEqual(new Set(["debut"]));
    expect(champs(await ajouter({ jours: 2, inconnu: true }))).toEqual(["inconnu"]);
    expect((await ajouter({ debut: jour("01-10"), fin: jour("01-12") })).json().erreurs).toEqual([
      { champ: "dateLimiteCandidature", message: `la date limite de candidature doit précéder le début de la première session (${jour("01-10")})` },
    ]);
    for (const payload of [null, [], {}]) expect((await ajouter(payload)).statusCode, JSON.stringify(payload)).toBe(400);
    const modifier = await operateur.appeler({ method: "PUT", url: `/api/v1/missions/${missionId}/sessions/2`, payload: { debut: jour("03-09"), fin: jour("03-09") } });
    expect(modifier.json().erreurs).toEqual([{ champ: "debut", message: "chevauche la session 1 (« Diagnostic »)" }]);
    await operateur.appeler({ method: "DELETE", url: `/api/v1/missions/${missionId}/sessions/2` });
    const derniere = await operateur.appeler({ method: "DELETE", url: `/api/v1/missions/${missionId}/sessions/1` });
    expect(derniere.statusCode).toBe(400);
    expect(champs(derniere)).toEqual(["sessions"]);
    const apres = await compter();
    expect({ ...apres, sessions: apres.sessions + 1, audit: apres.audit - 1 }).toEqual(avant);
  });

  it("seule l'organisation de la mission gère ses sessions ; plus rien une fois annulée", async () => {
    const { missionId } = await missionPubliee(operateur);
    const avant = await compter();
    expect((await session("agent_daect").appeler({ method: "POST", url: `/api/v1/missions/${missionId}/sessions`, payload: { jours: 1 } })).statusCode).toBe(403);
    expect((await session("agent").appeler({ method: "POST", url: `/api/v1/missions/${missionId}/sessions`, payload: { jours: 1 } })).statusCode).toBe(403);
    expect((await session("agent_daect").appeler({ method: "DELETE", url: `/api/v1/missions/${missionId}/sessions/1` })).statusCode).toBe(403);
    expect(await compter()).toEqual(avant);
    await transition(operateur, missionId, "annuler", "Projet abandonné");
    expect((await operateur.appeler({ method: "POST", url: `/api/v1/missions/${missionId}/sessions`, payload: { jours: 1 } })).statusCode).toBe(409);
  });
});

describe("la liste des missions", () => {
  it("filtre par état, pays, domaine, source et mots de l'intitulé ; refuse les critères inconnus", async () => {
    const { missionId } = await missionPubliee(operateur, uneMission({ intitule: "Gestion des déchets ménagers à Tiznit", pays: "MA", domaines: [{ code: "DECHETS-COLLECTE" }] }));
    const chercher = async (q: string) => (await session("agent").appeler({ method: "GET", url: `/api/v1/missions?${q}` })).json();
    const ids = (r: { resultats: { id: string }[] }) => r.resultats.map((x) => x.id);
    expect(ids(await chercher("q=dechets%20MENAGERS"))).toContain(missionId);
    expect(ids(await chercher("q=d%C3%A9chets&pays=ma&domaine=DECHETS-COLLECTE&source=operateur&etat=publiee"))).toEqual([missionId]);
    expect(ids(await chercher("q=d%C3%A9chets&pays=SN"))).not.toContain(missionId);
    expect(ids(await chercher("q=d%C3%A9chets&etat=en_selection,annulee"))).not.toContain(missionId);
    expect(ids(await chercher("q=d%C3%A9chets&domaine=EAU-POTABLE"))).not.toContain(missionId);
    const premiere = await chercher("parPage=1");
    expect(premiere.resultats).toHaveLength(1);
    expect(premiere.total).toBeGreaterThan(1);
    const r = await session("agent").appeler({ method: "GET", url: "/api/v1/missions?domaine=INCONNU&pays=ZZ&etat=perdue&source=moi&parPage=500" });
    expect(r.statusCode).toBe(400);
    expect(champs(r).sort()).toEqual(["etat.0", "parPage", "source.0"]);
    const r2 = await session("agent").appeler({ method: "GET", url: "/api/v1/missions?domaine=INCONNU&pays=ZZ" });
    expect(champs(r2)).toEqual(["domaine.0", "pays.0"]);
  });
});

describe("entrées malformées ou hostiles, sur chaque opération", () => {
  it("identifiant malformé : 400 ; corps trop gros : 413 ; texte de contrôle : 400 ; jamais 500, rien d'écrit", async () => {
    // The platform administrator passes every gate: what answers is the validation.
    const admin = session("administrateur");
    const { missionId } = await missionPubliee(operateur);
    const avant = await compter();
    const operations: [string, string][] = [
      ["GET", "/api/v1/projets/x"],
      ["PUT", "/api/v1/projets/x"],
      ["POST", "/api/v1/projets/x/missions"],
      ["GET", "/api/v1/missions/x"],
      ["PUT", "/api/v1/missions/x"],
      ["POST", "/api/v1/missions/x/sessions"],
      ["PUT", "/api/v1/missions/x/sessions/1"],
      ["DELETE", "/api/v1/missions/x/sessions/1"],
      ["PUT", `/api/v1/missions/${missionId}/sessions/un`],
      ["POST", "/api/v1/missions/x/transitions"],
      ["GET", "/api/v1/missions/x/historique"],
      ["POST", "/api/v1/missions/x/candidatures"],
      ["GET", "/api/v1/missions/x/candidatures"],
      ["GET", "/api/v1/candidatures/x"],
      ["POST", "/api/v1/candidatures/x/transitions"],
      ["GET", "/api/v1/organisations/x/affectations"],
      ["POST", "/api/v1/me/notifications/x/lue"],
    ];
    for (const [method, url] of operations) {
      const r = await admin.appeler({ method: method as "GET", url, ...(method === "GET" || method === "DELETE" ? {} : { payload: { jours: 1 } }) });
      expect(r.statusCode, `${method} ${url} → ${r.body}`).toBe(400);
    }
    const enorme = { intitule: "x".repeat(2 * 1024 * 1024), source: "operateur" };
    for (const [method, url] of [
      ["POST", "/api/v1/projets"],
      ["PUT", `/api/v1/missions/${missionId}`],
      ["POST", `/api/v1/missions/${missionId}/sessions`],
      ["POST", `/api/v1/missions/${missionId}/transitions`],
    ]) {
      expect((await operateur.appeler({ method: method as "POST", url: url!, payload: enorme })).statusCode, `${method} ${url}`).toBe(413);
    }
    const projetId = await creerProjet(operateur);
    const avantHostile = await compter();
    const hostile = await operateur.appeler({
      method: "POST",
      url: `/api/v1/projets/${projetId}/missions`,
      payload: uneMission({ intitule: "Mission\u0000<script>", beneficiaire: "a\u0007b", sessions: [{ jours: 1, libelle: "x\u001b" }] }),
    });
    expect(hostile.statusCode).toBe(400);
    expect(champs(hostile).sort()).toEqual(["beneficiaire", "intitule", "sessions.0.libelle"]);
    expect((await operateur.appeler({ method: "GET", url: `/api/v1/missions?q=${"a".repeat(201)}` })).statusCode).toBe(400);
    expect((await operateur.appeler({ method: "GET", url: "/api/v1/missions?page=0" })).statusCode).toBe(400);
    expect(await compter()).toEqual({ ...avantHostile });
    expect(avantHostile).toEqual({ ...avant, projets: avant.projets + 1, audit: avant.audit + 1 });
  });
});

