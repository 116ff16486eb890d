import { fr } from "@codegouvfr/react-dsfr";
import { Pagination } from "@codegouvfr/react-dsfr/Pagination";
import { type ReactNode, useEffect, useRef } from "react";
import { Link } from "react-router";
import type { EtatRequete } from "../api";
import { AlerteErreur } from "./AlerteErreur";
import { formaterNombre, pluriel } from "./format";

type Reponse = { total: number; resultats: unknown[] };
type Props<D extends Reponse> = {
  requete: EtatRequete<D>;
  page: number;
  parPage: number;
  /** The API refuses pages beyond this. */
  pageMax: number;
  /** What is found, in the plural form of one: « profil », « mission ». */
  quoi: { singulier: string; aucun: string; plurielForme?: string };
  /** Says the count differently (« Plus de 1 000 profils »), when the answer warrants it. */
  decompte?: (donnees: D) => string | undefined;
  titreErreur: string;
  /** The address of page `n` of the same search. */
  lienPage: (n: number) => string;
  cle: (element: D["resultats"][number]) => string;
  element: (element: D["resultats"][number]) => ReactNode;
  /** Between the count and the list: the words corrected, what to try when nothing is found… */
  children?: ReactNode;
};

/**
 * The results of a search whose criteria live in the address (the pool of experts, missions):
 * a heading, the count announced to screen readers, the list, the pages. While a new search runs
 * the previous results stay (marked busy) rather than the list vanishing under the user's eyes;
 * after following a pagination link (at the bottom of the list), focus goes back to the top of
 * the results, as a new page would.
 */
export function ResultatsPagines<D extends Reponse>({
  requete,
  page,
  parPage,
  pageMax,
  quoi,
  decompte,
  titreErreur,
  lienPage,
  cle,
  element,
  children,
}: Props<D>) {
  const titre = useRef<HTMLHeadingElement>(null);
  const pagePrecedente = useRef(page);
  useEffect(() => {
    if (pagePrecedente.current === page) return;
    pagePrecedente.current = page;
    titre.current?.focus();
  }, [page]);

  const donnees = requete.etat === "succes" ? requete.donnees : requete.etat === "chargement" ? requete.precedent : undefined;
  const total = donnees?.total ?? 0;
  const nombrePages = Math.min(Math.ceil(total / parPage), pageMax);

  // How many were found, said when a search ends ("12 profils, page 1 sur 2."); nothing after an error (the alert says it).
  let etat = "";
  if (requete.etat === "chargement") etat = "Recherche en cours…";
  else if (requete.etat === "succes" && total === 0) etat = quoi.aucun;
  else if (requete.etat === "succes") {
    etat =
      decompte?.(requete.donnees) ??
      `${pluriel(total, quoi.singulier, quoi.plurielForme)}${nombrePages > 1 ? `, page ${formaterNombre(page)} sur ${formaterNombre(nombrePages)}` : ""}.`;
  }
  return (
    <section aria-labelledby="titre-resultats" aria-busy={requete.etat === "chargement"}>
      <h2 id="titre-resultats" ref={titre} tabIndex={-1} className={fr.cx("fr-h4")}>
        Résultats
      </h2>
      {/* Announced by screen readers when a search ends, without moving focus. */}
      <p role="status" className={fr.cx("fr-text--lg", "fr-text--bold", "fr-mb-1w")}>
        {etat}
      </p>
      {requete.etat === "erreur" && <AlerteErreur erreur={requete.erreur} titre={titreErreur} />}
      {children}
      {/* A link to a page past the end (the list changed, or the address was edited). */}
      {requete.etat === "succes" && requete.donnees.total > 0 && requete.donnees.resultats.length === 0 && (
        <p>
          Cette page de résultats n'existe pas. <Link to={lienPage(1)}>Revenir à la première page des résultats</Link>
        </p>
      )}
      {requete.etat !== "erreur" && donnees !== undefined && donnees.resultats.length > 0 && (
        <>
          <ul className={`${fr.cx("fr-raw-list")} vivier-resultats`}>
            {donnees.resultats.map((r) => (
              <li key={cle(r)}>{element(r)}</li>
            ))}
          </ul>
          {nombrePages > 1 && (
            <Pagination count={nombrePages} defaultPage={page} showFirstLast getPageLinkProps={(n) => ({ to: lienPage(n) })} className={fr.cx("fr-mt-4w")} />
          )}
        </>
      )}
    </section>
  );
}
