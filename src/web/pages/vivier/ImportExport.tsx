import { fr } from "@codegouvfr/react-dsfr";
import { type FormatExport, urlExportVivier } from "../../api";

const FORMATS: { format: FormatExport; libelle: string }[] = [
  { format: "csv", libelle: "Exporter le vivier (CSV)" },
  { format: "xlsx", libelle: "Exporter le vivier (XLSX)" },
];

/**
 * The pool as HR sees it, with the headers the import recognises: an export re-imports without
 * changing anything. Plain links: the browser downloads the file with the session cookie.
 */
export function ImportExport({ organisationId }: { organisationId: string }) {
  return (
    <section aria-labelledby="vivier-import-titre-export" className={fr.cx("fr-mb-6w")}>
      <h2 id="vivier-import-titre-export">Exporter le vivier</h2>
      <p>
        Tous les profils de votre organisation, une colonne par champ, sous les en-têtes que l'import reconnaît : vous pouvez
        travailler le fichier dans un tableur, puis le réimporter. Le CSV (UTF-8, séparateur point-virgule) s'ouvre dans
        Excel ; le XLSX est un classeur d'une feuille « Vivier ».
      </p>
      <ul className={fr.cx("fr-btns-group", "fr-btns-group--inline-md", "fr-btns-group--icon-left")}>
        {FORMATS.map((f) => (
          <li key={f.format}>
            <a className={fr.cx("fr-btn", "fr-btn--secondary", "fr-icon-download-line")} href={urlExportVivier(organisationId, f.format)} download>
              {f.libelle}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
