import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { lireProjet, modifierProjet, type ProjetDetaille, useRequete } from "../../api";
import { chemins } from "../../chemins";
import { AlerteErreur } from "../../components/AlerteErreur";
import { ExigerConnexion } from "../../components/ExigerConnexion";
import { Fiche } from "../../components/Fiche";
import { formaterNombre } from "../../components/format";
import { Valeur } from "../../components/NonRenseigne";
import { Page } from "../../components/Page";
import { Tableau } from "../../components/Tableau";
import { useMessage, ZoneMessage } from "../../components/ZoneMessage";
import { AnnonceNavigation, BadgeEtatMission } from "./composants";
import { FormulaireProjet, saisieDuProjet } from "./FormulaireProjet";
import { TITRE_PROJETS } from "./PageProjets";
import { TITRE_MISSIONS } from "./RechercheMissions";

const TITRE = "Projet";
const PARENTS = [
  { label: TITRE_MISSIONS, to: chemins.missions },
  { label: TITRE_PROJETS, to: chemins.projets },
];

/** `/projets/:id`: a project of the organisation, its missions (drafts included), and a new one. */
export function PageProjet() {
  return <ExigerConnexion titre={TITRE}>{() => <Contenu />}</ExigerConnexion>;
}

function Contenu() {
  const { id = "" } = useParams();
  const requete = useRequete(`projet-${id}`, (signal) => lireProjet(id, signal));
  // The project as its change left it, until another project is shown.
  const [modifie, setModifie] = useState<ProjetDetaille | undefined>(undefined);
  if (requete.etat === "erreur") {
    const introuvable = requete.erreur.statut === 404 || requete.erreur.statut === 400;
    return (
      <Page titre={introuvable ? "Projet introuvable" : TITRE} parents={PARENTS}>
        {introuvable ? (
          <p>Aucun projet de votre organisation ne correspond à cette adresse.</p>
        ) : (
          <AlerteErreur erreur={requete.erreur} titre="Le projet n'a pas pu être chargé" />
        )}
      </Page>
    );
  }
  if (requete.etat === "chargement") {
    return (
      <Page titre={TITRE} parents={PARENTS}>
        <p role="status">Chargement du projet…</p>
      </Page>
    );
  }
  const p = modifie?.id === requete.donnees.id ? modifie : requete.donnees;
  return <Projet p={p} remplacer={setModifie} />;
}

function Projet({ p, remplacer }: { p: ProjetDetaille; remplacer: (p: ProjetDetaille) => void }) {
  const [edition, setEdition] = useState(false);
  const { message, zone, annoncer } = useMessage();
  return (
    <Page titre={p.intitule} titreDocument={`${p.intitule} - Projet`} parents={PARENTS}>
      {/* Said once: the first action on the page says its own. */}
      {message === undefined && <AnnonceNavigation />}
      <ZoneMessage message={message} zone={zone} />
      <Fiche
        lignes={[
          { libelle: "Organisation", valeur: p.organisation.nom },
          { libelle: "Programme", valeur: <Valeur>{p.programme}</Valeur> },
          { libelle: "Bailleur", valeur: <Valeur>{p.bailleur}</Valeur> },
          { libelle: "Description", valeur: <Valeur>{p.description}</Valeur> },
        ]}
      />
      {edition ? (
        <section aria-labelledby="projet-modifier" className={fr.cx("fr-mt-4w")}>
          <h2 id="projet-modifier">Modifier le projet</h2>
          <FormulaireProjet
            initiale={saisieDuProjet(p)}
            bouton="Enregistrer le projet"
            titreErreur="Le projet n'a pas pu être enregistré"
            echec="Le projet n'a pas pu être enregistré."
            enregistrer={async (saisie) => {
              remplacer(await modifierProjet(p.id, saisie));
              setEdition(false);
              annoncer({ succes: true, texte: "Le projet est enregistré." });
            }}
          />
          <Button className={fr.cx("fr-mt-2w")} priority="tertiary" onClick={() => setEdition(false)}>
            Annuler la modification
          </Button>
        </section>
      ) : (
        <Button priority="secondary" iconId="fr-icon-edit-line" onClick={() => setEdition(true)}>
          Modifier le projet
        </Button>
      )}

      <h2 className={fr.cx("fr-mt-6w")}>Missions du projet</h2>
      <Button className={fr.cx("fr-mb-3w")} iconId="fr-icon-add-line" linkProps={{ to: chemins.nouvelleMission(p.id) }}>
        Ajouter une mission
      </Button>
      {p.missions.length === 0 ? (
        <p>Aucune mission dans ce projet pour l'instant.</p>
      ) : (
        <Tableau sansLegende legende="Missions du projet" entetes={["Mission", "État", "Pays", "Experts recherchés"]}>
          {p.missions.map((m) => (
            <tr key={m.id}>
              <th scope="row">
                <Link to={chemins.mission(m.id)}>{m.intitule}</Link>
              </th>
              <td>
                <BadgeEtatMission etat={m.etat} petit />
              </td>
              <td>
                <Valeur>{m.paysLibelle}</Valeur>
              </td>
              <td>{formaterNombre(m.nombreExperts)}</td>
            </tr>
          ))}
        </Tableau>
      )}
    </Page>
  );
}
