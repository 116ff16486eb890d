/**
 * Invitations: an organisation's administrator invites an address to a role; the e-mail carries a
 * single-use link that expires. The link's token travels in the URL fragment (`/invitation#…`),
 * which browsers do not send to servers, and then in request bodies: it never appears in a URL
 * that a log, a proxy or a Referer header could keep.
 */
import crypto from "node:crypto";
import { type Acteur, exigerAutorisation, LIBELLES_ROLE, type Role, exigerRoleAdmis, verifierMotDePasse } from "../../domain/acces";
import { ErreurMetier, introuvable, invalide } from "../../domain/shared";
import type { Db, Tx } from "../../db/client";
import * as comptes from "../../db/repositories/comptes";
import * as depot from "../../db/repositories/invitations";
import * as orgs from "../../db/repositories/organisations";
import * as profils from "../../db/repositories/profils";
import { journaliser } from "./audit";
import { empreinte, type Identite, type OuvertureSession, type ServiceAuthentification } from "./authentification";
import type { ServiceCourriels } from "./courriels";
import { estCourant, hacher } from "./mots-de-passe";

export const VALIDITE_INVITATION_JOURS = 7;

export type Acceptation = {
  jeton: string;
  /** For a new account only: the account is created with these. */
  prenom?: string | undefined;
  nom?: string | undefined;
  motDePasse?: string | undefined;
};

type Options = { db: Db; urlPublique: string; courriels: ServiceCourriels; authentification: ServiceAuthentification };

