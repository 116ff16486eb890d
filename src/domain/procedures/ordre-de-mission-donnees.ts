/**
 * An ordre de mission for a mission on work time — the collectivité's décentralised cooperation,
 * an EXPE-CT mission, or an operator's mission the collectivité takes on (LEGAL.md T0, X5, T1) —
 * and the employer's safety and insurance checklist (the note, II-A-1: the employer sees to the
 * agent's safety and insurance): the country's travel advice level as France Diplomatie's
 * « Conseils aux voyageurs » gives it, when it was read, the traveller's registration on Ariane,
 * the assistance and repatriation insurance.
 *
 * The checklist may be filled in over time; `verifierChecklistSecurite` says what is missing, and
 * the order cannot go to signature nor be signed until nothing is.
 */
import { z } from "zod";
import { schemaRegion } from "../experts";
import { CADRES } from "../instruments";
import type { ErreurChamp } from "../shared";
import { dateIso, finApresDebut, lire, schemaAgent, texteFacultatif, texteObligatoire } from "./champs";
import { estDate, joursEntre } from "./dates";
import { PARAMETRES_PROCEDURES } from "./regles";
import { MODES_TRANSPORT, NIVEAUX_VIGILANCE, type NiveauVigilance } from "./vocabulaire-donnees";

export { LIBELLES_MODE_TRANSPORT, LIBELLES_NIVEAU_VIGILANCE, MODES_TRANSPORT, NIVEAUX_VIGILANCE, type NiveauVigilance } from "./vocabulaire-donnees";

/** The levels where France Diplomatie advises against travelling: the authority signs with the imperative reason. */
export const NIVEAUX_DECONSEILLES: readonly NiveauVigilance[] = ["deconseille_sauf_raison_imperative", "formellement_deconseille"];

export const schemaOrdreDeMission = z
  .strictObject(
    {
      agent: schemaAgent.extend({ service: texteFacultatif("le service de l'agent", 300) }),
      cadre: z.enum(CADRES, { error: `cadre inconnu ; cadres possibles : ${CADRES.join(", ")}` }),
      objet: texteObligatoire("l'objet de la mission", 4000),
      destination: z.strictObject(
        { pays: schemaRegion.shape.pays, ville: texteObligatoire("la ville de destination", 200) },
        { error: "la destination s'écrit { pays, ville }" },
      ),
      depart: dateIso("le départ"),
      retour: dateIso("le retour"),
      transport: z.strictObject(
        {
          modes: z
            .array(z.enum(MODES_TRANSPORT, { error: `mode de transport inconnu ; modes possibles : ${MODES_TRANSPORT.join(", ")}` }), {
              error: "les modes de transport sont une liste",
            })
            .min(1, { error: "indiquez au moins un mode de transport" })
            .max(MODES_TRANSPORT.length, { error: "chaque mode de transport une fois" }),
          precisions: texteFacultatif("les précisions sur le transport", 2000),
        },
        { error: "le transport s'écrit { modes, precisions? }" },
      ),
      priseEnChargeFrais: texteFacultatif("la prise en charge des frais", 2000),
      securite: z
        .strictObject(
          {
            niveauVigilance: z.enum(NIVEAUX_VIGILANCE, { error: `niveau de vigilance inconnu ; niveaux possibles : ${NIVEAUX_VIGILANCE.join(", ")}` }).optional(),
            vigilanceConsulteeLe: dateIso("la date de consultation des conseils aux voyageurs").optional(),
            inscriptionAriane: z.boolean({ error: "l'inscription sur Ariane vaut oui ou non" }).optional(),
            assurance: z
              .strictObject(
                {
                  rapatriement: z.boolean({ error: "l'assurance assistance et rapatriement vaut oui ou non" }),
                  assureur: texteFacultatif("l'assureur", 200),
                  contrat: texteFacultatif("le numéro de contrat", 100),
                },
                { error: "l'assurance s'écrit { rapatriement, assureur?, contrat? }" },
              )
              .optional(),
          },
          { error: "la sécurité s'écrit { niveauVigilance?, vigilanceConsulteeLe?, inscriptionAriane?, assurance? }" },
        )
        .default({}),
    },
    { error: "l'ordre de mission est un objet JSON" },
  )
  .superRefine((o, ctx) => {
    finApresDebut(o.depart, o.retour, ctx, ["retour"], "le retour précède le départ");
    const max = PARAMETRES_PROCEDURES.dureeMaxExpeCtJours;
    if (o.cadre === "expe_ct" && estDate(o.depart) && estDate(o.retour) && joursEntre(o.depart, o.retour) + 1 > max) {
      ctx.addIssue({ code: "custom", path: ["retour"], message: `X2 : une mission EXPE-CT dure ${max} jours au plus, voyage compris` });
    }
    if (Array.isArray(o.transport?.modes) && new Set(o.transport.modes).size !== o.transport.modes.length) {
      ctx.addIssue({ code: "custom", path: ["transport", "modes"], message: "chaque mode de transport une fois" });
    }
  });

export type OrdreDeMission = z.output<typeof schemaOrdreDeMission>;
export type OrdreDeMissionSaisie = z.input<typeof schemaOrdreDeMission>;

export const lireOrdreDeMission = (entree: unknown) => lire(schemaOrdreDeMission, entree, "ordre");

/** What the safety and insurance checklist still lacks, field by field; empty when complete. */
export function verifierChecklistSecurite(o: OrdreDeMission, aujourdhui: string): ErreurChamp[] {
  const s = o.securite;
  const erreurs: ErreurChamp[] = [];
  const manque = (champ: string, message: string) => erreurs.push({ champ: `securite.${champ}`, message });
  if (!s.niveauVigilance) manque("niveauVigilance", "relevez le niveau de vigilance du pays (Conseils aux voyageurs de France Diplomatie)");
  if (!s.vigilanceConsulteeLe) manque("vigilanceConsulteeLe", "indiquez quand les conseils aux voyageurs ont été consultés");
  else if (s.vigilanceConsulteeLe > aujourdhui) manque("vigilanceConsulteeLe", "la date de consultation des conseils aux voyageurs est à venir");
  if (s.inscriptionAriane !== true) manque("inscriptionAriane", "inscrivez le voyageur sur Ariane (France Diplomatie)");
  if (s.assurance?.rapatriement !== true) manque("assurance.rapatriement", "vérifiez que le voyageur est couvert par une assurance assistance et rapatriement");
  if (!s.assurance?.assureur) manque("assurance.assureur", "indiquez l'assureur qui couvre le voyageur");
  return erreurs;
}
