import { fr } from "@codegouvfr/react-dsfr";
import type { ReactNode } from "react";

/** A description list of label/value pairs, on two columns from tablet width up. */
export function Fiche({ lignes }: { lignes: { libelle: string; valeur: ReactNode }[] }) {
  return (
    <dl className={`vivier-fiche ${fr.cx("fr-grid-row", "fr-grid-row--gutters")}`}>
      {lignes.map((l) => (
        <div key={l.libelle} className={fr.cx("fr-col-12", "fr-col-md-6")}>
          <dt>{l.libelle}</dt>
          <dd>{l.valeur}</dd>
        </div>
      ))}
    </dl>
  );
}
