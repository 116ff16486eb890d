import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { useState } from "react";
import { useRequete } from "../../api";
import { AlerteErreur } from "../../components/AlerteErreur";
import { ChampSaisie } from "../../components/Champs";

type Props<T> = {
  /** Prefix of the ids; the first choice's input is `${id}-choix-0`, the search's `${id}-texte`. */
  id: string;
  /** « Rechercher un agent » */
  libelleRecherche: string;
  aide: string;
  /** The legend of the choices: « Agent concerné ». */
  legende: string;
  /** What the search finds, for a text (empty: the first ones). */
  chercher: (texte: string, signal: AbortSignal) => Promise<T[]>;
  cle: (t: T) => string;
  libelle: (t: T) => string;
  detail?: (t: T) => string | undefined;
  valeur: string;
  changer: (cle: string) => void;
  erreur: string | undefined;
};

/** Where focus goes for an error on the choice: the first choice when there are some, else the search. */
export const idChoixRecherche = (id: string, choix: boolean) => (choix ? `${id}-choix-0` : `${id}-texte`);

/**
 * A choice among what a search finds (one of the organisation's agents, an operator), inside a
 * form: the search runs with its button, or Enter in its field (which must not send the form
 * around it); the first ones are offered before anything is typed. The choice made stays chosen
 * while it is among the results.
 */
export function ChoixRecherche<T>({ id, libelleRecherche, aide, legende, chercher, cle, libelle, detail, valeur, changer, erreur }: Props<T>) {
  const [texte, setTexte] = useState("");
  const [applique, setApplique] = useState("");
  const requete = useRequete(`${id}-${applique}`, (signal) => chercher(applique, signal));
  const resultats = requete.etat === "succes" ? requete.donnees : requete.etat === "chargement" ? (requete.precedent ?? []) : [];
  const rechercher = () => setApplique(texte.trim());

  return (
    <div className={fr.cx("fr-mb-3w")}>
      <div className={fr.cx("fr-grid-row", "fr-grid-row--gutters", "fr-grid-row--bottom")}>
        <div className={fr.cx("fr-col-12", "fr-col-md-8")}>
          <ChampSaisie
            id={`${id}-texte`}
            label={libelleRecherche}
            hintText={aide}
            type="search"
            autoComplete="off"
            maxLength={200}
            erreur={resultats.length === 0 ? erreur : undefined}
            valeur={texte}
            changer={setTexte}
            onKeyDown={(e) => {
              if (e.key !== "Enter") return;
              e.preventDefault();
              rechercher();
            }}
          />
        </div>
        <div className={fr.cx("fr-col-12", "fr-col-md-4", "fr-mb-3w")}>
          <Button type="button" priority="secondary" iconId="fr-icon-search-line" onClick={rechercher}>
            Rechercher
          </Button>
        </div>
      </div>
      {/* Announced when a search ends, without moving focus. */}
      <p role="status" className={fr.cx("fr-text--sm")}>
        {requete.etat === "chargement"
          ? "Recherche en cours…"
          : requete.etat === "succes"
            ? requete.donnees.length === 0
              ? "Aucun résultat : essayez d'autres mots."
              : `${requete.donnees.length} résultat${requete.donnees.length > 1 ? "s" : ""}${applique === "" ? "" : ` pour « ${applique} »`}.`
            : ""}
      </p>
      {requete.etat === "erreur" && <AlerteErreur erreur={requete.erreur} titre="La recherche n'a pas pu aboutir" />}
      {resultats.length > 0 && (
        <RadioButtons
          id={`${id}-choix`}
          name={`${id}-choix`}
          legend={legende}
          state={erreur === undefined ? "default" : "error"}
          stateRelatedMessage={erreur}
          options={resultats.map((t) => ({
            label: libelle(t),
            hintText: detail?.(t),
            nativeInputProps: { value: cle(t), checked: valeur === cle(t), onChange: () => changer(cle(t)) },
          }))}
        />
      )}
    </div>
  );
}
