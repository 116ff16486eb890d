import type { FastifyInstance } from "fastify";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { creerAppDeTest } from "../../../../test/support/app-de-test";
import { type BaseDeTest, baseDeTest } from "../../../../test/support/base-de-test";
import { demarrerServeurSmtp } from "../../../../test/support/serveur-smtp";
import { connecterDemo, cookieDe, sessionDe, type SessionDeTest } from "../../../../test/support/sessions-de-test";
import { lignes } from "../../../db/client";

let base: BaseDeTest;
let app: FastifyInstance;
let admin: SessionDeTest;

beforeAll(async () => {
  base = await (await baseDeTest()).cloner();
  app = await creerAppDeTest(base, { PUBLIC_URL: "http://vivier.test" });
  admin = await connecterDemo(app, "admin-organisation@demo.vivier.test");
});
afterAll(async () => {
  await app?.close();
  await base?.close();
});

const inviter = (email: string, role = "gestionnaire_rh", s = admin) =>
  s.appeler({ method: "POST", url: `/api/v1/organisations/${s.organisationId}/invitations`, payload: { email, role } });

/** The link's token, read from the development outbox as a developer would. */
async function jetonEnvoyeA(email: string): Promise<string> {
  const boite = (await app.inject({ method: "GET", url: `/api/v1/dev/courriels?destinataire=${encodeURIComponent(email)}` })).json();
  const lien = /http:\/\/vivier\.test\/invitation#([\w-]+)/.exec(boite.courriels[0].texte);
  return lien![1]!;
}

const accepter = (payload: object, cookie?: string) =>
  app.inject({ method: "POST", url: "/api/v1/invitations/acceptation", payload, headers: cookie ? { cookie } : {} });

describe("invitations", () => {
  it("invite par courriel ; le lien crée le compte, ouvre une session avec le rôle, et ne sert qu'une fois", async () => {
    const r = await inviter("Nouvelle.Recrue@Exemple.fr");
    expect(r.statusCode).toBe(201);
    expect(r.json()).toMatchObject({ email: "nouvelle.recrue@exemple.fr", role: "gestionnaire_rh" });
    const jeton = await jetonEnvoyeA("nouvelle.recrue@exemple.fr");
    const [stockee] = await lignes<Record<string, unknown>>(base.db, sql`select * from invitations where email = 'nouvelle.recrue@exemple.fr'`);
    expect(JSON.stringify(stockee)).not.toContain(jeton);

    const vue = await app.inject({ method: "POST", url: "/api/v1/invitations/consultation", payload: { jeton } });
    expect(vue.json()).toMatchObject({ email: "nouvelle.recrue@exemple.fr", organisationNom: "Saint-Étienne", roleLibelle: "Gestionnaire RH", compteExistant: false });

    const faible = await accepter({ jeton, prenom: "Nora", nom: "Recrue", motDePasse: "azertyuiop123" });
    expect(faible.statusCode).toBe(400);
    expect(faible.json().erreurs).toEqual([{ champ: "motDePasse", message: expect.stringContaining("mots de passe les plus courants") }]);
    const incomplet = await accepter({ jeton, motDePasse: "court" });
    expect(incomplet.json().erreurs.map((e: { champ: string }) => e.champ)).toEqual(["prenom", "nom", "motDePasse"]);
    expect((await lignes(base.db, sql`select 1 from utilisateurs where email = 'nouvelle.recrue@exemple.fr'`)).length).toBe(0);

    const ok = await accepter({ jeton, prenom: " Nora ", nom: "Recrue", motDePasse: "une phrase de passe solide" });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toEqual({ compteCree: true });
    const nouvelle = await sessionDe(app, cookieDe(ok));
    const moi = (await nouvelle.appeler({ method: "GET", url: "/api/v1/me" })).json();
    expect(moi.utilisateur).toMatchObject({ prenom: "Nora", email: "nouvelle.recrue@exemple.fr" });
    expect(moi.appartenances).toEqual([expect.objectContaining({ role: "gestionnaire_rh", organisation: expect.objectContaining({ id: admin.organisationId }) })]);

    const encore = await accepter({ jeton, prenom: "Nora", nom: "Recrue", motDePasse: "une phrase de passe solide" });
    expect(encore.statusCode).toBe(404);
    expect(encore.json().detail).toContain("n'est pas valide");
    const liste = (await admin.appeler({ method: "GET", url: `/api/v1/organisations/${admin.organisationId}/invitations` })).json().invitations;
    expect(liste.find((i: { email: string }) => i.email === "nouvelle.recrue@exemple.fr").etat).toBe("acceptee");
    const actions = await lignes<{ action: string }>(base.db, sql`select action from journal_audit where organisation_id = ${admin.organisationId} order by id`);
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(["invitation", "creation_compte", "acceptation_invitation"]));
  });

  it("demande à une personne qui a déjà un compte de s'y connecter, et lui ajoute le rôle", async () => {
    await inviter("agent@demo.vivier.test", "charge_ri");
    const jeton = await jetonEnvoyeA("agent@demo.vivier.test");
    expect((await app.inject({ method: "POST", url: "/api/v1/invitations/consultation", payload: { jeton } })).json().compteExistant).toBe(true);
    const anonyme = await accepter({ jeton });
    expect(anonyme.statusCode).toBe(401);
    const autre = await connecterDemo(app, "rh@demo.vivier.test");
    const mauvais = await accepter({ jeton }, autre.cookie);
    expect(mauvais.statusCode).toBe(403);
    const agent = await connecterDemo(app, "agent@demo.vivier.test");
    const ok = await accepter({ jeton }, agent.cookie);
    expect(ok.json()).toEqual({ compteCree: false });
    const roles = (await agent.appeler({ method: "GET", url: "/api/v1/me" })).json().appartenances.map((a: { role: string }) => a.role);
    expect(roles.sort()).toEqual(["agent", "charge_ri"]);
  });

  it("n'accepte plus un lien annulé, remplacé ou expiré", async () => {
    await inviter("annulee@exemple.fr");
    const annule = await jetonEnvoyeA("annulee@exemple.fr");
    const id = (await admin.appeler({ method: "GET", url: `/api/v1/organisations/${admin.organisationId}/invitations` })).json().invitations[0].id;
    expect((await admin.appeler({ method: "DELETE", url: `/api/v1/organisations/${admin.organisationId}/invitations/${id}` })).statusCode).toBe(204);
    expect((await app.inject({ method: "POST", url: "/api/v1/invitations/consultation", payload: { jeton: annule } })).statusCode).toBe(404);

    await inviter("remplacee@exemple.fr");
    const ancien = await jetonEnvoyeA("remplacee@exemple.fr");
    await inviter("remplacee@exemple.fr");
    expect((await app.inject({ method: "POST", url: "/api/v1/invitations/consultation", payload: { jeton: ancien } })).statusCode).toBe(404);
    expect((await app.inject({ method: "POST", url: "/api/v1/invitations/consultation", payload: { jeton: await jetonEnvoyeA("remplacee@exemple.fr") } })).statusCode).toBe(200);

    await inviter("expiree@exemple.fr");
    const expire = await jetonEnvoyeA("expiree@exemple.fr");
    await base.db.execute(sql`update invitations set expire_le = now() - interval '1 minute' where email = 'expiree@exemple.fr'`);
    expect((await accepter({ jeton: expire, prenom: "A", nom: "B", motDePasse: "une phrase de passe solide" })).statusCode).toBe(404);
  });

  it("refuse un rôle que ce type d'organisation ne donne pas, et les entrées invalides, sans rien écrire", async () => {
    const avant = (await lignes<{ n: number }>(base.db, sql`select (select count(*) from invitations) + (select count(*) from courriels) as n`))[0]!.n;
    const operateur = await inviter("x@exemple.fr", "operateur");
    expect(operateur.statusCode).toBe(400);
    expect(operateur.json().erreurs[0]).toMatchObject({ champ: "role" });
    const invalide = await inviter("pas une adresse", "roi");
    expect(invalide.json().erreurs.map((e: { champ: string }) => e.champ).sort()).toEqual(["email", "role"]);
    expect((await inviter(`${"a".repeat(300)}@exemple.fr`)).statusCode).toBe(400);
    for (const jeton of ["", "court", "x".repeat(500), "'; drop table invitations; --", "\u0000".repeat(30)]) {
      const r = await app.inject({ method: "POST", url: "/api/v1/invitations/consultation", payload: { jeton } });
      expect(r.statusCode, jeton).toBe(400);
    }
    const apres = (await lignes<{ n: number }>(base.db, sql`select (select count(*) from invitations) + (select count(*) from courriels) as n`))[0]!.n;
    expect(apres).toBe(avant);
  });

  it("limite les essais de liens par adresse IP (compté en base)", async () => {
    const statuts = [];
    for (let i = 0; i < 31; i++) {
      const r = await app.inject({ method: "POST", url: "/api/v1/invitations/consultation", payload: { jeton: `essai-${i}-`.padEnd(43, "x") }, remoteAddress: "10.77.0.1" });
      statuts.push(r.statusCode);
    }
    expect(statuts.slice(0, 30).every((c) => c === 404)).toBe(true);
    expect(statuts[30]).toBe(429);
    expect((await app.inject({ method: "POST", url: "/api/v1/invitations/consultation", payload: { jeton: "x".repeat(43) }, remoteAddress: "10.77.0.2" })).statusCode).toBe(404);
  });
});

