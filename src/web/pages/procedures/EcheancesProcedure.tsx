import { fr } from "@codegouvfr/react-dsfr";
import type { EcheanceProcedure } from "../../api";
import { BadgeAConfirmer } from "../../components/BadgeAConfirmer";
import { Tableau } from "../../components/Tableau";
import { formaterJourCivil } from "../vivier/libelles";
import { BadgeNiveauEcheance } from "./composants";

/**
 * « Échéances »: each dated deadline the domain computes from the data and what the events
 * recorded — its last day, what it is, how near (past in red, near in orange), the rule and its
 * texts, and what of it could not be checked against the official text (« à confirmer »).
 */
export function EcheancesProcedure({ echeances, termine }: { echeances: EcheanceProcedure[]; termine: boolean }) {
  return (
    <section aria-labelledby="procedure-echeances" className={fr.cx("fr-mt-6w")}>
      <h2 id="procedure-echeances">Échéances</h2>
      {echeances.length === 0 ? (
        <p>{termine ? "La procédure est terminée : plus aucune échéance." : "Aucune échéance pour l'instant : elles se calculent une fois les données et les étapes qui les fixent connues."}</p>
      ) : (
        <Tableau sansLegende legende="Échéances de la procédure" entetes={["Date", "Échéance", "Niveau", "Source"]}>
          {echeances.map((e) => (
            <tr key={e.code}>
              <td>{formaterJourCivil(e.date)}</td>
              <th scope="row" className={fr.cx("fr-cell--multiline")}>
                {e.libelle}
                {e.aConfirmer !== undefined && (
                  <p className={fr.cx("fr-text--sm", "fr-mb-0", "fr-mt-1w")}>
                    <BadgeAConfirmer />
                    {e.aConfirmer}
                  </p>
                )}
              </th>
              <td>
                <BadgeNiveauEcheance niveau={e.niveau} />
              </td>
              <td className={fr.cx("fr-cell--multiline")}>{e.source}</td>
            </tr>
          ))}
        </Tableau>
      )}
    </section>
  );
}
