/**
 * Statutory procedures through the API: a cumul request goes from the agent to the superior to
 * the authority, each step in the history and told to who acts next; a mise à disposition opens
 * from a staffing with the advisor's recommendation (another choice needs a justification, an
 * excluded one is refused with its rule); who sees and edits a case (per role); bad input refused
 * field by field with nothing written; deadlines' reminders sent once.
 */
import type { FastifyInstance } from "fastify";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { creerAppDeTest } from "../../../../test/support/app-de-test";
import { type BaseDeTest, baseDeTest } from "../../../../test/support/base-de-test";
import { missionPubliee, transitionCandidature, uneMission } from "../../../../test/support/missions-de-test";
import { connecterChaqueRole, type SessionDeTest } from "../../../../test/support/sessions-de-test";
import { lignes } from "../../../db/client";
import type { Role } from "../../../domain/acces";
import { uneConventionMad, uneDemandeCumul } from "../../../domain/procedures/constructeurs";

let base: BaseDeTest;
let app: FastifyInstance;
let session: (role: Role) => SessionDeTest;
let agent: SessionDeTest;
let rh: SessionDeTest;
let profilAgent: string;

beforeAll(async () => {
  base = await (await baseDeTest()).cloner();
  app = await creerAppDeTest(base, { PUBLIC_URL: "http://vivier.test" });
  session = await connecterChaqueRole(app);
  agent = session("agent");
  rh = session("gestionnaire_rh");
  profilAgent = (await agent.appeler({ method: "GET", url: "/api/v1/me/profil" })).json().profil.id;
});
afterAll(async () => {
  await app?.close();
  await base?.close();
});

const ouvrir = (s: SessionDeTest, payload: unknown) => s.appeler({ method: "POST", url: "/api/v1/procedures", payload });
const lire = (s: SessionDeTest, id: string) => s.appeler({ method: "GET", url: `/api/v1/procedures/${id}` });
const evenement = (s: SessionDeTest, id: string, payload: object) => s.appeler({ method: "POST", url: `/api/v1/procedures/${id}/evenements`, payload });
const modifier = (s: SessionDeTest, id: string, donnees: unknown) => s.appeler({ method: "PUT", url: `/api/v1/procedures/${id}/donnees`, payload: donnees as object });
const compter = async () =>
  (
    await lignes<{ procedures: number; historique: number; audit: number }>(
      base.db,
      sql`select (select count(*)::int from procedures) as procedures, (select count(*)::int from procedures_historique) as historique, (select count(*)::int from journal_audit) as audit`,
    )
  )[0]!;
const notificationsDe = (s: SessionDeTest) =>
  lignes<{ titre: string; lien: string }>(base.db, sql`select titre, lien from notifications where utilisateur_id = ${s.utilisateurId}::uuid and type like 'procedure.%' order by cree_le`);
const evenementsDe = (v: { evenementsPossibles: { evenement: string; bloquee?: unknown }[] }) => v.evenementsPossibles.map((e) => `${e.evenement}${e.bloquee ? " (bloqué)" : ""}`);

