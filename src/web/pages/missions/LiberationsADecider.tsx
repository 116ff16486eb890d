import { fr } from "@codegouvfr/react-dsfr";
import { Link } from "react-router";
import { lireCandidaturesOrganisation, useRequete } from "../../api";
import { chemins } from "../../chemins";
import { AlerteErreur } from "../../components/AlerteErreur";
import { pluriel } from "../../components/format";

/**
 * HR's work list: its agents' candidacies whose release waits for the employer's answer, newest
 * first, each leading to the candidacy's page where HR agrees or refuses (with a reason).
 */
export function LiberationsADecider({ organisationId }: { organisationId: string }) {
  const requete = useRequete(`liberations-${organisationId}`, (signal) => lireCandidaturesOrganisation(organisationId, "en_attente", signal));
  return (
    <section aria-labelledby="liberations-a-decider" className={fr.cx("fr-mb-6w")}>
      <h2 id="liberations-a-decider">Libérations à décider</h2>
      {requete.etat === "chargement" && <p role="status">Chargement des candidatures…</p>}
      {requete.etat === "erreur" && <AlerteErreur erreur={requete.erreur} titre="Les candidatures de vos agents n'ont pas pu être chargées" />}
      {requete.etat === "succes" &&
        (requete.donnees.resultats.length === 0 ? (
          <p>Aucune candidature de vos agents n'attend votre accord.</p>
        ) : (
          <>
            <p>
              {pluriel(requete.donnees.resultats.length, "candidature")} de vos agents {requete.donnees.resultats.length > 1 ? "attendent" : "attend"} que
              l'employeur accorde ou refuse leur libération : l'affectation n'est confirmée qu'avec cet accord.
            </p>
            <ul>
              {requete.donnees.resultats.map((c) => (
                <li key={c.id}>
                  <Link to={chemins.candidature(c.id)}>
                    {c.profil.prenom} {c.profil.nom} — mission « {c.mission.intitule} »
                  </Link>{" "}
                  ({c.etatLibelle.toLowerCase()}, projet « {c.mission.projet.intitule} »)
                </li>
              ))}
            </ul>
          </>
        ))}
    </section>
  );
}
