/**
 * Signing in with ProConnect, the State's identity federation for public agents (OpenID Connect,
 * authorization code flow with PKCE, state and nonce). Created only when the three PROCONNECT_*
 * variables are set.
 *
 * Vivier creates no account here: accounts come from invitations. A ProConnect identity reaches an
 * account by its subject (`sub`) once linked, or, the first time, by its e-mail address when the
 * provider does not say it is unverified; see docs/acces.md for the reasons.
 *
 * Between the redirect to the provider and the way back, the state, nonce and PKCE verifier travel
 * in a short-lived cookie signed with SESSION_SECRET: no memory of its own, so that any instance
 * can receive the way back.
 */
import crypto from "node:crypto";
import * as client from "openid-client";
import { z } from "zod";
import { ErreurMetier } from "../../domain/shared";
import type { Db } from "../../db/client";
import * as depot from "../../db/repositories/comptes";
import { journaliser } from "./audit";
import type { ServiceAuthentification } from "./authentification";

/** What went wrong, as the sign-in page names it (`/connexion?erreur=…`). */
export type RaisonEchecProconnect = "aucun_compte" | "email_non_verifie" | "compte_desactive" | "indisponible" | "echec";

/** An expected failure of the ProConnect sign-in; the message says it in French, for the logs and the API. */
export class ErreurProconnect extends ErreurMetier {
  constructor(
    readonly raison: RaisonEchecProconnect,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(raison === "indisponible" ? "indisponible" : raison === "compte_desactive" ? "interdit" : "non_authentifie", message);
    if (options?.cause !== undefined) this.cause = options.cause;
  }
}

export const COOKIE_PROCONNECT = "vivier_proconnect";
/** Time to sign in at the provider, and the lifetime of the cookie that waits for the way back. */
export const DUREE_ETAT_SECONDES = 10 * 60;
/** ProConnect's claim names: `usual_name` is its family name. */
const SCOPES = "openid email given_name usual_name";
const CHEMIN_RETOUR = "/api/v1/auth/proconnect/callback";

export type OptionsProconnect = {
  db: Db;
  authentification: ServiceAuthentification;
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Vivier's public address: the redirect URIs registered at the provider are built from it. */
  publicUrl: string;
  /** Signs the cookie that carries the state between the two legs. */
  secret: string;
};

export type ContexteConnexion = { adresseIp: string; navigateur: string | undefined; requestId: string };

const schemaEtat = z.object({
  state: z.string().min(1),
  nonce: z.string().min(1),
  verifier: z.string().min(43),
  retour: z.string(),
  expire: z.number(),
});
type Etat = z.infer<typeof schemaEtat>;

/**
 * `retour` when it is a path of this site, else the home page: never another site ("//ailleurs.fr",
 * "https://…", "/\\ailleurs.fr"), which would make the sign-in an open redirect.
 */
export function retourLocal(retour: string | undefined): string {
  if (retour === undefined || !retour.startsWith("/") || retour.startsWith("//") || retour.includes("\\")) return "/";
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(retour)) return "/";
  const base = "http://vivier.invalid";
  const url = new URL(retour, base);
  if (url.origin !== base || url.pathname === "/connexion") return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}

