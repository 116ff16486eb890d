import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";

type Props = {
  /** The message of each field in error, by the form's name for the field. */
  erreurs: Partial<Record<string, string>>;
  /** Every field of the form, in its order, with the id of its input. */
  ids: Record<string, string>;
  /** The field's name as the summary says it ("Langue 2 : niveau"). */
  libelle: (champ: string) => string;
  className?: string;
};

/**
 * Above a long form: every field in error, in the form's order, each a link that takes the user
 * into the field (RGAA 11.10: errors listed and reachable), so that nobody has to scroll through
 * the whole form to find what to fix.
 */
export function ResumeErreurs({ erreurs, ids, libelle, className }: Props) {
  const enErreur = Object.keys(ids).filter((champ) => erreurs[champ] !== undefined);
  if (enErreur.length === 0) return null;
  return (
    <Alert
      className={`${fr.cx("fr-mb-3w")}${className === undefined ? "" : ` ${className}`}`}
      severity="error"
      as="h2"
      title={enErreur.length === 1 ? "Un champ est à corriger" : `${enErreur.length} champs sont à corriger`}
      description={
        <ul>
          {enErreur.map((champ) => (
            <li key={champ}>
              <a
                href={`#${ids[champ]}`}
                onClick={(e) => {
                  // Focus, not just scroll: the user lands in the field, ready to type.
                  e.preventDefault();
                  document.getElementById(ids[champ] ?? "")?.focus();
                }}
              >
                {libelle(champ)} : {erreurs[champ]}
              </a>
            </li>
          ))}
        </ul>
      }
    />
  );
}
