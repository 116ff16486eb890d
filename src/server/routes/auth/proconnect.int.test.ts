/**
 * Sign-in with ProConnect, end to end against a real OpenID Connect provider (oidc-provider, started
 * here): the app is called with `app.inject`, the provider with fetch, the way a browser goes
 * between them (redirects, cookies, the provider's login form).
 */
import { sql } from "drizzle-orm";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { creerAppDeTest } from "../../../../test/support/app-de-test";
import { type BaseDeTest, baseDeTest } from "../../../../test/support/base-de-test";
import { demarrerFournisseurOidc, type FournisseurOidc } from "../../../../test/support/fournisseur-oidc";
import { lignes } from "../../../db/client";
import { MOT_DE_PASSE_DEMO } from "../../../domain/organisations";

const PUBLIC_URL = "http://vivier.test";
const RETOUR = `${PUBLIC_URL}/api/v1/auth/proconnect/callback`;

let base: BaseDeTest;
let app: FastifyInstance;
let fournisseur: FournisseurOidc;

beforeAll(async () => {
  base = await (await baseDeTest()).cloner();
  // Linked earlier, and known to the provider under another address since: found by its `sub`.
  await base.db.execute(sql`update utilisateurs set proconnect_sub = 'pc-operateur' where email = 'operateur@demo.vivier.test'`);
  await base.db.execute(sql`update utilisateurs set desactive_le = now() where email = 'superieur@demo.vivier.test'`);
  fournisseur = await demarrerFournisseurOidc({
    urlVivier: PUBLIC_URL,
    identites: [
      // ProConnect sends no email_verified claim.
      { sub: "pc-agent", email: "agent@demo.vivier.test", given_name: "Amina", usual_name: "Diallo" },
      { sub: "pc-rh", email: "RH@Demo.Vivier.Test", email_verified: true, given_name: "Bruno", usual_name: "Martin" },
      { sub: "pc-operateur", email: "farid.benali@expertise-france.example", given_name: "Farid", usual_name: "Benali" },
      { sub: "pc-inconnu", email: "personne@ailleurs.gouv.fr", given_name: "Paul", usual_name: "Personne" },
      { sub: "pc-non-verifie", email: "daect@demo.vivier.test", email_verified: false, given_name: "Gaëlle", usual_name: "Rousseau" },
      { sub: "pc-desactive", email: "superieur@demo.vivier.test", given_name: "David", usual_name: "Moreau" },
      { sub: "pc-usurpateur", email: "agent@demo.vivier.test", given_name: "Amina", usual_name: "Diallo" },
    ],
  });
  app = await creerAppDeTest(base, { PUBLIC_URL, ...fournisseur.env });
});
afterAll(async () => {
  await app?.close();
  await fournisseur?.arreter();
  await base?.close();
});

const valeurCookie = (r: LightMyRequestResponse, nom: string) => r.cookies.find((c) => c.name === nom)?.value;

async function commencer(retour?: string) {
  const r = await app.inject({ method: "GET", url: `/api/v1/auth/proconnect/login${retour === undefined ? "" : `?retour=${encodeURIComponent(retour)}`}` });
  expect(r.statusCode).toBe(302);
  return { r, etat: valeurCookie(r, "vivier_proconnect") ?? "", autorisation: r.headers.location as string };
}

/** The way back to Vivier, as the browser makes it: the provider's redirect, with the state cookie. */
function revenir(url: URL | string, etat: string | undefined) {
  const u = new URL(url, PUBLIC_URL);
  return app.inject({ method: "GET", url: `${u.pathname}${u.search}`, headers: etat === undefined ? {} : { cookie: `vivier_proconnect=${etat}` } });
}

/** Begins at Vivier, signs `sub` in at the provider, comes back: Vivier's last answer. */
async function seConnecter(sub: string, retour?: string) {
  const { etat, autorisation } = await commencer(retour);
  const versVivier = await fournisseur.seConnecter(autorisation, sub);
  expect(versVivier.href.startsWith(`${RETOUR}?`)).toBe(true);
  const r = await revenir(versVivier, etat);
  const session = valeurCookie(r, "vivier_session");
  return { r, cookie: session ? `vivier_session=${session}` : "" };
}

