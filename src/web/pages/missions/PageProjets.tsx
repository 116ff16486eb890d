import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Link, useNavigate } from "react-router";
import { creerProjet, listerProjets, useRequete } from "../../api";
import { chemins } from "../../chemins";
import { AlerteErreur } from "../../components/AlerteErreur";
import { formaterDate } from "../../components/dates";
import { formaterNombre, pluriel } from "../../components/format";
import { ExigerConnexion } from "../../components/ExigerConnexion";
import { Valeur } from "../../components/NonRenseigne";
import { Page } from "../../components/Page";
import { Tableau } from "../../components/Tableau";
import { peutPublierMissions } from "../../roles";
import { useSession } from "../../session";
import { etatAnnonce } from "./composants";
import { FormulaireProjet, saisieDuProjet } from "./FormulaireProjet";
import { QUI_PUBLIE, Reserve } from "./Reserve";
import { TITRE_MISSIONS } from "./RechercheMissions";

export const TITRE_PROJETS = "Publier une mission";
const PARENTS_PROJETS = [{ label: TITRE_MISSIONS, to: chemins.missions }];

/** `/projets`: the organisation's projects, where its missions are published from. */
export function PageProjets() {
  return (
    <ExigerConnexion titre={TITRE_PROJETS}>
      {() => (
        <Reserve titre={TITRE_PROJETS} parents={PARENTS_PROJETS} permis={peutPublierMissions} qui={QUI_PUBLIE}>
          <Projets />
        </Reserve>
      )}
    </ExigerConnexion>
  );
}

function Projets() {
  const { appartenanceActive } = useSession();
  const requete = useRequete(`projets-${appartenanceActive?.id ?? ""}`, (signal) => listerProjets({ parPage: 100 }, signal));
  return (
    <Page
      titre={TITRE_PROJETS}
      parents={PARENTS_PROJETS}
      chapo={`Chaque mission appartient à un projet de ${appartenanceActive?.organisation.nom ?? "votre organisation"} : les jours qu'un agent donne à un même projet s'additionnent.`}
    >
      <Button className={fr.cx("fr-mb-4w")} iconId="fr-icon-add-line" linkProps={{ to: chemins.nouveauProjet }}>
        Créer un projet
      </Button>
      <h2>Les projets de votre organisation</h2>
      {requete.etat === "chargement" && <p role="status">Chargement des projets…</p>}
      {requete.etat === "erreur" && <AlerteErreur erreur={requete.erreur} titre="Les projets n'ont pas pu être chargés" />}
      {requete.etat === "succes" && requete.donnees.resultats.length === 0 && <p>Aucun projet pour l'instant : créez-en un pour y publier une mission.</p>}
      {requete.etat === "succes" && requete.donnees.resultats.length > 0 && (
        <>
          <p>
            {pluriel(requete.donnees.total, "projet")}. Choisissez le projet de la mission, ou créez-en un.
          </p>
            <Tableau sansLegende legende="Les projets de votre organisation" entetes={["Projet", "Programme", "Bailleur", "Missions", "Créé le"]}>
              {requete.donnees.resultats.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    <Link to={chemins.projet(p.id)}>{p.intitule}</Link>
                  </th>
                  <td>
                    <Valeur>{p.programme}</Valeur>
                  </td>
                  <td>
                    <Valeur>{p.bailleur}</Valeur>
                  </td>
                  <td>{formaterNombre(p.missions)}</td>
                  <td>{formaterDate(p.creeLe)}</td>
                </tr>
              ))}
            </Tableau>
        </>
      )}
    </Page>
  );
}

const TITRE_NOUVEAU = "Créer un projet";

/** `/projets/nouveau`: a new project of the organisation, then its page, to add missions to it. */
export function NouveauProjet() {
  return (
    <ExigerConnexion titre={TITRE_NOUVEAU}>
      {() => (
        <Reserve titre={TITRE_NOUVEAU} parents={PARENTS_PROJETS} permis={peutPublierMissions} qui={QUI_PUBLIE}>
          <CreationProjet />
        </Reserve>
      )}
    </ExigerConnexion>
  );
}

function CreationProjet() {
  const navigate = useNavigate();
  return (
    <Page titre={TITRE_NOUVEAU} parents={[...PARENTS_PROJETS, { label: TITRE_PROJETS, to: chemins.projets }]} lecture>
      <FormulaireProjet
        initiale={saisieDuProjet(undefined)}
        bouton="Créer le projet"
        titreErreur="Le projet n'a pas pu être créé"
        echec="Le projet n'a pas pu être créé."
        enregistrer={async (saisie) => {
          const p = await creerProjet(saisie);
          navigate(chemins.projet(p.id), { state: etatAnnonce("Le projet est créé : ajoutez-lui une mission.") });
        }}
      />
    </Page>
  );
}
