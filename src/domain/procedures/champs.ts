/**
 * The field schemas the procedures' data share, on top of the missions' (free text, euros): a
 * date, a person, an organisation, and reading an input into the data or its errors field by
 * field. Messages in French, named after the field so that an error reads on its own.
 */
import { z } from "zod";
import { TYPES_HOTE } from "../instruments";
import { texteFacultatif, texteObligatoire } from "../missions/champs";
import { erreursDeChamps, type ErreurChamp } from "../shared";

export { montantEnEuros, texteFacultatif, texteObligatoire } from "../missions/champs";
export { DEMANDEURS_FIN, type DemandeurFin, LIBELLES_DEMANDEUR_FIN } from "./vocabulaire";
export { type Cadre, LIBELLES_STATUT, LIBELLES_TYPE_HOTE, type Statut, type TypeHote } from "./vocabulaire-donnees";

/** A real calendar day, AAAA-MM-JJ (2026-02-30 is refused). */
export const dateIso = (libelle: string) => z.iso.date({ error: `${libelle} : une date AAAA-MM-JJ qui existe est attendue` });

export const typeHote = z.enum(TYPES_HOTE, { error: `type d'organisme d'accueil inconnu ; types possibles : ${TYPES_HOTE.join(", ")}` });

/** The agent as a convention or an arrêté names them. */
export const schemaAgent = z.strictObject(
  {
    nom: texteObligatoire("le nom de l'agent", 100),
    prenom: texteObligatoire("le prénom de l'agent", 100),
    grade: texteObligatoire("le grade de l'agent", 200),
  },
  { error: "l'agent s'écrit { nom, prenom, grade }" },
);

/** A party to a convention: its name, and who signs for it. */
export const schemaPartie = (quoi: string) =>
  z.strictObject(
    {
      nom: texteObligatoire(`le nom de ${quoi}`, 300),
      representant: texteFacultatif(`le représentant de ${quoi}`, 200),
      qualite: texteFacultatif(`la qualité du représentant de ${quoi}`, 200),
    },
    { error: `${quoi} s'écrit { nom, representant?, qualite? }` },
  );

/** The data, or its errors field by field (`accueil.type`, `remboursement.montantParPeriode`…). */
export function lire<S extends z.ZodType>(schema: S, entree: unknown, racine: string): { ok: true; valeur: z.output<S> } | { ok: false; erreurs: ErreurChamp[] } {
  const r = schema.safeParse(entree);
  return r.success ? { ok: true, valeur: r.data } : { ok: false, erreurs: erreursDeChamps(r.error, racine) };
}

/** An error on `chemin` when `fin` comes before `debut` (each checked valid on its own elsewhere). */
export function finApresDebut(debut: unknown, fin: unknown, ctx: z.RefinementCtx, chemin: (string | number)[], message: string) {
  if (typeof debut === "string" && typeof fin === "string" && fin < debut) ctx.addIssue({ code: "custom", path: chemin, message });
}
