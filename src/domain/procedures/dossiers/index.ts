/**
 * Every procedure as a case, by its type: the services run any of them through `DefinitionDossier`
 * without knowing which it is.
 */
import type { TypeProcedure } from "../choix-instrument";
import type { DefinitionDossier } from "../dossier";
import { DOSSIER_CONVENTION_PARTENARIAT } from "./convention-partenariat";
import { DOSSIER_CUMUL } from "./cumul";
import { DOSSIER_DETACHEMENT } from "./detachement";
import { DOSSIER_MISE_A_DISPOSITION } from "./mise-a-disposition";
import { DOSSIER_ORDRE_DE_MISSION } from "./ordre-de-mission";

export { DOSSIER_CONVENTION_PARTENARIAT, DOSSIER_CUMUL, DOSSIER_DETACHEMENT, DOSSIER_MISE_A_DISPOSITION, DOSSIER_ORDRE_DE_MISSION };

export const DOSSIERS: Readonly<Record<TypeProcedure, DefinitionDossier>> = {
  cumul_activites: DOSSIER_CUMUL,
  mise_a_disposition: DOSSIER_MISE_A_DISPOSITION,
  detachement: DOSSIER_DETACHEMENT,
  convention_partenariat: DOSSIER_CONVENTION_PARTENARIAT,
  ordre_de_mission: DOSSIER_ORDRE_DE_MISSION,
};

export const definitionDossier = (type: TypeProcedure): DefinitionDossier => DOSSIERS[type];
