/**
 * What the state tables of missions and candidacies share: the answer to « may this event be
 * fired? », with a code the services turn into an `ErreurMetier` (and the HTTP layer into a
 * status) — `interdit` for an actor who may not, `conflit` for a state that does not allow it,
 * `validation` for a missing reason or a field that blocks it.
 */
import type { ErreurChamp } from "../shared";

export type Refus = { ok: false; code: "interdit" | "conflit" | "validation"; raison: string; erreurs?: ErreurChamp[] };

export const refus = (code: Refus["code"], raison: string, erreurs?: ErreurChamp[]): Refus => (erreurs ? { ok: false, code, raison, erreurs } : { ok: false, code, raison });

/** « de publier », « d'annuler »: the French elision before a vowel or a mute h. */
export const de = (verbe: string) => (/^[aeiouyéèêh]/i.test(verbe) ? `d'${verbe}` : `de ${verbe}`);

export const MOTIF_MAX = 2000;

/**
 * The reason given with an event, trimmed (empty is none); a refusal when the event requires
 * one and none is given, or when it is too long to be kept in the history.
 */
export function lireMotif(motif: string | undefined, obligatoire: boolean, action: string): { ok: true; motif?: string } | Refus {
  const texte = motif?.trim() || undefined;
  if (obligatoire && !texte) return refus("validation", `un motif est obligatoire pour ${action}`, [{ champ: "motif", message: `indiquez le motif pour ${action}` }]);
  if (texte && texte.length > MOTIF_MAX) return refus("validation", `le motif fait plus de ${MOTIF_MAX} caractères`, [{ champ: "motif", message: `${MOTIF_MAX} caractères au plus` }]);
  return texte ? { ok: true, motif: texte } : { ok: true };
}
