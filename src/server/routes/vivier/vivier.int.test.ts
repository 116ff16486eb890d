/**
 * The pool of experts through the API: who sees which profile (every consent level seen by each
 * role, through the profile page and the search), who writes, the agent's consent and its log,
 * claiming a profile by e-mail, GDPR export and erasure, field errors with nothing written.
 */
import type { FastifyInstance } from "fastify";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { creerAppDeTest } from "../../../../test/support/app-de-test";
import { type BaseDeTest, baseDeTest } from "../../../../test/support/base-de-test";
import { connecterDemo, cookieDe, sessionDe, type SessionDeTest } from "../../../../test/support/sessions-de-test";
import { lignes } from "../../../db/client";
import { ROLES, type Role } from "../../../domain/acces";
import { COMPTES_DEMO } from "../../../domain/organisations";

let base: BaseDeTest;
let app: FastifyInstance;
const sessions = new Map<Role, SessionDeTest>();
const session = (role: Role) => sessions.get(role)!;
let rh: SessionDeTest;
let agent: SessionDeTest;

beforeAll(async () => {
  base = await (await baseDeTest()).cloner();
  app = await creerAppDeTest(base, { PUBLIC_URL: "http://vivier.test" });
  for (const role of ROLES) {
    const compte = COMPTES_DEMO.find((c) => c.roles[0]![1] === role)!;
    sessions.set(role, await connecterDemo(app, compte.email));
  }
  rh = session("gestionnaire_rh");
  agent = session("agent");
});
afterAll(async () => {
  await app?.close();
  await base?.close();
});

const PROFIL = {
  prenom: "Léa",
  nom: "Fontaine",
  courriel: "Lea.Fontaine@saint-etienne.test",
  telephone: "04 77 00 00 00",
  position: "titulaire",
  metier: "Urbaniste",
  domaines: [{ code: "URBA-PLANIFICATION", niveau: "expert" }],
  langues: [{ code: "es", niveau: "B2" }],
  pays: ["ma"],
  dateNaissance: "1980-05-02",
};
const creer = (payload: object, s = rh) => s.appeler({ method: "POST", url: `/api/v1/organisations/${s.organisationId}/profils`, payload });
const lire = (id: string, s: SessionDeTest) => s.appeler({ method: "GET", url: `/api/v1/profils/${id}` });
const chercher = (query: string, s: SessionDeTest) => s.appeler({ method: "GET", url: `/api/v1/profils?${query}` });
const compterProfils = async () => (await lignes<{ n: number }>(base.db, sql`select count(*)::int as n from profils_experts`))[0]!.n;

/** A demo profile of an employer that is not the HR's, at each consent level. */
async function profilsAutreEmployeur() {
  const rangs = await lignes<{ id: string; visibilite: string }>(
    base.db,
    sql`select distinct on (visibilite) id::text, visibilite from profils_experts
        where organisation_id <> ${rh.organisationId}::uuid and utilisateur_id is null order by visibilite, id`,
  );
  return Object.fromEntries(rangs.map((r) => [r.visibilite, r.id])) as Record<"employeur" | "operateurs" | "ministere", string>;
}

