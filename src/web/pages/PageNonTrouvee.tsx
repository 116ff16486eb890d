import { fr } from "@codegouvfr/react-dsfr";
import { Link } from "react-router";
import { chemins } from "../chemins";
import { useTitreDePage } from "../components/useTitreDePage";

/** The DSFR "page non trouvée" template. The server answers index.html for any path; this is what unknown paths show. */
export function PageNonTrouvee() {
  useTitreDePage("Page non trouvée");
  return (
    <div className={fr.cx("fr-container")}>
      <div
        className={fr.cx(
          "fr-my-7w",
          "fr-mt-md-12w",
          "fr-mb-md-10w",
          "fr-grid-row",
          "fr-grid-row--gutters",
          "fr-grid-row--middle",
          "fr-grid-row--center",
        )}
      >
        <div className={fr.cx("fr-py-0", "fr-col-12", "fr-col-md-6")}>
          <h1 tabIndex={-1}>Page non trouvée</h1>
          <p className={fr.cx("fr-text--sm", "fr-mb-3w")}>Erreur 404</p>
          <p className={fr.cx("fr-text--sm", "fr-mb-5w")}>
            La page que vous cherchez est introuvable. Excusez-nous pour la gêne occasionnée.
          </p>
          <p className={fr.cx("fr-text--lead", "fr-mb-3w")}>
            Si vous avez tapé l'adresse web dans le navigateur, vérifiez qu'elle est correcte. La page n'est peut-être plus
            disponible.
          </p>
          <p className={fr.cx("fr-text--sm", "fr-mb-5w")}>
            Dans ce cas, pour continuer votre visite, vous pouvez consulter la page d'accueil ou le plan du site.
          </p>
          <ul className={fr.cx("fr-btns-group", "fr-btns-group--inline-md")}>
            <li>
              <Link className={fr.cx("fr-btn")} to={chemins.accueil}>
                Page d'accueil
              </Link>
            </li>
            <li>
              <Link className={fr.cx("fr-btn", "fr-btn--secondary")} to={chemins.planDuSite}>
                Plan du site
              </Link>
            </li>
          </ul>
        </div>
      </div>
    </div>
  );
}
