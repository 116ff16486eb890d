/**
 * Every procedure as a case, by its type: the services run any of them through `DefinitionDossier`
 * without knowing which it is.
 */
import type { TypeProcedure } from "../choix-instrument";
import { TABLE_CONVENTION_PARTENARIAT } from "../convention-partenariat";
import { TABLE_CUMUL } from "../cumul";
import { TABLE_DETACHEMENT } from "../detachement";
import { DOCUMENTS_PROCEDURE } from "../documents-procedure";
import { TABLE_MISE_A_DISPOSITION } from "../mise-a-disposition";
import { TABLE_ORDRE_DE_MISSION } from "../ordre-de-mission";
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

const libellesDe = (regles: readonly { evenement: string; libelle: string }[]) => Object.fromEntries(regles.map((r) => [r.evenement, r.libelle]));

/** Each event of each table in words (« donner l'avis du supérieur hiérarchique »), for the history. */
export const LIBELLES_EVENEMENT_PROCEDURE: Readonly<Record<TypeProcedure, Readonly<Record<string, string>>>> = {
  cumul_activites: libellesDe(TABLE_CUMUL.regles),
  mise_a_disposition: libellesDe(TABLE_MISE_A_DISPOSITION.regles),
  detachement: libellesDe(TABLE_DETACHEMENT.regles),
  convention_partenariat: libellesDe(TABLE_CONVENTION_PARTENARIAT.regles),
  ordre_de_mission: libellesDe(TABLE_ORDRE_DE_MISSION.regles),
};

/** Each template the procedures produce in words, including one generated in an earlier state. */
export const LIBELLES_MODELE_PROCEDURE: Readonly<Record<string, string>> = Object.fromEntries(
  Object.values(DOCUMENTS_PROCEDURE).flatMap((documents) => documents.map((d) => [d.modele, d.libelle])),
);
