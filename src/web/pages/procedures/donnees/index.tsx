/**
 * The form of each procedure's data, by the procedure's type: all take the same properties
 * (types.ts). The cumul's, the one most cases start with, comes with the page; the others are
 * loaded when a case of theirs is edited (their own chunk), under a Suspense boundary the page
 * gives (`FormulaireDonnees` below).
 */
import { type ComponentType, lazy, Suspense } from "react";
import type { TypeProcedure } from "../../../api";
import { FormulaireCumul } from "./FormulaireCumul";
import type { ProprietesFormulaireDonnees } from "./types";

export type { ProprietesFormulaireDonnees } from "./types";

const FormulaireMiseADisposition = lazy(() => import("./FormulaireMiseADisposition").then((m) => ({ default: m.FormulaireMiseADisposition })));
const FormulaireDetachement = lazy(() => import("./FormulaireDetachement").then((m) => ({ default: m.FormulaireDetachement })));
const FormulaireConventionPartenariat = lazy(() => import("./FormulaireConventionPartenariat").then((m) => ({ default: m.FormulaireConventionPartenariat })));
const FormulaireOrdreDeMission = lazy(() => import("./FormulaireOrdreDeMission").then((m) => ({ default: m.FormulaireOrdreDeMission })));

export const FORMULAIRES_DONNEES: Record<TypeProcedure, ComponentType<ProprietesFormulaireDonnees>> = {
  cumul_activites: FormulaireCumul,
  mise_a_disposition: FormulaireMiseADisposition,
  detachement: FormulaireDetachement,
  convention_partenariat: FormulaireConventionPartenariat,
  ordre_de_mission: FormulaireOrdreDeMission,
};

/** The form of the case's procedure, said to be loading while its chunk arrives. */
export function FormulaireDonnees({ type, ...proprietes }: ProprietesFormulaireDonnees & { type: TypeProcedure }) {
  const Formulaire = FORMULAIRES_DONNEES[type];
  return (
    <Suspense fallback={<p role="status">Chargement du formulaire…</p>}>
      <Formulaire {...proprietes} />
    </Suspense>
  );
}