const moi = (cookie: string) => app.inject({ method: "GET", url: "/api/v1/me", headers: { cookie } });

async function compter() {
  const [n] = await lignes<{ sessions: number; audit: number; lies: number }>(
    base.db,
    sql`select (select count(*)::int from sessions) as sessions, (select count(*)::int from journal_audit) as audit,
               (select count(*)::int from utilisateurs where proconnect_sub is not null) as lies`,
  );
  return n;
}

function expectRefus(r: LightMyRequestResponse, erreur: string) {
  expect(r.statusCode).toBe(302);
  expect(r.headers.location).toBe(`/connexion?erreur=${erreur}`);
  expect(valeurCookie(r, "vivier_session")).toBeUndefined();
  // The state is used once, whatever the outcome.
  expect(r.cookies.find((c) => c.name === "vivier_proconnect")).toMatchObject({ value: "" });
}

describe("ProConnect : départ", () => {
  it("dit à l'application web que ProConnect est proposé", async () => {
    const r = await app.inject({ method: "GET", url: "/api/v1/instance" });
    expect(r.json()).toMatchObject({ proconnect: true });
  });

  it("redirige vers le fournisseur avec state, nonce et défi PKCE, gardés dans un cookie signé de 10 minutes", async () => {
    const { r, etat, autorisation } = await commencer("/compte");
    const url = new URL(autorisation);
    expect(url.origin).toBe(fournisseur.issuer);
    const p = url.searchParams;
    expect(p.get("client_id")).toBe(fournisseur.clientId);
    expect(p.get("redirect_uri")).toBe(RETOUR);
    expect(p.get("response_type")).toBe("code");
    expect(p.get("scope")).toBe("openid email given_name usual_name");
    expect(p.get("state")).toMatch(/^[\w-]{43}$/);
    expect(p.get("nonce")).toMatch(/^[\w-]{43}$/);
    expect(p.get("code_challenge")).toMatch(/^[\w-]{43}$/);
    expect(p.get("code_challenge_method")).toBe("S256");
    const cookie = r.cookies.find((c) => c.name === "vivier_proconnect");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/api/v1/auth/proconnect", maxAge: 600 });
    // Signed, and carrying neither the client secret nor anything readable as is.
    expect(etat).toMatch(/^[\w-]+\.[\w-]{43}$/);
    expect(etat).not.toContain(fournisseur.clientSecret);
  });
});

