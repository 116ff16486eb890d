import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { type ReactNode, useState } from "react";

export type DescriptionListe = {
  /** The heading's id, where focus goes for an error on the whole list. */
  id: string;
  titre: string;
  aide: string;
  /** "Session": each entry's legend, followed by its number. */
  entree: string;
  /** "une session": for "Ajouter une session". */
  une: string;
  /** "la session": for "Retirer la session 2". */
  la: string;
  feminin: boolean;
  aucune: string;
  max: number;
};

type Props<T extends { cle: number }> = {
  description: DescriptionListe;
  entrees: T[];
  changer: (entrees: T[]) => void;
  nouvelle: () => T;
  /** The id of an entry's first field (focus goes there when it is added) and of its fieldset. */
  idPremierChamp: (entree: T) => string;
  idFieldset: (entree: T) => string;
  /** The API's error on the whole list ("30 domaines au plus"). */
  erreur: string | undefined;
  /** Entries that may not be removed: below this number, no "Retirer" button. */
  minimum?: number;
  children: (entree: T, numero: number, changer: (patch: Partial<T>) => void) => ReactNode;
};

const focaliser = (id: string) => window.setTimeout(() => document.getElementById(id)?.focus(), 0);

/**
 * A list of a form (a profile's domains, a mission's sessions…): a heading, each entry in its own
 * numbered fieldset with a button to remove it, and a button to add one. The buttons move focus
 * (to the new entry's first field; to the entry now in the removed one's place), and what they
 * did is read out by screen readers.
 */
export function ListeRepetable<T extends { cle: number }>({ description: d, entrees, changer, nouvelle, idPremierChamp, idFieldset, erreur, minimum = 0, children }: Props<T>) {
  const [annonce, setAnnonce] = useState("");
  const accord = d.feminin ? "e" : "";
  const idAjouter = `${d.id}-ajouter`;
  const idErreur = `${d.id}-erreur`;

  function ajouter() {
    const entree = nouvelle();
    changer([...entrees, entree]);
    setAnnonce(`${d.entree} ${entrees.length + 1} ajouté${accord}.`);
    focaliser(idPremierChamp(entree));
  }

  function retirer(rang: number) {
    const restantes = entrees.filter((_, i) => i !== rang);
    changer(restantes);
    setAnnonce(`${d.entree} ${rang + 1} retiré${accord} ; il en reste ${restantes.length}.`);
    const suivante = restantes[Math.min(rang, restantes.length - 1)];
    focaliser(suivante === undefined ? idAjouter : idFieldset(suivante));
  }

  return (
    <section className={fr.cx("fr-mt-5w")} aria-labelledby={d.id}>
      <h2 id={d.id} tabIndex={-1} aria-describedby={erreur === undefined ? undefined : idErreur}>
        {d.titre}
      </h2>
      <p className={fr.cx("fr-hint-text")}>{d.aide}</p>
      {erreur !== undefined && (
        <p id={idErreur} className={fr.cx("fr-error-text", "fr-mb-2w")}>
          {erreur}
        </p>
      )}
      {entrees.length === 0 && <p>{d.aucune}</p>}
      {entrees.map((entree, rang) => (
        <div key={entree.cle} className={`vivier-profil-entree ${fr.cx("fr-mb-3w")}`}>
          <fieldset id={idFieldset(entree)} tabIndex={-1} className={fr.cx("fr-fieldset", "fr-mb-0")}>
            <legend className={fr.cx("fr-fieldset__legend")}>
              {d.entree} {rang + 1}
            </legend>
            {children(entree, rang + 1, (patch) => changer(entrees.map((e) => (e.cle === entree.cle ? { ...e, ...patch } : e))))}
            {entrees.length > minimum && (
              <div className={fr.cx("fr-fieldset__element")}>
                <Button type="button" priority="tertiary" size="small" iconId="fr-icon-delete-line" iconPosition="left" onClick={() => retirer(rang)}>
                  Retirer<span className={fr.cx("fr-sr-only")}>{` ${d.la} ${rang + 1}`}</span>
                </Button>
              </div>
            )}
          </fieldset>
        </div>
      ))}
      <p className={fr.cx("fr-sr-only")} role="status">
        {annonce}
      </p>
      {entrees.length < d.max ? (
        <Button id={idAjouter} type="button" priority="secondary" iconId="fr-icon-add-line" iconPosition="left" onClick={ajouter}>
          Ajouter {d.une}
        </Button>
      ) : (
        <p id={idAjouter} tabIndex={-1} className={fr.cx("fr-hint-text")}>
          {d.max} au plus : retirez-en un{accord} pour en ajouter un{accord} autre.
        </p>
      )}
    </section>
  );
}
