/**
 * The terms of a détachement (LEGAL.md D1–D4, §6): the agent (titulaire only), the host, short or
 * long, the dates, whether the agent serves abroad (a year for a short one) and whether it is a
 * cooperation mission (a prior convention, D3b), the notice. The durations follow LEGAL.md; where
 * the note says otherwise, `reglesDeDuree` gives the user both texts.
 */
import { z } from "zod";
import { STATUTS } from "../instruments";
import { dateIso, finApresDebut, LIBELLES_STATUT, lire, schemaAgent, schemaPartie, texteObligatoire, typeHote } from "./champs";
import { dernierJourDePeriode, estDate } from "./dates";
import { type IdRegleProcedure, PARAMETRES_PROCEDURES, REGLES_PROCEDURES } from "./regles";
import type { ErreurChamp } from "../shared";
import { type TypeDetachement, TYPES_DETACHEMENT } from "./vocabulaire-donnees";

export { LIBELLES_TYPE_DETACHEMENT, type TypeDetachement, TYPES_DETACHEMENT } from "./vocabulaire-donnees";

const P = PARAMETRES_PROCEDURES;

export const schemaDetachement = z
  .strictObject(
    {
      agent: schemaAgent.extend({ statut: z.enum(STATUTS, { error: `statut inconnu ; statuts possibles : ${STATUTS.join(", ")}` }) }),
      accueil: schemaPartie("l'organisme d'accueil").extend({ type: typeHote }),
      fonctions: texteObligatoire("les fonctions exercées auprès de l'organisme d'accueil", 4000),
      type: z.enum(TYPES_DETACHEMENT, { error: "choisissez un détachement de courte durée ou de longue durée" }),
      dateDebut: dateIso("le début du détachement"),
      dateFin: dateIso("la fin du détachement"),
      /** The first day of the current period of a renewed long détachement (D4 counts five years from it). */
      debutPeriode: dateIso("le début de la période en cours").optional(),
      aLEtranger: z.boolean({ error: "indiquez si l'agent est détaché pour servir à l'étranger (oui ou non)" }),
      cooperation: z.boolean({ error: "indiquez s'il s'agit d'une mission de coopération internationale (oui ou non)" }),
      conventionPrealable: z
        .strictObject(
          { reference: texteObligatoire("la référence de la convention préalable", 200), signeeLe: dateIso("la date de signature de la convention préalable") },
          { error: "la convention préalable s'écrit { reference, signeeLe }" },
        )
        .optional(),
      preavisMois: z
        .number({ error: "le préavis est un nombre de mois" })
        .int({ error: "le préavis est un nombre entier de mois" })
        .min(0, { error: "le préavis ne peut être négatif" })
        .max(P.preavisDetachementMaxMois, { error: `le préavis est de ${P.preavisDetachementMaxMois} mois au plus` })
        .optional(),
    },
    { error: "le détachement est un objet JSON" },
  )
  .superRefine((d, ctx) => {
    const erreur = (path: string[], message: string) => ctx.addIssue({ code: "custom", path, message });
    if (d.agent && (STATUTS as readonly unknown[]).includes(d.agent.statut) && d.agent.statut !== "titulaire") {
      erreur(["agent", "statut"], `D1 : le détachement est réservé aux fonctionnaires titulaires, pas à un ${LIBELLES_STATUT[d.agent.statut]}`);
    }
    finApresDebut(d.dateDebut, d.dateFin, ctx, ["dateFin"], "la fin du détachement précède son début");
    if (!estDate(d.dateDebut) || !estDate(d.dateFin) || d.dateFin < d.dateDebut) return;
    const debutPeriode = d.debutPeriode ?? d.dateDebut;
    if (d.type === "courte_duree") {
      if (d.debutPeriode !== undefined && d.debutPeriode !== d.dateDebut) erreur(["debutPeriode"], `D3 : un détachement de courte durée n'est pas renouvelable`);
      const limite = limiteCourte(d.dateDebut, d.aLEtranger === true);
      if (d.dateFin > limite) {
        erreur(
          ["dateFin"],
          `D3 : un détachement de courte durée dure ${d.aLEtranger ? "un an" : "six mois"} au plus (jusqu'au ${limite}) ; au-delà, c'est un détachement de longue durée`,
        );
      }
    }
    if (d.type === "longue_duree") {
      finApresDebut(d.dateDebut, debutPeriode, ctx, ["debutPeriode"], "la période en cours commence avant le détachement");
      if (d.debutPeriode === undefined && d.dateFin <= dernierJourDePeriode(d.dateDebut, P.detachementCourtMaxMois)) {
        erreur(["type"], "D4 : un détachement de six mois ou moins est de courte durée");
      }
      const limite = limiteLongue(debutPeriode);
      if (estDate(debutPeriode) && d.dateFin > limite) erreur(["dateFin"], `D4 : une période de détachement de longue durée dure cinq ans au plus (jusqu'au ${limite}) ; renouvelez-la`);
    }
  });

export type Detachement = z.output<typeof schemaDetachement>;
export type DetachementSaisie = z.input<typeof schemaDetachement>;

/** The détachement, or its errors field by field. */
export const lireDetachement = (entree: unknown) => lire(schemaDetachement, entree, "detachement");

/** D3: the last day of a short détachement — six months, a year to serve abroad. */
export const limiteCourte = (debut: string, aLEtranger: boolean) => dernierJourDePeriode(debut, aLEtranger ? P.detachementCourtEtrangerMaxMois : P.detachementCourtMaxMois);
/** D4: the last day of a period of long détachement. */
export const limiteLongue = (debut: string) => dernierJourDePeriode(debut, P.detachementLongMaxMois);

/** D3b: a cooperation mission needs the prior convention before the host's agreement and the arrêté. */
export function verifierConventionPrealable(d: Detachement): ErreurChamp[] {
  return d.cooperation && !d.conventionPrealable
    ? [{ champ: "conventionPrealable", message: "D3b : une mission de coopération demande une convention préalable entre l'employeur et l'organisme d'accueil" }]
    : [];
}

/**
 * The duration rules of this type of détachement, for the page: the rule Vivier applies, what is
 * to confirm, and the note's different wording (D3: « renouvelable une fois »; D4: « entre un et
 * cinq ans »), so that the user sees the discrepancy instead of meeting it.
 */
export function reglesDeDuree(type: TypeDetachement): { regle: IdRegleProcedure; texte: string; aConfirmer?: string; ecartAvecLaNote: string } {
  if (type === "courte_duree") {
    const r = REGLES_PROCEDURES.D3;
    return { regle: "D3", texte: r.texte, aConfirmer: r.aConfirmer, ecartAvecLaNote: r.ecartAvecLaNote };
  }
  const r = REGLES_PROCEDURES.D4;
  return { regle: "D4", texte: r.texte, ecartAvecLaNote: r.ecartAvecLaNote };
}

/** D3 and D4 on return: the same post after a short détachement, the first vacancy after a long one. */
export const RETOUR_AU_POSTE: Record<TypeDetachement, string> = {
  courte_duree: "L'agent n'a pas été remplacé : il retrouve le même poste (D3).",
  longue_duree: "L'agent est réintégré à la première vacance, pas nécessairement sur le même poste (D4).",
};
