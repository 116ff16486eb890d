import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useRef, useState } from "react";
import { Link } from "react-router";
import { chemins } from "../chemins";
import { ErreurApi, fermerSession, lireSessions, type Moi, type SessionOuverte, useRequete } from "../api";
import { AlerteErreur } from "../components/AlerteErreur";
import { ExigerConnexion } from "../components/ExigerConnexion";
import { Fiche } from "../components/Fiche";
import { Page } from "../components/Page";
import { Tableau } from "../components/Tableau";
import { useSession } from "../session";

const TITRE = "Mon compte";

const dates = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeStyle: "short" });

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

export function formaterDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dates.format(date);
}

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

      {appartenances.some((a) => a.id === appartenanceActive && (a.role === "administrateur_organisation" || a.role === "administrateur")) && (
        <section className={fr.cx("fr-mt-6w")} aria-labelledby="administration">
          <h2 id="administration">Administration</h2>
          <p>
            <Link className={fr.cx("fr-link")} to={chemins.journalAudit}>
              Consulter le journal d'audit
            </Link>
          </p>
        </section>
      )}

      <Sessions />
    </Page>
  );
}

function Sessions() {
  const { recharger } = useSession();
  const [version, setVersion] = useState(0);
  const [message, setMessage] = useState<{ succes: boolean; texte: string } | undefined>(undefined);
  const [enCours, setEnCours] = useState<string | undefined>(undefined);
  const zoneMessage = useRef<HTMLDivElement>(null);
  const requete = useRequete(`sessions-${version}`, (signal) => lireSessions(signal));

  async function fermer(session: SessionOuverte) {
    setEnCours(session.id);
    setMessage(undefined);
    try {
      await fermerSession(session.id);
      setMessage({ succes: true, texte: `La session ouverte le ${formaterDate(session.creeLe)} a été fermée.` });
      setVersion((v) => v + 1);
    } catch (e) {
      // This very session was closed elsewhere: the session context will send to the sign-in page.
      if (e instanceof ErreurApi && e.statut === 401) {
        await recharger();
        return;
      }
      setMessage({ succes: false, texte: e instanceof ErreurApi ? e.probleme.detail : "La session n'a pas pu être fermée." });
    } finally {
      setEnCours(undefined);
    }
    // The button pressed is gone with its row: focus goes to the message saying what happened.
    window.setTimeout(() => zoneMessage.current?.focus(), 0);
  }

  const sessions = requete.etat === "succes" ? requete.donnees.sessions : requete.etat === "chargement" ? requete.precedent?.sessions : undefined;

  return (
    <section className={fr.cx("fr-mt-6w")} aria-labelledby="sessions">
      <h2 id="sessions">Mes sessions ouvertes</h2>
      <p>
        Chaque navigateur où vous êtes connecté·e a sa session. Fermez celles que vous ne reconnaissez pas, ou celle d'un
        appareil perdu : il faudra s'y connecter de nouveau.
      </p>
      <div ref={zoneMessage} tabIndex={-1}>
        {message !== undefined && (
          <Alert
            className={fr.cx("fr-mb-3w")}
            severity={message.succes ? "success" : "error"}
            small
            role={message.succes ? "status" : "alert"}
            description={message.texte}
          />
        )}
      </div>
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
                {s.courante && (
                  <>
                    {" "}
                    <Badge as="span" small severity="info">
                      Session actuelle
                    </Badge>
                  </>
                )}
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
