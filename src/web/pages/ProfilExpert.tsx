import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useState } from "react";
import { Link, useLocation, useParams } from "react-router";
import { lireLangues, lireProfil, lireThesaurus, rechercherPays, useRequete, type VueProfil } from "../api";
import { chemins } from "../chemins";
import { AlerteErreur } from "../components/AlerteErreur";
import { ExigerConnexion } from "../components/ExigerConnexion";
import { Page } from "../components/Page";
import { peutRechercherVivier } from "../roles";
import { useSession } from "../session";
import { TITRE_RECHERCHE_VIVIER } from "./RechercheVivier";
import { ActionsProfil } from "./vivier/ActionsProfil";
import { formaterJour, libellePosition, moisEntre } from "./vivier/libelles";
import { Disponibilite, Documents, Expertise, IdentiteEtEmploi, Suivi, type Noms } from "./vivier/SectionsProfil";
import { AnnonceProfilEnregistre } from "./vivier/FormulaireProfilEnregistre";

const TITRE = "Profil d'expert";

/** `/vivier/profils/:id`: one profile of the pool, as far as the signed-in person may see it. */
export function ProfilExpert() {
  return <ExigerConnexion titre={TITRE}>{() => <Contenu />}</ExigerConnexion>;
}

/** The search the user came from, when there was one (see CarteProfil); none for who may not search. */
function useParents(): { label: string; to: string }[] {
  const { appartenanceActive } = useSession();
  const state: unknown = useLocation().state;
  if (!peutRechercherVivier(appartenanceActive)) return [];
  const recherche =
    typeof state === "object" && state !== null && "recherche" in state && typeof state.recherche === "string" && state.recherche.startsWith("?")
      ? state.recherche
      : "";
  return [{ label: TITRE_RECHERCHE_VIVIER, to: `${chemins.vivier}${recherche}` }];
}

/**
 * The French names of the thesaurus, the languages and the countries. A reference list that could
 * not be read leaves its codes as they are rather than hiding the profile.
 */
function useNoms(): Noms | undefined {
  const thesaurus = useRequete("thesaurus", (signal) => lireThesaurus(signal));
  const langues = useRequete("langues", (signal) => lireLangues(signal));
  const pays = useRequete("pays", (signal) => rechercherPays("", signal));
  if (thesaurus.etat === "chargement" || langues.etat === "chargement" || pays.etat === "chargement") return undefined;
  const table = (paires: [string, string][] | undefined) => {
    const m = new Map(paires);
    return (code: string) => m.get(code) ?? code;
  };
  return {
    domaine: table(thesaurus.etat === "succes" ? thesaurus.donnees.domaines.map((d) => [d.code, d.fr]) : undefined),
    langue: table(langues.etat === "succes" ? langues.donnees.langues.map((l) => [l.code, l.fr]) : undefined),
    pays: table(pays.etat === "succes" ? pays.donnees.resultats.map((x) => [x.code, x.nom]) : undefined),
  };
}

function Contenu() {
  const { id = "" } = useParams();
  const requete = useRequete(`profil-${id}`, (signal) => lireProfil(id, signal));
  const noms = useNoms();
  const parents = useParents();
  // The profile as an action (confirmation) left it, until another profile is shown.
  const [apresAction, setApresAction] = useState<VueProfil | undefined>(undefined);

  if (requete.etat === "erreur") {
    // 400 too: the API refuses an id that is not a UUID, which for the user is just a wrong address.
    const introuvable = requete.erreur.statut === 404 || requete.erreur.statut === 400;
    return introuvable ? (
      <Page titre="Profil introuvable" parents={parents}>
        <p>
          Aucun profil ne correspond à cette adresse, ou son agent n'a pas choisi de vous le montrer. Le lien est peut-être
          incomplet, ou le profil a été effacé.
        </p>
        {parents.length > 0 && <Button linkProps={{ to: chemins.vivier }}>Rechercher des experts</Button>}
      </Page>
    ) : (
      <Page titre={TITRE} parents={parents}>
        <AlerteErreur erreur={requete.erreur} titre="Le profil n'a pas pu être chargé" />
      </Page>
    );
  }
  if (requete.etat === "chargement" || noms === undefined) {
    return (
      <Page titre={TITRE} parents={parents}>
        <p role="status">Chargement du profil…</p>
      </Page>
    );
  }

  const p = apresAction?.id === requete.donnees.id ? apresAction : requete.donnees;
  return <Profil p={p} noms={noms} parents={parents} remplacer={setApresAction} />;
}

function Profil({ p, noms, parents, remplacer }: { p: VueProfil; noms: Noms; parents: { label: string; to: string }[]; remplacer: (p: VueProfil) => void }) {
  const mois = moisEntre(p.confirmeLe, p.perimeLe) ?? 12;
  return (
    <Page titre={`${p.prenom} ${p.nom}`} parents={parents}>
      <AnnonceProfilEnregistre profilId={p.id} />
      <ul className={fr.cx("fr-badges-group", "fr-mb-2w")}>
        <li>
          <Badge as="span" severity="info" noIcon>
            {libellePosition(p.position)}
          </Badge>
        </li>
        {p.perime && (
          <li>
            <Badge as="span" severity="warning">
              À confirmer
            </Badge>
          </li>
        )}
      </ul>
      <p className={fr.cx("fr-text--lead")}>
        {p.metier !== undefined && p.metier !== "" && <>{p.metier}, </>}
        <Link to={chemins.organisation(p.organisation.id)}>{p.organisation.nom}</Link>
      </p>
      <p>
        Confirmé le {formaterJour(p.confirmeLe)}. Visible : {p.visibiliteLibelle}.
      </p>

      {p.perime && (
        <Alert
          className={fr.cx("fr-mb-3w")}
          severity="warning"
          as="h2"
          title={`Ce profil n'a pas été confirmé depuis plus de ${mois} mois`}
          description={
            p.droits.modifier
              ? "Vérifiez-le puis confirmez qu'il est à jour, ou modifiez-le : il retrouvera sa place dans les recherches des profils à jour."
              : "Ses informations ont pu changer : vérifiez-les avec l'agent ou son employeur avant de le solliciter."
          }
        />
      )}
      {p.alerteLimiteAge !== null && (
        <Alert
          className={fr.cx("fr-mb-3w")}
          severity="warning"
          as="h2"
          title={`Limite d'âge (règle ${p.alerteLimiteAge.regle})`}
          description={
            <>
              <p>{p.alerteLimiteAge.message}</p>
              <p className={fr.cx("fr-text--sm", "fr-mb-0")}>Référence : {p.alerteLimiteAge.reference}</p>
            </>
          }
        />
      )}

      <ActionsProfil p={p} remplacer={remplacer} apresEffacement={parents.length > 0 ? chemins.vivier : chemins.accueil} />

      <IdentiteEtEmploi p={p} />
      <Expertise p={p} noms={noms} />
      <Disponibilite p={p} />
      <Suivi p={p} />
      <Documents p={p} />
    </Page>
  );
}
