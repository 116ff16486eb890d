/**
 * A project (programme): the missions of one donor-funded programme, or of one cooperation,
 * belong to it so that the days one agent gives to it add up (PRODUCT.md §3, LEGAL.md T1–T3).
 * The organisation that owns it is not written by the user: the service sets it from the actor.
 */
import { z } from "zod";
import { erreursDeChamps, type ErreurChamp } from "../shared";
import { texteFacultatif, texteObligatoire } from "./champs";

export const schemaProjet = z.strictObject(
  {
    intitule: texteObligatoire("l'intitulé du projet", 200).describe("Intitulé du projet"),
    programme: texteFacultatif("le programme", 200).describe("Programme dont relève le projet (PAGoDA, Adapt'Action…)"),
    bailleur: texteFacultatif("le bailleur", 200).describe("Bailleur de fonds (Union européenne, AFD…)"),
    description: texteFacultatif("la description", 5000).describe("Description du projet"),
  },
  { error: "le projet est un objet JSON" },
);

export type ProjetSaisi = z.input<typeof schemaProjet>;
export type Projet = z.output<typeof schemaProjet>;

export function lireProjet(entree: unknown): { ok: true; projet: Projet } | { ok: false; erreurs: ErreurChamp[] } {
  const r = schemaProjet.safeParse(entree);
  return r.success ? { ok: true, projet: r.data } : { ok: false, erreurs: erreursDeChamps(r.error, "projet") };
}
