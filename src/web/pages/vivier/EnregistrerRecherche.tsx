import { fr } from "@codegouvfr/react-dsfr";
import { useState } from "react";
import { Link } from "react-router";
import { enregistrerRecherche } from "../../api";
import { chemins } from "../../chemins";
import { ChampSaisie } from "../../components/Champs";
import { Formulaire, useFormulaire } from "../../components/formulaire";
import { useMessage, ZoneMessage } from "../../components/ZoneMessage";
import { type Criteres, versApi } from "./criteres";

const CHAMPS = { nom: "recherche-enregistree-nom" };

/**
 * Saves the search on the page, to be told of the new profiles it will find (docs/missions.md
 * "Candidats classés et alertes"): it runs again every hour with the reader's role and perimeter.
 */
export function EnregistrerRecherche({ criteres }: { criteres: Criteres }) {
  const [nom, setNom] = useState(criteres.q.trim());
  const formulaire = useFormulaire(CHAMPS);
  const { message, zone, annoncer, effacer } = useMessage();

  function soumettre() {
    effacer();
    void formulaire.envoyer(async () => {
      const { page: _page, parPage: _parPage, ...sansPage } = versApi(criteres, 1);
      const r = await enregistrerRecherche(nom, sansPage);
      annoncer({ succes: true, texte: `La recherche « ${r.nom} » est enregistrée : vous serez prévenu·e des nouveaux profils qu'elle trouvera.` });
    }, "La recherche n'a pas pu être enregistrée.");
  }

  return (
    <details className={fr.cx("fr-mt-3w")}>
      <summary>Être prévenu·e des nouveaux profils de cette recherche</summary>
      <section aria-labelledby="enregistrer-recherche" className={fr.cx("fr-mt-2w")}>
        <h2 id="enregistrer-recherche" className={fr.cx("fr-h6")}>
          Enregistrer cette recherche
        </h2>
        <ZoneMessage message={message} zone={zone} />
        <Formulaire
          etat={formulaire}
          titreErreur="La recherche n'a pas pu être enregistrée"
          mention="Elle sera refaite chaque heure ; vous serez prévenu·e selon votre préférence d'alertes (page Notifications)."
          bouton="Enregistrer la recherche"
          soumettre={soumettre}
          titreId="enregistrer-recherche"
        >
          <ChampSaisie id={CHAMPS.nom} label="Nom de la recherche" erreur={formulaire.champs.nom} valeur={nom} changer={setNom} maxLength={120} />
        </Formulaire>
        <p className={fr.cx("fr-text--sm")}>
          <Link to={chemins.notifications}>Voir mes recherches enregistrées et ma préférence d'alertes</Link>
        </p>
      </section>
    </details>
  );
}
