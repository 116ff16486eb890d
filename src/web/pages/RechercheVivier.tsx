import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { ButtonsGroup } from "@codegouvfr/react-dsfr/ButtonsGroup";
import { useState } from "react";
import { useLocation, useSearchParams } from "react-router";
import { rechercherProfils, useRequete } from "../api";
import { chemins } from "../chemins";
import { ExigerConnexion } from "../components/ExigerConnexion";
import { Page } from "../components/Page";
import { peutRechercherVivier } from "../roles";
import { useSession } from "../session";
import { BarreDeRecherche } from "./vivier/BarreDeRecherche";
import { type Criteres, erreursPeriode, lireCriteres, versApi, versParams } from "./vivier/criteres";
import { Filtres, IDS_PERIODE } from "./vivier/Filtres";
import { EnregistrerRecherche } from "./vivier/EnregistrerRecherche";
import { Resultats } from "./vivier/Resultats";

export const TITRE_RECHERCHE_VIVIER = "Rechercher des experts";

/** `/vivier`: the search of the pool of experts, for the roles that may search it. */
export function RechercheVivier() {
  return <ExigerConnexion titre={TITRE_RECHERCHE_VIVIER}>{() => <Contenu />}</ExigerConnexion>;
}

function Contenu() {
  const { appartenanceActive, appartenances } = useSession();
  if (peutRechercherVivier(appartenanceActive)) return <Recherche />;
  const autreRole = appartenances.find((a) => peutRechercherVivier(a));
  return (
    <Page titre={TITRE_RECHERCHE_VIVIER} lecture>
      <Alert
        severity="info"
        as="h2"
        title="Votre rôle ne permet pas de rechercher dans le vivier"
        description={
          <>
            <p>
              La recherche est ouverte aux services des ressources humaines et aux chargés de relations internationales des
              collectivités, aux opérateurs et au ministère de l'Europe et des Affaires étrangères.
            </p>
            {autreRole !== undefined && (
              <p>
                Vous avez aussi le rôle « {autreRole.roleLibelle} » ({autreRole.organisation.nom}) : choisissez-le dans l'en-tête,
                puis revenez sur cette page.
              </p>
            )}
          </>
        }
      />
    </Page>
  );
}

/** HR keeps its own pool: adding one agent, or importing a spreadsheet. */
function ActionsRh() {
  const { appartenanceActive } = useSession();
  if (appartenanceActive?.role !== "gestionnaire_rh") return null;
  const organisationId = appartenanceActive.organisation.id;
  return (
    <ButtonsGroup
      className={fr.cx("fr-mb-4w")}
      inlineLayoutWhen="md and up"
      buttons={[
        { children: "Ajouter un agent au vivier", priority: "secondary", iconId: "fr-icon-user-add-line", linkProps: { to: chemins.nouveauProfil(organisationId) } },
        { children: "Importer un fichier d'agents", priority: "tertiary", iconId: "fr-icon-upload-line", linkProps: { to: chemins.importVivier(organisationId) } },
      ]}
    />
  );
}

/** The name of the profile just erased, handed by the profile page (see ProfilExpert). */
function lireEfface(state: unknown): string | undefined {
  if (typeof state !== "object" || state === null || !("efface" in state)) return undefined;
  return typeof state.efface === "string" ? state.efface : undefined;
}

function Recherche() {
  const [params, setParams] = useSearchParams();
  const { page, ...criteres } = lireCriteres(params);
  // The address names the search: a new one aborts the previous (see useRequete).
  const cleRequete = versParams(criteres, page).toString();
  const requete = useRequete(cleRequete, (signal) => rechercherProfils(versApi(criteres, page), signal));
  const efface = lireEfface(useLocation().state);

  // The form's fields start from the address and follow it when it changes from elsewhere (back
  // button, a link): React's "adjust state when a prop changes", without an effect. The form is
  // not remounted for that, so focus stays where the user is.
  const cle = versParams(criteres).toString();
  const [brouillon, setBrouillon] = useState<Criteres>(criteres);
  const [clePrecedente, setClePrecedente] = useState(cle);
  const [erreurs, setErreurs] = useState<{ disponibleDu?: string; disponibleAu?: string }>({});
  if (cle !== clePrecedente) {
    setClePrecedente(cle);
    setBrouillon(criteres);
    setErreurs({});
  }

  /** Puts the search in the address (which runs it), back to its first page. */
  function appliquer(c: Criteres) {
    const enErreur = erreursPeriode(c.disponibleDu, c.disponibleAu);
    setErreurs(enErreur);
    if (enErreur.disponibleDu !== undefined || enErreur.disponibleAu !== undefined) {
      const id = enErreur.disponibleDu !== undefined ? IDS_PERIODE.disponibleDu : IDS_PERIODE.disponibleAu;
      window.setTimeout(() => document.getElementById(id)?.focus(), 0);
      return;
    }
    const nouvelle = versParams(c);
    // The same search again adds no step to the browser's history.
    if (nouvelle.toString() !== params.toString()) setParams(nouvelle);
  }

  const donnees = requete.etat === "succes" ? requete.donnees : requete.etat === "chargement" ? requete.precedent : undefined;
  const q = criteres.q.trim();

  return (
    <Page
      titre={TITRE_RECHERCHE_VIVIER}
      titreDocument={q !== "" ? `Recherche « ${q} » - Vivier d'experts` : TITRE_RECHERCHE_VIVIER}
      chapo="Les agents des collectivités qui acceptent de partir en mission à l'international : leurs domaines, leurs langues, les pays qu'ils connaissent."
    >
      {efface !== undefined && (
        <Alert className={fr.cx("fr-mb-4w")} severity="success" small role="status" description={`Le profil de ${efface} a été effacé.`} />
      )}
      <ActionsRh />
      <BarreDeRecherche
        texte={brouillon.q}
        changer={(texte) => setBrouillon({ ...brouillon, q: texte })}
        soumettre={() => appliquer(brouillon)}
      />
      <div className={fr.cx("fr-grid-row", "fr-grid-row--gutters", "fr-mt-4w")}>
        <div className={fr.cx("fr-col-12", "fr-col-md-4", "fr-col-lg-3")}>
          {/* On a phone the filters come first and are long: a way past them. */}
          <p className={fr.cx("fr-hidden-md")}>
            <a
              href="#titre-resultats"
              onClick={(e) => {
                // Focus, not just scroll; and no #fragment in the address, which is the search's link.
                e.preventDefault();
                document.getElementById("titre-resultats")?.focus();
              }}
            >
              Aller aux résultats
            </a>
          </p>
          <Filtres
            criteres={brouillon}
            facettes={donnees?.facettes}
            estimees={donnees?.facettesEstimees === true}
            erreurs={erreurs}
            changer={(c, maintenant) => {
              setBrouillon(c);
              if (maintenant) appliquer(c);
            }}
            soumettre={() => appliquer(brouillon)}
          />
        </div>
        <div className={fr.cx("fr-col-12", "fr-col-md-8", "fr-col-lg-9")}>
          <Resultats requete={requete} criteres={criteres} page={page} recherche={params.toString() === "" ? "" : `?${params.toString()}`} />
          <EnregistrerRecherche key={params.toString()} criteres={criteres} />
        </div>
      </div>
    </Page>
  );
}