describe("une demande de cumul, de l'agent au supérieur à l'autorité", () => {
  it("l'agent ouvre sa demande, la complète, la dépose ; le supérieur donne son avis ; l'autorité autorise — chaque étape à l'historique, chacun prévenu", async () => {
    const ouverte = await ouvrir(agent, { type: "cumul_activites", profilId: profilAgent, intitule: "Expertise eau potable à Mbour" });
    expect(ouverte.statusCode, ouverte.body).toBe(201);
    const cas = ouverte.json();
    expect(cas).toMatchObject({ type: "cumul_activites", etat: "brouillon", modifiable: true, agent: { profilId: profilAgent, nom: "Diallo" }, mesRoles: [{ acteur: "agent" }] });
    // Prefilled from her profile; the rest is listed as missing, and deposit is blocked until then.
    expect(cas.donnees.expert).toMatchObject({ nom: "Diallo", prenom: "Amina" });
    // The rules, with their sources, and what is still to confirm said as such (C5: silence is a refusal).
    expect(cas.regles.find((r: { id: string }) => r.id === "C5")).toMatchObject({ sources: expect.any(Array), aConfirmer: expect.any(String) });
    expect(cas.manquants.map((m: { champ: string }) => m.champ)).toContain("activitePrincipale");
    expect(evenementsDe(cas)).toEqual(["deposer (bloqué)", "abandonner"]);
    const incomplete = await evenement(agent, cas.id, { evenement: "deposer" });
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json().erreurs.length).toBeGreaterThan(0);

    const demande = { ...uneDemandeCumul(), expert: { ...uneDemandeCumul().expert, nom: "Diallo", prenom: "Amina" } };
    const complete = await modifier(agent, cas.id, demande);
    expect(complete.statusCode, complete.body).toBe(200);
    expect(complete.json().manquants).toEqual([]);
    const deposee = await evenement(agent, cas.id, { evenement: "deposer" });
    expect(deposee.statusCode, deposee.body).toBe(200);
    expect(deposee.json()).toMatchObject({ etat: "deposee", modifiable: false, echeances: [{ code: "decision_cumul" }] });
    expect((await modifier(agent, cas.id, demande)).statusCode).toBe(409);
    const superieur = session("superieur_hierarchique");
    expect((await notificationsDe(superieur)).at(-1)).toMatchObject({ lien: `/procedures/${cas.id}` });

    // The superior's opinion: the input is asked, an unfavourable one says why.
    expect((await evenement(superieur, cas.id, { evenement: "donnerAvis" })).json().erreurs).toEqual([{ champ: "avis", message: "l'avis est favorable ou défavorable" }]);
    expect((await evenement(agent, cas.id, { evenement: "donnerAvis", saisie: { avis: "favorable" } })).statusCode).toBe(403);
    const avis = await evenement(superieur, cas.id, { evenement: "donnerAvis", saisie: { avis: "favorable" } });
    expect(avis.statusCode, avis.body).toBe(200);
    expect(avis.json().suivi.avis).toMatchObject({ sens: "favorable" });
    expect(avis.json().historique.at(-1)).toMatchObject({ evenement: "donnerAvis", evenementLibelle: "Donner l'avis du supérieur hiérarchique" });
    const autorite = session("autorite_territoriale");
    expect((await notificationsDe(autorite)).at(-1)?.lien).toBe(`/procedures/${cas.id}`);
    const autorisee = await evenement(autorite, cas.id, { evenement: "autoriser" });
    expect(autorisee.statusCode, autorisee.body).toBe(200);
    expect(autorisee.json().etat).toBe("autorisee");
    expect(autorisee.json().historique.map((h: { evenement: string; acteur: string }) => `${h.evenement}:${h.acteur}`)).toEqual([
      "ouvrir:Amina Diallo",
      "deposer:Amina Diallo",
      "donnerAvis:David Moreau",
      "autoriser:Élise Fournier",
    ]);
    expect((await notificationsDe(agent)).at(-1)?.titre).toMatch(/Cumul d'activités « Expertise eau potable à Mbour » : autorisée/);
  });
});

