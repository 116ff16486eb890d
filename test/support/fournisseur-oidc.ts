/**
 * A local OpenID Connect provider standing in for ProConnect in tests (oidc-provider, on a free
 * port of 127.0.0.1, over http). It behaves as ProConnect does where Vivier can tell: one client
 * authenticated by client_secret_post, PKCE required, claims `sub`, `email`, `given_name`,
 * `usual_name` (and `email_verified` only when an identity says so), UserInfo answered as a signed
 * JWT, RP-initiated logout back to `/connexion`.
 *
 * People sign in on a plain login page by typing their `sub` (any password): a test drives it with
 * `seConnecter()`, a browser journey fills the form. Consent is implied, as at ProConnect. Its pages
 * load nothing from elsewhere (oidc-provider's development pages load a web font).
 */
import crypto from "node:crypto";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One person known to the provider; `email_verified` is left out as ProConnect leaves it out. */
export type IdentiteDeTest = {
  sub: string;
  email?: string;
  email_verified?: boolean;
  given_name?: string;
  usual_name?: string;
};

export type FournisseurOidc = {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The PROCONNECT_* variables that point Vivier at this provider. */
  env: { PROCONNECT_ISSUER: string; PROCONNECT_CLIENT_ID: string; PROCONNECT_CLIENT_SECRET: string };
  /**
   * Signs `sub` in from the authorization address Vivier redirected to, as a browser would
   * (redirects, cookies, the login form); answers where the provider sends the browser back: the
   * redirect URI with `code`, `state` and `iss` (or `error`).
   */
  seConnecter(urlAutorisation: string, sub: string): Promise<URL>;
  /** Follows an end-session address and confirms; answers where the provider sends the browser back. */
  seDeconnecter(urlFinDeSession: string): Promise<URL>;
  arreter(): Promise<void>;
};

// oidc-provider says on the console that Node 20 is not its target (known, and fine for a test
// provider) and which defaults a real deployment should change: noise that would bury the tests' output.
const avertir = console.warn.bind(console);
const informer = console.info.bind(console);
const deOidcProvider = (args: unknown[]) => typeof args[0] === "string" && args[0].includes("oidc-provider ");
console.warn = (...args: unknown[]) => (deOidcProvider(args) ? undefined : avertir(...args));
console.info = (...args: unknown[]) => (deOidcProvider(args) ? undefined : informer(...args));
const { Provider } = await import("oidc-provider");

const echapper = (texte: string) => texte.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** One of the provider's pages, self-contained. */
const page = (titre: string, contenu: string) =>
  `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${titre} – fournisseur d'identité de test</title></head>
<body><main><h1>Fournisseur d'identité de test</h1>${contenu}</main></body></html>`;

/** A browser's cookie store, reduced to what the provider needs (one host, every path). */
class Biscuits {
  private readonly valeurs = new Map<string, string>();

  retenir(reponse: Response) {
    for (const ligne of reponse.headers.getSetCookie()) {
      const [paire = "", ...attributs] = ligne.split(";");
      const egal = paire.indexOf("=");
      const nom = paire.slice(0, egal).trim();
      const valeur = paire.slice(egal + 1).trim();
      const expire = attributs.some((a) => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=.*1970/i.test(a));
      if (expire || valeur === "") this.valeurs.delete(nom);
      else this.valeurs.set(nom, valeur);
    }
  }

  entete(): string {
    return [...this.valeurs].map(([nom, valeur]) => `${nom}=${valeur}`).join("; ");
  }
}

