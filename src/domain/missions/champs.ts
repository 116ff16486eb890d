/**
 * The small field schemas projects and missions share: free text, amounts in euros, lists with
 * each code once. Messages in French, named after the field so that an error reads on its own.
 */
import { z } from "zod";

// PostgreSQL refuses the NUL character, and no control character belongs in a mission's text.
// eslint-disable-next-line no-control-regex
const CARACTERES_DE_CONTROLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Trimmed text of at most `max` characters; `libelle` names the field in the messages (« l'intitulé »). */
function texteBorne(libelle: string, max: number) {
  return z
    .string({ error: `${libelle} : du texte est attendu` })
    .trim()
    .max(max, { error: `${libelle} : ${max} caractères au plus` })
    .refine((v) => !CARACTERES_DE_CONTROLE.test(v), { error: `${libelle} contient des caractères de contrôle` });
}

export const texteObligatoire = (libelle: string, max: number) => texteBorne(libelle, max).refine((v) => v !== "", { error: `${libelle} est obligatoire` });

/** A field left empty in a form is absent, not an empty text. */
export const texteFacultatif = (libelle: string, max: number) =>
  texteBorne(libelle, max)
    .transform((v) => (v === "" ? undefined : v))
    .optional();

/** Euros, cents at most: a float like 0.1 + 0.2 is read as the 0.30 a person typed. */
export const montantEnEuros = (libelle: string) =>
  z
    .number({ error: `${libelle} : un montant en euros est attendu` })
    .min(0, { error: `${libelle} : un montant négatif n'est pas admis` })
    .max(1_000_000, { error: `${libelle} : 1 000 000 € au plus` })
    .refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, { error: `${libelle} : au centime près (deux décimales au plus)` });

/** Each entry of a list once: the error stands on the repeated entry's `champ` and names it. */
export const sansDoublon =
  <T>(cle: (x: T) => string, quoi: string, champ: string) =>
  (liste: readonly T[], ctx: z.RefinementCtx) => {
    const vus = new Set<string>();
    liste.forEach((x, i) => {
      if (vus.has(cle(x))) ctx.addIssue({ code: "custom", path: [i, champ], message: `${quoi} « ${cle(x)} » figure deux fois` });
      vus.add(cle(x));
    });
  };
