import { fr } from "@codegouvfr/react-dsfr";
import { Pagination } from "@codegouvfr/react-dsfr/Pagination";
import { useEffect, useRef } from "react";
import { Link, useSearchParams } from "react-router";
import {
  LIBELLES_CATEGORIE_COLLECTIVITE,
  rechercherOrganisations,
  TYPES_ORGANISATION,
  type TypeOrganisation,
  useRequete,
} from "../api";
import { AlerteErreur } from "../components/AlerteErreur";
import { type Criteres, FormulaireRechercheOrganisations } from "../components/FormulaireRechercheOrganisations";
import { formaterNombre, pluriel } from "../components/format";
import { Page } from "../components/Page";
import { TableauOrganisations } from "../components/TableauOrganisations";

const PAR_PAGE = 20;
/** The API refuses pages beyond this. */
const PAGE_MAX = 10_000;
/** An INSEE code (5 characters, 2A/2B for Corsica) or a SIREN (9 digits): searched as a code. */
const CODE = /^(\d{5}|2[AB]\d{3}|\d{9})$/i;

/** Reads the search from the URL, ignoring values the API would refuse (a hand-edited link). */
function lireCriteres(params: URLSearchParams): Criteres & { page: number } {
  const type = params.get("type") ?? "";
  const categorie = params.get("categorie") ?? "";
  const page = Number.parseInt(params.get("page") ?? "1", 10);
  return {
    q: params.get("q") ?? "",
    type: (TYPES_ORGANISATION as readonly string[]).includes(type) ? (type as TypeOrganisation) : "",
    categorie: categorie in LIBELLES_CATEGORIE_COLLECTIVITE ? categorie : "",
    page: Number.isInteger(page) && page >= 1 && page <= PAGE_MAX ? page : 1,
  };
}

/** The query string for a search; empty values are left out so shared links stay short. */
function versParams(c: Criteres, page = 1): URLSearchParams {
  const params = new URLSearchParams();
  if (c.q !== "") params.set("q", c.q);
  if (c.type !== "") params.set("type", c.type);
  if (c.categorie !== "") params.set("categorie", c.categorie);
  if (page > 1) params.set("page", String(page));
  return params;
}

export function Organisations() {
  const [params, setParams] = useSearchParams();
  const criteres = lireCriteres(params);
  const { q, type, categorie, page } = criteres;
  const parCode = CODE.test(q);

  const requete = useRequete(`${q}|${type}|${categorie}|${page}`, (signal) =>
    rechercherOrganisations(
      {
        ...(parCode ? { code: q.toUpperCase() } : q !== "" ? { q } : {}),
        ...(type !== "" ? { type } : {}),
        ...(categorie !== "" ? { categorie } : {}),
        page,
        parPage: PAR_PAGE,
      },
      signal,
    ),
  );

  // After following a pagination link (at the bottom of the table), take the user back to the
  // top of the results, with focus, as a new page would.
  const titreResultats = useRef<HTMLHeadingElement>(null);
  const pagePrecedente = useRef(page);
  useEffect(() => {
    if (pagePrecedente.current === page) return;
    pagePrecedente.current = page;
    titreResultats.current?.focus();
  }, [page]);

  // While a new page loads, the previous one stays on screen (marked busy) rather than the
  // table vanishing and the page jumping under the user's eyes.
  const donnees =
    requete.etat === "succes" ? requete.donnees : requete.etat === "chargement" ? requete.precedent : undefined;
  const total = donnees?.total ?? 0;
  const nombrePages = Math.min(Math.ceil(total / PAR_PAGE), PAGE_MAX);

  let etat: string;
  if (requete.etat === "chargement") etat = "Recherche en cours…";
  else if (requete.etat === "erreur") etat = ""; // The alert below (role=alert) says it.
  else if (total === 0) etat = "Aucun résultat.";
  else {
    const surPages = nombrePages > 1 ? ` Page ${formaterNombre(page)} sur ${formaterNombre(nombrePages)}.` : "";
    etat = `${pluriel(total, "organisation trouvée", "organisations trouvées")}.${surPages}`;
  }
  const legende =
    (q !== "" ? `Résultats pour « ${q} »` : "Organisations") +
    (nombrePages > 1 ? `, page ${formaterNombre(page)} sur ${formaterNombre(nombrePages)}` : "");

  return (
    <Page
      titre="Annuaire des collectivités et organisations"
      titreDocument={q !== "" ? `Recherche « ${q} » - Annuaire des organisations` : "Annuaire des collectivités et organisations"}
      chapo="Les collectivités territoriales du Code officiel géographique, avec leurs codes INSEE et SIREN, et les autres organisations de Vivier : opérateurs, ministère, ambassades, associations d'élus."
    >
      <FormulaireRechercheOrganisations initiaux={criteres} onRechercher={(c) => setParams(versParams(c))} />

      <section className={fr.cx("fr-mt-6w")} aria-labelledby="titre-resultats" aria-busy={requete.etat === "chargement"}>
        <h2 id="titre-resultats" ref={titreResultats} tabIndex={-1}>
          Résultats
        </h2>
        {/* Announced by screen readers when a search ends, without moving focus. */}
        <p role="status" className={fr.cx("fr-text--bold")}>
          {etat}
        </p>

        {requete.etat === "erreur" && <AlerteErreur erreur={requete.erreur} titre="La recherche n'a pas pu aboutir" />}

        {requete.etat === "succes" && total === 0 && (
          <div className={fr.cx("fr-mb-4w")}>
            <p>
              {q !== "" ? `Aucune organisation ne correspond à « ${q} ».` : "Aucune organisation ne correspond à ces critères."}
            </p>
            <ul>
              <li>Vérifiez l'orthographe du nom, ou ne saisissez qu'une partie du nom.</li>
              <li>Pour un code INSEE ou un numéro SIREN, saisissez le code complet.</li>
              {(type !== "" || categorie !== "") && <li>Retirez le filtre de type ou de catégorie.</li>}
            </ul>
          </div>
        )}

        {/* A link to a page past the end (the data changed, or the URL was edited). */}
        {requete.etat === "succes" && total > 0 && requete.donnees.resultats.length === 0 && (
          <p>
            Cette page de résultats n'existe pas.{" "}
            <Link to={`?${versParams(criteres).toString()}`}>Revenir à la première page des résultats</Link>
          </p>
        )}

        {requete.etat !== "erreur" && donnees !== undefined && donnees.resultats.length > 0 && (
          <>
            <TableauOrganisations
              organisations={donnees.resultats}
              legende={legende}
            />
            {nombrePages > 1 && (
              <Pagination
                count={nombrePages}
                defaultPage={page}
                getPageLinkProps={(n) => ({ to: `?${versParams(criteres, n).toString()}` })}
                className={fr.cx("fr-mt-2w")}
              />
            )}
          </>
        )}
      </section>
    </Page>
  );
}