describe("envoi des courriels par SMTP", () => {
  it("livre l'invitation au serveur SMTP puis efface le corps (le lien est un secret)", async () => {
    const smtp = await demarrerServeurSmtp();
    // Another app on the same database: the outbox is shared, as between instances.
    const app2 = await creerAppDeTest(base, { PUBLIC_URL: "http://vivier.test", SMTP_URL: smtp.url, MAIL_FROM: "vivier@exemple.gouv.fr" });
    try {
      expect((await app2.inject({ method: "GET", url: "/api/v1/dev/courriels" })).statusCode).toBe(404);
      const s = await connecterDemo(app2, "admin-organisation@demo.vivier.test");
      expect((await s.appeler({ method: "POST", url: `/api/v1/organisations/${s.organisationId}/invitations`, payload: { email: "smtp@exemple.fr", role: "agent" } })).statusCode).toBe(201);
      await app2.services.courriels.livrer();
      // Everything pending is delivered, the outbox left by the tests above included.
      const recu = smtp.recus.filter((m) => m.a.includes("smtp@exemple.fr"));
      expect(recu).toHaveLength(1);
      expect(recu[0]).toMatchObject({ de: "vivier@exemple.gouv.fr", a: ["smtp@exemple.fr"] });
      expect(recu[0]!.brut).toMatch(/invitation#[\w-]{43}/);
      expect(await app2.services.courriels.livrer()).toBe(0);
      const [ligne] = await lignes<{ texte: string | null; envoye_le: Date | null }>(base.db, sql`select texte, envoye_le from courriels where destinataire = 'smtp@exemple.fr'`);
      expect(ligne).toMatchObject({ texte: null, envoye_le: expect.anything() });
    } finally {
      await app2.close();
      await smtp.fermer();
    }
  });
});
