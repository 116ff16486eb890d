import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useNavigate, useParams } from "react-router";
import { creerMission, lireMission, lireProjet, modifierMission, useRequete } from "../../api";
import { chemins } from "../../chemins";
import { AlerteErreur } from "../../components/AlerteErreur";
import { ExigerConnexion } from "../../components/ExigerConnexion";
import { Page } from "../../components/Page";
import { peutPublierMissions } from "../../roles";
import { useSession } from "../../session";
import { etatAnnonce } from "./composants";
import { FormulaireMission } from "./FormulaireMission";
import { SOURCES_DU_TYPE } from "./libelles";
import { TITRE_PROJETS } from "./PageProjets";
import { TITRE_MISSIONS } from "./RechercheMissions";
import { QUI_PUBLIE, Reserve } from "./Reserve";
import { saisieDepuisMission, saisieVide } from "./saisie";

const TITRE_NOUVELLE = "Nouvelle mission";
const TITRE_MODIFIER = "Modifier la mission";
const MISSIONS = { label: TITRE_MISSIONS, to: chemins.missions };

/** The sources the organisation acted for publishes. */
function useSources() {
  const { appartenanceActive } = useSession();
  return SOURCES_DU_TYPE[appartenanceActive?.organisation.type ?? ""] ?? [];
}

/** `/projets/:id/missions/nouvelle`: a draft mission in the project, then its page (to publish it). */
export function NouvelleMission() {
  return (
    <ExigerConnexion titre={TITRE_NOUVELLE}>
      {() => (
        <Reserve titre={TITRE_NOUVELLE} parents={[MISSIONS]} permis={peutPublierMissions} qui={QUI_PUBLIE}>
          <Creation />
        </Reserve>
      )}
    </ExigerConnexion>
  );
}

function Creation() {
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const sources = useSources();
  const projet = useRequete(`projet-${id}`, (signal) => lireProjet(id, signal));
  const parents = [
    MISSIONS,
    { label: TITRE_PROJETS, to: chemins.projets },
    ...(projet.etat === "succes" ? [{ label: projet.donnees.intitule, to: chemins.projet(id) }] : []),
  ];
  return (
    <Page titre={TITRE_NOUVELLE} parents={parents} lecture>
      {projet.etat === "chargement" && <p role="status">Chargement du projet…</p>}
      {projet.etat === "erreur" && <AlerteErreur erreur={projet.erreur} titre="Le projet de la mission n'a pas pu être chargé" />}
      {projet.etat === "succes" && (
        <>
          <p>
            Projet : <strong>{projet.donnees.intitule}</strong>. La mission est d'abord enregistrée en brouillon, visible de votre organisation seulement ;
            vous la publiez ensuite depuis sa page.
          </p>
          <FormulaireMission
            initiale={saisieVide(sources[0] ?? "")}
            sources={sources}
            bouton="Enregistrer le brouillon"
            titreErreur="La mission n'a pas pu être enregistrée"
            echec="La mission n'a pas pu être enregistrée."
            enregistrer={async (saisie) => {
              const m = await creerMission(id, saisie);
              navigate(chemins.mission(m.id), { state: etatAnnonce("Le brouillon de la mission est enregistré. Publiez-le quand il est prêt.") });
            }}
          />
        </>
      )}
    </Page>
  );
}

/** `/missions/:id/modifier`: the draft of a mission (a published one changes its sessions from its page). */
export function ModifierMission() {
  return (
    <ExigerConnexion titre={TITRE_MODIFIER}>
      {() => (
        <Reserve titre={TITRE_MODIFIER} parents={[MISSIONS]} permis={peutPublierMissions} qui={QUI_PUBLIE}>
          <Modification />
        </Reserve>
      )}
    </ExigerConnexion>
  );
}

function Modification() {
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const sources = useSources();
  const requete = useRequete(`mission-${id}`, (signal) => lireMission(id, signal));
  const parents = [MISSIONS, ...(requete.etat === "succes" ? [{ label: requete.donnees.intitule, to: chemins.mission(id) }] : [])];
  return (
    <Page titre={TITRE_MODIFIER} parents={parents} lecture>
      {requete.etat === "chargement" && <p role="status">Chargement de la mission…</p>}
      {requete.etat === "erreur" && <AlerteErreur erreur={requete.erreur} titre="La mission n'a pas pu être chargée" />}
      {requete.etat === "succes" && !requete.donnees.droits.modifier && (
        <>
          <Alert
            severity="info"
            as="h2"
            title="Cette mission ne se modifie plus ici"
            description="Seul le brouillon d'une mission se modifie, par son organisation. Une mission publiée change ses sessions depuis sa page ; pour changer le reste, annulez-la et publiez-en une autre."
          />
          <Button className="fr-mt-3w" linkProps={{ to: chemins.mission(id) }}>
            Revenir à la mission
          </Button>
        </>
      )}
      {requete.etat === "succes" && requete.donnees.droits.modifier && (
        <FormulaireMission
          initiale={saisieDepuisMission(requete.donnees)}
          sources={sources}
          bouton="Enregistrer le brouillon"
          titreErreur="La mission n'a pas pu être enregistrée"
          echec="La mission n'a pas pu être enregistrée."
          enregistrer={async (saisie) => {
            await modifierMission(id, saisie);
            navigate(chemins.mission(id), { state: etatAnnonce("Le brouillon de la mission est enregistré.") });
          }}
        />
      )}
    </Page>
  );
}
