import { fr } from "@codegouvfr/react-dsfr";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Pagination } from "@codegouvfr/react-dsfr/Pagination";
import { useState } from "react";
import { Link, useSearchParams } from "react-router";
import { lireNotifications, marquerNotificationLue, marquerToutesLues, useRequete, type VueNotification } from "../../api";
import { chemins } from "../../chemins";
import { AlerteErreur } from "../../components/AlerteErreur";
import { formaterDate } from "../../components/dates";
import { ExigerConnexion } from "../../components/ExigerConnexion";
import { versErreurApi } from "../../components/formulaire";
import { pluriel } from "../../components/format";
import { Page } from "../../components/Page";
import { signalerNotificationsChangees } from "../../components/useNotificationsNonLues";
import { useMessage, ZoneMessage } from "../../components/ZoneMessage";
import { MesAlertes } from "./MesAlertes";

const TITRE = "Notifications";
const PAR_PAGE = 20;

/** `/notifications`: what happened to one's missions and candidacies, unread first; mark one or all read. */
export function Notifications() {
  return <ExigerConnexion titre={TITRE}>{() => <Contenu />}</ExigerConnexion>;
}

/** A notification's link, when it is a path of this site (never another site's address). */
const lienLocal = (lien: string | null) => (lien !== null && lien.startsWith("/") && !lien.startsWith("//") ? lien : undefined);

function Contenu() {
  const [params] = useSearchParams();
  const page = Math.max(1, Number.parseInt(params.get("page") ?? "1", 10) || 1);
  const nonLuesSeulement = params.get("nonLues") === "1";
  const [version, setVersion] = useState(0);
  const requete = useRequete(`notifications-${page}-${nonLuesSeulement}-${version}`, (signal) =>
    lireNotifications({ page, parPage: PAR_PAGE, nonLues: nonLuesSeulement }, signal),
  );
  const { message, zone, annoncer } = useMessage();
  const [envoi, setEnvoi] = useState(false);
  const donnees = requete.etat === "succes" ? requete.donnees : requete.etat === "chargement" ? requete.precedent : undefined;

  async function agir(action: () => Promise<string>, echec: string) {
    setEnvoi(true);
    try {
      const texte = await action();
      setVersion((v) => v + 1);
      signalerNotificationsChangees();
      annoncer({ succes: true, texte });
    } catch (erreur) {
      annoncer({ succes: false, texte: versErreurApi(erreur, echec).probleme.detail || echec });
    } finally {
      setEnvoi(false);
    }
  }

  const nombrePages = donnees === undefined ? 0 : Math.ceil(donnees.total / PAR_PAGE);
  const filtre = (nonLues: boolean, n = 1) => {
    const p = new URLSearchParams();
    if (nonLues) p.set("nonLues", "1");
    if (n > 1) p.set("page", String(n));
    const s = p.toString();
    return s === "" ? chemins.notifications : `${chemins.notifications}?${s}`;
  };

  return (
    <Page titre={TITRE} chapo="Les étapes de vos missions et de vos candidatures, et les missions qui correspondent à votre profil. Elles vous sont aussi envoyées par courriel.">
      <ZoneMessage message={message} zone={zone} />
      {requete.etat === "erreur" && <AlerteErreur erreur={requete.erreur} titre="Les notifications n'ont pas pu être chargées" />}
      {donnees !== undefined && (
        <section aria-labelledby="notifications-liste" aria-busy={requete.etat === "chargement"}>
          <h2 id="notifications-liste" className={fr.cx("fr-h4")}>
            {donnees.nonLues === 0 ? "Aucune notification non lue" : `${pluriel(donnees.nonLues, "notification non lue", "notifications non lues")}`}
          </h2>
          <ul className={fr.cx("fr-btns-group", "fr-btns-group--inline-md", "fr-btns-group--sm", "fr-btns-group--icon-left")}>
            {donnees.nonLues > 0 && (
              <li>
                <Button
                  priority="secondary"
                  iconId="fr-icon-check-line"
                  disabled={envoi}
                  onClick={() =>
                    void agir(async () => {
                      const r = await marquerToutesLues();
                      return `${pluriel(r.lues, "notification marquée", "notifications marquées")} comme lue${r.lues > 1 ? "s" : ""}.`;
                    }, "Les notifications n'ont pas pu être marquées comme lues.")
                  }
                >
                  Tout marquer comme lu
                </Button>
              </li>
            )}
            <li>
              <Button priority="tertiary" linkProps={{ to: filtre(!nonLuesSeulement) }}>
                {nonLuesSeulement ? "Voir toutes les notifications" : "Voir les non lues seulement"}
              </Button>
            </li>
          </ul>
          {donnees.resultats.length === 0 ? (
            <p>{nonLuesSeulement ? "Vous avez tout lu." : "Aucune notification pour l'instant."}</p>
          ) : (
            <ul className={`${fr.cx("fr-raw-list")} vivier-resultats`}>
              {donnees.resultats.map((n) => (
                <li key={n.id}>
                  <NotificationCarte
                    n={n}
                    envoi={envoi}
                    marquer={() => void agir(async () => (await marquerNotificationLue(n.id), `« ${n.titre} » est marquée comme lue.`), "La notification n'a pas pu être marquée comme lue.")}
                  />
                </li>
              ))}
            </ul>
          )}
          {nombrePages > 1 && (
            <Pagination count={nombrePages} defaultPage={page} showFirstLast getPageLinkProps={(n) => ({ to: filtre(nonLuesSeulement, n) })} className={fr.cx("fr-mt-4w")} />
          )}
        </section>
      )}
      {requete.etat === "chargement" && donnees === undefined && <p role="status">Chargement des notifications…</p>}
      <MesAlertes />
    </Page>
  );
}

function NotificationCarte({ n, envoi, marquer }: { n: VueNotification; envoi: boolean; marquer: () => void }) {
  const lien = lienLocal(n.lien);
  return (
    <article aria-labelledby={`notification-${n.id}`}>
      <h3 id={`notification-${n.id}`} className={fr.cx("fr-h6", "fr-mb-1w")}>
        {!n.lue && (
          <>
            <Badge as="span" small severity="new">
              Non lue
            </Badge>{" "}
          </>
        )}
        {lien === undefined ? (
          n.titre
        ) : (
          // Following the link reads the notification: it is marked read on the way.
          <Link to={lien} onClick={() => (n.lue ? undefined : void marquerNotificationLue(n.id).then(signalerNotificationsChangees, () => undefined))}>
            {n.titre}
          </Link>
        )}
      </h3>
      <p className={fr.cx("fr-mb-1w")}>{n.texte}</p>
      <p className={fr.cx("fr-text--sm", "fr-mb-1w")}>
        Le {formaterDate(n.creeLe)}
        {n.lue && n.lueLe !== null && ` · lue le ${formaterDate(n.lueLe)}`}
      </p>
      {!n.lue && (
        <Button priority="tertiary" size="small" iconId="fr-icon-check-line" disabled={envoi} onClick={marquer}>
          Marquer comme lue<span className={fr.cx("fr-sr-only")}> : {n.titre}</span>
        </Button>
      )}
    </article>
  );
}
