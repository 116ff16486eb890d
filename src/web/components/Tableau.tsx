import { fr } from "@codegouvfr/react-dsfr";
import type { ReactNode } from "react";

/**
 * The DSFR table markup (wrapper/container/content): every table of the web app goes through it.
 * `sansLegende`: a heading right above already names the table; its caption is for screen readers only.
 */
export function Tableau({ legende, entetes, sansLegende = false, children }: { legende: string; entetes: string[]; sansLegende?: boolean; children: ReactNode }) {
  return (
    <div className={fr.cx("fr-table", "fr-table--bordered", sansLegende && "fr-table--no-caption")}>
      <div className={fr.cx("fr-table__wrapper")}>
        {/* Focusable, so that a table wider than the screen can be scrolled with the keyboard. */}
        <div className={fr.cx("fr-table__container")} tabIndex={0} role="region" aria-label={legende}>
          <div className={fr.cx("fr-table__content")}>
            <table>
              <caption>{legende}</caption>
              <thead>
                <tr>
                  {entetes.map((e) => (
                    <th key={e} scope="col">
                      {e}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>{children}</tbody>
            </table>
          </div>
        </div>
      </div>
    </div>
  );
}

