import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useState } from "react";
import { effacerProfil, urlExportProfil, type VueProfil } from "../../api";
import { useConfirmation } from "../../components/Confirmation";
import { versErreurApi } from "../../components/formulaire";
import type { Message } from "../../components/ZoneMessage";

type Props = {
  p: VueProfil;
  annoncer: (message: Message) => void;
  /** Once erased: the page shows that there is no profile any more. */
  efface: () => void;
};

/** The agent's rights over their data (GDPR): a copy of all of it, and erasure. */
export function MonProfilDonnees({ p, annoncer, efface }: Props) {
  const confirmation = useConfirmation();
  const [enCours, setEnCours] = useState(false);

  async function effacer() {
    setEnCours(true);
    try {
      await effacerProfil(p.id);
      efface();
      annoncer({ succes: true, texte: "Votre profil est effacé. Seules des statistiques anonymes en restent." });
    } catch (erreur) {
      annoncer({ succes: false, texte: versErreurApi(erreur, "Votre profil n'a pas pu être effacé.").probleme.detail });
    } finally {
      setEnCours(false);
    }
  }

  function demanderEffacement() {
    confirmation.demander({
      titre: "Effacer mon profil",
      texte: (
        <>
          <p>
            Toutes les données de votre profil seront supprimées de Vivier, et plus personne ne pourra vous y trouver. Seules des
            statistiques anonymes resteront (employeur, position, domaines, langues, pays), sans rien qui permette de vous
            reconnaître.
          </p>
          <p>Votre compte Vivier, lui, reste ouvert. Cette action est définitive.</p>
        </>
      ),
      bouton: "Effacer mon profil",
      action: () => void effacer(),
    });
  }

  return (
    <section className={fr.cx("fr-mt-6w")} aria-labelledby="mes-donnees">
      <h2 id="mes-donnees">Mes données</h2>
      <p>
        Vous pouvez à tout moment télécharger toutes les données de votre profil, avec l'historique de vos choix, ou effacer votre
        profil.
      </p>
      <ul className={fr.cx("fr-btns-group", "fr-btns-group--inline-md", "fr-btns-group--icon-left")}>
        <li>
          {/* Served by the API with the session cookie: a plain link, which the browser downloads. */}
          <a
            className={fr.cx("fr-btn", "fr-btn--secondary", "fr-icon-download-line", "fr-btn--icon-left")}
            href={urlExportProfil(p.id)}
            download={`profil-${p.id}.json`}
          >
            Télécharger toutes mes données (JSON)
          </a>
        </li>
        <li>
          <Button priority="tertiary" iconId="fr-icon-delete-line" disabled={enCours} onClick={demanderEffacement}>
            Effacer mon profil
          </Button>
        </li>
      </ul>
      {confirmation.element}
    </section>
  );
}
