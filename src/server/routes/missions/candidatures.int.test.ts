/**
 * Candidacies and staffing through the API: the agent applies or HR proposes, the owner decides,
 * HR releases, the staffing follows in either order and shows the advisor's instrument; the
 * agent's consent decides which missions take them (per role); a new session that crosses a
 * threshold warns HR and the owner; notifications and their e-mails; what each role sees.
 */
import type { FastifyInstance } from "fastify";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { creerAppDeTest } from "../../../../test/support/app-de-test";
import { type BaseDeTest, baseDeTest } from "../../../../test/support/base-de-test";
import { creerMission, creerProjet, missionPubliee, transition, transitionCandidature, uneMission } from "../../../../test/support/missions-de-test";
import { connecterChaqueRole, type SessionDeTest } from "../../../../test/support/sessions-de-test";
import { lignes } from "../../../db/client";
import type { Role } from "../../../domain/acces";

let base: BaseDeTest;
let app: FastifyInstance;
let session: (role: Role) => SessionDeTest;
let operateur: SessionDeTest;
let agent: SessionDeTest;
let rh: SessionDeTest;
let profilAgent: string;

beforeAll(async () => {
  base = await (await baseDeTest()).cloner();
  app = await creerAppDeTest(base, { PUBLIC_URL: "http://vivier.test" });
  session = await connecterChaqueRole(app);
  operateur = session("operateur");
  agent = session("agent");
  rh = session("gestionnaire_rh");
  profilAgent = (await agent.appeler({ method: "GET", url: "/api/v1/me/profil" })).json().profil.id;
});
afterAll(async () => {
  await app?.close();
  await base?.close();
});

const candidater = (s: SessionDeTest, missionId: string, payload: object = {}) => s.appeler({ method: "POST", url: `/api/v1/missions/${missionId}/candidatures`, payload });
const lire = (s: SessionDeTest, id: string) => s.appeler({ method: "GET", url: `/api/v1/candidatures/${id}` });
const consentir = (visibilite: string) =>
  agent.appeler({ method: "PUT", url: `/api/v1/profils/${profilAgent}/consentement`, payload: { visibilite, maintienApresRetraite: false } });
const compter = async () =>
  (
    await lignes<{ candidatures: number; historique: number; notifications: number; courriels: number; audit: number; sessions: number }>(
      base.db,
      sql`select (select count(*)::int from candidatures) as candidatures, (select count(*)::int from candidatures_historique) as historique,
                 (select count(*)::int from notifications) as notifications, (select count(*)::int from courriels) as courriels,
                 (select count(*)::int from journal_audit) as audit, (select count(*)::int from missions_sessions) as sessions`,
    )
  )[0]!;
const notificationsDe = (s: SessionDeTest, type: string) =>
  lignes<{ titre: string; texte: string; lien: string }>(base.db, sql`select titre, texte, lien from notifications where utilisateur_id = ${s.utilisateurId}::uuid and type = ${type} order by cree_le`);
const courrielsA = (email: string, motif: string) =>
  lignes<{ sujet: string; texte: string }>(base.db, sql`select sujet, texte from courriels where destinataire = ${email} and sujet like ${`%${motif}%`} order by cree_le`);

/** The agent applied, HR released them, the owner retained them: staffed on a new mission of the project. */
async function agentAffecte(saisie = uneMission(), projetId?: string) {
  const { missionId, projetId: projet } = await missionPubliee(operateur, saisie, projetId);
  const c = await candidater(agent, missionId);
  expect(c.statusCode, c.body).toBe(201);
  const id = c.json().id;
  expect((await transitionCandidature(rh, id, "accorderLiberation")).statusCode).toBe(200);
  const r = await transitionCandidature(operateur, id, "retenir");
  expect(r.json().etat).toBe("affectee");
  return { missionId, projetId: projet, candidatureId: id };
}