describe("profils du vivier : création et erreurs", () => {
  it("le service RH crée un profil, visible de son seul employeur tant que l'agent n'a rien choisi", async () => {
    const r = await creer(PROFIL);
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json()).toMatchObject({ courriel: "lea.fontaine@saint-etienne.test", pays: ["MA"], visibilite: "employeur", regard: "employeur", reclame: false, perime: false });
    expect(r.json().droits).toEqual({ modifier: true, consentir: false, inviter: true, effacer: true });
  });

  it("refuse les données invalides champ par champ, sans rien écrire", async () => {
    const avant = await compterProfils();
    const r = await creer({
      prenom: "",
      courriel: "pas-une-adresse",
      position: "roi",
      domaines: [{ code: "INCONNU", niveau: "expert" }, { code: "EAU-POTABLE", niveau: "divin" }],
      langues: [{ code: "xx", niveau: "B2" }],
      pays: ["ZZ"],
      disponibilites: [{ debut: "2027-05-10", fin: "2027-05-01" }],
      joursParAn: -1,
      inconnu: true,
    });
    expect(r.statusCode).toBe(400);
    const champs = r.json().erreurs.map((e: { champ: string }) => e.champ);
    for (const c of ["prenom", "nom", "courriel", "position", "domaines.0.code", "domaines.1.niveau", "langues.0.code", "pays.0", "disponibilites.0.fin", "joursParAn"]) {
      expect(champs, c).toContain(c);
    }
    expect(r.json().erreurs.find((e: { champ: string }) => e.champ === "domaines.0.code").message).toBe("domaine inconnu du thésaurus");
    expect(await compterProfils()).toBe(avant);
  });

  it("refuse un doublon d'adresse dans la même organisation", async () => {
    const r = await creer({ ...PROFIL, prenom: "Autre" });
    expect(r.statusCode).toBe(400);
    expect(r.json().erreurs[0].champ).toBe("courriel");
  });
});

