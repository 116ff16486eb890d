import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { useEffect, useRef, useState } from "react";
import { useLocation, useNavigate } from "react-router";
import { type Acceptation, accepterInvitation, consulterInvitation, type InvitationConsultee, useRequete } from "../api";
import { chemins, connexionPuisRetour } from "../chemins";
import { AlerteErreur } from "../components/AlerteErreur";
import { formaterDate } from "../components/dates";
import { ChampMotDePasse, ChampSaisie } from "../components/Champs";
import { AlerteFormulaire, Formulaire, useFormulaire } from "../components/formulaire";
import { Fiche } from "../components/Fiche";
import { Page } from "../components/Page";
import { useSession } from "../session";
import { etatProfilEnregistre } from "./vivier/FormulaireProfilEnregistre";

const TITRE = "Invitation à rejoindre Vivier";

/**
 * The link's token, kept in this tab's storage: it lives in the address's fragment (never sent to
 * a server), and must survive the trip through the sign-in page without ever going into a query
 * string (`?retour=`), which logs and Referer headers would keep.
 */
const CLE_JETON = "vivier-invitation";

function lireJeton(): string {
  const fragment = window.location.hash.slice(1);
  try {
    if (fragment !== "") sessionStorage.setItem(CLE_JETON, fragment);
    return fragment !== "" ? fragment : (sessionStorage.getItem(CLE_JETON) ?? "");
  } catch {
    return fragment; // Storage refused (privacy settings): the fragment alone, while it is there.
  }
}

function oublierJeton(): void {
  try {
    sessionStorage.removeItem(CLE_JETON);
  } catch {
    // Nothing was kept.
  }
}

/** `/invitation#<jeton>`, the link of an invitation e-mail: public. */
export function Invitation() {
  const [jeton] = useState(lireJeton);
  const location = useLocation();
  const navigate = useNavigate();

  // Once kept in storage, the secret leaves the address bar and the history.
  useEffect(() => {
    if (location.hash === "") return;
    let garde = false;
    try {
      garde = sessionStorage.getItem(CLE_JETON) === location.hash.slice(1);
    } catch {
      garde = false;
    }
    if (garde) navigate({ pathname: location.pathname, search: location.search }, { replace: true });
  }, [location.hash, location.pathname, location.search, navigate]);

  if (jeton === "") {
    return (
      <Page titre={TITRE} lecture>
        <Alert
          severity="error"
          as="h2"
          title="Lien d'invitation incomplet"
          description="Cette adresse ne contient pas de lien d'invitation. Ouvrez le lien reçu par courriel, en entier ; s'il ne fonctionne pas, demandez une nouvelle invitation à l'administrateur de l'organisation."
        />
      </Page>
    );
  }
  return <Consultation jeton={jeton} />;
}

