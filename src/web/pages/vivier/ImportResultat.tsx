import { Link } from "react-router";
import type { ResultatImport } from "../../api";
import { chemins } from "../../chemins";
import { pluriel } from "../../components/format";

/** "12 profils créés, 3 mis à jour.": what an import wrote. */
export function phraseEcrit({ crees, misAJour }: ResultatImport["ecrit"]): string {
  if (crees === 0 && misAJour === 0) return "Aucun profil créé ni mis à jour : le vivier était déjà à jour.";
  return `${pluriel(crees, "profil créé", "profils créés")}, ${pluriel(misAJour, "mis à jour", "mis à jour")}.`;
}

/** The import's outcome, and the way to the profiles in the pool's search. */
export function ImportResultat({ ecrit, organisationId }: { ecrit: ResultatImport["ecrit"]; organisationId: string }) {
  return (
    <>
      <p>{phraseEcrit(ecrit)}</p>
      <p>
        <Link to={`${chemins.vivier}?employeur=${encodeURIComponent(organisationId)}`}>Voir les agents de votre organisation dans le vivier</Link>
      </p>
    </>
  );
}