describe("ProConnect : connexion et liaison des comptes", () => {
  it("lie un compte existant par son adresse vérifiée et ouvre une session utilisable", async () => {
    const avant = await compter();
    const { r, cookie } = await seConnecter("pc-agent", "/compte");
    expect(r.statusCode).toBe(302);
    expect(r.headers.location).toBe("/compte");
    expect(r.cookies.find((c) => c.name === "vivier_session")).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    const corps = (await moi(cookie)).json();
    expect(corps.utilisateur).toMatchObject({ email: "agent@demo.vivier.test", prenom: "Amina" });
    expect(corps.appartenances).toHaveLength(1);

    const [compte] = await lignes<{ proconnect_sub: string; email_verifie: boolean }>(base.db, sql`select proconnect_sub, email_verifie from utilisateurs where email = 'agent@demo.vivier.test'`);
    expect(compte).toEqual({ proconnect_sub: "pc-agent", email_verifie: true });
    const audit = await lignes<{ action: string; resume: Record<string, unknown> }>(
      base.db,
      sql`select action, resume from journal_audit where acteur_id = (select id from utilisateurs where email = 'agent@demo.vivier.test') order by id desc limit 2`,
    );
    expect(audit).toEqual([
      { action: "connexion", resume: { methode: "proconnect" } },
      { action: "liaison_proconnect", resume: {} },
    ]);
    const apres = await compter();
    expect(apres).toEqual({ sessions: avant!.sessions + 1, audit: avant!.audit + 2, lies: avant!.lies + 1 });
  });

  it("retrouve ensuite le compte par son identifiant ProConnect, sans nouvelle liaison", async () => {
    const avant = await compter();
    const { r, cookie } = await seConnecter("pc-agent");
    expect(r.headers.location).toBe("/");
    expect((await moi(cookie)).json().utilisateur.email).toBe("agent@demo.vivier.test");
    expect(await compter()).toEqual({ sessions: avant!.sessions + 1, audit: avant!.audit + 1, lies: avant!.lies });
  });

  it("retrouve par son identifiant ProConnect un compte dont l'adresse a changé chez le fournisseur", async () => {
    const { cookie } = await seConnecter("pc-operateur");
    expect((await moi(cookie)).json().utilisateur.email).toBe("operateur@demo.vivier.test");
  });

  it("compare les adresses sans tenir compte de la casse, et accepte email_verified: true", async () => {
    const { cookie } = await seConnecter("pc-rh");
    expect((await moi(cookie)).json().utilisateur.email).toBe("rh@demo.vivier.test");
  });

  it("refuse une adresse sans compte Vivier, sans rien écrire", async () => {
    const avant = await compter();
    const { r } = await seConnecter("pc-inconnu");
    expectRefus(r, "aucun_compte");
    expect(await compter()).toEqual(avant);
  });

  it("ne lie pas une adresse que le fournisseur dit non vérifiée", async () => {
    const avant = await compter();
    const { r } = await seConnecter("pc-non-verifie");
    expectRefus(r, "email_non_verifie");
    expect(await compter()).toEqual(avant);
    const [daect] = await lignes<{ proconnect_sub: string | null }>(base.db, sql`select proconnect_sub from utilisateurs where email = 'daect@demo.vivier.test'`);
    expect(daect?.proconnect_sub).toBeNull();
  });

  it("refuse un compte désactivé", async () => {
    const avant = await compter();
    expectRefus((await seConnecter("pc-desactive")).r, "compte_desactive");
    expect(await compter()).toEqual(avant);
  });

  it("ne lie pas à une seconde identité ProConnect un compte déjà lié", async () => {
    const avant = await compter();
    expectRefus((await seConnecter("pc-usurpateur")).r, "echec");
    expect(await compter()).toEqual(avant);
  });

  it("ne revient que vers un chemin de Vivier", async () => {
    for (const retour of ["//pirate.example/x", "https://pirate.example/", "/\\pirate.example", "/connexion"]) {
      expect((await seConnecter("pc-agent", retour)).r.headers.location).toBe("/");
    }
    expect((await seConnecter("pc-agent", "/organisations?page=2")).r.headers.location).toBe("/organisations?page=2");
  });
});

describe("ProConnect : retours altérés ou incomplets", () => {
  it("refuse un retour sans cookie d'état, avec un état d'une autre connexion ou un état altéré, sans erreur serveur", async () => {
    const avant = await compter();
    // Without the state cookie (another browser, or more than 10 minutes later).
    const premier = await commencer();
    expectRefus(await revenir(await fournisseur.seConnecter(premier.autorisation, "pc-agent"), undefined), "echec");
    // With the state of another sign-in begun in the same browser.
    const a = await commencer();
    const b = await commencer();
    expectRefus(await revenir(await fournisseur.seConnecter(a.autorisation, "pc-agent"), b.etat), "echec");
    // With its own state, altered.
    const c = await commencer();
    const [corps, signature] = c.etat.split(".");
    const altere = JSON.parse(Buffer.from(corps!, "base64url").toString());
    const falsifie = `${Buffer.from(JSON.stringify({ ...altere, retour: "/pirate" })).toString("base64url")}.${signature}`;
    expectRefus(await revenir(await fournisseur.seConnecter(c.autorisation, "pc-agent"), falsifie), "echec");
    expect(await compter()).toEqual(avant);
  });

  it("refuse un code rejoué, un retour sans paramètres et l'erreur renvoyée par le fournisseur", async () => {
    const { etat, autorisation } = await commencer();
    const versVivier = await fournisseur.seConnecter(autorisation, "pc-agent");
    expect((await revenir(versVivier, etat)).statusCode).toBe(302);
    const avant = await compter();
    expectRefus(await revenir(versVivier, etat), "echec");
    expectRefus(await revenir("/api/v1/auth/proconnect/callback", etat), "echec");
    const d = await commencer();
    const state = new URL(d.autorisation).searchParams.get("state") ?? "";
    expectRefus(await revenir(`/api/v1/auth/proconnect/callback?error=access_denied&state=${state}&iss=${encodeURIComponent(fournisseur.issuer)}`, d.etat), "echec");
    expect(await compter()).toEqual(avant);
  });

  it("répond 400 à des paramètres démesurés ou en double, jamais 500", async () => {
    const long = await app.inject({ method: "GET", url: `/api/v1/auth/proconnect/callback?code=${"x".repeat(5000)}` });
    expect(long.statusCode).toBe(400);
    const double = await app.inject({ method: "GET", url: "/api/v1/auth/proconnect/callback?state=a&state=b" });
    expect(double.statusCode).toBe(400);
    const retour = await app.inject({ method: "GET", url: `/api/v1/auth/proconnect/login?retour=/${"x".repeat(3000)}` });
    expect(retour.statusCode).toBe(400);
    expect(retour.json().erreurs[0]).toMatchObject({ champ: "retour" });
  });
});

