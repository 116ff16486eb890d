import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { type FormEvent, useState } from "react";
import { Link, useLocation, useParams } from "react-router";
import {
  ajouterRoleMembre,
  annulerInvitation,
  ErreurApi,
  type EtatInvitation,
  type EtatRequete,
  type InvitationEnvoyee,
  inviter,
  LIBELLES_ROLE,
  lireInvitations,
  lireMembres,
  lireOrganisation,
  type Membre,
  type Organisation,
  type Role,
  retirerRoleMembre,
  ROLES_PAR_TYPE,
  useRequete,
} from "../api";
import { chemins } from "../chemins";
import { AlerteErreur } from "../components/AlerteErreur";
import { useConfirmation } from "../components/Confirmation";
import { BadgeEnLigne } from "../components/BadgeEnLigne";
import { ChampChoix, ChampSaisie } from "../components/Champs";
import { Formulaire, useFormulaire } from "../components/formulaire";
import { ExigerConnexion } from "../components/ExigerConnexion";
import { Page } from "../components/Page";
import { Tableau } from "../components/Tableau";
import { useMessage, ZoneMessage } from "../components/ZoneMessage";
import { useSession } from "../session";
import { formaterDate } from "../components/dates";

const TITRE = "Membres et invitations";
const ANNUAIRE = { label: "Annuaire des organisations", to: chemins.organisations };

/** What the creation page passes along (history state) to say what it just did. */
export type OrganisationCreee = { nom: string; emailAdministrateur: string | null };

function lireCreation(state: unknown): OrganisationCreee | undefined {
  if (typeof state !== "object" || state === null || !("creee" in state)) return undefined;
  const creee = state.creee as Partial<OrganisationCreee> | null;
  return typeof creee?.nom === "string" ? { nom: creee.nom, emailAdministrateur: creee.emailAdministrateur ?? null } : undefined;
}

const nomComplet = (m: Membre) => `${m.prenom} ${m.nom}`;

/** `/organisations/:id/administration`: for the organisation's administrators and the platform's. */
export function AdministrationOrganisation() {
  return <ExigerConnexion titre={TITRE}>{() => <Contenu />}</ExigerConnexion>;
}

function Contenu() {
  const { id = "" } = useParams();
  const requete = useRequete(`organisation-${id}`, (signal) => lireOrganisation(id, signal));

  if (requete.etat === "chargement") {
    return (
      <Page titre={TITRE} parents={[ANNUAIRE]}>
        <p role="status">Chargement…</p>
      </Page>
    );
  }
  if (requete.etat === "erreur") {
    // The public record could not be read: an unknown organisation (404, or 400 for an id that is
    // not one) or a failure; the API's French message says which.
    return (
      <Page titre={TITRE} parents={[ANNUAIRE]}>
        <AlerteErreur erreur={requete.erreur} titre="Cette organisation n'a pas pu être chargée" />
      </Page>
    );
  }
  return <Administration organisation={requete.donnees} />;
}

