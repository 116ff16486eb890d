import { fr } from "@codegouvfr/react-dsfr";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Card } from "@codegouvfr/react-dsfr/Card";
import type { ResultatRecherche } from "../../api";
import { chemins } from "../../chemins";
import { NonRenseigne } from "../../components/NonRenseigne";
import { formaterJour } from "./libelles";

/** A list's items joined, or "non renseigné". */
function Liste({ elements }: { elements: string[] }) {
  return elements.length === 0 ? <NonRenseigne /> : <>{elements.join(", ")}</>;
}

/**
 * One profile found. `recherche` (the search's query string) goes to the profile page, whose
 * breadcrumb then leads back to these results rather than to an empty search.
 */
export function CarteProfil({ profil: p, recherche }: { profil: ResultatRecherche; recherche: string }) {
  return (
    <Card
      titleAs="h3"
      size="small"
      title={`${p.prenom} ${p.nom}`}
      linkProps={{ to: chemins.profil(p.id), state: { recherche } }}
      desc={[p.metier, p.organisation.nom].filter((x) => x !== null && x !== "").join(" · ")}
      start={
        <ul className={fr.cx("fr-badges-group")}>
          <li>
            <Badge as="span" small noIcon severity="info">
              {p.positionLibelle}
            </Badge>
          </li>
          {p.perime && (
            <li>
              <Badge as="span" small severity="warning">
                À confirmer
              </Badge>
            </li>
          )}
        </ul>
      }
      end={
        <dl className="vivier-carte__details">
          <div>
            <dt>Domaines</dt>
            <dd>
              <Liste elements={p.domaines.map((d) => `${d.libelle} (${d.niveauLibelle})`)} />
            </dd>
          </div>
          <div>
            <dt>Langues</dt>
            <dd>
              <Liste elements={p.langues.map((l) => `${l.libelle} ${l.niveau}`)} />
            </dd>
          </div>
          <div>
            <dt>Pays</dt>
            <dd>
              <Liste elements={p.pays.map((x) => x.libelle)} />
            </dd>
          </div>
        </dl>
      }
      endDetail={`Confirmé le ${formaterJour(p.confirmeLe)}`}
    />
  );
}
