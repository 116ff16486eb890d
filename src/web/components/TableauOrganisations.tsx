import { fr } from "@codegouvfr/react-dsfr";
import { Link, useLocation } from "react-router";
import type { Organisation } from "../api";
import { chemins } from "../chemins";
import { formaterNombre } from "./format";
import { NonRenseigne, Valeur } from "./NonRenseigne";

/**
 * Results as a DSFR table (current markup: wrapper/container/content). Each row is headed by the
 * organisation's name (th scope=row) so a screen reader says whose code or population it reads.
 */
export function TableauOrganisations({ organisations, legende }: { organisations: Organisation[]; legende: string }) {
  // Handed to the detail page, so that its breadcrumb leads back to these results, not an empty search.
  const { search } = useLocation();
  return (
    <div className={fr.cx("fr-table", "fr-table--bordered")}>
      <div className={fr.cx("fr-table__wrapper")}>
        <div className={fr.cx("fr-table__container")}>
          <div className={fr.cx("fr-table__content")}>
            <table>
              <caption>{legende}</caption>
              <thead>
                <tr>
                  <th scope="col">Nom</th>
                  <th scope="col">Type</th>
                  <th scope="col">Code INSEE</th>
                  <th scope="col">SIREN</th>
                  <th scope="col">Département</th>
                  <th scope="col">Population</th>
                </tr>
              </thead>
              <tbody>
                {organisations.map((o) => (
                  <tr key={o.id}>
                    <th scope="row">
                      <Link to={chemins.organisation(o.id)} state={{ recherche: search }}>{o.nom}</Link>
                    </th>
                    <td>{o.categorieLibelle ?? o.typeLibelle}</td>
                    <td>
                      <Valeur>{o.codeInsee}</Valeur>
                    </td>
                    <td>
                      <Valeur>{o.siren}</Valeur>
                    </td>
                    <td>
                      <Valeur>{o.codeDepartement}</Valeur>
                    </td>
                    <td>{o.population === null ? <NonRenseigne /> : formaterNombre(o.population)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      </div>
    </div>
  );
}