describe("un changement substantiel de l'activité autorisée", () => {
  it("remplace l'autorisation par une nouvelle demande, en brouillon, repartie de l'ancienne (C6)", async () => {
    const id = (await ouvrir(agent, { type: "cumul_activites", profilId: profilAgent, donnees: uneDemandeCumul() })).json().id;
    await evenement(agent, id, { evenement: "deposer" });
    await evenement(session("superieur_hierarchique"), id, { evenement: "donnerAvis", saisie: { avis: "favorable" } });
    await evenement(session("autorite_territoriale"), id, { evenement: "autoriser" });
    expect((await evenement(agent, id, { evenement: "signalerChangementSubstantiel" })).json().erreurs).toEqual([{ champ: "motif", message: expect.any(String) }]);
    const remplacee = await evenement(agent, id, { evenement: "signalerChangementSubstantiel", motif: "La mission passe de six à quinze jours." });
    expect(remplacee.statusCode, remplacee.body).toBe(200);
    expect(remplacee.json()).toMatchObject({ etat: "remplacee", suivi: { remplaceePar: expect.any(String) } });
    const nouvelle = (await lire(agent, remplacee.json().suivi.remplaceePar)).json();
    expect(nouvelle).toMatchObject({ type: "cumul_activites", etat: "brouillon", modifiable: true, suivi: { remplace: id }, agent: { profilId: profilAgent } });
    expect(nouvelle.donnees).toEqual(JSON.parse(JSON.stringify(uneDemandeCumul())));
    expect(nouvelle.historique[0].motif).toBe("Nouvelle demande après un changement substantiel : La mission passe de six à quinze jours.");
  });
});

describe("une mise à disposition ouverte à la main", () => {
  it("dit ce qui est à confirmer en droit et suit les remboursements attendus, période par période", async () => {
    const convention = { ...uneConventionMad(), accueil: { ...uneConventionMad().accueil, type: "operateur_public" } };
    const r = await ouvrir(rh, { type: "mise_a_disposition", profilId: profilAgent, donnees: convention });
    expect(r.statusCode, r.body).toBe(201);
    const cas = r.json();
    expect(cas.manquants).toEqual([]);
    expect(cas.alertes).toEqual([expect.objectContaining({ regle: "M2", message: expect.stringMatching(/à confirmer/), source: expect.stringMatching(/^M2 — /) })]);
    // Quarterly, 12,000 € a quarter, from 1 January to 30 June: two periods, nothing received yet.
    expect(cas.remboursements.map((p: { montant: number; recu: number; statut: string }) => [p.montant, p.recu, p.statut])).toEqual([
      [12_000, 0, "en_retard"],
      [12_000, 0, "en_retard"],
    ]);
    expect(cas.remboursements[0].statutLibelle).toBeTruthy();
    // A cumul has no reimbursement to follow.
    expect((await ouvrir(agent, { type: "cumul_activites", profilId: profilAgent })).json().remboursements).toBeNull();
  });
});

describe("qui voit et modifie une procédure", () => {
  it("l'agent, le RH, le supérieur et l'autorité de l'employeur ; les autres : 404 ; la liste de chacun", async () => {
    const id = (await ouvrir(rh, { type: "cumul_activites", profilId: profilAgent })).json().id;
    for (const role of ["agent", "gestionnaire_rh", "superieur_hierarchique", "autorite_territoriale"] as Role[]) {
      expect((await lire(session(role), id)).statusCode, role).toBe(200);
    }
    for (const role of ["operateur", "agent_daect", "agent_ambassade", "charge_ri", "administrateur"] as Role[]) {
      expect((await lire(session(role), id)).statusCode, role).toBe(404);
    }
    expect((await modifier(session("superieur_hierarchique"), id, {})).statusCode).toBe(403);
    const liste = async (s: SessionDeTest) => (await s.appeler({ method: "GET", url: "/api/v1/procedures?type=cumul_activites" })).json().resultats.map((p: { id: string }) => p.id);
    expect(await liste(agent)).toContain(id);
    expect(await liste(rh)).toContain(id);
    expect(await liste(session("operateur"))).not.toContain(id);
    const aTraiter = (await agent.appeler({ method: "GET", url: "/api/v1/procedures/a-traiter" })).json().resultats;
    // What waits for her: depositing it (abandoning is open too, but nothing waits for it).
    expect(aTraiter.find((p: { id: string }) => p.id === id)?.actions).toEqual([expect.objectContaining({ evenement: "deposer" })]);
  });
});

