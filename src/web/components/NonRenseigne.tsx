import { fr } from "@codegouvfr/react-dsfr";

/** A missing value: a dash on screen, words for screen readers (which would read "tiret cadratin"). */
export function NonRenseigne() {
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className={fr.cx("fr-sr-only")}>non renseigné</span>
    </>
  );
}

/** The value, or NonRenseigne when there is none. */
export function Valeur({ children }: { children: string | null }) {
  return children === null || children === "" ? <NonRenseigne /> : <>{children}</>;
}
