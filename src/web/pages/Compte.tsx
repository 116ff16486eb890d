import { fr } from "@codegouvfr/react-dsfr";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useState } from "react";
import { Link } from "react-router";
import { chemins } from "../chemins";
import { type Appartenance, ErreurApi, fermerSession, lireSessions, type Moi, type SessionOuverte, useRequete } from "../api";
import { AlerteErreur } from "../components/AlerteErreur";
import { BadgeEnLigne } from "../components/BadgeEnLigne";
import { formaterDate } from "../components/dates";
import { ExigerConnexion } from "../components/ExigerConnexion";
import { Fiche } from "../components/Fiche";
import { Page } from "../components/Page";
import { Tableau } from "../components/Tableau";
import { useMessage, ZoneMessage } from "../components/ZoneMessage";
import { estAdministrateur } from "../roles";
import { useSession } from "../session";
import { JetonsApi } from "./JetonsApi";

const TITRE = "Mon compte";

/**
 * "Firefox sous Windows" rather than the whole user agent string: enough to recognise one's
 * devices (the full string stays in the cell's title).
 */
export function resumerNavigateur(ua: string): string {
  const navigateur = /Edg\//.test(ua)
    ? "Edge"
    : /OPR\//.test(ua)
      ? "Opera"
      : /Firefox\//.test(ua)
        ? "Firefox"
        : /Chrom(e|ium)\//.test(ua)
          ? "Chrome"
          : /Safari\//.test(ua)
            ? "Safari"
            : undefined;
  const systeme = /Android/.test(ua)
    ? "Android"
    : /iPhone|iPad|iPod/.test(ua)
      ? "iOS"
      : /Windows/.test(ua)
        ? "Windows"
        : /Mac OS X|Macintosh/.test(ua)
          ? "macOS"
          : /Linux|X11/.test(ua)
            ? "Linux"
            : undefined;
  if (navigateur === undefined) return ua.length > 40 ? `${ua.slice(0, 40)}…` : ua;
  return systeme === undefined ? navigateur : `${navigateur} sous ${systeme}`;
}

// Kept here too: other pages (the audit trail) import it from this page.
export { formaterDate };

export function Compte() {
  return <ExigerConnexion titre={TITRE}>{(moi) => <ContenuCompte moi={moi} />}</ExigerConnexion>;
}

function ContenuCompte({ moi }: { moi: Moi }) {
  const { utilisateur, appartenances, appartenanceActive } = moi;
  return (
    <Page titre={TITRE}>
      <section aria-labelledby="identite">
        <h2 id="identite">Identité</h2>
        <Fiche
          lignes={[
            { libelle: "Prénom", valeur: utilisateur.prenom },
            { libelle: "Nom", valeur: utilisateur.nom },
            { libelle: "Adresse électronique", valeur: utilisateur.email },
          ]}
        />
      </section>

      <section className={fr.cx("fr-mt-6w")} aria-labelledby="roles">
        <h2 id="roles">Mes rôles</h2>
        {appartenances.length === 0 ? (
          <p>Votre compte n'a encore aucun rôle dans une organisation.</p>
        ) : (
          <Tableau legende="Mes rôles dans les organisations" entetes={["Organisation", "Rôle", "Rôle actif"]}>
            {appartenances.map((a) => (
              <tr key={a.id}>
                <th scope="row">{a.organisation.nom}</th>
                <td>{a.roleLibelle}</td>
                <td>
                  {a.id === appartenanceActive ? (
                    <Badge as="span" small severity="success">
                      Actif
                    </Badge>
                  ) : (
                    "Non"
                  )}
                </td>
              </tr>
            ))}
          </Tableau>
        )}
      </section>

      <Administration active={appartenances.find((a) => a.id === appartenanceActive)} />

      <JetonsApi moi={moi} />

      <Sessions />
    </Page>
  );
}

