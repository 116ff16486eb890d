import { fr } from "@codegouvfr/react-dsfr";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import type { Procedure, RemboursementProcedure } from "../../api";
import { formaterEuros } from "../../components/format";
import { Tableau } from "../../components/Tableau";
import { formaterJourCivil } from "../vivier/libelles";

const SEVERITE: Record<RemboursementProcedure["statut"], "info" | "success" | "warning" | "error"> = {
  pas_encore_du: "info",
  a_recevoir: "warning",
  en_retard: "error",
  solde: "success",
};

/**
 * « Remboursements » of a mise à disposition: each period the host owes for the salary and
 * charges, when it is due, what was received and what is late (recorded by « enregistrer un
 * remboursement »). Nothing for a free mise à disposition or before the terms are complete.
 */
export function RemboursementsProcedure({ remboursements }: { remboursements: Procedure["remboursements"] }) {
  if (remboursements === null) return null;
  return (
    <section aria-labelledby="procedure-remboursements" className={fr.cx("fr-mt-6w")}>
      <h2 id="procedure-remboursements">Remboursements</h2>
      {remboursements.length === 0 ? (
        <p>Aucun remboursement attendu : la mise à disposition est gratuite, ou ses conditions de remboursement ne sont pas encore complètes.</p>
      ) : (
        <Tableau sansLegende legende="Remboursements attendus de l'organisme d'accueil" entetes={["Période", "Du", "Au", "Montant", "Dû le", "Reçu", "Reste", "Statut"]}>
          {remboursements.map((r) => (
            <tr key={r.periode}>
              <th scope="row">{r.periode}</th>
              <td>{formaterJourCivil(r.debut)}</td>
              <td>{formaterJourCivil(r.fin)}</td>
              <td>{formaterEuros(r.montant)}</td>
              <td>{formaterJourCivil(r.dueLe)}</td>
              <td>{formaterEuros(r.recu)}</td>
              <td>{formaterEuros(r.reste)}</td>
              <td>
                <Badge small noIcon severity={SEVERITE[r.statut]}>
                  {r.statutLibelle}
                </Badge>
              </td>
            </tr>
          ))}
        </Tableau>
      )}
    </section>
  );
}