describe("qui voit quel profil (chaque niveau de consentement, chaque rôle)", () => {
  /** Expected status of GET /profils/:id of another employer's profile, per role and consent. */
  const ATTENDU: Partial<Record<Role, Record<"employeur" | "operateurs" | "ministere", number>>> = {
    operateur: { employeur: 404, operateurs: 200, ministere: 200 },
    agent_daect: { employeur: 404, operateurs: 404, ministere: 200 },
    membre_comite: { employeur: 404, operateurs: 404, ministere: 200 },
  };

  it("sur la page d'un profil : 404 à qui l'agent ne l'a pas montré", async () => {
    const ids = await profilsAutreEmployeur();
    expect(Object.keys(ids).sort()).toEqual(["employeur", "ministere", "operateurs"]);
    for (const role of ROLES) {
      for (const [visibilite, id] of Object.entries(ids) as ["employeur" | "operateurs" | "ministere", string][]) {
        const s = session(role);
        const proprio = (await lignes<{ org: string }>(base.db, sql`select organisation_id::text as org from profils_experts where id = ${id}::uuid`))[0]!.org;
        // Roles of the employer's own HR and international relations see their pool whatever the consent.
        const employeur = s.organisationId === proprio && ["gestionnaire_rh", "charge_ri"].includes(role);
        const attendu = employeur ? 200 : (ATTENDU[role]?.[visibilite] ?? 404);
        const r = await lire(id, s);
        expect(r.statusCode, `${role} / ${visibilite} → ${r.body.slice(0, 120)}`).toBe(attendu);
      }
    }
  });

  it("hors de l'employeur, ni téléphone, ni numéro d'agent, ni dates de naissance et de retraite", async () => {
    const { operateurs } = await profilsAutreEmployeur();
    const vu = (await lire(operateurs, session("operateur"))).json();
    expect(vu.regard).toBe("operateur");
    for (const champ of ["telephone", "numeroAgent", "dateNaissance", "dateRetraitePrevue"]) expect(vu, champ).not.toHaveProperty(champ);
    expect(vu.droits).toEqual({ modifier: false, consentir: false, inviter: false, effacer: false });
  });

  it("dans la recherche : chacun ne trouve que ce qui lui a été consenti, effectifs des facettes compris", async () => {
    const cas: [Role, string][] = [
      ["operateur", "visibilite in ('operateurs', 'ministere')"],
      ["agent_daect", "visibilite = 'ministere'"],
      ["gestionnaire_rh", `organisation_id = '${rh.organisationId}'`],
      ["charge_ri", `organisation_id = '${session("charge_ri").organisationId}'`],
    ];
    for (const [role, condition] of cas) {
      const attendu = (await lignes<{ n: number }>(base.db, sql.raw(`select count(*)::int as n from profils_experts where ${condition}`)))[0]!.n;
      const r = await chercher("parPage=50", session(role));
      expect(r.statusCode, r.body).toBe(200);
      // Beyond 1,000 profiles a search says "more than 1,000" and counts facets on those it read (ADR 0004).
      const lus = Math.min(attendu, 1_000);
      expect(r.json(), role).toMatchObject({ total: lus, totalExact: attendu <= 1_000, facettesEstimees: attendu > 1_000 });
      const positions = r.json().facettes.positions.reduce((s: number, f: { nombre: number }) => s + f.nombre, 0);
      expect(positions, `${role} : effectifs des positions`).toBe(lus);
      const ids = r.json().resultats.map((x: { id: string }) => `'${x.id}'`).join(",");
      const horsPerimetre = await lignes(base.db, sql.raw(`select id from profils_experts where id in (${ids}) and not (${condition})`));
      expect(horsPerimetre, role).toEqual([]);
    }
    for (const role of ["agent", "superieur_hierarchique", "autorite_territoriale", "agent_ambassade", "administrateur_organisation"] as Role[]) {
      expect((await chercher("q=eau", session(role))).statusCode, role).toBe(403);
    }
  });

  it("texte libre : accents, formes des mots et fautes de frappe", async () => {
    const operateur = session("operateur");
    const exacte = (await chercher("q=eau%20potable", operateur)).json();
    expect(exacte.total).toBeGreaterThan(0);
    expect(exacte.resultats.map((x: { nom: string }) => x.nom)).toContain("Diallo");
    const faute = (await chercher("q=assainisement", operateur)).json();
    expect(faute.corrections).toEqual([{ mot: "assainisement", correction: "assainissement" }]);
    expect(faute.total).toBeGreaterThan(0);
    const pluriel = (await chercher("q=d%C3%A9chet", operateur)).json();
    expect(pluriel.total).toBeGreaterThan(0);
  });

  it("facettes : langue à un niveau minimal, pays, domaine", async () => {
    const operateur = session("operateur");
    const r = (await chercher("langue=en:C1&pays=SN&domaine=EAU-POTABLE&parPage=50", operateur)).json();
    expect(r.resultats.map((x: { nom: string }) => x.nom)).toContain("Diallo");
    for (const x of r.resultats) {
      expect(x.langues.some((l: { code: string; niveau: string }) => l.code === "en" && ["C1", "C2"].includes(l.niveau))).toBe(true);
      expect(x.pays.map((p: { code: string }) => p.code)).toContain("SN");
    }
    expect((await chercher("parPage=500", operateur)).statusCode).toBe(400);
  });

  it("refuse les critères inconnus avec un message par critère, plutôt qu'une liste vide inexplicable", async () => {
    const r = await chercher("domaine=INCONNU&langue=english&pays=ZZ&position=roi&disponibleDu=2027-05-01&disponibleAu=2027-04-01", session("operateur"));
    expect(r.statusCode).toBe(400);
    expect(r.json().erreurs.map((e: { champ: string }) => e.champ)).toEqual(["domaine.0", "langue.0", "pays.0", "position.0", "disponibleAu"]);
  });

  it("refuse un jour qui n'existe pas (400 par champ, pas une erreur du serveur)", async () => {
    const r = await chercher("disponibleDu=2027-13-01&disponibleAu=2027-02-30", session("operateur"));
    expect(r.statusCode).toBe(400);
    expect(r.json().erreurs).toEqual([
      { champ: "disponibleDu", message: "« 2027-13-01 » : cette date n'existe pas (AAAA-MM-JJ)" },
      { champ: "disponibleAu", message: "« 2027-02-30 » : cette date n'existe pas (AAAA-MM-JJ)" },
    ]);
  });
});

