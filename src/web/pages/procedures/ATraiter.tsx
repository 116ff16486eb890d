import { fr } from "@codegouvfr/react-dsfr";
import { Link } from "react-router";
import { lireProceduresATraiter, type ProcedureATraiter, useRequete } from "../../api";
import { chemins } from "../../chemins";
import { AlerteErreur } from "../../components/AlerteErreur";
import { Tableau } from "../../components/Tableau";
import { majuscule } from "../missions/libelles";
import { BadgeEtatProcedure, LigneEcheance } from "./composants";

/** What waits for the person on one case: its actions (a blocked one says why), one per line. */
function Actions({ p }: { p: ProcedureATraiter }) {
  if (p.actions.length === 0) return <>Aucune action de votre part</>;
  return (
    <ul className={fr.cx("fr-raw-list")}>
      {p.actions.map((a) => (
        <li key={a.evenement}>
          {majuscule(a.libelle)}
          {a.bloquee !== null && <span className={fr.cx("fr-hint-text")}>Bloquée : {a.bloquee}</span>}
        </li>
      ))}
    </ul>
  );
}

/**
 * « À traiter »: the cases where an action waits for the person, or a deadline is near or past —
 * the most urgent first (the API's order), each with its actions and its urgent deadlines.
 */
export function ATraiter() {
  const requete = useRequete("procedures-a-traiter", (signal) => lireProceduresATraiter(signal));
  return (
    <section aria-labelledby="procedures-a-traiter" className={fr.cx("fr-mb-6w")}>
      <h2 id="procedures-a-traiter">À traiter</h2>
      {requete.etat === "chargement" && <p role="status">Chargement de ce qui vous attend…</p>}
      {requete.etat === "erreur" && <AlerteErreur erreur={requete.erreur} titre="Ce qui vous attend n'a pas pu être chargé" />}
      {requete.etat === "succes" &&
        (requete.donnees.resultats.length === 0 ? (
          <p>Rien ne vous attend : aucune action de votre part, aucune échéance proche.</p>
        ) : (
          <Tableau sansLegende legende="Procédures à traiter" entetes={["Procédure", "État", "Ce qui vous attend", "Échéances"]}>
            {requete.donnees.resultats.map((p) => (
              <tr key={p.id}>
                <th scope="row" className={fr.cx("fr-cell--multiline")}>
                  <Link to={chemins.procedure(p.id)}>{p.intitule}</Link>
                  <br />
                  <span className={fr.cx("fr-text--sm")}>
                    {p.typeLibelle}
                    {p.agent !== null && ` · ${p.agent.prenom} ${p.agent.nom}`}
                  </span>
                </th>
                <td>
                  <BadgeEtatProcedure etat={p.etat} libelle={p.etatLibelle} petit />
                </td>
                <td className={fr.cx("fr-cell--multiline")}>
                  <Actions p={p} />
                </td>
                <td className={fr.cx("fr-cell--multiline")}>
                  {p.echeancesUrgentes.length === 0 ? (
                    "Aucune proche"
                  ) : (
                    <ul className={fr.cx("fr-raw-list")}>
                      {p.echeancesUrgentes.map((e) => (
                        <li key={e.code}>
                          <LigneEcheance e={e} />
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </Tableau>
        ))}
    </section>
  );
}
