import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { fr } from "@codegouvfr/react-dsfr";
import { Link, useNavigate, useParams } from "react-router";
import { lireProfil, modifierProfil, useRequete, type VueProfil } from "../api";
import { chemins } from "../chemins";
import { AlerteErreur } from "../components/AlerteErreur";
import { ExigerConnexion } from "../components/ExigerConnexion";
import { Page } from "../components/Page";
import { FormulaireProfil } from "./vivier/FormulaireProfil";
import { etatProfilEnregistre } from "./vivier/FormulaireProfilEnregistre";
import { saisieDepuisProfil } from "./vivier/FormulaireProfilSaisie";

const TITRE = "Modifier un profil";

/** `/vivier/profils/:id/modifier`: the agent's own profile, or one of the pool of their HR. */
export function ModifierProfil() {
  return <ExigerConnexion titre={TITRE}>{() => <Contenu />}</ExigerConnexion>;
}

/**
 * Where the form leads back to: the agent to their own page (where their consent is too), anyone
 * else to the profile's page.
 */
function retour(p: VueProfil): { label: string; to: string } {
  return p.regard === "titulaire" ? { label: "Mon profil d'expert", to: chemins.monProfil } : { label: `${p.prenom} ${p.nom}`, to: chemins.profil(p.id) };
}

function Contenu() {
  const { id = "" } = useParams();
  const requete = useRequete(`profil-${id}`, (signal) => lireProfil(id, signal));

  if (requete.etat === "chargement") {
    return (
      <Page titre={TITRE}>
        <p role="status">Chargement du profil…</p>
      </Page>
    );
  }
  if (requete.etat === "erreur") {
    // 404 (or 400 for an id that is not one): unknown, or not shown to this person; the API says which.
    const introuvable = requete.erreur.statut === 404 || requete.erreur.statut === 400;
    return (
      <Page titre={TITRE}>
        <AlerteErreur erreur={requete.erreur} titre={introuvable ? "Profil introuvable" : "Le profil n'a pas pu être chargé"} />
      </Page>
    );
  }
  const p = requete.donnees;
  if (!p.droits.modifier) {
    return (
      <Page titre={TITRE}>
        <Alert
          severity="error"
          as="h2"
          title="Accès refusé"
          description="Seuls l'agent et le service des ressources humaines de son employeur modifient ce profil."
        />
        <p className={fr.cx("fr-mt-3w")}>
          <Link to={chemins.profil(p.id)}>Revenir au profil</Link>
        </p>
      </Page>
    );
  }
  return <Modification p={p} />;
}

function Modification({ p }: { p: VueProfil }) {
  const navigate = useNavigate();
  const titulaire = p.regard === "titulaire";
  const destination = retour(p);

  return (
    <Page titre={titulaire ? "Modifier mon profil" : `Modifier le profil de ${p.prenom} ${p.nom}`} parents={[destination]} lecture>
      <p>
        {titulaire
          ? "Tenez votre profil à jour : un profil complet et récent est mieux trouvé par les collectivités et les opérateurs qui cherchent un expert."
          : `Le profil de ${p.prenom} ${p.nom}, agent de ${p.organisation.nom}. Qui le voit, c'est l'agent qui le choisit.`}
      </p>
      <FormulaireProfil
        initiale={saisieDepuisProfil(p)}
        bouton="Enregistrer le profil"
        titreErreur="Le profil n'a pas pu être enregistré"
        echec="Le profil n'a pas pu être enregistré."
        confirmeLeProfil
        enregistrer={async (saisie) => {
          await modifierProfil(p.id, saisie);
          navigate(destination.to, {
            state: etatProfilEnregistre({ message: "Le profil est enregistré, et confirmé à jour à la date d'aujourd'hui.", cree: false }),
          });
        }}
      />
      <p className={fr.cx("fr-mt-3w")}>
        <Link to={destination.to}>Annuler et revenir {titulaire ? "à mon profil" : "au profil"}</Link>
      </p>
    </Page>
  );
}
