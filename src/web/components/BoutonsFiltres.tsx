import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Link } from "react-router";

/**
 * The end of a search's filters: the button that applies them all (for whoever prefers to choose
 * first), and, when some are set, the link to the same search without them.
 */
export function BoutonsFiltres({ sansFiltres }: { sansFiltres: string | undefined }) {
  return (
    <>
      <ul className={fr.cx("fr-btns-group", "fr-btns-group--sm")}>
        <li>
          <Button type="submit">Appliquer les filtres</Button>
        </li>
      </ul>
      {sansFiltres !== undefined && (
        <p>
          <Link to={sansFiltres}>Retirer tous les filtres</Link>
        </p>
      )}
    </>
  );
}
