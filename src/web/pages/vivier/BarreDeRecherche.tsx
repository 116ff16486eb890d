import { fr } from "@codegouvfr/react-dsfr";

const ID = "vivier-recherche-texte";

/**
 * The free-text search, in the DSFR search bar's markup. Its label stays visible above it (the
 * search bar's own is for screen readers only), with what one may type.
 */
export function BarreDeRecherche({ texte, changer, soumettre }: { texte: string; changer: (texte: string) => void; soumettre: () => void }) {
  return (
    <form
      role="search"
      aria-label="Rechercher des experts"
      onSubmit={(e) => {
        e.preventDefault();
        soumettre();
      }}
    >
      <label className={fr.cx("fr-label", "fr-mb-1w")} htmlFor={ID}>
        Rechercher dans le vivier
        <span className={fr.cx("fr-hint-text")}>
          Métier, domaine, compétence, pays, langue ou nom. Les accents et les fautes de frappe sont tolérés.
        </span>
      </label>
      <div className={fr.cx("fr-search-bar", "fr-search-bar--lg")}>
        {/* Named by the visible label above: the DSFR hides the search bar's own label. */}
        <input
          className={fr.cx("fr-input")}
          type="search"
          id={ID}
          name="q"
          value={texte}
          onChange={(e) => changer(e.target.value)}
          maxLength={200}
          autoComplete="off"
          placeholder="Par exemple : eau potable, urbanisme, Sénégal"
        />
        <button type="submit" className={fr.cx("fr-btn")} title="Rechercher">
          Rechercher
        </button>
      </div>
    </form>
  );
}