describe("depuis une affectation", () => {
  /** Amina staffed on a 3-day operator mission: the advisor recommends the cumul d'activités. */
  async function affectation() {
    const operateur = session("operateur");
    const { missionId } = await missionPubliee(operateur, uneMission({ cadre: "operateur", hote: { type: "operateur_public" } }));
    const id = (await agent.appeler({ method: "POST", url: `/api/v1/missions/${missionId}/candidatures`, payload: {} })).json().id;
    await transitionCandidature(rh, id, "accorderLiberation");
    expect((await transitionCandidature(operateur, id, "retenir")).json().etat).toBe("affectee");
    return id;
  }

  it("ouvre la procédure recommandée ; une autre demande une justification, gardée à l'historique", async () => {
    const candidatureId = await affectation();
    const cumul = await ouvrir(rh, { type: "cumul_activites", candidatureId });
    expect(cumul.statusCode, cumul.body).toBe(201);
    expect(cumul.json()).toMatchObject({ instrumentRecommande: "cumul_activites", justification: null, candidatureId, accueil: null });
    expect(cumul.json().donnees.activiteAccessoire.description).toBe(uneMission().intitule);

    const avant = await compter();
    const sansJustification = await ouvrir(rh, { type: "mise_a_disposition", candidatureId });
    expect(sansJustification.statusCode).toBe(400);
    expect(sansJustification.json().erreurs.map((e: { champ: string }) => e.champ)).toContain("justification");
    expect(await compter()).toEqual(avant);
    const mad = await ouvrir(rh, { type: "mise_a_disposition", candidatureId, justification: "L'opérateur prendra l'agent à mi-temps sur deux ans." });
    expect(mad.statusCode, mad.body).toBe(201);
    expect(mad.json()).toMatchObject({ etat: "projet", justification: "L'opérateur prendra l'agent à mi-temps sur deux ans.", accueil: { nom: expect.any(String) } });
    expect(mad.json().historique[0]).toMatchObject({ evenement: "ouvrir", motif: "L'opérateur prendra l'agent à mi-temps sur deux ans." });
    // Listed from the staffing, so that HR continues them rather than opens them twice.
    const depuis = (await rh.appeler({ method: "GET", url: `/api/v1/procedures?candidatureId=${candidatureId}` })).json().resultats.map((p: { id: string }) => p.id);
    expect(depuis.sort()).toEqual([cumul.json().id, mad.json().id].sort());
    // The host (the operator) is on the case.
    expect((await lire(session("operateur"), mad.json().id)).json().mesRoles.map((r: { acteur: string }) => r.acteur)).toEqual(["accueil"]);
  });
});

describe("les mauvaises demandes", () => {
  it("sont refusées champ par champ, en français, sans rien écrire", async () => {
    const avant = await compter();
    const cas = [
      [{ type: "conge" }, "type"],
      [{ type: "cumul_activites", profilId: "pas-un-uuid" }, "profilId"],
      [{ type: "cumul_activites" }, "profilId"],
      [{ type: "cumul_activites", profilId: profilAgent, inconnu: 1 }, "inconnu"],
      [{ type: "convention_partenariat" }, "operateurId"],
      [{ type: "cumul_activites", profilId: "00000000-0000-4000-8000-000000000000" }, "profilId"],
    ] as const;
    for (const [payload, champ] of cas) {
      const r = await ouvrir(rh, payload);
      expect(r.statusCode, JSON.stringify(payload)).toBe(400);
      expect(r.json().erreurs.map((e: { champ: string }) => e.champ), JSON.stringify(payload)).toContain(champ);
    }
    // The operator may not open an agent's cumul: not their agent.
    expect((await ouvrir(session("operateur"), { type: "cumul_activites", profilId: profilAgent })).statusCode).toBe(400);
    expect(await compter()).toEqual(avant);

    const id = (await ouvrir(agent, { type: "cumul_activites", profilId: profilAgent })).json().id;
    const apres = await compter();
    expect((await evenement(agent, id, { evenement: "teleporter" })).json().erreurs).toEqual([{ champ: "evenement", message: expect.stringContaining("deposer") }]);
    expect((await evenement(agent, id, { evenement: "ouvrir" })).statusCode).toBe(400);
    expect((await evenement(agent, id, { evenement: "autoriser" })).statusCode).toBe(403);
    expect((await modifier(agent, id, [1, 2])).json().erreurs).toEqual([{ champ: "donnees", message: "les données de la procédure sont un objet JSON" }]);
    expect((await modifier(agent, id, { texte: "x".repeat(300_000) })).statusCode).toBe(400);
    expect((await lire(agent, "00000000-0000-4000-8000-000000000000")).statusCode).toBe(404);
    expect((await lire(agent, "pas-un-uuid")).statusCode).toBe(400);
    expect(await compter()).toEqual(apres);
  });
});

