import { fr } from "@codegouvfr/react-dsfr";
import type { EtapeProcedure } from "../../api";
import { formaterDate } from "../../components/dates";
import { NonRenseigne } from "../../components/NonRenseigne";
import { Tableau } from "../../components/Tableau";
import { saisieEnMots } from "./saisie-evenement";

/**
 * « Historique »: every step of the case — when, which, from which state to which, by whom, and
 * why (its reason, and the inputs given with it: an opinion, a legal ground, a date…).
 */
export function HistoriqueProcedure({ lignes }: { lignes: EtapeProcedure[] }) {
  return (
    <section aria-labelledby="procedure-historique" className={fr.cx("fr-mt-6w")}>
      <h2 id="procedure-historique">Historique</h2>
      {lignes.length === 0 ? (
        <p>Aucune étape enregistrée.</p>
      ) : (
        <Tableau sansLegende legende="Historique de la procédure" entetes={["Date", "Étape", "De → vers", "Par", "Motif et saisies"]}>
          {lignes.map((l, i) => {
            const saisies = saisieEnMots(l.saisie);
            return (
              <tr key={`${l.horodatage}-${i}`}>
                <td>{formaterDate(l.horodatage)}</td>
                <th scope="row" className={fr.cx("fr-cell--multiline")}>
                  {l.evenementLibelle}
                </th>
                <td className={fr.cx("fr-cell--multiline")}>
                  {l.de === null ? `Ouverture : ${l.versLibelle}` : l.de === l.vers ? `${l.versLibelle} (inchangé)` : `${l.deLibelle ?? l.de} → ${l.versLibelle}`}
                </td>
                {/* Every step of a case is someone's: no author is a person without a Vivier account (an agent of the pool, a host's signatory) or one since deleted. */}
                <td>{l.acteur ?? "Personne sans compte Vivier"}</td>
                <td className={fr.cx("fr-cell--multiline")}>
                  {l.motif === null && saisies.length === 0 ? (
                    <NonRenseigne />
                  ) : (
                    <>
                      {l.motif}
                      {saisies.length > 0 && (
                        <ul className={fr.cx("fr-raw-list", l.motif !== null && "fr-mt-1w")}>
                          {saisies.map((s) => (
                            <li key={s}>{s}</li>
                          ))}
                        </ul>
                      )}
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </Tableau>
      )}
    </section>
  );
}
