import { fr } from "@codegouvfr/react-dsfr";
import { Pagination } from "@codegouvfr/react-dsfr/Pagination";
import { useEffect, useRef } from "react";
import { Link } from "react-router";
import type { EtatRequete, ReponseRecherche } from "../../api";
import { AlerteErreur } from "../../components/AlerteErreur";
import { formaterNombre, pluriel } from "../../components/format";
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
  // After following a pagination link (at the bottom of the list), back to the top of the
  // results, with focus, as a new page would.
  const titre = useRef<HTMLHeadingElement>(null);
  const pagePrecedente = useRef(page);
  useEffect(() => {
    if (pagePrecedente.current === page) return;
    pagePrecedente.current = page;
    titre.current?.focus();
  }, [page]);

  // While a new search runs, the previous results stay (marked busy) rather than the list
  // vanishing and the page jumping under the user's eyes.
  const donnees = requete.etat === "succes" ? requete.donnees : requete.etat === "chargement" ? requete.precedent : undefined;
  const total = donnees?.total ?? 0;
  const nombrePages = Math.min(Math.ceil(total / PAR_PAGE), PAGE_MAX);

  let etat: string;
  if (requete.etat === "chargement") etat = "Recherche en cours…";
  else if (requete.etat === "erreur") etat = ""; // The alert below (role=alert) says it.
  else if (total === 0) etat = "Aucun profil ne correspond à cette recherche.";
  else if (donnees?.totalExact === false) {
    // The API counts up to a bound (2,000): past it, only "more than" is known.
    etat = `Plus de ${pluriel(total, "profil")}, page ${formaterNombre(page)}.`;
  } else etat = `${pluriel(total, "profil")}${nombrePages > 1 ? `, page ${formaterNombre(page)} sur ${formaterNombre(nombrePages)}` : ""}.`;

  return (
    <section aria-labelledby="titre-resultats" aria-busy={requete.etat === "chargement"}>
      <h2 id="titre-resultats" ref={titre} tabIndex={-1} className={fr.cx("fr-h4")}>
        Résultats
      </h2>
      {/* Announced by screen readers when a search ends, without moving focus. */}
      <p role="status" className={fr.cx("fr-text--lg", "fr-text--bold", "fr-mb-1w")}>
        {etat}
      </p>
      {requete.etat === "succes" && <Corrections q={criteres.q} corrections={requete.donnees.corrections} />}

      {requete.etat === "erreur" && <AlerteErreur erreur={requete.erreur} titre="La recherche n'a pas pu aboutir" />}

      {requete.etat === "succes" && total === 0 && (
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

      {/* A link to a page past the end (the pool changed, or the address was edited). */}
      {requete.etat === "succes" && total > 0 && requete.donnees.resultats.length === 0 && (
        <p>
          Cette page de résultats n'existe pas.{" "}
          <Link to={`?${versParams(criteres).toString()}`}>Revenir à la première page des résultats</Link>
        </p>
      )}

      {requete.etat !== "erreur" && donnees !== undefined && donnees.resultats.length > 0 && (
        <>
          <ul className={`${fr.cx("fr-raw-list")} vivier-resultats`}>
            {donnees.resultats.map((p) => (
              <li key={p.id}>
                <CarteProfil profil={p} recherche={recherche} />
              </li>
            ))}
          </ul>
          {nombrePages > 1 && (
            <Pagination
              count={nombrePages}
              defaultPage={page}
              showFirstLast
              getPageLinkProps={(n) => ({ to: `?${versParams(criteres, n).toString()}` })}
              className={fr.cx("fr-mt-4w")}
            />
          )}
        </>
      )}
    </section>
  );
}
