import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { useNavigate, useParams } from "react-router";
import { type Appartenance, creerProfil } from "../api";
import { chemins } from "../chemins";
import { ExigerConnexion } from "../components/ExigerConnexion";
import { Page } from "../components/Page";
import { useSession } from "../session";
import { TITRE_RECHERCHE_VIVIER } from "./RechercheVivier";
import { FormulaireProfil } from "./vivier/FormulaireProfil";
import { etatProfilEnregistre } from "./vivier/FormulaireProfilEnregistre";
import { saisieVide } from "./vivier/FormulaireProfilSaisie";

const TITRE = "Ajouter un agent au vivier";

/** `/organisations/:id/vivier/nouveau`: for the organisation's HR (gestionnaire RH). */
export function NouveauProfil() {
  return <ExigerConnexion titre={TITRE}>{() => <Contenu />}</ExigerConnexion>;
}

const estRhDe = (a: Appartenance | undefined, organisationId: string) => a?.role === "gestionnaire_rh" && a.organisation.id === organisationId;

function Contenu() {
  const { id = "" } = useParams();
  const { appartenanceActive, appartenances } = useSession();
  // The API decides in the end (403/404); this only spares a form that could not be sent.
  if (!estRhDe(appartenanceActive, id)) {
    const conseil = appartenances.some((a) => estRhDe(a, id)) ? " : choisissez votre rôle de gestionnaire RH dans l'en-tête, puis revenez sur cette page." : ".";
    return (
      <Page titre={TITRE} lecture>
        <Alert severity="error" as="h2" title="Accès refusé" description={`Seul le service des ressources humaines de l'organisation ajoute ses agents au vivier${conseil}`} />
      </Page>
    );
  }
  return <Creation organisationId={id} organisationNom={appartenanceActive!.organisation.nom} />;
}

function Creation({ organisationId, organisationNom }: { organisationId: string; organisationNom: string }) {
  const navigate = useNavigate();
  return (
    <Page titre={TITRE} lecture parents={[{ label: TITRE_RECHERCHE_VIVIER, to: chemins.vivier }]} chapo={`Le profil d'un agent de ${organisationNom} dans le vivier d'experts.`}>
      <p>
        Le profil n'est visible que de votre organisation tant que l'agent ne l'a pas repris. Une fois créé, envoyez-lui le lien
        pour le reprendre : il pourra le compléter et choisir lui-même qui le voit (les opérateurs comme Expertise France, le
        ministère de l'Europe et des Affaires étrangères).
      </p>
      <FormulaireProfil
        initiale={saisieVide()}
        bouton="Créer le profil"
        titreErreur="Le profil n'a pas pu être créé"
        echec="Le profil n'a pas pu être créé."
        enregistrer={async (saisie) => {
          const profil = await creerProfil(organisationId, saisie);
          navigate(chemins.profil(profil.id), {
            state: etatProfilEnregistre({
              message: `Le profil de ${profil.prenom} ${profil.nom} est créé. Il n'est visible que de votre organisation tant que l'agent ne l'a pas repris.`,
              cree: true,
            }),
          });
        }}
      />
    </Page>
  );
}
