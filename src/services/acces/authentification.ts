/**
 * Signing in with e-mail and password, sessions, and who is asking. Sessions live in the database
 * (any instance can serve any request); the cookie holds a random token of which the database keeps
 * only the SHA-256, so that a copy of the database opens no session.
 */
import crypto from "node:crypto";
import { LIBELLES_ROLE } from "../../domain/acces";
import { type Acteur, type Role } from "../../domain/acces";
import { ErreurMetier, introuvable } from "../../domain/shared";
import type { Db, Tx } from "../../db/client";
import * as depot from "../../db/repositories/comptes";
import { journaliser } from "./audit";
import { verifierHash } from "./mots-de-passe";

export const MAX_ECHECS = 10;
export const FENETRE_ECHECS_MINUTES = 15;
/** Idle sessions are touched at most once a minute: one write per minute, not per request. */
const INTERVALLE_TOUCHER_MS = 60_000;

export const empreinte = (jeton: string) => crypto.createHash("sha256").update(jeton).digest("hex");
const aleaUrl = (octets: number) => crypto.randomBytes(octets).toString("base64url");

export type Identite = {
  utilisateur: depot.Utilisateur;
  /** The web app's session; undefined when the request carries an API token instead. */
  session: depot.Session | undefined;
  /** The API token the request carries, which fixes the membership acted with. */
  jeton?: { id: string; nom: string } | undefined;
  appartenances: depot.AppartenanceDetaillee[];
  /** The membership acted with; undefined when the person has none yet. */
  active: depot.AppartenanceDetaillee | undefined;
};

export function acteurDe(identite: Identite): Acteur | undefined {
  const a = identite.active;
  return a ? { utilisateurId: identite.utilisateur.id, organisationId: a.organisationId, role: a.role as Role } : undefined;
}

/**
 * The session of a web request; account management (role, sessions, tokens, logout) is refused to
 * API tokens, so that a leaked token cannot extend its own reach or lifetime.
 */
export function sessionDe(identite: Identite): depot.Session {
  if (!identite.session) {
    throw new ErreurMetier("interdit", "Cette opération se fait depuis l'application web, pas avec un jeton d'API.");
  }
  return identite.session;
}

export type OuvertureSession = {
  adresseIp: string;
  navigateur: string | undefined;
  requestId: string;
  methode: "mot_de_passe" | "proconnect" | "invitation";
  /** Kept to end the ProConnect session at logout. */
  proconnectIdToken?: string | undefined;
};

export type OptionsAuthentification = { db: Db; inactiviteMinutes: number; dureeMaxHeures: number };

