import { fr } from "@codegouvfr/react-dsfr";
import type { ButtonProps } from "@codegouvfr/react-dsfr/Button";
import { ButtonsGroup } from "@codegouvfr/react-dsfr/ButtonsGroup";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { rechercherMissions, useRequete } from "../../api";
import { chemins } from "../../chemins";
import { ExigerConnexion } from "../../components/ExigerConnexion";
import { Page } from "../../components/Page";
import { peutPublierMissions, peutSuivreAffectations } from "../../roles";
import { useSession } from "../../session";
import { BarreDeRecherche } from "../vivier/BarreDeRecherche";
import { nomsDepuis, useReferentielsProfil } from "../vivier/FormulaireProfilReferentiels";
import { type CriteresRecherche, lireCriteres, versApi, versParams } from "./criteres";
import { FiltresMissions } from "./FiltresMissions";
import { ResultatsMissions } from "./ResultatsMissions";

export const TITRE_MISSIONS = "Missions d'expertise";

/** `/missions`: the missions open to every signed-in person, and the drafts of one's organisation. */
export function RechercheMissions() {
  return <ExigerConnexion titre={TITRE_MISSIONS}>{() => <Recherche />}</ExigerConnexion>;
}

/** What the role acted with does from here: publish, follow its candidacies, its agents' staffings. */
function ActionsDuRole() {
  const { appartenanceActive } = useSession();
  const boutons: ButtonProps[] = [];
  if (peutPublierMissions(appartenanceActive)) {
    boutons.push({ children: "Publier une mission", iconId: "fr-icon-add-line", linkProps: { to: chemins.projets } });
  }
  if (appartenanceActive?.role === "agent") {
    boutons.push({ children: "Mes candidatures", priority: "secondary", iconId: "fr-icon-file-text-line", linkProps: { to: chemins.mesCandidatures } });
  }
  if (appartenanceActive !== undefined && peutSuivreAffectations(appartenanceActive)) {
    boutons.push({
      children: "Les missions de nos agents",
      priority: "secondary",
      iconId: "fr-icon-team-line",
      linkProps: { to: chemins.affectationsOrganisation(appartenanceActive.organisation.id) },
    });
  }
  const [premier, ...autres] = boutons;
  if (premier === undefined) return null;
  return <ButtonsGroup className={fr.cx("fr-mb-4w")} inlineLayoutWhen="md and up" buttons={[premier, ...autres]} />;
}

function Recherche() {
  const [params, setParams] = useSearchParams();
  const { page, ...criteres } = lireCriteres(params);
  // The address names the search: a new one aborts the previous (see useRequete).
  const requete = useRequete(versParams(criteres, page).toString(), (signal) => rechercherMissions(versApi(criteres, page), signal));
  const referentiels = useReferentielsProfil();
  const donneesReferentiels = referentiels.etat === "succes" ? referentiels.donnees : undefined;

  // The form's fields start from the address and follow it when it changes from elsewhere (back
  // button, a link), without remounting the form: focus stays where the user is.
  const cle = versParams(criteres).toString();
  const [brouillon, setBrouillon] = useState<CriteresRecherche>(criteres);
  const [clePrecedente, setClePrecedente] = useState(cle);
  if (cle !== clePrecedente) {
    setClePrecedente(cle);
    setBrouillon(criteres);
  }

  /** Puts the search in the address (which runs it), back to its first page. */
  function appliquer(c: CriteresRecherche) {
    const nouvelle = versParams(c);
    if (nouvelle.toString() !== params.toString()) setParams(nouvelle);
  }

  const q = criteres.q.trim();
  return (
    <Page
      titre={TITRE_MISSIONS}
      titreDocument={q !== "" ? `Recherche « ${q} » - ${TITRE_MISSIONS}` : TITRE_MISSIONS}
      chapo="Les besoins d'expertise publiés par les opérateurs, le ministère et les collectivités : termes de référence, pays, domaines et sessions."
    >
      <ActionsDuRole />
      <BarreDeRecherche
        id="missions-recherche-texte"
        nom="Rechercher des missions"
        libelle="Rechercher une mission"
        aide="Des mots de l'intitulé. Les accents sont tolérés."
        exemple="Par exemple : eau potable, gestion des déchets"
        texte={brouillon.q}
        changer={(texte) => setBrouillon({ ...brouillon, q: texte })}
        soumettre={() => appliquer(brouillon)}
      />
      <div className={fr.cx("fr-grid-row", "fr-grid-row--gutters", "fr-mt-4w")}>
        <div className={fr.cx("fr-col-12", "fr-col-md-4", "fr-col-lg-3")}>
          <FiltresMissions
            criteres={brouillon}
            referentiels={donneesReferentiels}
            changer={(c, maintenant) => {
              setBrouillon(c);
              if (maintenant) appliquer(c);
            }}
            soumettre={() => appliquer(brouillon)}
          />
        </div>
        <div className={fr.cx("fr-col-12", "fr-col-md-8", "fr-col-lg-9")}>
          <ResultatsMissions requete={requete} criteres={criteres} page={page} noms={donneesReferentiels && nomsDepuis(donneesReferentiels)} />
        </div>
      </div>
    </Page>
  );
}
