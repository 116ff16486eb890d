/**
 * What every form of a procedure's data takes (one per procedure, registered in index.tsx): the
 * case's data as it stands, how to save a new version, the errors to show under the fields, and
 * the prefix of the ids of its inputs (unique in the page).
 */
export type ProprietesFormulaireDonnees = {
  /** The case's data as the API gave it (a draft may be incomplete, or hold only what was prefilled). */
  donnees: Record<string, unknown>;
  /**
   * Sends the whole data object (PUT /procedures/:id/donnees) and updates the page with the case
   * as answered; throws what the API call threw (ErreurApi), for the form to show.
   */
  enregistrer: (donnees: Record<string, unknown>) => Promise<void>;
  /**
   * Errors to show under their field, by the path of the field in the data
   * (`activiteAccessoire.organisme.nature`): what a step found missing, what is still missing after
   * a save. An error whose path the form has no field for is shown above it.
   */
  erreurs: { champ: string; message: string }[];
  /** Prefix of the ids of the form's heading and inputs. */
  idFormulaire: string;
};