describe("régions d'intervention", () => {
  /** The fields of a profile as read, to write it back (PUT /profils/:id takes only these). */
  const champsSaisis = (vu: Record<string, unknown>) => {
    const { id: _i, organisation: _o, regard: _r, reclame: _c, visibilite: _v, visibiliteLibelle: _vl, maintienApresRetraite: _m, ...reste } = vu;
    const { confirmeLe: _cl, perime: _p, perimeLe: _pl, alerteLimiteAge: _a, documents: _d, droits: _dr, ...champs } = reste;
    return champs;
  };
  const noms = (r: { json(): { resultats: { nom: string; prenom: string }[] } }) => r.json().resultats.map((x) => `${x.prenom} ${x.nom}`);

  it("l'agent ajoute des régions ; qui voit son profil le trouve par leur nom et par leur pays, qu'il n'a pas déclaré", async () => {
    const mien = (await agent.appeler({ method: "GET", url: "/api/v1/me/profil" })).json().profil;
    expect(mien).toMatchObject({ visibilite: "operateurs", pays: ["SN", "MA"], regions: [{ pays: "SN", nom: "Dakar", code: "SN-DK" }] });
    const regions = [
      { pays: "sn", nom: "Dakar", code: "sn-dk" },
      { pays: "MG", nom: " Vakinankaratra " },
    ];
    const r = await agent.appeler({ method: "PUT", url: `/api/v1/profils/${mien.id}`, payload: { ...champsSaisis(mien), regions } });
    expect(r.statusCode, r.body).toBe(200);
    // Declared countries stay as written; the regions' countries are the search's only.
    expect(r.json()).toMatchObject({ pays: ["SN", "MA"], regions: [{ pays: "SN", nom: "Dakar", code: "SN-DK" }, { pays: "MG", nom: "Vakinankaratra" }] });
    const [ligne] = await lignes<{ pays: string[]; pays_declares: string[] }>(base.db, sql`select pays, pays_declares from profils_experts where id = ${mien.id}::uuid`);
    expect(ligne).toEqual({ pays: ["SN", "MA", "MG"], pays_declares: ["SN", "MA"] });

    // Shown to operators: found by the region's name, and by its country.
    const operateur = session("operateur");
    expect(noms(await chercher("q=Vakinankaratra", operateur))).toEqual(["Amina Diallo"]);
    expect(noms(await chercher("q=Diallo&pays=MG", operateur))).toContain("Amina Diallo");
    // Not to the ministry: she did not consent to it.
    expect(noms(await chercher("q=Vakinankaratra", session("agent_daect")))).toEqual([]);
    // Read back whole by who may see the profile, and in her data export.
    expect((await lire(mien.id, operateur)).json().regions).toHaveLength(2);
    expect((await agent.appeler({ method: "GET", url: `/api/v1/profils/${mien.id}/export` })).json().profil.regions).toHaveLength(2);
  });

  it("un profil que l'agent n'a montré à personne n'est pas trouvé par ses régions hors de l'employeur", async () => {
    const cree = await creer({ ...PROFIL, courriel: "itasy@saint-etienne.test", pays: [], regions: [{ pays: "MG", nom: "Itasy" }] });
    expect(cree.statusCode, cree.body).toBe(201);
    expect(cree.json()).toMatchObject({ pays: [], regions: [{ pays: "MG", nom: "Itasy" }] });
    expect(noms(await chercher("q=Itasy", rh))).toEqual(["Léa Fontaine"]);
    expect(noms(await chercher("q=Fontaine&pays=MG", rh))).toContain("Léa Fontaine");
    expect(noms(await chercher("q=Itasy", session("operateur")))).toEqual([]);
  });

  it("refuse les régions invalides champ par champ, sans rien écrire", async () => {
    const avant = await compterProfils();
    const r = await creer({
      ...PROFIL,
      courriel: "regions@saint-etienne.test",
      regions: [
        { pays: "SN", nom: "Dakar", code: "MA-09" },
        { pays: "ZZ", nom: "Nulle part" },
        { pays: "SN", nom: "Thiès", code: "SN_TH" },
        { pays: "SN", nom: "DAKAR" },
        { pays: "SN", nom: "Saint-Louis (ville)" },
      ],
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().erreurs).toEqual([
      { champ: "regions.0.code", message: "le code ISO 3166-2 doit commencer par SN-" },
      { champ: "regions.1.pays", message: "code de pays ISO 3166 inconnu (SN, MA…)" },
      { champ: "regions.2.code", message: expect.stringMatching(/^code ISO 3166-2 attendu/) },
      { champ: "regions.4.nom", message: expect.stringContaining("parenthèses") },
      { champ: "regions.3.nom", message: "la région « DAKAR (SN) » figure deux fois" },
    ]);
    expect(await compterProfils()).toBe(avant);
  });
});

describe("écrire un profil : l'agent et le RH de son employeur, personne d'autre", () => {
  it("l'agent modifie son profil et choisit qui le voit ; le changement est journalisé", async () => {
    const mien = (await agent.appeler({ method: "GET", url: "/api/v1/me/profil" })).json().profil;
    expect(mien).toMatchObject({ prenom: "Amina", regard: "titulaire", visibilite: "operateurs" });
    const r = await agent.appeler({ method: "PUT", url: `/api/v1/profils/${mien.id}/consentement`, payload: { visibilite: "ministere", maintienApresRetraite: true } });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().visibilite).toBe("ministere");
    const [trace] = await lignes<{ resume: { avant: { visibilite: string }; apres: { visibilite: string } } }>(
      base.db,
      sql`select resume from journal_audit where action = 'consentement_profil' and cible_id = ${mien.id} order by id desc limit 1`,
    );
    expect(trace!.resume.avant.visibilite).toBe("operateurs");
    expect(trace!.resume.apres.visibilite).toBe("ministere");
    expect((await lire(mien.id, session("agent_daect"))).statusCode).toBe(200);
    // Narrowing it again hides it from the ministry at once.
    await agent.appeler({ method: "PUT", url: `/api/v1/profils/${mien.id}/consentement`, payload: { visibilite: "employeur", maintienApresRetraite: false } });
    expect((await lire(mien.id, session("agent_daect"))).statusCode).toBe(404);
    expect((await lire(mien.id, session("operateur"))).statusCode).toBe(404);
  });

  it("le RH ne choisit pas le consentement ; les relations internationales et les opérateurs n'écrivent pas", async () => {
    const mien = (await agent.appeler({ method: "GET", url: "/api/v1/me/profil" })).json().profil;
    await agent.appeler({ method: "PUT", url: `/api/v1/profils/${mien.id}/consentement`, payload: { visibilite: "operateurs", maintienApresRetraite: false } });
    expect((await rh.appeler({ method: "PUT", url: `/api/v1/profils/${mien.id}/consentement`, payload: { visibilite: "ministere", maintienApresRetraite: false } })).statusCode).toBe(403);
    const modifie = { ...PROFIL, courriel: mien.courriel, prenom: "Amina", nom: "Diallo", domaines: mien.domaines, langues: mien.langues, pays: mien.pays };
    expect((await session("operateur").appeler({ method: "PUT", url: `/api/v1/profils/${mien.id}`, payload: modifie })).statusCode).toBe(403);
    expect((await session("agent_daect").appeler({ method: "PUT", url: `/api/v1/profils/${mien.id}`, payload: modifie })).statusCode).toBe(404);
    const parRh = await rh.appeler({ method: "PUT", url: `/api/v1/profils/${mien.id}`, payload: { ...modifie, metier: "Ingénieure de l'eau" } });
    expect(parRh.statusCode, parRh.body).toBe(200);
    expect(parRh.json().metier).toBe("Ingénieure de l'eau");
  });

  it("un agent reprend le profil créé par le RH grâce au lien reçu par courriel", async () => {
    const cree = (await creer({ ...PROFIL, courriel: "nouvel.agent@saint-etienne.test", telephone: undefined })).json();
    const invitation = await rh.appeler({ method: "POST", url: `/api/v1/profils/${cree.id}/invitation` });
    expect(invitation.statusCode, invitation.body).toBe(201);
    const boite = (await app.inject({ method: "GET", url: "/api/v1/dev/courriels?destinataire=nouvel.agent%40saint-etienne.test" })).json();
    expect(boite.courriels[0].sujet).toContain("Votre profil d'expert");
    const jeton = /invitation#([\w-]+)/.exec(boite.courriels[0].texte)![1]!;
    expect((await app.inject({ method: "POST", url: "/api/v1/invitations/consultation", payload: { jeton } })).json().profil).toBe(true);
    const ok = await app.inject({ method: "POST", url: "/api/v1/invitations/acceptation", payload: { jeton, prenom: "Léa", nom: "Fontaine", motDePasse: "une phrase de passe solide" } });
    expect(ok.statusCode, ok.body).toBe(200);
    const nouvel = await sessionDe(app, cookieDe(ok));
    const sien = (await nouvel.appeler({ method: "GET", url: "/api/v1/me/profil" })).json().profil;
    expect(sien).toMatchObject({ id: cree.id, regard: "titulaire", reclame: true });
    expect(sien.droits.consentir).toBe(true);
    expect((await rh.appeler({ method: "POST", url: `/api/v1/profils/${cree.id}/invitation` })).statusCode).toBe(409);
  });
});

