import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { type ReactNode, useState } from "react";
import { type Entree, idEntree, idListe, type Liste, LISTES, nouvelleEntree, TITRES_LISTES } from "./FormulaireProfilSaisie";

type Props<L extends Liste> = {
  liste: L;
  entrees: Entree<L>[];
  changer: (entrees: Entree<L>[]) => void;
  /** The API's error on the whole list ("30 domaines au plus"). */
  erreur: string | undefined;
  /** One entry's fields; `numero` counts from 1, as the legend does. */
  children: (entree: Entree<L>, numero: number, changer: (patch: Partial<Entree<L>>) => void) => ReactNode;
};

/** Focus once React has drawn the element (the entry added, or the one taking a removed one's place). */
const focaliser = (id: string) => window.setTimeout(() => document.getElementById(id)?.focus(), 0);

/**
 * One list of the profile (domains, languages, countries, missions, periods): a heading, each entry
 * in its own numbered fieldset with a button to remove it, and a button to add one. The buttons
 * move focus (to the new entry's first field; to the entry now in the removed one's place), and
 * what they did is read out by screen readers.
 */
export function ChampsListe<L extends Liste>({ liste, entrees, changer, erreur, children }: Props<L>) {
  const [annonce, setAnnonce] = useState("");
  const description = LISTES[liste];
  const premierChamp = Object.keys(description.champs)[0] ?? "";
  const accord = description.feminin ? "e" : "";
  const idAjouter = `${idListe(liste)}-ajouter`;
  const idErreur = `${idListe(liste)}-erreur`;

  function ajouter() {
    const entree = nouvelleEntree(liste);
    changer([...entrees, entree]);
    setAnnonce(`${description.entree} ${entrees.length + 1} ajouté${accord}.`);
    focaliser(idEntree(liste, entree.cle, premierChamp));
  }

  function retirer(rang: number) {
    const restantes = entrees.filter((_, i) => i !== rang);
    changer(restantes);
    setAnnonce(`${description.entree} ${rang + 1} retiré${accord} ; il en reste ${restantes.length}.`);
    const suivante = restantes[Math.min(rang, restantes.length - 1)];
    focaliser(suivante === undefined ? idAjouter : idEntree(liste, suivante.cle, "fieldset"));
  }

  return (
    <section className={fr.cx("fr-mt-5w")} aria-labelledby={idListe(liste)}>
      {/* Focus comes here for an error on the whole list. */}
      <h2 id={idListe(liste)} tabIndex={-1} aria-describedby={erreur === undefined ? undefined : idErreur}>
        {TITRES_LISTES[liste]}
      </h2>
      <p className={fr.cx("fr-hint-text")}>{description.aide}</p>
      {erreur !== undefined && (
        <p id={idErreur} className={fr.cx("fr-error-text", "fr-mb-2w")}>
          {erreur}
        </p>
      )}
      {entrees.length === 0 && <p>{description.aucune}</p>}
      {entrees.map((entree, rang) => (
        <div key={entree.cle} className={`vivier-profil-entree ${fr.cx("fr-mb-3w")}`}>
          <fieldset id={idEntree(liste, entree.cle, "fieldset")} tabIndex={-1} className={fr.cx("fr-fieldset", "fr-mb-0")}>
            <legend className={fr.cx("fr-fieldset__legend")}>
              {description.entree} {rang + 1}
            </legend>
            {children(entree, rang + 1, (patch) => changer(entrees.map((e) => (e.cle === entree.cle ? { ...e, ...patch } : e))))}
            <div className={fr.cx("fr-fieldset__element")}>
              <Button type="button" priority="tertiary" size="small" iconId="fr-icon-delete-line" iconPosition="left" onClick={() => retirer(rang)}>
                Retirer<span className={fr.cx("fr-sr-only")}>{` ${description.la} ${rang + 1}`}</span>
              </Button>
            </div>
          </fieldset>
        </div>
      ))}
      <p className={fr.cx("fr-sr-only")} role="status">
        {annonce}
      </p>
      {entrees.length < description.max ? (
        <Button id={idAjouter} type="button" priority="secondary" iconId="fr-icon-add-line" iconPosition="left" onClick={ajouter}>
          Ajouter {description.une}
        </Button>
      ) : (
        <p id={idAjouter} tabIndex={-1} className={fr.cx("fr-hint-text")}>
          {description.max} au plus : retirez-en un{accord} pour en ajouter un{accord} autre.
        </p>
      )}
    </section>
  );
}