export function creerServiceAuthentification({ db, inactiviteMinutes, dureeMaxHeures }: OptionsAuthentification) {
  /** One message whatever went wrong, so that nobody learns whether an address has an account. */
  const refus = () => new ErreurMetier("non_authentifie", "Adresse électronique ou mot de passe incorrect.");

  /**
   * Opens a new session for a person who just proved who they are (password, ProConnect, accepted
   * invitation): a fresh random token every time, so that a token known before sign-in is useless.
   */
  async function ouvrirSession(tx: Tx, utilisateur: depot.Utilisateur, entree: OuvertureSession) {
    const appartenances = await depot.listerAppartenances(tx, utilisateur.id);
    const jeton = aleaUrl(32);
    const session = await depot.creerSession(tx, {
      id: empreinte(jeton),
      utilisateurId: utilisateur.id,
      appartenanceId: appartenances[0]?.id ?? null,
      csrf: aleaUrl(24),
      expireLe: new Date(Date.now() + dureeMaxHeures * 3_600_000),
      adresseIp: entree.adresseIp,
      navigateur: entree.navigateur?.slice(0, 300) ?? null,
      proconnectIdToken: entree.proconnectIdToken ?? null,
    });
    await journaliser(
      tx,
      { acteurId: utilisateur.id, organisationId: appartenances[0]?.organisationId ?? null, requestId: entree.requestId },
      "connexion",
      { type: "session" },
      { methode: entree.methode },
    );
    return { jeton, session, expireLe: session.expireLe };
  }

  return {
    async connecter(entree: { email: string; motDePasse: string; adresseIp: string; navigateur: string | undefined; requestId: string }) {
      const email = entree.email.trim().toLowerCase();
      const echecs = await depot.compterEchecsRecents(db, email, entree.adresseIp, FENETRE_ECHECS_MINUTES);
      if (echecs.parEmail >= MAX_ECHECS || echecs.parIp >= MAX_ECHECS) {
        throw new ErreurMetier(
          "trop_de_requetes",
          `Trop de tentatives de connexion infructueuses : réessayez dans ${FENETRE_ECHECS_MINUTES} minutes.`,
        );
      }
      const utilisateur = await depot.trouverUtilisateurParEmail(db, email);
      const valide = await verifierHash(utilisateur?.motDePasseHash, entree.motDePasse);
      if (!utilisateur || !valide || utilisateur.desactiveLe) {
        await db.transaction((tx) => depot.noterTentative(tx, { email, adresseIp: entree.adresseIp, reussie: false }));
        throw refus();
      }
      return db.transaction(async (tx) => {
        await depot.noterTentative(tx, { email, adresseIp: entree.adresseIp, reussie: true });
        return ouvrirSession(tx, utilisateur, { ...entree, methode: "mot_de_passe" });
      });
    },

    ouvrirSession,

    /** The person behind a session cookie, or undefined when the session is unknown, revoked or expired. */
    async identifier(jeton: string): Promise<Identite | undefined> {
      const session = await depot.trouverSession(db, empreinte(jeton));
      if (!session || session.revoqueeLe) return undefined;
      const maintenant = Date.now();
      if (session.expireLe.getTime() <= maintenant) return undefined;
      if (session.vueLe.getTime() + inactiviteMinutes * 60_000 <= maintenant) return undefined;
      const utilisateur = await depot.trouverUtilisateur(db, session.utilisateurId);
      if (!utilisateur || utilisateur.desactiveLe) return undefined;
      if (maintenant - session.vueLe.getTime() > INTERVALLE_TOUCHER_MS) await depot.toucherSession(db, session.id);
      const appartenances = await depot.listerAppartenances(db, utilisateur.id);
      const active = appartenances.find((a) => a.id === session.appartenanceId) ?? appartenances[0];
      return { utilisateur, session, appartenances, active };
    },

    /** Ends the session; answers its ProConnect id_token (null otherwise), to end that session too. */
    async deconnecter(identite: Identite, requestId: string): Promise<{ proconnectIdToken: string | null }> {
      await db.transaction(async (tx) => {
        await depot.revoquerSession(tx, identite.utilisateur.id, sessionDe(identite).id);
        await journaliser(tx, { acteurId: identite.utilisateur.id, organisationId: identite.active?.organisationId ?? null, requestId }, "deconnexion", { type: "session" });
      });
      return { proconnectIdToken: identite.session?.proconnectIdToken ?? null };
    },

    moi(identite: Identite) {
      const u = identite.utilisateur;
      return {
        utilisateur: { id: u.id, email: u.email, prenom: u.prenom, nom: u.nom },
        appartenances: identite.appartenances.map((a) => ({
          id: a.id,
          role: a.role,
          roleLibelle: LIBELLES_ROLE[a.role],
          organisation: { id: a.organisationId, nom: a.organisationNom, type: a.organisationType },
        })),
        appartenanceActive: identite.active?.id ?? null,
        /** Null with an API token: token requests need no anti-CSRF token. */
        csrf: identite.session?.csrf ?? null,
      };
    },

    async choisirRole(identite: Identite, appartenanceId: string, requestId: string) {
      const choisie = identite.appartenances.find((a) => a.id === appartenanceId);
      if (!choisie) throw introuvable("Rôle");
      await db.transaction(async (tx) => {
        await depot.changerAppartenanceActive(tx, sessionDe(identite).id, choisie.id);
        await journaliser(tx, { acteurId: identite.utilisateur.id, organisationId: choisie.organisationId, requestId }, "changement_de_role", { type: "session" }, { role: choisie.role });
      });
    },

    async listerSessions(identite: Identite) {
      sessionDe(identite);
      const liste = await depot.listerSessionsActives(db, identite.utilisateur.id);
      return liste.map((s) => ({
        id: s.id.slice(0, 16),
        courante: s.id === identite.session?.id,
        creeLe: s.creeLe.toISOString(),
        vueLe: s.vueLe.toISOString(),
        expireLe: s.expireLe.toISOString(),
        adresseIp: s.adresseIp,
        navigateur: s.navigateur,
      }));
    },

    /** Revokes one of the person's own sessions, named by the first 16 characters of its id. */
    async revoquerSession(identite: Identite, idCourt: string, requestId: string) {
      sessionDe(identite);
      const liste = await depot.listerSessionsActives(db, identite.utilisateur.id);
      const cible = liste.find((s) => s.id.startsWith(idCourt) && idCourt.length === 16);
      if (!cible) throw introuvable("Session");
      await db.transaction(async (tx) => {
        await depot.revoquerSession(tx, identite.utilisateur.id, cible.id);
        await journaliser(tx, { acteurId: identite.utilisateur.id, organisationId: identite.active?.organisationId ?? null, requestId }, "revocation_session", { type: "session", id: idCourt });
      });
    },
  };
}
export type ServiceAuthentification = ReturnType<typeof creerServiceAuthentification>;