describe("fraîcheur, limite d'âge, retraite", () => {
  it("signale un profil non confirmé depuis plus de 12 mois ; le confirmer le remet à jour", async () => {
    const cree = (await creer({ ...PROFIL, courriel: "ancien@saint-etienne.test" })).json();
    await base.db.execute(sql`update profils_experts set confirme_le = now() - interval '13 months' where id = ${cree.id}::uuid`);
    expect((await lire(cree.id, rh)).json().perime).toBe(true);
    const confirme = await rh.appeler({ method: "POST", url: `/api/v1/profils/${cree.id}/confirmation` });
    expect(confirme.json().perime).toBe(false);
  });

  it("rappelle la limite d'âge de 67 ans (R1) avec sa source", async () => {
    const cree = (await creer({ ...PROFIL, courriel: "senior@saint-etienne.test", dateNaissance: "1955-01-01", position: "retraite" })).json();
    expect(cree.alerteLimiteAge).toMatchObject({ regle: "R1", reference: expect.stringContaining("84-834") });
    const jeune = (await creer({ ...PROFIL, courriel: "jeune@saint-etienne.test", dateNaissance: "1995-01-01" })).json();
    expect(jeune.alerteLimiteAge).toBeNull();
  });

  it("un agent qui n'a pas consenti à rester après sa retraite n'y passe pas sans son accord", async () => {
    const cree = (await creer({ ...PROFIL, courriel: "futur.retraite@saint-etienne.test" })).json();
    const r = await rh.appeler({ method: "PUT", url: `/api/v1/profils/${cree.id}`, payload: { ...PROFIL, courriel: "futur.retraite@saint-etienne.test", position: "retraite" } });
    expect(r.statusCode).toBe(400);
    expect(r.json().erreurs[0]).toMatchObject({ champ: "position", message: expect.stringContaining("consenti") });
  });
});