describe("les autres parties : la collectivité ou l'opérateur d'une convention, l'organisme d'accueil", () => {
  it("s'ouvre de l'un ou l'autre côté, en nommant l'autre partie, qui doit être une collectivité ou un opérateur ; les deux noms préremplis", async () => {
    const ri = session("charge_ri");
    const operateur = session("operateur");
    const parLaCollectivite = await ouvrir(ri, { type: "convention_partenariat", operateurId: operateur.organisationId });
    expect(parLaCollectivite.statusCode, parLaCollectivite.body).toBe(201);
    expect(parLaCollectivite.json()).toMatchObject({ organisation: { id: ri.organisationId }, operateur: { id: operateur.organisationId }, mesRoles: [{ acteur: "charge_ri" }] });
    const noms = parLaCollectivite.json().donnees;
    expect(noms).toEqual({ collectivite: { nom: expect.stringContaining("Nouvelle-Aquitaine") }, operateur: { nom: "Expertise France" } });

    const parLOperateur = await ouvrir(operateur, { type: "convention_partenariat", collectiviteId: ri.organisationId, intitule: "Appui aux villes du Maroc" });
    expect(parLOperateur.statusCode, parLOperateur.body).toBe(201);
    expect(parLOperateur.json()).toMatchObject({ organisation: { id: ri.organisationId }, operateur: { id: operateur.organisationId }, mesRoles: [{ acteur: "operateur" }] });
    expect(parLOperateur.json().donnees).toEqual(noms);
    // The collectivité's RI officer is on the case the operator opened.
    expect((await lire(ri, parLOperateur.json().id)).statusCode).toBe(200);

    const avant = await compter();
    const refus = [
      [operateur, { type: "convention_partenariat" }, "collectiviteId"],
      [operateur, { type: "convention_partenariat", collectiviteId: operateur.organisationId }, "collectiviteId"],
      [operateur, { type: "convention_partenariat", collectiviteId: "00000000-0000-4000-8000-000000000000" }, "collectiviteId"],
      [ri, { type: "convention_partenariat", operateurId: ri.organisationId }, "operateurId"],
      [ri, { type: "convention_partenariat", operateurId: "00000000-0000-4000-8000-000000000000" }, "operateurId"],
    ] as const;
    for (const [qui, payload, champ] of refus) {
      const r = await ouvrir(qui, payload);
      expect(r.statusCode, JSON.stringify(payload)).toBe(400);
      expect(r.json().erreurs.map((e: { champ: string }) => e.champ), JSON.stringify(payload)).toContain(champ);
    }
    expect(await compter()).toEqual(avant);
  });

  it("un organisme d'accueil inconnu, l'employeur lui-même, ou sur une procédure sans accueil, est refusé sous son champ, sans rien écrire", async () => {
    const avant = await compter();
    for (const accueilId of ["00000000-0000-4000-8000-000000000000", rh.organisationId]) {
      const r = await ouvrir(rh, { type: "mise_a_disposition", profilId: profilAgent, accueilId });
      expect(r.statusCode, r.body).toBe(400);
      expect(r.json().erreurs.map((e: { champ: string }) => e.champ)).toContain("accueilId");
    }
    // No host on a cumul or an order: the operator would see the agent's case for nothing.
    for (const type of ["cumul_activites", "ordre_de_mission"]) {
      const r = await ouvrir(rh, { type, profilId: profilAgent, accueilId: session("operateur").organisationId });
      expect(r.statusCode, r.body).toBe(400);
      expect(r.json().erreurs).toEqual([{ champ: "accueilId", message: "un organisme d'accueil ne se nomme que pour une mise à disposition ou un détachement" }]);
    }
    expect(await compter()).toEqual(avant);
  });
});

