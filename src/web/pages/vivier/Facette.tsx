import { fr } from "@codegouvfr/react-dsfr";
import { type ReactNode, useEffect, useRef, useState } from "react";
import type { ValeurFacette } from "../../api";
import { formaterNombre } from "../../components/format";

/**
 * One facet of the search: a fieldset of checkboxes, each value with how many profiles it would
 * find (the API counts each facet with the other facets' filters, not its own). The most frequent
 * values show first; "voir plus" shows the others. A ticked value always shows, even past the
 * first ones or absent from the API's list, so that it can be unticked.
 */

/** Values shown before "voir plus". */
const PREMIERES = 6;

/** An id usable in HTML and CSS selectors for a facet's value ("en:C1", a UUID…). */
export function idCase(cle: string, valeur: string): string {
  return `vivier-facette-${cle}-${valeur.replace(/[^A-Za-z0-9_-]/g, "-")}`;
}

/** The values to show: the API's, then the ticked ones it did not list (counted 0). */
export function avecCochees(valeurs: ValeurFacette[], cochees: string[]): ValeurFacette[] {
  const connues = new Set(valeurs.map((v) => v.valeur));
  return [...valeurs, ...cochees.filter((c) => !connues.has(c)).map((c) => ({ valeur: c, libelle: c, nombre: 0 }))];
}

export function CaseFacette({
  cle,
  valeur,
  libelle,
  cochee,
  changer,
}: {
  cle: string;
  valeur: ValeurFacette;
  /** The visible label, when it must differ from the API's (which then stays the accessible name's start). */
  libelle?: ReactNode;
  cochee: boolean;
  changer: (cochee: boolean) => void;
}) {
  const id = idCase(cle, valeur.valeur);
  return (
    <div className={fr.cx("fr-checkbox-group", "fr-checkbox-group--sm")}>
      <input type="checkbox" id={id} name={cle} value={valeur.valeur} checked={cochee} onChange={(e) => changer(e.target.checked)} />
      <label className={fr.cx("fr-label")} htmlFor={id}>
        {/* One inline box: the DSFR's label is a flex container, which would drop the space before the count. */}
        <span>
          {libelle ?? valeur.libelle}
          <span className="vivier-facette__nombre"> ({formaterNombre(valeur.nombre)})</span>
        </span>
      </label>
    </div>
  );
}

/**
 * "Voir plus / voir moins" under a facet's list. Opening it takes focus to the first value it
 * revealed, so that a keyboard user goes on from there rather than past the list.
 */
export function useVoirPlus(idListe: string) {
  const [ouvert, setOuvert] = useState(false);
  const premiereRevelee = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!ouvert || premiereRevelee.current === undefined) return;
    document.getElementById(premiereRevelee.current)?.focus();
    premiereRevelee.current = undefined;
  }, [ouvert]);
  return {
    ouvert,
    bouton(legende: string, reste: number, premiereCachee: string | undefined) {
      if (reste === 0 && !ouvert) return null;
      return (
        <div className={fr.cx("fr-fieldset__element")}>
          <button
            type="button"
            className={fr.cx("fr-btn", "fr-btn--tertiary-no-outline", "fr-btn--sm", ouvert ? "fr-icon-arrow-up-s-line" : "fr-icon-arrow-down-s-line", "fr-btn--icon-right")}
            aria-expanded={ouvert}
            aria-controls={idListe}
            onClick={() => {
              premiereRevelee.current = ouvert ? undefined : premiereCachee;
              setOuvert(!ouvert);
            }}
          >
            {ouvert ? "Voir moins" : `Voir les ${formaterNombre(reste)} autres`}
            <span className={fr.cx("fr-sr-only")}> valeurs : {legende}</span>
          </button>
        </div>
      );
    },
  };
}

/** A facet whose values are independent choices (domains, countries, employers…). */
export function Facette({
  cle,
  legende,
  aide,
  valeurs,
  cochees,
  changer,
}: {
  cle: string;
  legende: string;
  aide?: string;
  valeurs: ValeurFacette[];
  cochees: string[];
  changer: (cochees: string[]) => void;
}) {
  const idListe = `vivier-facette-${cle}`;
  const voirPlus = useVoirPlus(idListe);
  const toutes = avecCochees(valeurs, cochees);
  if (toutes.length === 0) return null;
  const montrees = voirPlus.ouvert ? toutes : toutes.filter((v, i) => i < PREMIERES || cochees.includes(v.valeur));
  const cachees = toutes.filter((v) => !montrees.includes(v));
  const basculer = (valeur: string, cochee: boolean) =>
    changer(cochee ? [...cochees, valeur] : cochees.filter((c) => c !== valeur));

  return (
    <fieldset id={idListe} className={fr.cx("fr-fieldset")}>
      <legend className={fr.cx("fr-fieldset__legend", "fr-text--regular")}>
        {legende}
        {aide !== undefined && <span className={fr.cx("fr-hint-text")}>{aide}</span>}
      </legend>
      {montrees.map((v) => (
        <div key={v.valeur} className={fr.cx("fr-fieldset__element")}>
          <CaseFacette cle={cle} valeur={v} cochee={cochees.includes(v.valeur)} changer={(c) => basculer(v.valeur, c)} />
        </div>
      ))}
      {voirPlus.bouton(legende, cachees.length, cachees[0] && idCase(cle, cachees[0].valeur))}
    </fieldset>
  );
}
