import { Upload } from "@codegouvfr/react-dsfr/Upload";
import { ID_FICHIER, LIMITES_AFFICHEES } from "./ImportEtat";

const FORMATS = ".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * Choosing the file: the dry run starts as soon as one is chosen. Not during an import, which the
 * server would finish anyway, out of the page's sight.
 */
export function ImportFichier({ erreur, choisir, desactive }: { erreur: string | undefined; choisir: (fichier: File | undefined) => void; desactive: boolean }) {
  return (
    <Upload
      disabled={desactive}
      label="Fichier des agents (CSV ou XLSX)"
      hint={`Un tableur ou une extraction de votre logiciel RH, une ligne par agent, la première ligne portant les en-têtes. CSV (UTF-8 ou Windows-1252, séparateur point-virgule, virgule ou tabulation) ou XLSX (la première feuille du classeur) ; ${LIMITES_AFFICHEES}.`}
      state={erreur === undefined ? "default" : "error"}
      stateRelatedMessage={erreur}
      nativeInputProps={{
        id: ID_FICHIER,
        accept: FORMATS,
        "aria-invalid": erreur === undefined ? undefined : true,
        // Emptied before the file dialog opens: choosing the same file again, once corrected in
        // the spreadsheet, is a change too, and is analysed again.
        onClick: (e) => {
          e.currentTarget.value = "";
        },
        onChange: (e) => choisir(e.currentTarget.files?.[0]),
      }}
    />
  );
}
