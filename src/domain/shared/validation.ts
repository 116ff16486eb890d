/**
 * Zod's issues as field errors ("sessions.0.fin": "la fin de la session précède son début"), the
 * form every interface shows them in. Unknown keys get one error each, on their own path.
 */
import type { z } from "zod";
import type { ErreurChamp } from "./errors";

export function erreursDeChamps(erreur: z.ZodError, racine: string): ErreurChamp[] {
  return erreur.issues.flatMap((i) =>
    i.code === "unrecognized_keys"
      ? i.keys.map((cle) => ({ champ: [...i.path, cle].join("."), message: "champ inconnu" }))
      : [{ champ: i.path.length ? i.path.join(".") : racine, message: i.message }],
  );
}
