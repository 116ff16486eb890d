import { fr } from "@codegouvfr/react-dsfr";
import { Accordion } from "@codegouvfr/react-dsfr/Accordion";
import type { RegleProcedure } from "../../api";
import { BadgeAConfirmer } from "../../components/BadgeAConfirmer";
import { formaterJourCivil } from "../vivier/libelles";

/**
 * « Règles de droit »: the rules the procedure follows, each with its text and sources, what could
 * not be checked against the official text (« à confirmer ») and where the note says otherwise —
 * so that nobody takes a point still open for settled law.
 */
export function ReglesProcedure({ regles }: { regles: RegleProcedure[] }) {
  if (regles.length === 0) return null;
  return (
    <section aria-labelledby="procedure-regles" className={fr.cx("fr-mt-6w")}>
      <h2 id="procedure-regles">Règles de droit</h2>
      <div className={fr.cx("fr-accordions-group")}>
        {regles.map((r) => (
          <Accordion
            key={r.id}
            titleAs="h3"
            label={
              <>
                {r.aConfirmer !== undefined && <BadgeAConfirmer />}
                {r.titre} ({r.id})
              </>
            }
          >
            <p>{r.texte}</p>
            {r.ecartAvecLaNote !== undefined && (
              <p>
                <strong>Écart avec la note :</strong> {r.ecartAvecLaNote}
              </p>
            )}
            {r.aConfirmer !== undefined && (
              <p>
                <strong>À confirmer :</strong> {r.aConfirmer}
              </p>
            )}
            <p className={fr.cx("fr-text--sm", "fr-mb-0")}>
              Sources : {r.sources.join(" ; ")} (applicable depuis le {formaterJourCivil(r.depuis)}).
            </p>
          </Accordion>
        ))}
      </div>
    </section>
  );
}