export function creerServiceInvitations({ db, urlPublique, courriels, authentification }: Options) {
  async function invitationValide(jeton: string) {
    const trouvee = await depot.trouverInvitationValide(db, empreinte(jeton));
    // Unknown, used, cancelled or expired: one answer, the link just does not work any more.
    if (!trouvee) throw new ErreurMetier("introuvable", "Ce lien d'invitation n'est pas valide : il a peut-être expiré ou déjà servi. Demandez une nouvelle invitation.");
    return trouvee;
  }

  return {
    /** Invites in the caller's transaction (creating an organisation invites its first administrator). */
    /** With `profilId`, the invitation also hands the agent the profile of the pool HR created for them. */
    async inviterDans(tx: Tx, acteur: Acteur, organisation: orgs.Organisation, demande: { email: string; role: Role; profilId?: string }, requestId: string) {
      exigerRoleAdmis(organisation.type, demande.role);
      const email = demande.email.toLowerCase();
      const jeton = crypto.randomBytes(32).toString("base64url");
      // A new invitation replaces a pending one to the same role: only the latest link works.
      await depot.annulerInvitationsEnAttente(tx, organisation.id, email, demande.role);
      const i = await depot.creerInvitation(tx, {
        organisationId: organisation.id,
        email,
        role: demande.role,
        invitePar: acteur.utilisateurId,
        empreinte: empreinte(jeton),
        expireLe: new Date(Date.now() + VALIDITE_INVITATION_JOURS * 86_400_000),
        profilId: demande.profilId ?? null,
      });
      const auteur = await comptes.trouverUtilisateur(tx, acteur.utilisateurId);
      const qui = auteur ? `${auteur.prenom} ${auteur.nom}` : "Un administrateur";
      await courriels.deposer(tx, {
        destinataire: email,
        sujet: demande.profilId ? `Votre profil d'expert sur Vivier (${organisation.nom})` : `Invitation à rejoindre ${organisation.nom} sur Vivier`,
        texte: [
          "Bonjour,",
          "",
          ...(demande.profilId
            ? [
                `${qui}, du service des ressources humaines de « ${organisation.nom} », a créé votre profil dans le vivier`,
                "d'experts de Vivier, la plateforme de mobilisation de l'expertise territoriale à l'international.",
                "Reprenez-le pour le relire, le compléter et choisir qui peut le voir : votre employeur seulement,",
                "ou aussi les opérateurs (Expertise France…) et le ministère de l'Europe et des Affaires étrangères.",
              ]
            : [
                `${qui} vous invite à rejoindre « ${organisation.nom} » sur Vivier,`,
                `la plateforme de mobilisation de l'expertise territoriale, avec le rôle « ${LIBELLES_ROLE[demande.role]} ».`,
              ]),
          "",
          "Pour accepter l'invitation, ouvrez ce lien :",
          `${urlPublique}/invitation#${jeton}`,
          "",
          `Le lien sert une seule fois et expire le ${i.expireLe.toLocaleDateString("fr-FR", { timeZone: "Europe/Paris", dateStyle: "long" })}.`,
          "Si vous n'attendiez pas cette invitation, ignorez ce message.",
        ].join("\n"),
      });
      await journaliser(tx, { acteurId: acteur.utilisateurId, organisationId: organisation.id, requestId }, "invitation", { type: "invitation", id: i.id }, { email, role: demande.role });
      return { id: i.id, email, role: i.role, expireLe: i.expireLe.toISOString() };
    },

    async inviter(acteur: Acteur, organisationId: string, demande: { email: string; role: Role }, requestId: string) {
      exigerAutorisation(acteur, "organisation.inviter", { organisationId });
      const organisation = await orgs.trouverParId(db, organisationId);
      if (!organisation || organisation.fermeeLe) throw introuvable("Organisation");
      const invitation = await db.transaction((tx) => this.inviterDans(tx, acteur, organisation, demande, requestId));
      courriels.livrerEnArrierePlan();
      return invitation;
    },

    async lister(acteur: Acteur, organisationId: string) {
      exigerAutorisation(acteur, "organisation.inviter", { organisationId });
      const liste = await depot.listerInvitations(db, organisationId);
      const maintenant = Date.now();
      return liste.map((i) => ({
        id: i.id,
        email: i.email,
        role: i.role,
        roleLibelle: LIBELLES_ROLE[i.role],
        inviteParNom: i.inviteParNom,
        creeLe: i.creeLe.toISOString(),
        expireLe: i.expireLe.toISOString(),
        etat: i.accepteeLe ? ("acceptee" as const) : i.annuleeLe ? ("annulee" as const) : i.expireLe.getTime() <= maintenant ? ("expiree" as const) : ("en_attente" as const),
      }));
    },

    async annuler(acteur: Acteur, organisationId: string, id: string, requestId: string) {
      exigerAutorisation(acteur, "organisation.inviter", { organisationId });
      await db.transaction(async (tx) => {
        const i = await depot.annulerInvitation(tx, organisationId, id);
        if (!i) throw introuvable("Invitation en attente");
        await journaliser(tx, { acteurId: acteur.utilisateurId, organisationId, requestId }, "annulation_invitation", { type: "invitation", id }, { email: i.email, role: i.role });
      });
    },

    /** What the link's holder sees before accepting: who invites them, to what, and whether they have an account. */
    async consulter(jeton: string) {
      const { invitation, organisationNom } = await invitationValide(jeton);
      const compte = await comptes.trouverUtilisateurParEmail(db, invitation.email);
      return {
        profil: invitation.profilId !== null,
        email: invitation.email,
        organisationNom,
        role: invitation.role,
        roleLibelle: LIBELLES_ROLE[invitation.role],
        expireLe: invitation.expireLe.toISOString(),
        compteExistant: compte !== undefined,
      };
    },

    /**
     * Accepts: an address that has no account creates it (names and password); one that has an
     * account must be signed in with it. Returns the new session for a new account.
     */
    async accepter(demande: Acceptation, identite: Identite | undefined, contexte: Omit<OuvertureSession, "methode">) {
      const { invitation } = await invitationValide(demande.jeton);
      const existant = await comptes.trouverUtilisateurParEmail(db, invitation.email);
      if (existant) {
        if (!identite) throw new ErreurMetier("non_authentifie", `Un compte existe déjà pour ${invitation.email} : connectez-vous avec ce compte pour accepter l'invitation.`);
        if (identite.utilisateur.id !== existant.id) {
          throw new ErreurMetier("interdit", `Cette invitation est adressée à ${invitation.email} : connectez-vous avec ce compte pour l'accepter.`);
        }
        if (existant.desactiveLe) throw new ErreurMetier("interdit", "Ce compte est désactivé.");
        await db.transaction(async (tx) => {
          await accepterDans(tx, invitation, existant.id, contexte.requestId);
        });
        return { session: undefined };
      }
      const erreurs = [];
      const prenom = demande.prenom?.trim() ?? "";
      const nom = demande.nom?.trim() ?? "";
      if (!prenom) erreurs.push({ champ: "prenom", message: "le prénom est obligatoire" });
      if (!nom) erreurs.push({ champ: "nom", message: "le nom est obligatoire" });
      const verification = verifierMotDePasse(demande.motDePasse ?? "", estCourant, invitation.email);
      if (!verification.ok) erreurs.push({ champ: "motDePasse", message: verification.message });
      if (erreurs.length > 0) throw invalide(erreurs);
      const motDePasseHash = await hacher(demande.motDePasse!);
      const session = await db.transaction(async (tx) => {
        // The e-mail is verified: the link reached this address.
        const utilisateur = await comptes.creerUtilisateur(tx, { email: invitation.email, prenom, nom, motDePasseHash, emailVerifie: true });
        if (!utilisateur) throw new ErreurMetier("conflit", "Un compte vient d'être créé pour cette adresse : connectez-vous pour accepter l'invitation.");
        await journaliser(tx, { acteurId: utilisateur.id, organisationId: invitation.organisationId, requestId: contexte.requestId }, "creation_compte", { type: "utilisateur", id: utilisateur.id }, { email: utilisateur.email });
        await accepterDans(tx, invitation, utilisateur.id, contexte.requestId);
        return authentification.ouvrirSession(tx, utilisateur, { ...contexte, methode: "invitation" });
      });
      return { session };
    },
  };
}

async function accepterDans(tx: Tx, invitation: depot.Invitation, utilisateurId: string, requestId: string) {
  // Single use, even when two tabs accept at once: only one update finds it still pending.
  if (!(await depot.marquerAcceptee(tx, invitation.id, utilisateurId))) {
    throw new ErreurMetier("conflit", "Cette invitation vient d'être acceptée ou annulée.");
  }
  await comptes.ajouterAppartenance(tx, { utilisateurId, organisationId: invitation.organisationId, role: invitation.role });
  if (invitation.profilId) {
    // One profile per person: a second employer's HR cannot hand over another one.
    if (await profils.trouverProfilDeUtilisateur(tx, utilisateurId)) throw new ErreurMetier("conflit", "Votre compte a déjà un profil dans le vivier d'experts.");
    if (!(await profils.lierUtilisateur(tx, invitation.profilId, utilisateurId))) throw new ErreurMetier("conflit", "Ce profil a déjà été repris par un compte.");
  }
  await journaliser(tx, { acteurId: utilisateurId, organisationId: invitation.organisationId, requestId }, "acceptation_invitation", { type: "invitation", id: invitation.id }, { role: invitation.role });
}
export type ServiceInvitations = ReturnType<typeof creerServiceInvitations>;
