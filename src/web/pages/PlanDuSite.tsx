import { Link } from "react-router";
import { DOCUMENTATION_API, pagesDuSite } from "../chemins";
import { Page } from "../components/Page";

export function PlanDuSite() {
  return (
    <Page titre="Plan du site" lecture>
      <ul>
        {pagesDuSite.map((p) => (
          <li key={p.chemin}>
            <Link to={p.chemin}>{p.titre}</Link>
          </li>
        ))}
        <li>
          {/* Served by the API server: a full page load, not a client-side route. */}
          <a href={DOCUMENTATION_API}>Documentation de l'API</a>
        </li>
      </ul>
    </Page>
  );
}
