import type { FastifyInstance } from "fastify";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { creerAppDeTest } from "../../../../test/support/app-de-test";
import { type BaseDeTest, baseDeTest } from "../../../../test/support/base-de-test";
import { connecterDemo, type SessionDeTest } from "../../../../test/support/sessions-de-test";
import { lignes } from "../../../db/client";

let base: BaseDeTest;
let app: FastifyInstance;
let admin: SessionDeTest;
let plateforme: SessionDeTest;

beforeAll(async () => {
  base = await (await baseDeTest()).cloner();
  app = await creerAppDeTest(base, { PUBLIC_URL: "http://vivier.test" });
  admin = await connecterDemo(app, "admin-organisation@demo.vivier.test");
  plateforme = await connecterDemo(app, "admin@demo.vivier.test");
});
afterAll(async () => {
  await app?.close();
  await base?.close();
});

type Membre = { utilisateurId: string; email: string; roles: { role: string }[] };
const membres = async (s = admin, organisationId = admin.organisationId): Promise<Membre[]> =>
  (await s.appeler({ method: "GET", url: `/api/v1/organisations/${organisationId}/membres` })).json().membres;
const role = (methode: "PUT" | "DELETE", utilisateurId: string, r: string, s = admin) =>
  s.appeler({ method: methode, url: `/api/v1/organisations/${admin.organisationId}/membres/${utilisateurId}/roles/${r}` });

describe("membres d'une organisation", () => {
  it("liste les membres avec leurs rôles, pour l'administrateur de l'organisation et celui de la plateforme", async () => {
    const liste = await membres();
    expect(liste.map((m) => m.email)).toEqual(expect.arrayContaining(["agent@demo.vivier.test", "rh@demo.vivier.test", "admin-organisation@demo.vivier.test"]));
    expect(liste.find((m) => m.email === "rh@demo.vivier.test")!.roles).toEqual([{ role: "gestionnaire_rh", libelle: "Gestionnaire RH" }]);
    expect(await membres(plateforme)).toEqual(liste);
  });

  it("donne et retire un rôle, dans les rôles de ce type d'organisation, en le journalisant", async () => {
    const agent = (await membres()).find((m) => m.email === "agent@demo.vivier.test")!;
    expect((await role("PUT", agent.utilisateurId, "superieur_hierarchique")).statusCode).toBe(204);
    expect((await role("PUT", agent.utilisateurId, "superieur_hierarchique")).statusCode).toBe(204);
    expect((await membres()).find((m) => m.email === "agent@demo.vivier.test")!.roles.map((r) => r.role)).toEqual(["agent", "superieur_hierarchique"]);
    const interdit = await role("PUT", agent.utilisateurId, "operateur");
    expect(interdit.statusCode).toBe(400);
    expect(interdit.json().erreurs[0]).toMatchObject({ champ: "role" });
    expect((await role("DELETE", agent.utilisateurId, "superieur_hierarchique")).statusCode).toBe(204);
    expect((await role("DELETE", agent.utilisateurId, "superieur_hierarchique")).statusCode).toBe(404);
    const actions = await lignes<{ action: string }>(base.db, sql`select action from journal_audit where cible_id = ${agent.utilisateurId} order by id`);
    expect(actions.map((a) => a.action)).toEqual(["ajout_role", "retrait_role"]);
  });

  it("ne donne pas de rôle à qui n'est pas membre (il faut l'inviter)", async () => {
    const etranger = (await lignes<{ id: string }>(base.db, sql`select id from utilisateurs where email = 'operateur@demo.vivier.test'`))[0]!.id;
    expect((await role("PUT", etranger, "agent")).statusCode).toBe(404);
  });

  it("refuse les paramètres malformés champ par champ", async () => {
    const r = await admin.appeler({ method: "PUT", url: `/api/v1/organisations/${admin.organisationId}/membres/pas-un-id/roles/empereur` });
    expect(r.statusCode).toBe(400);
    expect(r.json().erreurs.map((e: { champ: string }) => e.champ).sort()).toEqual(["role", "utilisateurId"]);
  });
  it("garde toujours un administrateur à l'organisation (testé en dernier : il retire son rôle à Julien)", async () => {
    const r = await role("DELETE", admin.utilisateurId, "administrateur_organisation");
    expect(r.statusCode).toBe(409);
    expect(r.json().detail).toContain("dernier administrateur");
    const rh = (await membres()).find((m) => m.email === "rh@demo.vivier.test")!;
    expect((await role("PUT", rh.utilisateurId, "administrateur_organisation")).statusCode).toBe(204);
    expect((await role("DELETE", admin.utilisateurId, "administrateur_organisation", plateforme)).statusCode).toBe(204);
    expect((await role("DELETE", rh.utilisateurId, "administrateur_organisation", plateforme)).statusCode).toBe(409);
    // Julien had only this role: he is no longer a member, and his session acts with no role.
    expect((await admin.appeler({ method: "GET", url: `/api/v1/organisations/${admin.organisationId}/membres` })).statusCode).toBe(403);
  });

});

