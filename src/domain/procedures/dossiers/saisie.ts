/**
 * Reading an event's inputs and a case's follow-up as stored: both are JSON whose shape nobody
 * promised. The tables check the values (a real date, a known requester, a year of the period):
 * here we only pick what has the right JS type, so that a guard says what is wrong instead of
 * the code throwing on it.
 */
import { estDate } from "../dates";
import type { EffetsEvenement, Suivi } from "../dossier";

const estObjet = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** A date recorded in the follow-up, if it is one. */
export const dateDe = (v: unknown): string | undefined => (estDate(v) ? v : undefined);

/** A string input as typed (the table says whether it is a date, a known value…). */
export const chaineSaisie = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);

export const nombreSaisi = (v: unknown): number | undefined => (typeof v === "number" ? v : undefined);

export const booleenSaisi = (v: unknown): boolean | undefined => (typeof v === "boolean" ? v : undefined);

/**
 * An input made of several fields, `cle` in the rule's `champs` (« remboursement.periode »…): sent
 * as one object `{ remboursement: { periode } }`, or flat as the form names its fields
 * `{ "remboursement.periode": … }`. Undefined when neither is there: the table then says so.
 */
export function objetSaisi(saisie: Record<string, unknown>, cle: string): unknown {
  if (saisie[cle] !== undefined) return saisie[cle];
  const prefixe = `${cle}.`;
  const champs = Object.entries(saisie).filter(([nom]) => nom.startsWith(prefixe));
  return champs.length ? Object.fromEntries(champs.map(([nom, v]) => [nom.slice(prefixe.length), v])) : undefined;
}

/** The object recorded under `cle`, or undefined when the follow-up holds something else there. */
export const objetDuSuivi = (suivi: Suivi, cle: string): Record<string, unknown> | undefined => (estObjet(suivi[cle]) ? (suivi[cle] as Record<string, unknown>) : undefined);

/** The entries of a recorded list that `garder` accepts (a list written by an older version may hold others). */
export function listeDuSuivi<T>(suivi: Suivi, cle: string, garder: (v: unknown) => T | undefined): T[] {
  const liste = Array.isArray(suivi[cle]) ? (suivi[cle] as unknown[]) : [];
  return liste.flatMap((v) => {
    const t = garder(v);
    return t === undefined ? [] : [t];
  });
}

/** The follow-up without `cle` (pending amended terms dropped once decided). */
export const sansCle = (suivi: Suivi, cle: string): Suivi => Object.fromEntries(Object.entries(suivi).filter(([nom]) => nom !== cle));

/** The events that only record the day they happened (a signature, an arrêté), by the key they write. */
export function dateDeLEvenement(suivi: Suivi, cles: Readonly<Record<string, string>>, evenement: string, aujourdhui: string): EffetsEvenement {
  const cle = cles[evenement];
  return cle ? { suivi: { ...suivi, [cle]: aujourdhui } } : {};
}
