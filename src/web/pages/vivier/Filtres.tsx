import { fr } from "@codegouvfr/react-dsfr";
import { ToggleSwitch } from "@codegouvfr/react-dsfr/ToggleSwitch";
import type { Facettes } from "../../api";
import { BoutonsFiltres } from "../../components/BoutonsFiltres";
import { ChampSaisie } from "../../components/Champs";
import { aDesFiltres, type CleFacette, type Criteres, FACETTES, filtresVides, versParams } from "./criteres";
import { Facette } from "./Facette";
import { FacetteLangues } from "./FacetteLangues";

/** What each facet combines, said under its legend (languages say it themselves). */
const AIDES: Partial<Record<CleFacette, string>> = {
  domaines: "L'un au moins des domaines cochés.",
  pays: "L'un au moins des pays cochés.",
};

export const IDS_PERIODE = { disponibleDu: "vivier-disponible-du", disponibleAu: "vivier-disponible-au" } as const;

type Props = {
  criteres: Criteres;
  /** The facets of the last answer; undefined until the first one. */
  facettes: Facettes | undefined;
  /** The API counted the facets on a sample of the profiles found (too many to count them all). */
  estimees: boolean;
  erreurs: { disponibleDu?: string; disponibleAu?: string };
  /** A change of the form; `appliquer`: search at once (a ticked box), else wait for the button (a date being typed). */
  changer: (criteres: Criteres, appliquer: boolean) => void;
  soumettre: () => void;
};

/**
 * The filters, beside the results. Boxes and the toggle search as soon as they change (focus
 * stays on them; the number of profiles found is announced), dates when the form is sent; the
 * button sends everything, for whoever prefers to choose first.
 */
export function Filtres({ criteres, facettes, estimees, erreurs, changer, soumettre }: Props) {
  const sansFiltres = `?${versParams({ ...criteres, filtres: filtresVides(), disponibleDu: "", disponibleAu: "", aJour: false }).toString()}`;
  return (
    <form
      className="vivier-filtres"
      aria-labelledby="vivier-titre-filtres"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        soumettre();
      }}
    >
      <h2 id="vivier-titre-filtres" className={fr.cx("fr-h4")}>
        Filtrer les profils
      </h2>
      {facettes === undefined && <p className={fr.cx("fr-hint-text")}>Les filtres apparaissent avec les premiers résultats.</p>}
      {estimees && <p className={fr.cx("fr-hint-text")}>Nombres comptés sur les 1 000 premiers profils trouvés : affinez la recherche pour des nombres exacts.</p>}
      {facettes !== undefined &&
        FACETTES.map((f) =>
          f.cle === "langues" ? (
            <FacetteLangues
              key={f.cle}
              valeurs={facettes.langues}
              cochees={criteres.filtres.langues}
              changer={(cochees) => changer({ ...criteres, filtres: { ...criteres.filtres, langues: cochees } }, true)}
            />
          ) : (
            <Facette
              key={f.cle}
              cle={f.cle}
              legende={f.legende}
              aide={AIDES[f.cle]}
              valeurs={facettes[f.cle]}
              cochees={criteres.filtres[f.cle]}
              changer={(cochees) => changer({ ...criteres, filtres: { ...criteres.filtres, [f.cle]: cochees } }, true)}
            />
          ),
        )}

      <fieldset className={fr.cx("fr-fieldset")}>
        <legend className={fr.cx("fr-fieldset__legend", "fr-text--regular")}>
          Disponibilité
          <span className={fr.cx("fr-hint-text")}>Disponible sur toute la période ; sans date de fin, ce jour-là.</span>
        </legend>
        <div className={fr.cx("fr-fieldset__element")}>
          <ChampSaisie
            id={IDS_PERIODE.disponibleDu}
            type="date"
            label="Disponible du"
            valeur={criteres.disponibleDu}
            erreur={erreurs.disponibleDu}
            changer={(v) => changer({ ...criteres, disponibleDu: v }, false)}
          />
        </div>
        <div className={fr.cx("fr-fieldset__element")}>
          <ChampSaisie
            id={IDS_PERIODE.disponibleAu}
            type="date"
            label={
              <>
                <span className={fr.cx("fr-sr-only")}>Disponible </span>au
              </>
            }
            valeur={criteres.disponibleAu}
            min={criteres.disponibleDu === "" ? undefined : criteres.disponibleDu}
            erreur={erreurs.disponibleAu}
            changer={(v) => changer({ ...criteres, disponibleAu: v }, false)}
          />
        </div>
      </fieldset>

      <ToggleSwitch
        className={fr.cx("fr-mb-3w")}
        label="Profils à jour seulement"
        helperText="Sans les profils « à confirmer », que ni l'agent ni son employeur n'ont confirmés récemment."
        checked={criteres.aJour}
        onChange={(aJour) => changer({ ...criteres, aJour }, true)}
      />

      <BoutonsFiltres sansFiltres={aDesFiltres(criteres) ? sansFiltres : undefined} />
    </form>
  );
}