describe("candidater et affecter", () => {
  it("l'agent candidate, le RH le libère, l'opérateur le retient : l'affectation suit, avec l'instrument du conseiller", async () => {
    const { missionId } = await missionPubliee(operateur);
    const depot = await candidater(agent, missionId);
    expect(depot.statusCode, depot.body).toBe(201);
    const c = depot.json();
    expect(c).toMatchObject({ etat: "deposee", accordEmployeur: "en_attente", profil: { id: profilAgent, nom: "Diallo" }, affectation: null });
    expect(c.qualites).toEqual({ estTitulaire: true, estRhEmployeur: false, estProprietaireMission: false });
    expect(c.evenementsPossibles.map((e: { evenement: string }) => e.evenement)).toEqual(["retirer"]);
    // The owner and the employer's HR are told, in the application and by e-mail.
    expect((await notificationsDe(operateur, "candidature.deposer")).at(-1)).toMatchObject({ lien: `/candidatures/${c.id}` });
    expect((await notificationsDe(rh, "candidature.deposer")).at(-1)?.texte).toMatch(/accorde ou refuse la libération/);
    expect((await courrielsA("operateur@demo.vivier.test", "Nouvelle candidature")).at(-1)?.texte).toContain(`http://vivier.test/candidatures/${c.id}`);
    expect(await courrielsA("rh@demo.vivier.test", "Nouvelle candidature")).not.toHaveLength(0);
    expect(await notificationsDe(agent, "candidature.deposer")).toHaveLength(0);

    expect((await candidater(agent, missionId)).statusCode).toBe(409);
    const vueRh = (await lire(rh, c.id)).json();
    expect(vueRh.evenementsPossibles.map((e: { evenement: string }) => e.evenement)).toEqual(["accorderLiberation", "refuserLiberation"]);
    const vueOperateur = (await lire(operateur, c.id)).json();
    expect(vueOperateur.evenementsPossibles.map((e: { evenement: string }) => e.evenement)).toEqual(["preselectionner", "retenir", "decliner"]);

    const avant = await compter();
    expect((await transitionCandidature(agent, c.id, "retenir")).statusCode).toBe(403);
    expect((await transitionCandidature(operateur, c.id, "accorderLiberation")).statusCode).toBe(403);
    expect((await transitionCandidature(rh, c.id, "affecter")).statusCode).toBe(403);
    expect((await transitionCandidature(rh, c.id, "refuserLiberation")).json().erreurs).toEqual([{ champ: "motif", message: "indiquez le motif pour refuser la libération de l'agent" }]);
    expect((await transitionCandidature(rh, c.id, "inventer")).statusCode).toBe(400);
    expect((await transitionCandidature(session("agent_daect"), c.id, "retenir")).statusCode).toBe(404);
    expect(await compter()).toEqual(avant);

    const libere = await transitionCandidature(rh, c.id, "accorderLiberation");
    expect(libere.json()).toMatchObject({ etat: "deposee", accordEmployeur: "accorde" });
    expect((await transitionCandidature(rh, c.id, "accorderLiberation")).statusCode).toBe(409);
    await transition(operateur, missionId, "ouvrirSelection");
    const retenue = await transitionCandidature(operateur, c.id, "retenir");
    expect(retenue.statusCode, retenue.body).toBe(200);
    expect(retenue.json()).toMatchObject({ etat: "affectee", accordEmployeur: "accorde" });
    expect(retenue.json().historique.map((h: { evenement: string; acteur: string | null }) => `${h.evenement}:${h.acteur ?? "-"}`)).toEqual([
      "deposer:Amina Diallo",
      "accorderLiberation:Bruno Martin",
      "retenir:Farid Benali",
      "affecter:-",
    ]);
    const affectation = (await lire(agent, c.id)).json().affectation;
    expect(affectation).toMatchObject({ jours: 3, tranche: "T1", instrument: "cumul_activites", joursRestants: 0, joursNonDates: 3, prochainSeuil: { seuil: 6, joursAvant: 3 } });
    expect(affectation.conseil.references.length).toBeGreaterThan(0);
    expect(affectation.conseil.explication.length).toBeGreaterThan(0);
    for (const s of [agent, rh]) expect((await notificationsDe(s, "candidature.affecter")).at(-1)?.titre, s.utilisateurId).toMatch(/^Affectation confirmée : Amina Diallo/);
    expect(await courrielsA("agent@demo.vivier.test", "Affectation confirmée")).toHaveLength(1);

    const pourvue = await transition(operateur, missionId, "pourvoir");
    expect(pourvue.statusCode, pourvue.body).toBe(200);
    expect((await notificationsDe(agent, "mission.pourvoir")).at(-1)?.texte).toMatch(/est désormais pourvue/);
  });

  it("dans l'autre ordre : l'opérateur retient d'abord, la libération accordée ensuite affecte l'agent", async () => {
    const { missionId } = await missionPubliee(operateur);
    const id = (await candidater(agent, missionId)).json().id;
    expect((await transitionCandidature(operateur, id, "preselectionner")).json().etat).toBe("preselectionnee");
    const retenue = await transitionCandidature(operateur, id, "retenir");
    expect(retenue.json()).toMatchObject({ etat: "retenue", accordEmployeur: "en_attente", affectation: null });
    const refus = await transitionCandidature(rh, id, "refuserLiberation", "Période de clôture budgétaire");
    expect(refus.json()).toMatchObject({ etat: "retenue", accordEmployeur: "refuse", motif: "Période de clôture budgétaire" });
    expect((await notificationsDe(operateur, "candidature.refuserLiberation")).at(-1)?.texte).toContain("Motif : Période de clôture budgétaire");
    const accord = await transitionCandidature(rh, id, "accorderLiberation");
    expect(accord.json()).toMatchObject({ etat: "affectee", accordEmployeur: "accorde" });
    expect(accord.json().affectation.instrument).toBe("cumul_activites");
  });

  it("annuler la mission décline les candidatures en cours avec son motif, qui n'affectent plus personne ; sans corps, l'agent candidate avec son profil", async () => {
    const { missionId } = await missionPubliee(operateur);
    const c = await agent.appeler({ method: "POST", url: `/api/v1/missions/${missionId}/candidatures` });
    expect(c.statusCode, c.body).toBe(201);
    const id = c.json().id;
    expect((await transitionCandidature(operateur, id, "retenir")).json().etat).toBe("retenue");
    const proposee = (await candidater(rh, (await missionPubliee(operateur)).missionId, { profilId: profilAgent })).json().id;
    await transition(operateur, missionId, "annuler", "Le bailleur retire son financement");
    expect((await notificationsDe(agent, "mission.annuler")).at(-1)?.texte).toContain("Motif : Le bailleur retire son financement");
    const vue = (await lire(agent, id)).json();
    expect(vue).toMatchObject({ etat: "declinee", accordEmployeur: "en_attente", evenementsPossibles: [] });
    expect(vue.historique.at(-1)).toMatchObject({ evenement: "decliner", de: "retenue", vers: "declinee", motif: "La mission est annulée : Le bailleur retire son financement" });
    // Only that mission's candidacies: the one proposed on another mission still waits for the agent.
    expect((await lire(agent, proposee)).json().etat).toBe("proposee");
    const avant = await compter();
    const r = await transitionCandidature(rh, id, "accorderLiberation");
    expect(r.statusCode).toBe(409);
    expect(r.json().detail).toBe("Impossible d'accorder la libération de l'agent : la candidature est déclinée.");
    expect((await transitionCandidature(agent, id, "retirer")).statusCode).toBe(409);
    expect(await compter()).toEqual(avant);
  });

  it("le RH propose un de ses agents, qui confirme ; l'opérateur décline avec un motif", async () => {
    const { missionId } = await missionPubliee(operateur);
    const propose = await candidater(rh, missionId, { profilId: profilAgent });
    expect(propose.statusCode, propose.body).toBe(201);
    expect(propose.json()).toMatchObject({ etat: "proposee", accordEmployeur: "en_attente" });
    expect((await notificationsDe(agent, "candidature.proposer")).at(-1)?.texte).toMatch(/L'agent confirme la candidature/);
    expect((await candidater(agent, missionId)).json().detail).toMatch(/confirmez cette candidature/);
    expect((await transitionCandidature(operateur, propose.json().id, "retenir")).statusCode).toBe(409);
    const confirme = await transitionCandidature(agent, propose.json().id, "confirmer");
    expect(confirme.json().etat).toBe("deposee");
    expect((await transitionCandidature(operateur, propose.json().id, "decliner")).statusCode).toBe(400);
    const decline = await transitionCandidature(operateur, propose.json().id, "decliner", "Profil trop éloigné des termes de référence");
    expect(decline.json()).toMatchObject({ etat: "declinee", motif: "Profil trop éloigné des termes de référence" });
    expect((await notificationsDe(agent, "candidature.decliner")).at(-1)?.texte).toContain("Motif : Profil trop éloigné");
    expect((await transitionCandidature(agent, propose.json().id, "retirer")).statusCode).toBe(409);
  });

  it("refuse les mauvaises demandes de candidature, sans rien écrire", async () => {
    const { missionId } = await missionPubliee(operateur);
    const projet = await creerProjet(operateur);
    const brouillon = await creerMission(operateur, projet);
    const autreProfil = (await lignes<{ id: string }>(base.db, sql`select id::text from profils_experts where organisation_id <> ${rh.organisationId}::uuid and visibilite = 'operateurs' limit 1`))[0]!.id;
    const nonRepris = (
      await lignes<{ id: string }>(base.db, sql`select id::text from profils_experts where organisation_id = ${rh.organisationId}::uuid and visibilite = 'operateurs' and utilisateur_id is null limit 1`)
    )[0]!.id;
    const avant = await compter();
    expect((await candidater(agent, brouillon)).statusCode).toBe(404);
    expect((await candidater(agent, "00000000-0000-4000-8000-000000000000")).statusCode).toBe(404);
    expect((await candidater(agent, missionId, { profilId: "pas-un-uuid" })).statusCode).toBe(400);
    expect((await candidater(agent, missionId, { profilId: autreProfil })).statusCode).toBe(404);
    expect((await candidater(rh, missionId, { profilId: autreProfil })).statusCode).toBe(404);
    expect((await candidater(agent, missionId, { inconnu: 1, profilId: profilAgent })).statusCode).toBe(201);
    const sansCompte = await candidater(rh, missionId, { profilId: nonRepris });
    expect(sansCompte.statusCode).toBe(409);
    expect(sansCompte.json().erreurs).toEqual([{ champ: "profilId", message: "profil pas encore repris par l'agent" }]);
    // Someone with no profile of their own.
    expect((await candidater(rh, missionId)).json().erreurs?.[0]?.champ).toBe("profilId");
    for (const role of ["operateur", "agent_daect", "charge_ri", "membre_comite", "superieur_hierarchique", "agent_ambassade"] as Role[]) {
      expect((await candidater(session(role), missionId, { profilId: profilAgent })).statusCode, role).toBe(403);
    }
    const apres = await compter();
    // Only the agent's own candidacy above was written.
    expect(apres.candidatures).toBe(avant.candidatures + 1);
    const annulee = (await missionPubliee(operateur)).missionId;
    await transition(operateur, annulee, "annuler", "Projet abandonné");
    expect((await candidater(agent, annulee)).statusCode).toBe(409);
  });
});

describe("le consentement de l'agent décide des missions qui le prennent", () => {
  it("profil ouvert à l'employeur seulement : ni candidature ni proposition à la mission d'un opérateur ou de la DAECT", async () => {
    const { missionId } = await missionPubliee(operateur);
    const daect = (await missionPubliee(session("agent_daect"), uneMission({ source: "daect_expe_ct" }))).missionId;
    const avant = await compter();
    try {
      expect((await consentir("employeur")).statusCode).toBe(200);
      const seul = await candidater(agent, missionId);
      expect(seul.statusCode).toBe(403);
      expect(seul.json().detail).toMatch(/Votre profil n'est pas visible de « Expertise France »/);
      const propose = await candidater(rh, missionId, { profilId: profilAgent });
      expect(propose.statusCode).toBe(403);
      expect(propose.json().detail).toMatch(/seul l'agent peut élargir qui voit son profil/);
      expect((await candidater(agent, daect)).statusCode).toBe(403);
      // Open to operators: the operator's mission takes them, not yet the ministry's.
      await consentir("operateurs");
      expect((await candidater(agent, daect)).statusCode).toBe(403);
      expect((await candidater(rh, daect, { profilId: profilAgent })).statusCode).toBe(403);
      await consentir("ministere");
      expect((await candidater(agent, daect)).statusCode).toBe(201);
    } finally {
      await consentir("operateurs");
    }
    expect((await compter()).candidatures).toBe(avant.candidatures + 1);
  });

  it("la mission d'une collectivité ne prend que ses propres agents", async () => {
    const ri = session("charge_ri");
    const projet = await creerProjet(ri, { intitule: "Coopération décentralisée" });
    const missionId = await creerMission(ri, projet, uneMission({ source: "cooperation_decentralisee" }));
    expect((await transition(ri, missionId, "publier")).statusCode).toBe(200);
    const avant = await compter();
    expect((await candidater(agent, missionId)).statusCode).toBe(403);
    expect((await candidater(rh, missionId, { profilId: profilAgent })).statusCode).toBe(403);
    expect(await compter()).toEqual(avant);
  });
});

describe("les jours sur un projet et leurs seuils", () => {
  it("une session qui fait franchir 6 jours sur le projet : l'avertissement dans la réponse, le RH et l'opérateur prévenus", async () => {
    // Two missions of one project: the agent's days add up (2 + 3), a new session of 1 day crosses 6.
    const premiere = await agentAffecte(uneMission({ sessions: [{ jours: 2 }] }));
    const seconde = await agentAffecte(uneMission({ intitule: "Formation des agents de la régie", sessions: [{ jours: 3 }] }), premiere.projetId);
    const avant = await compter();
    const r = await operateur.appeler({ method: "POST", url: `/api/v1/missions/${seconde.missionId}/sessions`, payload: { jours: 1, libelle: "Restitution" } });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json().franchissements).toEqual([
      {
        profilId: profilAgent,
        candidatureId: seconde.candidatureId,
        prenom: "Amina",
        nom: "Diallo",
        avant: 5,
        apres: 6,
        de: "T1",
        vers: "T2",
        joursFaits: 0,
        joursRestants: 0,
        message: expect.stringMatching(/^Le total passe de 5 à 6 jours d'expertise sur le projet : la note recommande désormais la mise à disposition pour les jours restants/),
      },
    ]);
    for (const s of [rh, operateur]) {
      const [n] = await notificationsDe(s, "mission.seuil");
      expect(n?.titre).toBe("Seuil de jours franchi : Amina Diallo sur le projet « PAGoDA — eau et assainissement »");
      expect(n?.lien).toBe(`/candidatures/${seconde.candidatureId}`);
    }
    expect(await notificationsDe(agent, "mission.seuil")).toHaveLength(0);
    for (const email of ["rh@demo.vivier.test", "operateur@demo.vivier.test"]) expect(await courrielsA(email, "Seuil de jours franchi"), email).toHaveLength(1);
    const apres = await compter();
    expect(apres).toEqual({ ...avant, sessions: avant.sessions + 1, notifications: avant.notifications + 2, courriels: avant.courriels + 2, audit: avant.audit + 1 });
    // Both staffings now read the project total of 6 days and the instrument for it.
    for (const c of [premiere, seconde]) {
      const a = (await lire(rh, c.candidatureId)).json().affectation;
      expect(a).toMatchObject({ jours: 6, tranche: "T2", instrument: "mise_a_disposition", prochainSeuil: { seuil: 130, joursAvant: 124.5 } });
      expect(a.missions.sort()).toEqual([premiere.missionId, seconde.missionId].sort());
    }
    // Back under 6 days: the way back is told as well.
    const retrait = await operateur.appeler({ method: "DELETE", url: `/api/v1/missions/${seconde.missionId}/sessions/2` });
    expect(retrait.json().franchissements).toMatchObject([{ avant: 6, apres: 5, de: "T2", vers: "T1" }]);
  });

  it("les jours déjà faits ne changent pas : une session commencée ne se modifie ni ne se retire, aucune session ne s'ajoute dans le passé", async () => {
    const passe = new Date(Date.now() - 21 * 86_400_000);
    passe.setUTCDate(passe.getUTCDate() - ((passe.getUTCDay() + 6) % 7)); // a Monday three weeks ago at most
    const lundi = passe.toISOString().slice(0, 10);
    const mercredi = new Date(passe.getTime() + 2 * 86_400_000).toISOString().slice(0, 10);
    const { missionId, candidatureId } = await agentAffecte(uneMission({ dateLimiteCandidature: undefined, sessions: [{ debut: lundi, fin: mercredi }] }));
    const avant = await compter();
    const modifier = await operateur.appeler({ method: "PUT", url: `/api/v1/missions/${missionId}/sessions/1`, payload: { debut: lundi, fin: lundi } });
    expect(modifier.statusCode).toBe(409);
    expect(modifier.json().detail).toMatch(/les jours déjà faits ne changent pas/);
    expect((await operateur.appeler({ method: "DELETE", url: `/api/v1/missions/${missionId}/sessions/1` })).statusCode).toBe(409);
    const dansLePasse = await operateur.appeler({ method: "POST", url: `/api/v1/missions/${missionId}/sessions`, payload: { debut: lundi, fin: lundi } });
    expect(dansLePasse.statusCode).toBe(400);
    expect(dansLePasse.json().erreurs[0].champ).toBe("debut");
    expect(await compter()).toEqual(avant);
    const faits = (await lire(agent, candidatureId)).json().affectation;
    expect(faits.joursFaits).toBe(faits.jours);
    const r = await operateur.appeler({ method: "POST", url: `/api/v1/missions/${missionId}/sessions`, payload: { jours: 6 } });
    expect(r.json().franchissements).toMatchObject([{ avant: faits.jours, joursFaits: faits.jours, vers: "T2" }]);
  });

  it("le RH voit les libérations qu'il doit décider, qui sortent de la liste une fois accordées ; aux autres rôles : refusé", async () => {
    const { missionId } = await missionPubliee(operateur);
    const id = (await candidater(agent, missionId)).json().id;
    const aDecider = async () => {
      const r = await rh.appeler({ method: "GET", url: `/api/v1/organisations/${rh.organisationId}/candidatures?accord=en_attente` });
      expect(r.statusCode, r.body).toBe(200);
      return r.json().resultats as { id: string; accordEmployeur: string; evenementsPossibles: { evenement: string }[] }[];
    };
    const ligne = (await aDecider()).find((c) => c.id === id);
    expect(ligne).toMatchObject({ accordEmployeur: "en_attente", mission: { id: missionId }, profil: { id: profilAgent } });
    expect(ligne!.evenementsPossibles.map((e) => e.evenement)).toEqual(["accorderLiberation", "refuserLiberation"]);
    expect((await aDecider()).every((c) => c.accordEmployeur === "en_attente")).toBe(true);
    await transitionCandidature(rh, id, "accorderLiberation");
    expect((await aDecider()).map((c) => c.id)).not.toContain(id);
    const toutes = await rh.appeler({ method: "GET", url: `/api/v1/organisations/${rh.organisationId}/candidatures` });
    expect(toutes.json().resultats.find((c: { id: string }) => c.id === id)).toMatchObject({ accordEmployeur: "accorde", etat: "deposee" });
    const inconnu = await rh.appeler({ method: "GET", url: `/api/v1/organisations/${rh.organisationId}/candidatures?accord=peut-etre` });
    expect(inconnu.statusCode).toBe(400);
    expect(inconnu.json().erreurs).toEqual([{ champ: "accord", message: expect.stringContaining("en_attente, accorde, refuse, non_requis") }]);
    for (const role of ["agent", "operateur", "agent_daect"] as Role[]) {
      expect((await session(role).appeler({ method: "GET", url: `/api/v1/organisations/${rh.organisationId}/candidatures` })).statusCode, role).toBe(403);
    }
  });

  it("le RH suit les affectations de ses agents et leurs jours par projet", async () => {
    const { projetId } = await agentAffecte();
    const r = await rh.appeler({ method: "GET", url: `/api/v1/organisations/${rh.organisationId}/affectations` });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().seuils).toEqual({ miseADisposition: 6, detachement: 130 });
    const ligne = r.json().resultats.find((x: { projet: { id: string } }) => x.projet.id === projetId);
    expect(ligne).toMatchObject({ profil: { id: profilAgent }, jours: 3, tranche: "T1", instrument: "cumul_activites", prochainSeuil: { seuil: 6, joursAvant: 3 } });
    expect((await session("charge_ri").appeler({ method: "GET", url: `/api/v1/organisations/${session("charge_ri").organisationId}/affectations` })).json().resultats).toEqual([]);
    expect((await rh.appeler({ method: "GET", url: `/api/v1/organisations/${session("agent_daect").organisationId}/affectations` })).statusCode).toBe(404);
    for (const role of ["agent", "operateur", "agent_daect"] as Role[]) {
      expect((await session(role).appeler({ method: "GET", url: `/api/v1/organisations/${rh.organisationId}/affectations` })).statusCode, role).toBe(403);
    }
  });
});

describe("qui voit quelles candidatures", () => {
  it("l'opérateur toutes celles de sa mission, le RH celles de ses agents, l'agent les siennes ; 404 aux autres", async () => {
    const { missionId, candidatureId } = await agentAffecte();
    const liste = async (role: Role) => (await session(role).appeler({ method: "GET", url: `/api/v1/missions/${missionId}/candidatures` })).json().resultats.map((c: { id: string }) => c.id);
    expect(await liste("operateur")).toEqual([candidatureId]);
    expect(await liste("gestionnaire_rh")).toEqual([candidatureId]);
    expect(await liste("agent")).toEqual([candidatureId]);
    for (const role of ["agent_daect", "charge_ri", "membre_comite", "agent_ambassade", "superieur_hierarchique"] as Role[]) {
      expect(await liste(role), role).toEqual([]);
      expect((await lire(session(role), candidatureId)).statusCode, role).toBe(404);
    }
    const miennes = (await agent.appeler({ method: "GET", url: "/api/v1/me/candidatures" })).json();
    expect(miennes.candidatures.map((c: { id: string }) => c.id)).toContain(candidatureId);
    expect(miennes.affectations.length).toBeGreaterThan(0);
    expect((await operateur.appeler({ method: "GET", url: "/api/v1/me/candidatures" })).json()).toEqual({ candidatures: [], affectations: [] });
    expect((await app.inject({ method: "GET", url: `/api/v1/candidatures/${candidatureId}` })).statusCode).toBe(401);
  });
});

describe("mes notifications", () => {
  it("les non lues d'abord ; en marquer une, puis toutes, comme lues ; 404 pour celle d'un autre", async () => {
    await agentAffecte();
    const liste = (await agent.appeler({ method: "GET", url: "/api/v1/me/notifications?parPage=5" })).json();
    expect(liste.nonLues).toBeGreaterThan(0);
    expect(liste.resultats[0]).toMatchObject({ lue: false, lueLe: null });
    const premiere = liste.resultats[0].id;
    const lue = await agent.appeler({ method: "POST", url: `/api/v1/me/notifications/${premiere}/lue` });
    expect(lue.json()).toMatchObject({ id: premiere, lue: true });
    expect((await agent.appeler({ method: "GET", url: "/api/v1/me/notifications" })).json().nonLues).toBe(liste.nonLues - 1);
    expect((await rh.appeler({ method: "POST", url: `/api/v1/me/notifications/${premiere}/lue` })).statusCode).toBe(404);
    expect((await rh.appeler({ method: "POST", url: "/api/v1/me/notifications/pas-un-uuid/lue" })).statusCode).toBe(400);
    expect((await agent.appeler({ method: "GET", url: "/api/v1/me/notifications?nonLues=peut-etre" })).statusCode).toBe(400);
    const toutes = await agent.appeler({ method: "POST", url: "/api/v1/me/notifications/lues" });
    expect(toutes.json()).toEqual({ lues: liste.nonLues - 1, nonLues: 0 });
    const apres = (await agent.appeler({ method: "GET", url: "/api/v1/me/notifications?nonLues=true" })).json();
    expect(apres).toMatchObject({ total: 0, nonLues: 0, resultats: [] });
    expect((await app.inject({ method: "GET", url: "/api/v1/me/notifications" })).statusCode).toBe(401);
  });
});