export async function demarrerFournisseurOidc(options: {
  /** Vivier's PUBLIC_URL: the redirect URIs registered for the client are built from it. */
  urlVivier: string;
  identites: IdentiteDeTest[];
}): Promise<FournisseurOidc> {
  let traiter: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.writeHead(503).end();
  const serveur = http.createServer((req, res) => {
    const uid = /^\/interaction\/([\w-]+)$/.exec(req.url ?? "")?.[1];
    if (!uid) return traiter(req, res);
    connexion(req, res, uid).catch((erreur: unknown) => res.writeHead(500, { "content-type": "text/plain; charset=utf-8" }).end(String(erreur)));
  });
  await new Promise<void>((resoudre) => serveur.listen(0, "127.0.0.1", resoudre));
  const issuer = `http://127.0.0.1:${(serveur.address() as AddressInfo).port}`;
  const clientId = "vivier-test";
  const clientSecret = crypto.randomBytes(24).toString("base64url");
  const parSub = new Map(options.identites.map((i) => [i.sub, i]));

  const { privateKey } = crypto.generateKeyPairSync("rsa", { modulusLength: 2048 });
  const fournisseur = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [`${options.urlVivier}/api/v1/auth/proconnect/callback`],
        post_logout_redirect_uris: [`${options.urlVivier}/connexion`],
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_post",
        userinfo_signed_response_alg: "RS256",
      },
    ],
    jwks: { keys: [{ ...privateKey.export({ format: "jwk" }), use: "sig", alg: "RS256", kid: "test" }] },
    cookies: { keys: [crypto.randomBytes(32).toString("hex")] },
    claims: { openid: ["sub"], email: ["email", "email_verified"], given_name: ["given_name"], usual_name: ["usual_name"] },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    renderError: async (ctx, sortie) => {
      ctx.type = "html";
      ctx.body = page("Erreur", `<p>${Object.values(sortie).map((v) => echapper(String(v))).join(" : ")}</p>`);
    },
    features: {
      devInteractions: { enabled: false },
      jwtUserinfo: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        // A plain confirmation page (the default one loads a web font), for a journey to click.
        logoutSource: async (ctx, formulaire) => {
          ctx.body = page("Déconnexion", `${formulaire}<button type="submit" form="op.logoutForm" name="logout" value="yes">Se déconnecter</button>`);
        },
      },
    },
    pkce: { required: () => true },
    findAccount: async (_ctx, sub) => {
      const identite = parSub.get(sub);
      if (!identite) return undefined;
      return { accountId: sub, claims: async () => ({ ...identite }) };
    },
    // Consent is implied, as at ProConnect: the grant is made on the first authorization.
    loadExistingGrant: async (ctx) => {
      const { client, session, provider } = ctx.oidc;
      if (!client || !session?.accountId) return undefined;
      const grantId = ctx.oidc.result?.consent?.grantId ?? session.grantIdFor(client.clientId);
      if (grantId) return provider.Grant.find(grantId);
      const grant = new provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope("openid email given_name usual_name");
      await grant.save();
      return grant;
    },
  });
  traiter = fournisseur.callback();

  /** The login page (GET) and its answer (POST): the person is whoever's `sub` was typed. */
  async function connexion(req: IncomingMessage, res: ServerResponse, uid: string) {
    const details = await fournisseur.interactionDetails(req, res);
    if (details.uid !== uid || details.prompt.name !== "login") throw new Error(`interaction inattendue : ${details.prompt.name}`);
    if (req.method === "POST") {
      let corps = "";
      for await (const morceau of req) corps += String(morceau);
      const login = new URLSearchParams(corps).get("login") ?? "";
      await fournisseur.interactionFinished(req, res, { login: { accountId: login } }, { mergeWithLastSubmission: false });
      return;
    }
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" }).end(
      page(
        "Connexion",
        `<form method="post" action="/interaction/${uid}">
<p><label for="login">Identifiant</label> <input id="login" name="login" required autocomplete="off"></p>
<p><label for="password">Mot de passe</label> <input id="password" name="password" type="password"></p>
<button type="submit">Se connecter</button></form>`,
      ),
    );
  }

  /** Follows the provider's redirects with `biscuits`; answers the first address outside the provider. */
  async function parcourir(depart: string, biscuits: Biscuits, formulaire: (html: string, url: string) => { vers: string; init: RequestInit } | undefined): Promise<URL> {
    let url = depart;
    let init: RequestInit = {};
    for (let etape = 0; etape < 10; etape++) {
      const reponse = await fetch(url, { ...init, redirect: "manual", headers: { ...(init.headers as Record<string, string>), cookie: biscuits.entete() } });
      biscuits.retenir(reponse);
      const location = reponse.headers.get("location");
      if (reponse.status >= 300 && reponse.status < 400 && location) {
        const suivante = new URL(location, url);
        if (suivante.origin !== issuer) return suivante;
        url = suivante.href;
        init = {};
        continue;
      }
      const html = await reponse.text();
      const suite = reponse.status === 200 ? formulaire(html, url) : undefined;
      if (!suite) throw new Error(`Fournisseur d'identité de test : réponse inattendue ${reponse.status} pour ${url}\n${html.slice(0, 500)}`);
      ({ vers: url, init } = suite);
    }
    throw new Error("Fournisseur d'identité de test : trop de redirections.");
  }

  const envoyer = (champs: Record<string, string>): RequestInit => ({
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(champs).toString(),
  });

  return {
    issuer,
    clientId,
    clientSecret,
    env: { PROCONNECT_ISSUER: issuer, PROCONNECT_CLIENT_ID: clientId, PROCONNECT_CLIENT_SECRET: clientSecret },
    seConnecter(urlAutorisation, sub) {
      let soumis = false;
      return parcourir(urlAutorisation, new Biscuits(), (html, url) => {
        // The login page once; shown again, the login was refused.
        if (soumis || !html.includes('name="login"')) return undefined;
        soumis = true;
        return { vers: url, init: envoyer({ login: sub, password: "peu-importe" }) };
      });
    },
    seDeconnecter(urlFinDeSession) {
      return parcourir(urlFinDeSession, new Biscuits(), (html, url) => {
        const action = /action="([^"]+)"/.exec(html)?.[1];
        const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)?.[1];
        if (!action || !xsrf) return undefined;
        return { vers: new URL(action.replaceAll("&amp;", "&"), url).href, init: envoyer({ xsrf, logout: "yes" }) };
      });
    },
    async arreter() {
      serveur.closeAllConnections();
      await new Promise<void>((resoudre, rejeter) => serveur.close((e) => (e ? rejeter(e) : resoudre())));
    },
  };
}
