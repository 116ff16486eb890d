import { type ErreurMetier, invalide } from "../shared";

/**
 * A "validation" ErreurMetier about one input, whose message is also the error's own: the CLI and
 * the advisor show it as it is, and the HTTP layer still gets the field it concerns.
 */
export function champInvalide(champ: string, message: string): ErreurMetier {
  return invalide([{ champ, message }], message);
}