describe("ProConnect : déconnexion", () => {
  it("ferme la session Vivier et donne l'adresse de fin de session ProConnect, qui ramène à /connexion", async () => {
    const { cookie } = await seConnecter("pc-agent");
    const { csrf } = (await moi(cookie)).json();
    const [session] = await lignes<{ proconnect_id_token: string }>(
      base.db,
      sql`select proconnect_id_token from sessions where revoquee_le is null and proconnect_id_token is not null order by cree_le desc limit 1`,
    );
    const r = await app.inject({ method: "POST", url: "/api/v1/auth/logout", headers: { cookie, "x-csrf-token": csrf } });
    expect(r.statusCode).toBe(200);
    const redirection = new URL(r.json().redirection);
    expect(redirection.origin).toBe(fournisseur.issuer);
    expect(redirection.searchParams.get("id_token_hint")).toBe(session?.proconnect_id_token);
    expect(redirection.searchParams.get("post_logout_redirect_uri")).toBe(`${PUBLIC_URL}/connexion`);
    expect(redirection.searchParams.get("state")).toMatch(/^[\w-]{43}$/);
    expect((await moi(cookie)).statusCode).toBe(401);

    // The provider accepts it and sends the browser back to Vivier's sign-in page.
    const retour = await fournisseur.seDeconnecter(redirection.href);
    expect(`${retour.origin}${retour.pathname}`).toBe(`${PUBLIC_URL}/connexion`);
  });

  it("répond toujours 204 pour une session ouverte avec un mot de passe", async () => {
    const connexion = await app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { email: "ri@demo.vivier.test", password: MOT_DE_PASSE_DEMO } });
    const cookie = `vivier_session=${valeurCookie(connexion, "vivier_session")}`;
    const { csrf } = (await moi(cookie)).json();
    const r = await app.inject({ method: "POST", url: "/api/v1/auth/logout", headers: { cookie, "x-csrf-token": csrf } });
    expect(r.statusCode).toBe(204);
  });
});

describe("ProConnect absent ou injoignable", () => {
  it("sans configuration : pas de bouton annoncé, et ses adresses répondent 404 avec un message clair", async () => {
    const sans = await creerAppDeTest(base, { PUBLIC_URL });
    try {
      expect((await sans.inject({ method: "GET", url: "/api/v1/instance" })).json()).toMatchObject({ proconnect: false });
      for (const url of ["/api/v1/auth/proconnect/login", "/api/v1/auth/proconnect/callback?code=x&state=y"]) {
        const r = await sans.inject({ method: "GET", url });
        expect(r.statusCode).toBe(404);
        expect(r.json()).toMatchObject({ code: "introuvable", detail: "La connexion avec ProConnect n'est pas configurée sur cette instance de Vivier." });
      }
    } finally {
      await sans.close();
    }
  });

  it("fournisseur injoignable : renvoie vers la page de connexion avec erreur=indisponible", async () => {
    const injoignable = await creerAppDeTest(base, { PUBLIC_URL, ...fournisseur.env, PROCONNECT_ISSUER: "http://127.0.0.1:9" });
    try {
      const r = await injoignable.inject({ method: "GET", url: "/api/v1/auth/proconnect/login" });
      expect(r.statusCode).toBe(302);
      expect(r.headers.location).toBe("/connexion?erreur=indisponible");
      expect(valeurCookie(r, "vivier_proconnect")).toBeUndefined();
    } finally {
      await injoignable.close();
    }
  });
});