function Consultation({ jeton }: { jeton: string }) {
  const navigate = useNavigate();
  const requete = useRequete(`invitation-${jeton}`, () => consulterInvitation(jeton));
  const [acceptee, setAcceptee] = useState<{ compteCree: boolean } | undefined>(undefined);
  const invalide = requete.etat === "erreur" && (requete.erreur.statut === 404 || requete.erreur.statut === 400);

  // A link that no longer works is not worth keeping.
  useEffect(() => {
    if (invalide) oublierJeton();
  }, [invalide]);

  if (requete.etat === "chargement") {
    return (
      <Page titre={TITRE} lecture>
        <p role="status">Lecture de l'invitation…</p>
      </Page>
    );
  }
  if (requete.etat === "erreur") {
    return (
      <Page titre={TITRE} lecture>
        <AlerteErreur erreur={requete.erreur} titre={invalide ? "Lien d'invitation invalide" : "L'invitation n'a pas pu être lue"} />
      </Page>
    );
  }
  const invitation = requete.donnees;
  // Used: the link is done with, in this tab too.
  const accepte = () => {
    oublierJeton();
    // Handing over a profile: the person's next step is their profile (complete it, choose who sees it).
    if (invitation.profil === true) {
      const message = `${invitation.compteExistant ? "" : "Votre compte est créé et vous êtes connecté·e. "}Votre profil d'expert est désormais le vôtre : vérifiez-le, complétez-le, puis choisissez qui peut le voir.`;
      navigate(chemins.monProfil, { state: etatProfilEnregistre({ message, cree: false }) });
      return;
    }
    setAcceptee({ compteCree: !invitation.compteExistant });
  };
  return (
    <Page titre={TITRE} lecture>
      {invitation.profil === true ? (
        <>
          <p>
            Le service des ressources humaines de <strong>{invitation.organisationNom}</strong> a créé votre profil dans le vivier
            d'experts de Vivier, qui recense les agents des collectivités prêts à partager leur expertise à l'international.
          </p>
          <p>
            En acceptant cette invitation, vous reprenez ce profil avec votre propre compte : vous pourrez le compléter, le tenir à
            jour et choisir vous-même qui peut le voir. Tant que vous ne l'avez pas choisi, seul votre employeur le voit.
          </p>
        </>
      ) : (
        <p>
          Vous êtes invité·e à rejoindre <strong>{invitation.organisationNom}</strong> sur Vivier, avec le rôle{" "}
          <strong>{invitation.roleLibelle}</strong>.
        </p>
      )}
      <Fiche
        lignes={[
          { libelle: "Organisation", valeur: invitation.organisationNom },
          { libelle: "Rôle", valeur: invitation.roleLibelle },
          { libelle: "Adresse électronique invitée", valeur: invitation.email },
          { libelle: "Lien valable jusqu'au", valeur: formaterDate(invitation.expireLe) },
        ]}
      />
      {acceptee !== undefined ? (
        <Acceptee invitation={invitation} compteCree={acceptee.compteCree} />
      ) : invitation.compteExistant ? (
        <CompteExistant jeton={jeton} invitation={invitation} accepte={accepte} />
      ) : (
        <NouveauCompte jeton={jeton} invitation={invitation} accepte={accepte} />
      )}
    </Page>
  );
}

/** Done: said, with focus on it (the form just used is gone). */
function Acceptee({ invitation, compteCree }: { invitation: InvitationConsultee; compteCree: boolean }) {
  const zone = useRef<HTMLDivElement>(null);
  useEffect(() => {
    zone.current?.focus();
  }, []);
  return (
    <div ref={zone} tabIndex={-1} className={fr.cx("fr-mt-4w")}>
      <Alert
        severity="success"
        as="h2"
        role="status"
        title="Invitation acceptée"
        description={`${compteCree ? "Votre compte est créé et vous êtes connecté·e. " : ""}Vous avez rejoint ${invitation.organisationNom} avec le rôle « ${invitation.roleLibelle} ».`}
      />
      <p className={fr.cx("fr-mt-3w")}>
        <Button linkProps={{ to: chemins.accueil }}>Aller à l'accueil</Button>
      </p>
    </div>
  );
}

/**
 * Accepting, with a new account or an existing one. /me is read again after: a new account has a
 * new session (the server set its cookie), an existing one a new role for the header to show.
 */
function useAcceptation<C extends string>(ids: Record<C, string>, accepte: () => void) {
  const { recharger } = useSession();
  const formulaire = useFormulaire(ids);
  function accepter(acceptation: Acceptation) {
    void formulaire.envoyer(async () => {
      await accepterInvitation(acceptation);
      await recharger();
      accepte();
    }, "L'invitation n'a pas pu être acceptée.");
  }
  return { formulaire, accepter };
}

const CHAMPS_COMPTE = { prenom: "invitation-prenom", nom: "invitation-nom", motDePasse: "invitation-mot-de-passe" };

