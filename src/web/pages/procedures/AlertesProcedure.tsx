import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { Procedure } from "../../api";

/**
 * What the case's data leave uncertain in law (M1: a contractual's MAD towards this host, M2: an
 * operator as host…), said as such with the rule, so that nobody takes it for settled.
 */
export function AlertesProcedure({ alertes }: { alertes: Procedure["alertes"] }) {
  if (alertes.length === 0) return null;
  return (
    <Alert
      className={fr.cx("fr-mt-3w")}
      severity="warning"
      small={false}
      title="Points à confirmer"
      description={
        <ul className={fr.cx("fr-mb-0")}>
          {alertes.map((a) => (
            <li key={`${a.regle}-${a.message}`}>
              {a.message} <span className={fr.cx("fr-text--sm")}>({a.source})</span>
            </li>
          ))}
        </ul>
      }
    />
  );
}
