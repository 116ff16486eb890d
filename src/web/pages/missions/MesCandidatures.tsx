import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useState } from "react";
import { Link } from "react-router";
import { lireMesCandidatures, useRequete } from "../../api";
import { chemins } from "../../chemins";
import { AlerteErreur } from "../../components/AlerteErreur";
import { formaterDate } from "../../components/dates";
import { ExigerConnexion } from "../../components/ExigerConnexion";
import { Page } from "../../components/Page";
import { Tableau } from "../../components/Tableau";
import { useMessage, ZoneMessage } from "../../components/ZoneMessage";
import { BadgesCandidature } from "./composants";
import { EtapesCandidature } from "./Evenements";
import { TITRE_MISSIONS } from "./RechercheMissions";
import { TableauJours } from "./TableauJours";

const TITRE = "Mes candidatures";

/** `/mes-candidatures`: the agent's candidacies, their next steps, and their days on each project staffed. */
export function MesCandidatures() {
  return <ExigerConnexion titre={TITRE}>{() => <Contenu />}</ExigerConnexion>;
}

function Contenu() {
  const [version, setVersion] = useState(0);
  const requete = useRequete(`mes-candidatures-${version}`, (signal) => lireMesCandidatures(signal));
  const { message, zone, annoncer } = useMessage();
  return (
    <Page titre={TITRE} parents={[{ label: TITRE_MISSIONS, to: chemins.missions }]} chapo="Les missions auxquelles vous avez candidaté ou été proposé·e, et vos jours d'expertise par projet.">
      <ZoneMessage message={message} zone={zone} />
      {requete.etat === "chargement" && <p role="status">Chargement de vos candidatures…</p>}
      {requete.etat === "erreur" && <AlerteErreur erreur={requete.erreur} titre="Vos candidatures n'ont pas pu être chargées" />}
      {requete.etat === "succes" && (
        <>
          <h2>Candidatures</h2>
          {requete.donnees.candidatures.length === 0 ? (
            <>
              <p>Vous n'avez encore candidaté à aucune mission.</p>
              <Button linkProps={{ to: chemins.missions }}>Voir les missions</Button>
            </>
          ) : (
            <Tableau sansLegende legende="Mes candidatures" entetes={["Mission", "Projet", "État", "Depuis le", "Prochaines étapes"]}>
              {requete.donnees.candidatures.map((c) => (
                <tr key={c.id}>
                  <th scope="row" className={fr.cx("fr-cell--multiline")}>
                    <Link to={chemins.mission(c.mission.id)}>{c.mission.intitule}</Link>
                    <br />
                    <Link className={fr.cx("fr-text--sm")} to={chemins.candidature(c.id)}>
                      Voir la candidature<span className={fr.cx("fr-sr-only")}> : {c.mission.intitule}</span>
                    </Link>
                  </th>
                  <td>{c.mission.projet.intitule}</td>
                  <td>
                    <BadgesCandidature etat={c.etat} accord={c.accordEmployeur} petit />
                  </td>
                  <td>{formaterDate(c.modifieLe)}</td>
                  <td className={fr.cx("fr-cell--multiline")}>
                    <EtapesCandidature
                      c={c}
                      precision={c.mission.intitule}
                      apres={(apres) => {
                        setVersion((v) => v + 1);
                        annoncer({ succes: true, texte: `Votre candidature à « ${c.mission.intitule} » est ${apres.etatLibelle.toLowerCase()}.` });
                      }}
                      signaler={(texte) => annoncer({ succes: false, texte })}
                    />
                  </td>
                </tr>
              ))}
            </Tableau>
          )}
          <h2 className={fr.cx("fr-mt-6w")}>Mes jours par projet</h2>
          {requete.donnees.affectations.length === 0 ? (
            <p>Vous n'êtes affecté·e à aucune mission pour l'instant.</p>
          ) : (
            <TableauJours
              legende="Mes jours d'expertise par projet"
              lignes={requete.donnees.affectations.map((a) => ({ cle: a.projet.id, entete: a.projet.intitule, bilan: a }))}
            />
          )}
        </>
      )}
    </Page>
  );
}