function Administration({ organisation }: { organisation: Organisation }) {
  const creation = lireCreation(useLocation().state);
  const [versionMembres, setVersionMembres] = useState(0);
  const [versionInvitations, setVersionInvitations] = useState(0);
  const membres = useRequete(`membres-${organisation.id}-${versionMembres}`, (signal) => lireMembres(organisation.id, signal));
  const invitations = useRequete(`invitations-${organisation.id}-${versionInvitations}`, (signal) => lireInvitations(organisation.id, signal));
  const roles = ROLES_PAR_TYPE[organisation.type];

  return (
    <Page titre={`${TITRE} — ${organisation.nom}`} parents={[ANNUAIRE, { label: organisation.nom, to: chemins.organisation(organisation.id) }]}>
      {creation !== undefined && (
        <Alert
          className={fr.cx("fr-mb-4w")}
          severity="success"
          small
          role="status"
          description={
            creation.emailAdministrateur === null
              ? `L'organisation « ${creation.nom} » a été créée. Invitez maintenant son administrateur·rice ci-dessous.`
              : `L'organisation « ${creation.nom} » a été créée, et ${creation.emailAdministrateur} invité·e à l'administrer.`
          }
        />
      )}
      {membres.etat === "erreur" ? (
        // 403 for a role that may not manage members, 404 for another organisation: said as the API says it.
        <>
          <AlerteErreur
            erreur={membres.erreur}
            titre={membres.erreur.statut === 403 || membres.erreur.statut === 404 ? "Vous ne pouvez pas gérer cette organisation" : "Les membres n'ont pas pu être lus"}
          />
          <p className={fr.cx("fr-mt-3w")}>
            <Link to={chemins.organisation(organisation.id)}>Revenir à la fiche de l'organisation</Link>
          </p>
        </>
      ) : (
        <>
          <Membres
            organisationId={organisation.id}
            roles={roles}
            membres={membres.etat === "succes" ? membres.donnees.membres : membres.precedent?.membres}
            recharger={() => setVersionMembres((v) => v + 1)}
          />
          <Invitations
            organisationId={organisation.id}
            roles={roles}
            requete={invitations}
            recharger={() => setVersionInvitations((v) => v + 1)}
          />
        </>
      )}
    </Page>
  );
}

function Membres({
  organisationId,
  roles,
  membres,
  recharger,
}: {
  organisationId: string;
  roles: readonly Role[];
  membres: Membre[] | undefined;
  recharger: () => void;
}) {
  const { utilisateur, recharger: rechargerSession } = useSession();
  const { message, zone, annoncer, effacer } = useMessage();
  const confirmation = useConfirmation();
  const [enCours, setEnCours] = useState(false);

  async function agir(faire: () => Promise<void>, succes: string, moiMeme: boolean) {
    setEnCours(true);
    effacer();
    try {
      await faire();
      annoncer({ succes: true, texte: succes });
      recharger();
      // One's own roles changed: the header and the account page must say so.
      if (moiMeme) await rechargerSession();
    } catch (e) {
      annoncer({ succes: false, texte: e instanceof ErreurApi ? e.probleme.detail : "La modification n'a pas pu être faite." });
    } finally {
      setEnCours(false);
    }
  }

  function retirer(m: Membre, role: { role: string; libelle: string }) {
    confirmation.demander({
      titre: "Retirer un rôle",
      texte: (
        <p>
          Retirer le rôle « {role.libelle} » à {nomComplet(m)} ({m.email}) ? Cette personne perdra aussitôt les droits de ce rôle.
        </p>
      ),
      bouton: "Retirer le rôle",
      action: () =>
        void agir(
          () => retirerRoleMembre(organisationId, m.utilisateurId, role.role),
          `Le rôle « ${role.libelle} » a été retiré à ${nomComplet(m)}.`,
          m.utilisateurId === utilisateur?.id,
        ),
    });
  }

  function ajouter(m: Membre, role: Role) {
    void agir(
      () => ajouterRoleMembre(organisationId, m.utilisateurId, role),
      `Le rôle « ${LIBELLES_ROLE[role]} » a été donné à ${nomComplet(m)}.`,
      m.utilisateurId === utilisateur?.id,
    );
  }

  return (
    <section aria-labelledby="membres">
      <h2 id="membres">Membres</h2>
      <p>
        Les personnes qui ont au moins un rôle dans l'organisation. Un rôle ne se donne ici qu'à un membre ; toute autre personne
        est invitée ci-dessous. L'organisation garde toujours au moins un administrateur.
      </p>
      <ZoneMessage message={message} zone={zone} />
      {membres === undefined ? (
        <p role="status">Chargement des membres…</p>
      ) : membres.length === 0 ? (
        <p>Aucun membre pour le moment.</p>
      ) : (
        <Tableau legende={`Membres (${membres.length})`} entetes={["Membre", "Adresse électronique", "Rôles", "Membre depuis", "Ajouter un rôle"]}>
          {membres.map((m) => (
            <tr key={m.utilisateurId}>
              <th scope="row">
                {nomComplet(m)}
                {m.desactive && <BadgeEnLigne severite="warning">Compte désactivé</BadgeEnLigne>}
              </th>
              <td>{m.email}</td>
              <td>
                <ul className={fr.cx("fr-raw-list")}>
                  {m.roles.map((r) => (
                    <li key={r.role} className={fr.cx("fr-mb-1v")}>
                      {r.libelle}{" "}
                      <Button type="button" priority="tertiary" size="small" disabled={enCours} onClick={() => retirer(m, r)}>
                        Retirer
                        <span className={fr.cx("fr-sr-only")}>
                          {" "}
                          le rôle {r.libelle} à {nomComplet(m)}
                        </span>
                      </Button>
                    </li>
                  ))}
                </ul>
              </td>
              <td>{formaterDate(m.depuis)}</td>
              <td>
                <AjoutRole membre={m} roles={roles.filter((r) => !m.roles.some((x) => x.role === r))} desactive={enCours} ajouter={ajouter} />
              </td>
            </tr>
          ))}
        </Tableau>
      )}
      {confirmation.element}
    </section>
  );
}