function NouveauCompte({ jeton, invitation, accepte }: { jeton: string; invitation: InvitationConsultee; accepte: () => void }) {
  const { utilisateur } = useSession();
  const [prenom, setPrenom] = useState("");
  const [nom, setNom] = useState("");
  const [motDePasse, setMotDePasse] = useState("");
  const { formulaire, accepter } = useAcceptation(CHAMPS_COMPTE, accepte);

  function soumettre() {
    accepter({ jeton, prenom, nom, motDePasse });
  }

  return (
    <section className={fr.cx("fr-mt-4w")} aria-labelledby="creer-compte">
      <h2 id="creer-compte">Créer votre compte</h2>
      {utilisateur !== undefined && (
        <Alert
          className={fr.cx("fr-mb-3w")}
          severity="info"
          small
          description={`Vous êtes connecté·e avec le compte de ${utilisateur.email} : en acceptant, vous serez connecté·e avec le nouveau compte de ${invitation.email}.`}
        />
      )}
      <Formulaire etat={formulaire} titreErreur="L'invitation n'a pas pu être acceptée" bouton="Créer mon compte et accepter l'invitation" soumettre={soumettre}>
        <Input
          label="Adresse électronique"
          hintText="Celle de l'invitation : elle sera l'identifiant de votre compte."
          nativeInputProps={{ id: "invitation-email", type: "email", autoComplete: "username", readOnly: true, value: invitation.email }}
        />
        <ChampSaisie
          label="Prénom"
          erreur={formulaire.champs.prenom}
          valeur={prenom}
          changer={setPrenom}
          id={CHAMPS_COMPTE.prenom}
          autoComplete="given-name"
          required
        />
        <ChampSaisie label="Nom" erreur={formulaire.champs.nom} valeur={nom} changer={setNom} id={CHAMPS_COMPTE.nom} autoComplete="family-name" required />
        <ChampMotDePasse
          label="Mot de passe"
          className={fr.cx("fr-mb-3w")}
          regles={["12 caractères au moins"]}
          erreur={formulaire.champs.motDePasse}
          valeur={motDePasse}
          changer={setMotDePasse}
          id={CHAMPS_COMPTE.motDePasse}
          autoComplete="new-password"
          required
        />
      </Formulaire>
    </section>
  );
}

/** The address has an account: the person signs in with it first, then accepts. */
function CompteExistant({ jeton, invitation, accepte }: { jeton: string; invitation: InvitationConsultee; accepte: () => void }) {
  const { etat, utilisateur, deconnecter } = useSession();
  const navigate = useNavigate();
  const { formulaire, accepter } = useAcceptation({}, accepte);
  // The token stays in this tab's storage: the sign-in page comes back to a bare /invitation.
  const connexion = connexionPuisRetour(chemins.invitation);

  async function changerDeCompte() {
    try {
      await deconnecter();
    } catch (erreur) {
      formulaire.signaler(erreur, "La déconnexion a échoué.");
      return;
    }
    navigate(connexion);
  }

  let contenu;
  if (etat.etat === "chargement") contenu = <p role="status">Chargement…</p>;
  else if (utilisateur === undefined) {
    contenu = (
      <>
        <p>
          Un compte Vivier existe déjà pour {invitation.email}. Connectez-vous avec ce compte pour accepter l'invitation : vous
          reviendrez ensuite sur cette page.
        </p>
        <Button linkProps={{ to: connexion }}>Se connecter</Button>
      </>
    );
  } else if (utilisateur.email.toLowerCase() !== invitation.email.toLowerCase()) {
    contenu = (
      <>
        <p>
          Vous êtes connecté·e avec le compte de {utilisateur.email}, mais cette invitation est adressée à {invitation.email}.
          Connectez-vous avec le compte de {invitation.email} pour l'accepter.
        </p>
        <Button priority="secondary" onClick={() => void changerDeCompte()}>
          Se déconnecter et changer de compte
        </Button>
      </>
    );
  } else {
    contenu = (
      <>
        <p>Vous êtes connecté·e avec le compte de {invitation.email} : le rôle lui sera ajouté.</p>
        <Button onClick={() => accepter({ jeton })} disabled={formulaire.envoi}>
          Accepter l'invitation
        </Button>
      </>
    );
  }

  return (
    <section className={fr.cx("fr-mt-4w")} aria-labelledby="accepter">
      <h2 id="accepter">Accepter l'invitation</h2>
      <AlerteFormulaire erreur={formulaire.generale} zone={formulaire.zoneAlerte} titre="L'invitation n'a pas pu être acceptée" />
      {contenu}
    </section>
  );
}