/** For the administrators (of an organisation, of the platform) acting as such: their pages. */
function Administration({ active }: { active: Appartenance | undefined }) {
  if (active === undefined || !estAdministrateur(active)) return null;
  return (
    <section className={fr.cx("fr-mt-6w")} aria-labelledby="administration">
      <h2 id="administration">Administration</h2>
      <ul>
        <li>
          <Link className={fr.cx("fr-link")} to={chemins.administrationOrganisation(active.organisation.id)}>
            Gérer mon organisation
          </Link>{" "}
          : membres, rôles et invitations de {active.organisation.nom}
        </li>
        {active.role === "administrateur" && (
          <li>
            <Link className={fr.cx("fr-link")} to={chemins.nouvelleOrganisation}>
              Créer une organisation
            </Link>
          </li>
        )}
        <li>
          <Link className={fr.cx("fr-link")} to={chemins.journalAudit}>
            Consulter le journal d'audit
          </Link>
        </li>
      </ul>
    </section>
  );
}

function Sessions() {
  const { recharger } = useSession();
  const [version, setVersion] = useState(0);
  const { message, zone, annoncer, effacer } = useMessage();
  const [enCours, setEnCours] = useState<string | undefined>(undefined);
  const requete = useRequete(`sessions-${version}`, (signal) => lireSessions(signal));

  async function fermer(session: SessionOuverte) {
    setEnCours(session.id);
    effacer();
    try {
      await fermerSession(session.id);
      // The button pressed is gone with its row: focus goes to the message saying what happened.
      annoncer({ succes: true, texte: `La session ouverte le ${formaterDate(session.creeLe)} a été fermée.` });
      setVersion((v) => v + 1);
    } catch (e) {
      // This very session was closed elsewhere: the session context will send to the sign-in page.
      if (e instanceof ErreurApi && e.statut === 401) {
        await recharger();
        return;
      }
      annoncer({ succes: false, texte: e instanceof ErreurApi ? e.probleme.detail : "La session n'a pas pu être fermée." });
    } finally {
      setEnCours(undefined);
    }
  }

  const sessions = requete.etat === "succes" ? requete.donnees.sessions : requete.etat === "chargement" ? requete.precedent?.sessions : undefined;

  return (
    <section className={fr.cx("fr-mt-6w")} aria-labelledby="sessions">
      <h2 id="sessions">Mes sessions ouvertes</h2>
      <p>
        Chaque navigateur où vous êtes connecté·e a sa session. Fermez celles que vous ne reconnaissez pas, ou celle d'un
        appareil perdu : il faudra s'y connecter de nouveau.
      </p>
      <ZoneMessage message={message} zone={zone} />
      {requete.etat === "erreur" && <AlerteErreur erreur={requete.erreur} titre="Les sessions n'ont pas pu être lues" />}
      {sessions === undefined && requete.etat === "chargement" && <p role="status">Chargement des sessions…</p>}
      {sessions !== undefined && (
        <Tableau
          legende={`Mes sessions ouvertes (${sessions.length})`}
          entetes={["Ouverte le", "Dernière activité", "Expire le", "Adresse IP", "Navigateur", "Action"]}
        >
          {sessions.map((s) => (
            <tr key={s.id}>
              <th scope="row">
                {formaterDate(s.creeLe)}
                {s.courante && <BadgeEnLigne severite="info">Session actuelle</BadgeEnLigne>}
              </th>
              <td>{formaterDate(s.vueLe)}</td>
              <td>{formaterDate(s.expireLe)}</td>
              <td>{s.adresseIp ?? "Non renseignée"}</td>
              <td title={s.navigateur ?? undefined}>{s.navigateur === null ? "Non renseigné" : resumerNavigateur(s.navigateur)}</td>
              <td>
                {s.courante ? (
                  "—"
                ) : (
                  <Button type="button" priority="secondary" size="small" disabled={enCours === s.id} onClick={() => void fermer(s)}>
                    Fermer cette session
                    <span className={fr.cx("fr-sr-only")}> (ouverte le {formaterDate(s.creeLe)})</span>
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </Tableau>
      )}
    </section>
  );
}