describe("les échéances", () => {
  it("rappelle une fois l'échéance de la décision sur le cumul, au RH et à l'agent, puis plus rien", async () => {
    const id = (await ouvrir(agent, { type: "cumul_activites", profilId: profilAgent, donnees: uneDemandeCumul() })).json().id;
    expect((await evenement(agent, id, { evenement: "deposer" })).statusCode).toBe(200);
    const depot = (await lire(agent, id)).json().suivi.dateDepot as string;
    const dansUnMois = new Date(Date.parse(`${depot}T00:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10);
    const r1 = await app.services.procedures.rappelerEcheances(dansUnMois);
    expect(r1.rappels).toBeGreaterThanOrEqual(1);
    expect((await notificationsDe(rh)).some((n) => n.lien === `/procedures/${id}` && /Échéance proche/.test(n.titre))).toBe(true);
    const r2 = await app.services.procedures.rappelerEcheances(dansUnMois);
    expect(r2.rappels).toBe(0);
  });
});

describe("les documents d'une procédure", () => {
  const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
  const deposerSigne = (s: SessionDeTest, id: string, corps: Buffer, nom = "Demande signée.pdf", modele = "demande-cumul") =>
    app.inject({
      method: "POST",
      url: `/api/v1/procedures/${id}/documents-signes?nom=${encodeURIComponent(nom)}&modele=${modele}`,
      payload: corps,
      headers: { cookie: s.cookie, "x-csrf-token": s.csrf, "content-type": "application/octet-stream" },
    });
  const generer = (s: SessionDeTest, id: string, payload: object) => s.appeler({ method: "POST", url: `/api/v1/procedures/${id}/documents`, payload });
  const compterDocuments = async () =>
    (await lignes<{ n: number }>(base.db, sql`select (select count(*)::int from procedures_documents) + (select count(*)::int from fichiers) as n`))[0]!.n;

  it("génère la demande de cumul en PDF puis en DOCX (v1, v2), la copie signée s'y joint ; un champ manquant est nommé ; rien pour les autres", async () => {
    const id = (await ouvrir(agent, { type: "cumul_activites", profilId: profilAgent, donnees: uneDemandeCumul() })).json().id;
    // In draft, the request is not offered yet.
    expect((await generer(agent, id, { modele: "demande-cumul", format: "pdf" })).json().erreurs).toEqual([{ champ: "modele", message: expect.stringMatching(/aucun document/) }]);
    await evenement(agent, id, { evenement: "deposer" });
    const cas = (await lire(agent, id)).json();
    expect(cas.modelesDisponibles.map((m: { modele: string }) => m.modele)).toEqual(["demande-cumul"]);
    const pdf = await generer(agent, id, { modele: "demande-cumul", format: "pdf" });
    expect(pdf.statusCode, pdf.body).toBe(201);
    const docx = await generer(rh, id, { modele: "demande-cumul", format: "docx" });
    expect(docx.statusCode, docx.body).toBe(201);
    const documents = docx.json().documents as { id: string; nature: string; version: number; nom: string; typeMime: string }[];
    expect(documents.map((d) => [d.nature, d.version, d.typeMime])).toEqual([
      ["genere", 1, "application/pdf"],
      ["genere", 2, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
    ]);
    const telecharge = await agent.appeler({ method: "GET", url: `/api/v1/procedures/${id}/documents/${documents[0]!.id}` });
    expect(telecharge.statusCode).toBe(200);
    expect(telecharge.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    expect((await session("operateur").appeler({ method: "GET", url: `/api/v1/procedures/${id}/documents/${documents[0]!.id}` })).statusCode).toBe(404);

    const avant = await compterDocuments();
    expect((await generer(agent, id, { modele: "demande-cumul", format: "odt" })).json().erreurs).toEqual([{ champ: "format", message: "format attendu : pdf, docx" }]);
    expect((await deposerSigne(agent, id, Buffer.from("pas un PDF"))).statusCode).toBe(415);
    expect((await deposerSigne(session("operateur"), id, PDF)).statusCode).toBe(404);
    expect(await compterDocuments()).toEqual(avant);
    const signe = await deposerSigne(agent, id, PDF);
    expect(signe.statusCode, signe.body).toBe(201);
    expect(signe.json().documents.at(-1)).toMatchObject({ nature: "signe", modele: "demande-cumul", nom: "Demande signée.pdf", typeMime: "application/pdf" });
  });

  it("la décision sur le cumul demande ses saisies (signataire, tribunal…) : sans elles, 400 qui les nomme et rien d'écrit ; avec, le document", async () => {
    const id = (await ouvrir(agent, { type: "cumul_activites", profilId: profilAgent, donnees: uneDemandeCumul() })).json().id;
    await evenement(agent, id, { evenement: "deposer" });
    await evenement(session("superieur_hierarchique"), id, { evenement: "donnerAvis", saisie: { avis: "favorable" } });
    await evenement(session("autorite_territoriale"), id, { evenement: "autoriser" });
    const decision = (await lire(rh, id)).json().modelesDisponibles.find((m: { modele: string }) => m.modele === "decision-cumul");
    expect(decision.champsSaisis.map((c: { champ: string }) => c.champ)).toEqual(expect.arrayContaining(["autorite.nom", "tribunal.nom"]));
    const avant = await compterDocuments();
    const sansSaisie = await generer(rh, id, { modele: "decision-cumul", format: "pdf" });
    expect(sansSaisie.statusCode).toBe(400);
    expect(sansSaisie.json().erreurs.map((e: { champ: string }) => e.champ)).toEqual(expect.arrayContaining(["autorite.nom", "tribunal.nom"]));
    expect(await compterDocuments()).toEqual(avant);
    const saisie = { "autorite.qualite": "Le maire", "autorite.nom": "Élise Fournier", "agent.civilite": "Madame", "tribunal.nom": "tribunal administratif de Lyon", "signature.lieu": "Saint-Étienne" };
    const r = await generer(rh, id, { modele: "decision-cumul", format: "pdf", saisie });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json().documents.at(-1)).toMatchObject({ nature: "genere", modele: "decision-cumul", version: 1 });
  });
});

describe("les données personnelles", () => {
  it("l'export RGPD de l'agente liste ses procédures ; l'effacement de son profil laisse le dossier de l'employeur, sans lien au profil", async () => {
    const id = (await ouvrir(agent, { type: "cumul_activites", profilId: profilAgent, intitule: "Dossier à garder" })).json().id;
    const exporte = (await agent.appeler({ method: "GET", url: `/api/v1/profils/${profilAgent}/export` })).json();
    expect(exporte.procedures.map((p: { id: string }) => p.id)).toContain(id);
    expect((await agent.appeler({ method: "DELETE", url: `/api/v1/profils/${profilAgent}` })).statusCode).toBe(204);
    const garde = (await lire(rh, id)).json();
    expect(garde).toMatchObject({ id, intitule: "Dossier à garder", agent: null });
  });
});
