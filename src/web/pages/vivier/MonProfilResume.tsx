import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useState } from "react";
import { Link } from "react-router";
import { confirmerProfil, type VueProfil } from "../../api";
import { chemins } from "../../chemins";
import { Fiche } from "../../components/Fiche";
import { versErreurApi } from "../../components/formulaire";
import type { Message } from "../../components/ZoneMessage";
import { formaterJour, formaterJourCivil, libellePosition } from "./libelles";
import { Expertise, type Noms } from "./SectionsProfil";

type Props = {
  p: VueProfil;
  noms: Noms;
  remplacer: (p: VueProfil) => void;
  annoncer: (message: Message) => void;
};

/**
 * The agent's profile in short (what the pool finds them by), how fresh it is, and the two things
 * to do with it: change it, or say it is still right.
 */
export function MonProfilResume({ p, noms, remplacer, annoncer }: Props) {
  const [enCours, setEnCours] = useState(false);

  async function confirmer() {
    setEnCours(true);
    try {
      remplacer(await confirmerProfil(p.id));
      annoncer({ succes: true, texte: "Votre profil est confirmé à jour à la date d'aujourd'hui." });
    } catch (erreur) {
      annoncer({ succes: false, texte: versErreurApi(erreur, "Votre profil n'a pas pu être confirmé.").probleme.detail });
    } finally {
      setEnCours(false);
    }
  }

  return (
    <>
      <p className={fr.cx("fr-text--lead")}>
        {p.prenom} {p.nom}
        {p.metier !== undefined && p.metier !== "" && <>, {p.metier}</>}, {p.organisation.nom}
      </p>
      {p.perime && (
        <Alert
          className={fr.cx("fr-mb-3w")}
          severity="warning"
          small
          description="Votre profil n'a pas été confirmé depuis longtemps : relisez-le, corrigez-le si besoin, puis confirmez qu'il est à jour. Un profil à jour est mieux trouvé."
        />
      )}
      <Fiche
        lignes={[
          { libelle: "Position statutaire", valeur: libellePosition(p.position) },
          { libelle: "Confirmé à jour le", valeur: formaterJour(p.confirmeLe) },
          { libelle: p.perime ? "À confirmer depuis le" : "À confirmer avant le", valeur: formaterJourCivil(p.perimeLe) },
          { libelle: "Qui peut le voir", valeur: p.visibiliteLibelle },
        ]}
      />
      <ul className={fr.cx("fr-btns-group", "fr-btns-group--inline-md", "fr-btns-group--icon-left", "fr-mt-2w")}>
        <li>
          <Button iconId="fr-icon-edit-line" linkProps={{ to: chemins.modifierProfil(p.id) }}>
            Modifier mon profil
          </Button>
        </li>
        <li>
          <Button priority="secondary" iconId="fr-icon-check-line" disabled={enCours} onClick={() => void confirmer()}>
            Confirmer que mon profil est à jour
          </Button>
        </li>
      </ul>
      <p>
        <Link to={chemins.profil(p.id)}>Voir mon profil complet, tel que votre employeur le voit</Link>
      </p>
      <Expertise p={p} noms={noms} />
    </>
  );
}