/** A row's small form: the roles the member does not hold yet, and a button. */
function AjoutRole({ membre, roles, desactive, ajouter }: { membre: Membre; roles: Role[]; desactive: boolean; ajouter: (m: Membre, r: Role) => void }) {
  const [choix, setChoix] = useState<Role | undefined>(undefined);
  if (roles.length === 0) return <>Tous les rôles possibles</>;
  const selection = choix !== undefined && roles.includes(choix) ? choix : roles[0]!;
  function soumettre(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    ajouter(membre, selection);
  }
  return (
    <form onSubmit={soumettre}>
      <ChampChoix
        className={fr.cx("fr-mb-1w")}
        label={
          <>
            Rôle<span className={fr.cx("fr-sr-only")}> à donner à {nomComplet(membre)}</span>
          </>
        }
        valeur={selection}
        changer={(r) => setChoix(r as Role)}
        id={`ajout-role-${membre.utilisateurId}`}
      >
        {roles.map((r) => (
          <option key={r} value={r}>
            {LIBELLES_ROLE[r]}
          </option>
        ))}
      </ChampChoix>
      <Button type="submit" priority="secondary" size="small" disabled={desactive}>
        Ajouter<span className={fr.cx("fr-sr-only")}> ce rôle à {nomComplet(membre)}</span>
      </Button>
    </form>
  );
}

const ETATS: Record<EtatInvitation, { libelle: string; severite?: "info" | "success" | "warning" }> = {
  en_attente: { libelle: "En attente", severite: "info" },
  acceptee: { libelle: "Acceptée", severite: "success" },
  annulee: { libelle: "Annulée" },
  expiree: { libelle: "Expirée", severite: "warning" },
};

