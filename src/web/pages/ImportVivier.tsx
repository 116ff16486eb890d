import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { useParams } from "react-router";
import type { Appartenance } from "../api";
import { chemins } from "../chemins";
import { ExigerConnexion } from "../components/ExigerConnexion";
import { AlerteFormulaire } from "../components/formulaire";
import { Page } from "../components/Page";
import { rolesAutorises } from "../../domain/acces/politique";
import { useSession } from "../session";
import { ImportCorrespondance } from "./vivier/ImportCorrespondance";
import { useImportVivier } from "./vivier/ImportEtat";
import { ImportExport } from "./vivier/ImportExport";
import { ImportFichier } from "./vivier/ImportFichier";
import { ImportProgression } from "./vivier/ImportProgression";
import { ImportRapport, resumerRapport } from "./vivier/ImportRapport";
import { ImportValidation } from "./vivier/ImportValidation";

const TITRE = "Importer le vivier";

/** `/organisations/:id/vivier/import`: the organisation's HR imports its agents from a spreadsheet. */
export function ImportVivier() {
  return <ExigerConnexion titre={TITRE}>{() => <Contenu />}</ExigerConnexion>;
}

// From the server's policy table, so that the page and the API never disagree on who imports.
const ROLES_IMPORT: readonly string[] = rolesAutorises("vivier.gerer_profils");
const importePour = (a: Appartenance | undefined, organisationId: string) => a !== undefined && ROLES_IMPORT.includes(a.role) && a.organisation.id === organisationId;

function Contenu() {
  const { id = "" } = useParams();
  const { appartenanceActive, appartenances } = useSession();
  // The API decides in the end (403/404); this only spares a file sent for nothing.
  if (importePour(appartenanceActive, id)) return <Import organisationId={id} organisationNom={appartenanceActive!.organisation.nom} />;
  const role = appartenances.find((a) => importePour(a, id));
  return (
    <Page titre={TITRE} lecture>
      <Alert
        severity="error"
        as="h2"
        title="Accès refusé"
        description={`Seul le service des ressources humaines de l'organisation importe ses agents dans le vivier${
          role === undefined ? "." : ` : choisissez votre rôle « ${role.roleLibelle} » dans l'en-tête, puis revenez sur cette page.`
        }`}
      />
    </Page>
  );
}

function Import({ organisationId, organisationNom }: { organisationId: string; organisationNom: string }) {
  const etat = useImportVivier(organisationId);
  const { analyse, erreurs } = etat;
  const occupe = etat.progression !== undefined;
  const annonce = analyse === undefined || etat.ecrit !== undefined ? "" : `Simulation terminée. ${resumerRapport(analyse.rapport.totaux)}`;
  return (
    <Page
      titre={TITRE}
      parents={[{ label: organisationNom, to: chemins.organisation(organisationId) }]}
      chapo={`Reprenez la liste des agents mobilisables de ${organisationNom} depuis un tableur. Une simulation montre ce que l'import fera, ligne par ligne, avant que rien ne soit écrit.`}
    >
      <section aria-labelledby="vivier-import-titre-fichier">
        <h2 id="vivier-import-titre-fichier">Choisir le fichier</h2>
        <p>
          Les agents déjà dans le vivier sont reconnus à leur adresse électronique ou à leur numéro d'agent : réimporter le même
          fichier ne crée pas de doublon. Le consentement n'est jamais importé : un profil créé n'est visible que de votre
          organisation, jusqu'à ce que l'agent choisisse.
        </p>
        <AlerteFormulaire erreur={erreurs.generale} zone={erreurs.zoneAlerte} titre="Le fichier n'a pas pu être analysé" />
        <ImportFichier erreur={erreurs.champs.fichier} choisir={etat.choisirFichier} desactive={etat.progression?.operation === "import"} />
        <ImportProgression progression={etat.progression} annonce={annonce} />
      </section>
      {analyse !== undefined && (
        <>
          <ImportCorrespondance
            colonnes={analyse.colonnes}
            choix={etat.choix}
            changer={etat.changerChoix}
            erreurs={erreurs.champs}
            modifiee={etat.modifiee}
            occupe={occupe}
            relancer={etat.relancer}
          />
          <ImportRapport analyse={analyse} titre={etat.ecrit === undefined ? "Résultat de la simulation" : "Rapport de l'import"} />
          <ImportValidation
            totaux={analyse.rapport.totaux}
            modifiee={etat.modifiee}
            importe={etat.ecrit !== undefined}
            occupe={occupe}
            importer={(seulement) => void etat.importer(seulement)}
            message={etat.message}
          />
        </>
      )}
      <ImportExport organisationId={organisationId} />
    </Page>
  );
}
