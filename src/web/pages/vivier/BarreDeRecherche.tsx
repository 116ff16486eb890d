import { fr } from "@codegouvfr/react-dsfr";

type Props = {
  texte: string;
  changer: (texte: string) => void;
  soumettre: () => void;
  /** What is searched: the pool of experts by default; the missions' page says its own. */
  id?: string;
  nom?: string;
  libelle?: string;
  aide?: string;
  exemple?: string;
};

/**
 * The free-text search, in the DSFR search bar's markup. Its label stays visible above it (the
 * search bar's own is for screen readers only), with what one may type.
 */
export function BarreDeRecherche({
  texte,
  changer,
  soumettre,
  id = "vivier-recherche-texte",
  nom = "Rechercher des experts",
  libelle = "Rechercher dans le vivier",
  aide = "Métier, domaine, compétence, pays, langue ou nom. Les accents et les fautes de frappe sont tolérés.",
  exemple = "Par exemple : eau potable, urbanisme, Sénégal",
}: Props) {
  return (
    <form
      role="search"
      aria-label={nom}
      onSubmit={(e) => {
        e.preventDefault();
        soumettre();
      }}
    >
      <label className={fr.cx("fr-label", "fr-mb-1w")} htmlFor={id}>
        {libelle}
        <span className={fr.cx("fr-hint-text")}>{aide}</span>
      </label>
      <div className={fr.cx("fr-search-bar", "fr-search-bar--lg")}>
        {/* Named by the visible label above: the DSFR hides the search bar's own label. */}
        <input
          className={fr.cx("fr-input")}
          type="search"
          id={id}
          name="q"
          value={texte}
          onChange={(e) => changer(e.target.value)}
          maxLength={200}
          autoComplete="off"
          placeholder={exemple}
        />
        <button type="submit" className={fr.cx("fr-btn")} title="Rechercher">
          Rechercher
        </button>
      </div>
    </form>
  );
}
