/**
 * Errors the domain and services raise on purpose. Each has a stable `code`; the HTTP layer maps
 * codes to statuses in one table (src/server/plugins/errors.ts), the CLI to exit codes.
 */
export type CodeErreur =
  | "validation"
  | "non_authentifie"
  | "interdit"
  | "introuvable"
  | "conflit"
  | "trop_volumineux"
  | "type_non_supporte"
  | "trop_de_requetes"
  | "indisponible";

export type ErreurChamp = { champ: string; message: string };

export class ErreurMetier extends Error {
  constructor(
    readonly code: CodeErreur,
    message: string,
    readonly champs: ErreurChamp[] = [],
  ) {
    super(message);
    this.name = "ErreurMetier";
  }
}

export const introuvable = (quoi: string) => new ErreurMetier("introuvable", `${quoi} introuvable.`);
export const invalide = (champs: ErreurChamp[], message = "Certaines données sont invalides.") =>
  new ErreurMetier("validation", message, champs);