function Invitations({
  organisationId,
  roles,
  requete,
  recharger,
}: {
  organisationId: string;
  roles: readonly Role[];
  requete: EtatRequete<{ invitations: InvitationEnvoyee[] }>;
  recharger: () => void;
}) {
  const { message, zone, annoncer, effacer } = useMessage();
  const [enCours, setEnCours] = useState<string | undefined>(undefined);
  const liste = requete.etat === "succes" ? requete.donnees.invitations : requete.etat === "chargement" ? requete.precedent?.invitations : undefined;

  async function annuler(i: InvitationEnvoyee) {
    setEnCours(i.id);
    effacer();
    try {
      await annulerInvitation(organisationId, i.id);
      annoncer({ succes: true, texte: `L'invitation de ${i.email} a été annulée : son lien ne fonctionne plus.` });
      recharger();
    } catch (e) {
      annoncer({ succes: false, texte: e instanceof ErreurApi ? e.probleme.detail : "L'invitation n'a pas pu être annulée." });
    } finally {
      setEnCours(undefined);
    }
  }

  return (
    <>
      <FormulaireInvitation
        organisationId={organisationId}
        roles={roles}
        invitee={(email, role, expireLe) => {
          annoncer({
            succes: true,
            texte: `Invitation envoyée à ${email} pour le rôle « ${LIBELLES_ROLE[role]} ». Son lien expire le ${formaterDate(expireLe)}.`,
          });
          recharger();
        }}
      />
      <section className={fr.cx("fr-mt-6w")} aria-labelledby="invitations">
        <h2 id="invitations">Invitations</h2>
        <ZoneMessage message={message} zone={zone} />
        {requete.etat === "erreur" && <AlerteErreur erreur={requete.erreur} titre="Les invitations n'ont pas pu être lues" />}
        {liste === undefined && requete.etat === "chargement" && <p role="status">Chargement des invitations…</p>}
        {liste !== undefined &&
          (liste.length === 0 ? (
            <p>Aucune invitation envoyée pour le moment.</p>
          ) : (
            <Tableau
              legende={`Invitations (${liste.length})`}
              entetes={["Adresse électronique", "Rôle", "Invitée par", "Envoyée le", "Expire le", "État", "Action"]}
            >
              {liste.map((i) => (
                <tr key={i.id}>
                  <th scope="row">{i.email}</th>
                  <td>{i.roleLibelle}</td>
                  <td>{i.inviteParNom ?? "—"}</td>
                  <td>{formaterDate(i.creeLe)}</td>
                  <td>{formaterDate(i.expireLe)}</td>
                  <td>
                    <Badge as="span" small severity={ETATS[i.etat].severite}>
                      {ETATS[i.etat].libelle}
                    </Badge>
                  </td>
                  <td>
                    {i.etat === "en_attente" ? (
                      <Button type="button" priority="secondary" size="small" disabled={enCours === i.id} onClick={() => void annuler(i)}>
                        Annuler<span className={fr.cx("fr-sr-only")}> l'invitation de {i.email}</span>
                      </Button>
                    ) : (
                      "—"
                    )}
                  </td>
                </tr>
              ))}
            </Tableau>
          ))}
      </section>
    </>
  );
}

const CHAMPS_INVITATION = { email: "invitation-email", role: "invitation-role" };

function FormulaireInvitation({
  organisationId,
  roles,
  invitee,
}: {
  organisationId: string;
  roles: readonly Role[];
  invitee: (email: string, role: Role, expireLe: string) => void;
}) {
  const [email, setEmail] = useState("");
  const [role, setRole] = useState("");
  const formulaire = useFormulaire(CHAMPS_INVITATION);

  function soumettre() {
    void formulaire.envoyer(async () => {
      const reponse = await inviter(organisationId, { email, role });
      setEmail("");
      setRole("");
      invitee(reponse.email, role as Role, reponse.expireLe);
    }, "L'invitation n'a pas pu être envoyée.");
  }

  return (
    <section className={fr.cx("fr-mt-6w")} aria-labelledby="inviter">
      <h2 id="inviter">Inviter une personne</h2>
      <p>
        La personne reçoit un courriel avec un lien, valable 7 jours et à usage unique, pour rejoindre l'organisation avec ce rôle :
        en acceptant, elle crée son compte, ou ajoute ce rôle au sien.
      </p>
      <Formulaire etat={formulaire} titreErreur="L'invitation n'a pas pu être envoyée" bouton="Envoyer l'invitation" soumettre={soumettre}>
        <ChampSaisie
          label="Adresse électronique de la personne invitée"
          hintText="Format attendu : nom@domaine.fr"
          erreur={formulaire.champs.email}
          valeur={email}
          changer={setEmail}
          id={CHAMPS_INVITATION.email}
          type="email"
          autoComplete="off"
          spellCheck={false}
          required
        />
        <ChampChoix label="Rôle" erreur={formulaire.champs.role} valeur={role} changer={setRole} id={CHAMPS_INVITATION.role} required>
          <option value="" disabled>
            Choisir un rôle
          </option>
          {roles.map((r) => (
            <option key={r} value={r}>
              {LIBELLES_ROLE[r]}
            </option>
          ))}
        </ChampChoix>
      </Formulaire>
    </section>
  );
}
