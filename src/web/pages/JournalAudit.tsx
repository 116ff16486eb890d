import { Pagination } from "@codegouvfr/react-dsfr/Pagination";
import { useSearchParams } from "react-router";
import { lireJournalAudit, useRequete } from "../api";
import { AlerteErreur } from "../components/AlerteErreur";
import { ExigerConnexion } from "../components/ExigerConnexion";
import { Page } from "../components/Page";
import { Tableau } from "../components/Tableau";
import { formaterDate } from "./Compte";

const TITRE = "Journal d'audit";

/** What each recorded action means, in words. */
const LIBELLES_ACTION: Record<string, string> = {
  connexion: "Connexion",
  deconnexion: "Déconnexion",
  changement_de_role: "Changement de rôle actif",
  revocation_session: "Fermeture d'une session",
};

export function JournalAudit() {
  return <ExigerConnexion titre={TITRE}>{() => <ContenuJournal />}</ExigerConnexion>;
}

function ContenuJournal() {
  const [params] = useSearchParams();
  const page = Math.max(1, Number(params.get("page")) || 1);
  const requete = useRequete(`audit-${page}`, (signal) => lireJournalAudit(page, signal));
  return (
    <Page titre={TITRE}>
      <p>
        Qui a fait quoi, quand, sur quel enregistrement. Chaque écriture de Vivier y ajoute une ligne, dans la même opération
        que la modification elle-même ; le journal ne peut être ni modifié ni effacé.
      </p>
      {requete.etat === "chargement" && <p role="status">Chargement du journal…</p>}
      {requete.etat === "erreur" && <AlerteErreur erreur={requete.erreur} titre="Le journal n'a pas pu être lu" />}
      {requete.etat === "succes" && (
        <>
          <p role="status">
            {requete.donnees.total} entrée{requete.donnees.total > 1 ? "s" : ""} au journal.
          </p>
          <Tableau legende={`Journal d'audit, page ${page}`} entetes={["Date", "Personne", "Action", "Cible", "Détail", "Requête"]}>
            {requete.donnees.resultats.map((e) => (
              <tr key={e.id}>
                <th scope="row">{formaterDate(e.horodatage)}</th>
                <td>{e.acteurNom ? `${e.acteurNom} (${e.acteurEmail})` : "—"}</td>
                <td>{LIBELLES_ACTION[e.action] ?? e.action}</td>
                <td>{e.cibleId ? `${e.cibleType} ${e.cibleId}` : e.cibleType}</td>
                <td>{Object.keys(e.resume).length ? Object.entries(e.resume).map(([k, v]) => `${k} : ${String(v)}`).join(", ") : "—"}</td>
                <td>
                  <code>{e.requestId ?? "—"}</code>
                </td>
              </tr>
            ))}
          </Tableau>
          {requete.donnees.total > requete.donnees.parPage && (
            <Pagination
              count={Math.ceil(requete.donnees.total / requete.donnees.parPage)}
              defaultPage={page}
              getPageLinkProps={(n) => ({ to: `?page=${n}` })}
            />
          )}
        </>
      )}
    </Page>
  );
}