describe("CV et documents d'un profil", () => {
  const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
  const envoyer = (s: SessionDeTest, id: string, corps: Buffer, nom = "cv.pdf") =>
    app.inject({
      method: "POST",
      url: `/api/v1/profils/${id}/documents?nom=${encodeURIComponent(nom)}&type=cv`,
      payload: corps,
      headers: { cookie: s.cookie, "x-csrf-token": s.csrf, "content-type": "application/octet-stream" },
    });

  it("l'agent dépose son CV, vérifié d'après son contenu ; qui voit le profil le télécharge", async () => {
    const mien = (await agent.appeler({ method: "GET", url: "/api/v1/me/profil" })).json().profil;
    await agent.appeler({ method: "PUT", url: `/api/v1/profils/${mien.id}/consentement`, payload: { visibilite: "operateurs", maintienApresRetraite: false } });
    const depose = await envoyer(agent, mien.id, PDF, "CV Amina Diallo.pdf");
    expect(depose.statusCode, depose.body).toBe(201);
    const document = depose.json().documents.at(-1);
    expect(document).toMatchObject({ type: "cv", nom: "CV Amina Diallo.pdf", typeMime: "application/pdf", taille: PDF.length });

    const telecharge = await session("operateur").appeler({ method: "GET", url: `/api/v1/profils/${mien.id}/documents/${document.id}` });
    expect(telecharge.statusCode).toBe(200);
    expect(telecharge.headers["content-type"]).toContain("application/pdf");
    expect(telecharge.rawPayload.equals(PDF)).toBe(true);
    expect((await session("agent_daect").appeler({ method: "GET", url: `/api/v1/profils/${mien.id}/documents/${document.id}` })).statusCode).toBe(404);

    const exe = await envoyer(agent, mien.id, Buffer.concat([Buffer.from("MZ"), Buffer.alloc(200)]), "cv.pdf");
    expect(exe.statusCode).toBe(415);
    expect((await envoyer(agent, mien.id, Buffer.alloc(11 * 1024 * 1024, 0x25))).statusCode).toBe(413);
    expect((await envoyer(session("operateur"), mien.id, PDF)).statusCode).toBe(403);

    expect((await agent.appeler({ method: "DELETE", url: `/api/v1/profils/${mien.id}/documents/${document.id}` })).statusCode).toBe(204);
    expect((await lire(mien.id, agent)).json().documents.find((d: { id: string }) => d.id === document.id)).toBeUndefined();
  });
});

