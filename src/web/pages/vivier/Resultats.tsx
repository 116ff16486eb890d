import { fr } from "@codegouvfr/react-dsfr";
import type { EtatRequete, ReponseRecherche } from "../../api";
import { formaterNombre, pluriel } from "../../components/format";
import { ResultatsPagines } from "../../components/ResultatsPagines";
import { CarteProfil } from "./CarteProfil";
import { aDesFiltres, type Criteres, PAGE_MAX, PAR_PAGE, texteCorrige, versParams } from "./criteres";

/** « Résultats pour “assainissement” (au lieu de “assainisement”) »: the words the API replaced. */
function Corrections({ q, corrections }: { q: string; corrections: ReponseRecherche["corrections"] }) {
  if (corrections.length === 0) return null;
  const corrige = texteCorrige(q, corrections);
  return (
    <p className={fr.cx("fr-mb-2w")}>
      {corrige !== undefined ? (
        <>
          Résultats pour “<strong>{corrige}</strong>” (au lieu de “{q.trim()}”)
        </>
      ) : (
        <>Résultats avec {corrections.map((c) => `“${c.correction}” au lieu de “${c.mot}”`).join(", ")}</>
      )}
    </p>
  );
}

type Props = {
  requete: EtatRequete<ReponseRecherche>;
  criteres: Criteres;
  page: number;
  /** The query string of the page (handed to each profile, for its way back here). */
  recherche: string;
};

/** The results of the search in the address: how many, the words corrected, the profiles, the pages. */
export function Resultats({ requete, criteres, page, recherche }: Props) {
  return (
    <ResultatsPagines
      requete={requete}
      page={page}
      parPage={PAR_PAGE}
      pageMax={PAGE_MAX}
      quoi={{ singulier: "profil", aucun: "Aucun profil ne correspond à cette recherche." }}
      // The API counts up to a bound (1,000): past it, only "more than" is known.
      decompte={(d) => (d.totalExact ? undefined : `Plus de ${pluriel(d.total, "profil")}, page ${formaterNombre(page)}.`)}
      titreErreur="La recherche n'a pas pu aboutir"
      lienPage={(n) => `?${versParams(criteres, n).toString()}`}
      cle={(p) => p.id}
      element={(p) => <CarteProfil profil={p} recherche={recherche} />}
    >
      {requete.etat === "succes" && <Corrections q={criteres.q} corrections={requete.donnees.corrections} />}
      {requete.etat === "succes" && requete.donnees.total === 0 && (
        <div className={fr.cx("fr-mb-4w")}>
          <ul>
            {criteres.q.trim() !== "" && <li>Essayez d'autres mots, ou moins de mots.</li>}
            {aDesFiltres(criteres) && <li>Retirez des filtres : chacun restreint la recherche.</li>}
            <li>
              Vous ne trouvez que les profils que les agents ont choisi de vous montrer : leur employeur les voit tous, les
              opérateurs et le ministère ceux qui leur sont ouverts.
            </li>
          </ul>
        </div>
      )}
    </ResultatsPagines>
  );
}