describe("création d'organisations par l'administrateur de la plateforme", () => {
  const creer = (payload: object, s = plateforme) => s.appeler({ method: "POST", url: "/api/v1/organisations", payload });

  it("crée un opérateur et invite son premier administrateur dans la même transaction", async () => {
    const r = await creer({ type: "operateur", nom: "Agence des territoires solidaires", siren: "123456789", emailAdministrateur: "Direction@ATS.fr" });
    expect(r.statusCode, r.body).toBe(201);
    const { organisation, invitation } = r.json();
    expect(organisation).toMatchObject({ type: "operateur", typeLibelle: "Opérateur d'assistance technique", siren: "123456789" });
    expect(invitation).toMatchObject({ email: "direction@ats.fr", role: "administrateur_organisation" });
    const boite = (await app.inject({ method: "GET", url: "/api/v1/dev/courriels?destinataire=direction@ats.fr" })).json();
    expect(boite.courriels[0].texte).toContain("Agence des territoires solidaires");
    expect((await app.inject({ method: "GET", url: `/api/v1/organisations/${organisation.id}` })).json().nom).toBe("Agence des territoires solidaires");
  });

  it("exige le pays d'une ambassade et refuse les doublons, sans rien écrire", async () => {
    const avant = (await lignes<{ n: number }>(base.db, sql`select count(*)::int as n from organisations`))[0]!.n;
    const sansPays = await creer({ type: "ambassade", nom: "Ambassade de France au Mali" });
    expect(sansPays.statusCode).toBe(400);
    expect(sansPays.json().erreurs).toEqual([{ champ: "pays", message: "le pays est obligatoire pour une ambassade" }]);
    expect((await creer({ type: "ambassade", nom: "Ambassade de France en Atlantide", pays: "ZZ" })).json().erreurs[0].champ).toBe("pays");
    const doublonPays = await creer({ type: "ambassade", nom: "Autre ambassade au Sénégal", pays: "sn" });
    expect(doublonPays.statusCode).toBe(409);
    const doublonNom = await creer({ type: "operateur", nom: "agence des territoires SOLIDAIRES" });
    expect(doublonNom.statusCode).toBe(409);
    const mauvais = await creer({ type: "collectivite", nom: "", siren: "12", emailAdministrateur: "non" });
    expect(mauvais.json().erreurs.map((e: { champ: string }) => e.champ).sort()).toEqual(["emailAdministrateur", "nom", "siren", "type"]);
    const apres = (await lignes<{ n: number }>(base.db, sql`select count(*)::int as n from organisations`))[0]!.n;
    expect(apres).toBe(avant);
  });

  it("crée une ambassade avec son pays", async () => {
    const r = await creer({ type: "ambassade", nom: "Ambassade de France au Mali", pays: "ml" });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json()).toMatchObject({ organisation: { type: "ambassade", pays: "ML" }, invitation: null });
  });
});