describe("RGPD : export et effacement", () => {
  it("l'agent télécharge toutes ses données puis efface son profil ; il reste des statistiques anonymes", async () => {
    const mien = (await agent.appeler({ method: "GET", url: "/api/v1/me/profil" })).json().profil;
    const exporte = await agent.appeler({ method: "GET", url: `/api/v1/profils/${mien.id}/export` });
    expect(exporte.statusCode).toBe(200);
    expect(exporte.headers["content-disposition"]).toContain("attachment");
    expect(exporte.json().profil.telephone).toBeDefined();
    expect(exporte.json().historique.map((h: { action: string }) => h.action)).toContain("consentement_profil");
    // Her candidacies of the demo (issue 6) are hers too.
    expect(exporte.json().candidatures.length).toBeGreaterThan(0);
    expect(exporte.json().candidatures[0]).toMatchObject({ mission: expect.any(String), etat: expect.any(String) });
    // And the cases about her: the demo's two cumul requests (issue 7).
    expect(exporte.json().procedures.map((p: { type: string; etat: string }) => [p.type, p.etat]).sort()).toEqual([
      ["cumul_activites", "autorisee"],
      ["cumul_activites", "deposee"],
    ]);
    expect((await session("operateur").appeler({ method: "DELETE", url: `/api/v1/profils/${mien.id}` })).statusCode).toBe(403);

    const effaces = async () => (await lignes<{ n: number }>(base.db, sql`select count(*)::int as n from profils_effaces`))[0]!.n;
    const avant = await effaces();
    expect((await agent.appeler({ method: "DELETE", url: `/api/v1/profils/${mien.id}` })).statusCode).toBe(204);
    expect((await lignes(base.db, sql`select 1 from profils_experts where id = ${mien.id}::uuid`)).length).toBe(0);
    expect(await effaces()).toBe(avant + 1);
    const [anonyme] = await lignes<Record<string, unknown>>(base.db, sql`select * from profils_effaces order by efface_le desc limit 1`);
    expect(JSON.stringify(anonyme)).not.toMatch(/Diallo|Amina|agent@demo/);
    expect((await lignes(base.db, sql`select 1 from journal_audit where action = 'effacement_profil' and cible_id = ${mien.id}`)).length).toBe(1);
    expect((await agent.appeler({ method: "GET", url: "/api/v1/me/profil" })).json().profil).toBeNull();
  });
});
