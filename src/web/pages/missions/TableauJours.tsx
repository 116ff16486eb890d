import { fr } from "@codegouvfr/react-dsfr";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import type { ReactNode } from "react";
import type { BilanJours } from "../../api";
import { Valeur } from "../../components/NonRenseigne";
import { Tableau } from "../../components/Tableau";
import { jours, LIBELLES_TRANCHE, repartitionJours } from "./libelles";

/** The bracket of a total, as a badge: past a threshold of the note, a warning. */
export function BadgeTranche({ tranche }: { tranche: BilanJours["tranche"] }) {
  return (
    <Badge as="span" small severity={tranche === "T1" ? "info" : "warning"}>
      {LIBELLES_TRANCHE[tranche] ?? tranche}
    </Badge>
  );
}

/** `entete` heads the row (the project, or the agent for HR); `cellules` follow it, under the other `colonnes`. */
type Ligne = { cle: string; entete: ReactNode; cellules?: ReactNode[]; bilan: BilanJours };

/**
 * Days per project (an agent's own, or HR's agents'): the total, what is done and left, the
 * bracket of the note, the next threshold and the instrument the advisor recommends for it.
 */
export function TableauJours({ legende, lignes, colonnes = ["Projet"] }: { legende: string; lignes: Ligne[]; colonnes?: string[] }) {
  return (
    <Tableau sansLegende legende={legende} entetes={[...colonnes, "Jours sur le projet", "Seuil", "Instrument recommandé"]}>
      {lignes.map(({ cle, entete, cellules = [], bilan: b }) => (
        <tr key={cle}>
          <th scope="row" className={fr.cx("fr-cell--multiline")}>
            {entete}
          </th>
          {cellules.map((c, i) => (
            <td key={i} className={fr.cx("fr-cell--multiline")}>
              {c}
            </td>
          ))}
          <td className={fr.cx("fr-cell--multiline")}>
            <strong>{jours(b.jours)}</strong>
            <br />
            {repartitionJours(b)}
          </td>
          <td className={fr.cx("fr-cell--multiline")}>
            <BadgeTranche tranche={b.tranche} />
            {b.prochainSeuil !== null && (
              <>
                <br />
                {`${jours(b.prochainSeuil.joursAvant)} avant le seuil de ${jours(b.prochainSeuil.seuil)}`}
              </>
            )}
          </td>
          <td className={fr.cx("fr-cell--multiline")}>
            <Valeur>{b.instrumentLibelle ?? b.conseilIndisponible}</Valeur>
          </td>
        </tr>
      ))}
    </Tableau>
  );
}
