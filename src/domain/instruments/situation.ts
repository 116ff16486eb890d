/**
 * The situation the advisor answers for, with the exact field names other tools rely on
 * (issue 4 §5). Unknown fields and impossible values are refused with a French message per field.
 */
import { z } from "zod";
import { TERRITOIRES } from "../calendar";
import { erreursDeChamps } from "../shared";

export const STATUTS = ["titulaire", "stagiaire", "contractuel_cdi", "contractuel_cdd", "retraite", "elu", "partenaire"] as const;
export const CADRES = ["cooperation_decentralisee", "expe_ct", "operateur"] as const;
export const TYPES_HOTE = [
  "organisation_internationale",
  "institution_ue",
  "etat_etranger",
  "administration_etrangere",
  "operateur_public",
  "operateur_prive",
] as const;
export const INSTRUMENTS = [
  "ordre_de_mission",
  "cumul_activites",
  "mise_a_disposition",
  "detachement",
  "disponibilite",
  "contrat_direct",
  "mandat_special",
  "hors_champ",
] as const;
export type Instrument = (typeof INSTRUMENTS)[number];

/** The rules encode the Code général de la fonction publique, in force since this day. */
export const DATE_MINIMALE = "2022-03-01";
const DATE_MAXIMALE = "2100-12-31";
/** A session longer than this is surely a typing error (and would make counting slow). */
const JOURS_MAX_SESSION = 3 * 366;
export const SESSIONS_MAX = 200;

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const dateValide = (v: string) => {
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
};
const schemaDate = (nom: string) =>
  z
    .string({ error: `${nom} : une date AAAA-MM-JJ est attendue` })
    .regex(ISO, { error: `${nom} : une date AAAA-MM-JJ est attendue` })
    .refine(dateValide, { error: `${nom} : cette date n'existe pas` })
    .refine((v) => v <= DATE_MAXIMALE, { error: `${nom} : Vivier compte les jours jusqu'en 2100` });

const joursEntre = (debut: string, fin: string) => (Date.parse(`${fin}T00:00:00Z`) - Date.parse(`${debut}T00:00:00Z`)) / 86_400_000;

const sessionDatee = z.strictObject(
  { debut: schemaDate("début"), fin: schemaDate("fin") },
  { error: "une session a soit un début et une fin, soit un nombre de jours" },
);
const sessionEnJours = z.strictObject(
  {
    jours: z
      .number({ error: "le nombre de jours doit être un nombre" })
      .positive({ error: "le nombre de jours doit être positif" })
      .max(JOURS_MAX_SESSION, { error: `une session compte au plus ${JOURS_MAX_SESSION} jours` })
      .refine((v) => Number.isInteger(v * 2), { error: "les jours se comptent par demi-journées (2, 2.5, 3…)" }),
  },
  { error: "une session a soit un début et une fin, soit un nombre de jours" },
);

export const schemaSituation = z.strictObject(
  {
    date: schemaDate("date")
      .refine((v) => v >= DATE_MINIMALE, { error: `date : les règles de Vivier s'appliquent à partir du ${DATE_MINIMALE} (entrée en vigueur du CGFP)` })
      .optional()
      .describe("Le jour où les règles s'appliquent (AAAA-MM-JJ) ; aujourd'hui en France par défaut"),
    agent: z.strictObject(
      {
        statut: z.enum(STATUTS, { error: `statut inconnu ; statuts possibles : ${STATUTS.join(", ")}` }).describe("Statut de la personne mobilisée"),
        territoire: z
          .enum(TERRITOIRES, { error: `territoire inconnu ; territoires possibles : ${TERRITOIRES.join(", ")}` })
          .default("metropole")
          .describe("Territoire de l'agent : son calendrier des jours ouvrés et fériés"),
        age: z
          .number({ error: "l'âge doit être un nombre" })
          .int({ error: "l'âge doit être un nombre entier d'années" })
          .min(16, { error: "l'âge doit être d'au moins 16 ans" })
          .max(110, { error: "l'âge doit être d'au plus 110 ans" })
          .optional()
          .describe("Âge en années : l'alerte de la limite d'âge des contrats publics (67 ans) en dépend"),
      },
      { error: "la personne (agent) est obligatoire : { statut, territoire?, age? }" },
    ),
    cadre: z.enum(CADRES, { error: `cadre inconnu ; cadres possibles : ${CADRES.join(", ")}` }).describe("Cadre de la mission"),
    hote: z
      .strictObject(
        { type: z.enum(TYPES_HOTE, { error: `type d'organisme d'accueil inconnu ; types possibles : ${TYPES_HOTE.join(", ")}` }) },
        { error: "l'organisme d'accueil (hote) s'écrit { type }" },
      )
      .optional()
      .describe("Organisme auprès duquel la mission se déroule (décide si la mise à disposition est possible)"),
    sessions: z
      .array(
        z.union([sessionDatee, sessionEnJours], { error: "une session a soit un début et une fin (AAAA-MM-JJ), soit un nombre de jours" }).superRefine((s, ctx) => {
          if (!("debut" in s)) return;
          if (s.fin < s.debut) ctx.addIssue({ code: "custom", path: ["fin"], message: "la fin de la session précède son début" });
          else if (joursEntre(s.debut, s.fin) >= JOURS_MAX_SESSION) ctx.addIssue({ code: "custom", path: ["fin"], message: `une session dure au plus ${JOURS_MAX_SESSION} jours` });
        }),
        { error: "les sessions sont une liste" },
      )
      .min(1, { error: "au moins une session est nécessaire" })
      .max(SESSIONS_MAX, { error: `au plus ${SESSIONS_MAX} sessions` })
      .describe("Les sessions de la personne sur le projet : datées (début et fin compris, en jours ouvrés du territoire) ou en nombre de jours (demi-journées admises)"),
    surTempsDeTravail: z
      .boolean({ error: "surTempsDeTravail vaut true ou false" })
      .optional()
      .describe("La collectivité prend la mission sur le temps de travail de l'agent (ordre de mission possible sous le seuil)"),
  },
  { error: "la situation est un objet JSON" },
);

export type Situation = z.output<typeof schemaSituation>;
export type SituationSaisie = z.input<typeof schemaSituation>;
export type Session = Situation["sessions"][number];

export type ErreurChampSituation = { champ: string; message: string };

/** The situation, or its errors field by field (`sessions.1.fin`, `agent.statut`…). */
export function lireSituation(entree: unknown): { ok: true; situation: Situation } | { ok: false; erreurs: ErreurChampSituation[] } {
  const r = schemaSituation.safeParse(entree);
  if (r.success) return { ok: true, situation: r.data };
  return { ok: false, erreurs: erreursDeChamps(r.error, "situation") };
}
