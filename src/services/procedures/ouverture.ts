/**
 * What opening a case asks: the procedure, a title, and where it starts — a staffing (the
 * candidacy, whose advisor's instrument is the recommendation), an agent's profile, or, for a
 * partnership convention, the operator. A justification when the procedure differs from the
 * recommendation; the data may be given, otherwise it is prefilled.
 */
import { z } from "zod";
import { LIBELLES_TYPE_PROCEDURE, TYPES_PROCEDURE } from "../../domain/procedures";
import { erreursDeChamps, invalide } from "../../domain/shared";

const uuid = (quoi: string) => z.uuid({ error: `${quoi} : un identifiant (UUID) est attendu` }).optional();

export const schemaOuverture = z.strictObject(
  {
    type: z.enum(TYPES_PROCEDURE, { error: `procédure attendue : ${TYPES_PROCEDURE.join(", ")}` }),
    intitule: z
      .string({ error: "l'intitulé est un texte" })
      .trim()
      .min(3, { error: "l'intitulé fait au moins 3 caractères" })
      .max(200, { error: "l'intitulé fait au plus 200 caractères" })
      .optional(),
    candidatureId: uuid("l'affectation"),
    profilId: uuid("le profil de l'agent"),
    accueilId: uuid("l'organisme d'accueil"),
    operateurId: uuid("l'opérateur"),
    collectiviteId: uuid("la collectivité"),
    justification: z.string({ error: "la justification est un texte" }).trim().max(2000, { error: "la justification fait au plus 2 000 caractères" }).optional(),
    donnees: z.record(z.string(), z.unknown(), { error: "les données de la procédure sont un objet JSON" }).optional(),
  },
  { error: "l'ouverture d'une procédure s'écrit { type, intitule?, candidatureId? | profilId? | operateurId? | collectiviteId?, accueilId?, justification?, donnees? }" },
);

export type Ouverture = Omit<z.output<typeof schemaOuverture>, "intitule"> & { intitule: string };

export function lireOuverture(saisie: unknown): Ouverture {
  const r = schemaOuverture.safeParse(saisie ?? {});
  if (!r.success) throw invalide(erreursDeChamps(r.error, "ouverture"));
  return { ...r.data, intitule: r.data.intitule ?? LIBELLES_TYPE_PROCEDURE[r.data.type] };
}