export function creerServiceProconnect(options: OptionsProconnect) {
  const { db, authentification, publicUrl } = options;
  const redirectUri = `${publicUrl}${CHEMIN_RETOUR}`;
  const apresDeconnexion = `${publicUrl}/connexion`;
  // An http:// issuer is refused by the configuration in production; it is a local test provider.
  const nonChiffre = options.issuer.startsWith("http://");

  // Discovered once, on first use (not at start: Vivier starts even when the provider is down).
  let configuration: Promise<client.Configuration> | undefined;
  function decouvrir(): Promise<client.Configuration> {
    configuration ??= client
      .discovery(new URL(options.issuer), options.clientId, options.clientSecret, undefined, {
        execute: nonChiffre ? [client.allowInsecureRequests] : [],
        timeout: 10,
      })
      .catch((erreur: unknown) => {
        // Tried again at the next sign-in, not stuck on one failure.
        configuration = undefined;
        throw new ErreurProconnect("indisponible", "ProConnect ne répond pas pour le moment : réessayez dans quelques minutes.", { cause: erreur });
      });
    return configuration;
  }

  const signer = (corps: string) => crypto.createHmac("sha256", options.secret).update(`${COOKIE_PROCONNECT}:${corps}`).digest("base64url");

  function sceller(etat: Etat): string {
    const corps = Buffer.from(JSON.stringify(etat)).toString("base64url");
    return `${corps}.${signer(corps)}`;
  }

  /** The state of a sign-in begun here less than 10 minutes ago, or undefined (absent, altered, expired). */
  function desceller(texte: string | undefined): Etat | undefined {
    const [corps, signature, ...reste] = (texte ?? "").split(".");
    if (!corps || !signature || reste.length > 0) return undefined;
    const attendue = Buffer.from(signer(corps));
    const recue = Buffer.from(signature);
    if (attendue.length !== recue.length || !crypto.timingSafeEqual(attendue, recue)) return undefined;
    try {
      const etat = schemaEtat.parse(JSON.parse(Buffer.from(corps, "base64url").toString("utf8")));
      return etat.expire > Date.now() ? etat : undefined;
    } catch {
      return undefined;
    }
  }

  /** The ProConnect identity: the subject, and the e-mail address with what the provider says of it. */
  async function identifier(urlDeRetour: URL, etat: Etat) {
    const config = await decouvrir();
    let jetons: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
    let infos: client.UserInfoResponse;
    try {
      jetons = await client.authorizationCodeGrant(config, urlDeRetour, {
        pkceCodeVerifier: etat.verifier,
        expectedState: etat.state,
        expectedNonce: etat.nonce,
        idTokenExpected: true,
      });
      const sub = jetons.claims()?.sub;
      if (!sub || !jetons.id_token) throw new Error("id_token sans sujet");
      infos = await client.fetchUserInfo(config, jetons.access_token, sub);
    } catch (erreur) {
      throw new ErreurProconnect("echec", "La réponse de ProConnect n'a pas pu être validée.", { cause: erreur });
    }
    const email = typeof infos.email === "string" ? infos.email.trim().toLowerCase() : "";
    // Some providers send the claim as a string: "false" says the same as false.
    return { sub: infos.sub, email, emailNonVerifie: String(infos.email_verified) === "false", idToken: jetons.id_token as string };
  }

  return {
    /** Where to send the browser, and the sealed state to keep in its cookie until it comes back. */
    async commencer(retour: string | undefined): Promise<{ url: string; etat: string }> {
      const config = await decouvrir();
      const etat: Etat = {
        state: client.randomState(),
        nonce: client.randomNonce(),
        verifier: client.randomPKCECodeVerifier(),
        retour: retourLocal(retour),
        expire: Date.now() + DUREE_ETAT_SECONDES * 1000,
      };
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri,
        scope: SCOPES,
        state: etat.state,
        nonce: etat.nonce,
        code_challenge: await client.calculatePKCECodeChallenge(etat.verifier),
        code_challenge_method: "S256",
      });
      return { url: url.href, etat: sceller(etat) };
    },

    /**
     * Back from the provider (`recherche`: the query string it sent, "?code=…&state=…&iss=…"):
     * checks the answer against the state, finds (or links) the account and opens a Vivier session
     * that remembers the id_token, to end the ProConnect session too.
     */
    async terminer(recherche: string, etatScelle: string | undefined, contexte: ContexteConnexion) {
      const etat = desceller(etatScelle);
      if (!etat) throw new ErreurProconnect("echec", "Connexion ProConnect inconnue ou expirée : recommencez depuis la page de connexion.");
      // The address the provider sent the browser back to is the registered one, with its answer.
      const identite = await identifier(new URL(`${redirectUri}${recherche}`), etat);

      const dejaLie = await depot.trouverUtilisateurParProconnect(db, identite.sub);
      // ProConnect's addresses are vouched for by the federation, and it sends no email_verified
      // claim: only an explicit `false` (another provider's way of saying so) keeps the address
      // from finding an account.
      if (!dejaLie && identite.emailNonVerifie) {
        throw new ErreurProconnect("email_non_verifie", `Votre fournisseur d'identité n'a pas vérifié l'adresse ${identite.email} : elle ne peut pas être associée à un compte Vivier.`);
      }
      const utilisateur = dejaLie ?? (identite.email ? await depot.trouverUtilisateurParEmail(db, identite.email) : undefined);
      if (!utilisateur) {
        throw new ErreurProconnect(
          "aucun_compte",
          `Aucun compte Vivier n'est associé à l'adresse ${identite.email || "(non transmise)"} : demandez une invitation à l'administrateur de votre organisation.`,
        );
      }
      if (utilisateur.desactiveLe) {
        throw new ErreurProconnect("compte_desactive", "Votre compte Vivier est désactivé : adressez-vous à l'administrateur de votre organisation.");
      }
      if (!dejaLie && utilisateur.proconnectSub !== null) {
        throw new ErreurProconnect("echec", "Ce compte Vivier est déjà associé à une autre identité ProConnect.");
      }

      const session = await db.transaction(async (tx) => {
        if (!dejaLie) {
          if (!(await depot.lierProconnect(tx, utilisateur.id, identite.sub))) {
            throw new ErreurProconnect("echec", "Ce compte Vivier vient d'être associé à une autre identité ProConnect.");
          }
          const [premiere] = await depot.listerAppartenances(tx, utilisateur.id);
          await journaliser(
            tx,
            { acteurId: utilisateur.id, organisationId: premiere?.organisationId ?? null, requestId: contexte.requestId },
            "liaison_proconnect",
            { type: "utilisateur", id: utilisateur.id },
          );
        }
        return authentification.ouvrirSession(tx, utilisateur, { ...contexte, methode: "proconnect", proconnectIdToken: identite.idToken });
      });
      return { ...session, retour: etat.retour };
    },

    /**
     * The provider's end-session address for a session opened with ProConnect, back to the sign-in
     * page; undefined when the provider cannot be reached (the Vivier session is closed anyway).
     */
    async urlDeDeconnexion(idToken: string): Promise<string | undefined> {
      const config = await decouvrir().catch(() => undefined);
      if (!config?.serverMetadata().end_session_endpoint) return undefined;
      return client.buildEndSessionUrl(config, {
        id_token_hint: idToken,
        post_logout_redirect_uri: apresDeconnexion,
        // ProConnect requires a state at logout; nothing comes back to check it against.
        state: client.randomState(),
      }).href;
    },
  };
}
export type ServiceProconnect = ReturnType<typeof creerServiceProconnect>;
