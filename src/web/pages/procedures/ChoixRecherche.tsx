import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { useEffect, useState } from "react";
import { type Organisation, rechercherOrganisations, type TypeOrganisation, useRequete } from "../../api";
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
  /**
   * For an optional choice: the label of a first choice that picks nothing (its key is ""), so
   * that a choice made can be undone: « Aucun : … ».
   */
  aucun?: string;
  /** Told whether choices are listed, as it changes: where focus goes on an error (`idChoixRecherche`). */
  choixListes?: (listes: boolean) => void;
};

/** Where focus goes for an error on the choice: the first choice when there are some, else the search. */
export const idChoixRecherche = (id: string, choix: boolean) => (choix ? `${id}-choix-0` : `${id}-texte`);

/**
 * A choice's id and where focus goes for an error on it (`cible`, for useFormulaire), kept up to
 * date by the choice itself: give it `props` (`<ChoixRecherche {...choix.props} … />`).
 */
export function useChoixRecherche(id: string) {
  const [listes, setListes] = useState(true);
  return { cible: idChoixRecherche(id, listes), props: { id, choixListes: setListes } };
}

/**
 * A choice among what a search finds (one of the organisation's agents, an organisation), inside
 * a form: the search runs with its button, or Enter in its field (which must not send the form
 * around it); the first ones are offered before anything is typed. The choice made stays listed,
 * first, when another search no longer finds it: what is sent is always what is shown as chosen.
 */
export function ChoixRecherche<T>({ id, libelleRecherche, aide, legende, chercher, cle, libelle, detail, valeur, changer, erreur, aucun, choixListes }: Props<T>) {
  const [texte, setTexte] = useState("");
  const [applique, setApplique] = useState("");
  const [choisi, setChoisi] = useState<T | undefined>(undefined);
  const requete = useRequete(`${id}-${applique}`, (signal) => chercher(applique, signal));
  const trouves = requete.etat === "succes" ? requete.donnees : requete.etat === "chargement" ? (requete.precedent ?? []) : [];
  const garde = choisi !== undefined && valeur !== "" && cle(choisi) === valeur && !trouves.some((t) => cle(t) === valeur);
  const resultats = garde ? [choisi, ...trouves] : trouves;
  const listes = resultats.length > 0;
  useEffect(() => {
    choixListes?.(listes);
  }, [choixListes, listes]);
  const rechercher = () => setApplique(texte.trim());
  const choisir = (t: T | undefined) => {
    setChoisi(t);
    changer(t === undefined ? "" : cle(t));
  };
  const options = resultats.map((t) => ({
    label: libelle(t),
    hintText: detail?.(t),
    nativeInputProps: { value: cle(t), checked: valeur === cle(t), onChange: () => choisir(t) },
  }));

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
            erreur={listes ? undefined : erreur}
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
      {listes && (
        <RadioButtons
          id={`${id}-choix`}
          name={`${id}-choix`}
          legend={legende}
          state={erreur === undefined ? "default" : "error"}
          stateRelatedMessage={erreur}
          options={aucun === undefined ? options : [{ label: aucun, nativeInputProps: { value: "", checked: valeur === "", onChange: () => choisir(undefined) } }, ...options]}
        />
      )}
    </div>
  );
}

type PropsOrganisation = Omit<Props<Organisation>, "chercher" | "cle" | "libelle" | "detail"> & {
  /** Only organisations of this type (an operator, a collectivité); without it, any. */
  type?: TypeOrganisation;
  /** What is offered before anything is typed, when `type` leaves the search open: the usual choice (the operators, for a host). */
  typeSansTexte?: TypeOrganisation;
};

/**
 * What tells apart organisations of the same name: a collectivité's category and département
 * (« Commune · département 42 »), the type of any other when the search mixes types.
 */
export function detailOrganisation(o: Organisation, typeConnu: boolean): string | undefined {
  const parties = [o.categorieLibelle ?? (typeConnu ? null : o.typeLibelle), o.codeDepartement === null ? null : `département ${o.codeDepartement}`];
  const texte = parties.filter((p) => p !== null).join(" · ");
  return texte === "" ? undefined : texte;
}

/** A choice among the organisations of Vivier (the directory's search, by name), of one type or any. */
export function ChoixOrganisation({ type, typeSansTexte, ...props }: PropsOrganisation) {
  return (
    <ChoixRecherche
      {...props}
      chercher={async (q, signal) => {
        const filtre = q === "" ? (type ?? typeSansTexte) : type;
        const r = await rechercherOrganisations({ ...(q === "" ? {} : { q }), ...(filtre === undefined ? {} : { type: filtre }), parPage: 10 }, signal);
        return r.resultats;
      }}
      cle={(o) => o.id}
      libelle={(o) => o.nom}
      detail={(o) => detailOrganisation(o, type !== undefined)}
    />
  );
}
