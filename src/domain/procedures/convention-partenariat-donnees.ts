/**
 * A partnership convention between a collectivité and an operator, as annex 1 of the note sets it
 * out: the parties and their presentation, the programme, its beneficiary and its contractual
 * document, the actions, what the collectivité's own experts do and how they are mobilised (on
 * work time or as a cumul), the donor's clauses, the technical end date, the steering committee
 * (at least so many meetings a year), and the financial annex — fees paid to the collectivité,
 * management costs, the expert's complement of remuneration. These are the terms both parties
 * sign: they are the case's data, so that every copy of the convention reads the same. Also a meeting of the committee with its minutes, and the final evaluation.
 */
import { z } from "zod";
import { dateIso, lire, schemaPartie, texteFacultatif, texteObligatoire } from "./champs";
import type { AlerteProcedure } from "./regles";
import { SUITES_EVALUATION } from "./vocabulaire";
import { NATURES_LIGNE_FINANCIERE, type NatureLigneFinanciere } from "./vocabulaire-donnees";

export { LIBELLES_SUITE_EVALUATION, SUITES_EVALUATION } from "./vocabulaire";
export { LIBELLES_NATURE_LIGNE_FINANCIERE, NATURES_LIGNE_FINANCIERE, type NatureLigneFinanciere } from "./vocabulaire-donnees";

const LIGNES_MAX = 50;
/** A programme's annex may exceed the million of a mission's pay. */
const MONTANT_MAX = 100_000_000;

const montant = (libelle: string) =>
  z
    .number({ error: `${libelle} : un montant en euros est attendu` })
    .min(0, { error: `${libelle} : un montant négatif n'est pas admis` })
    .max(MONTANT_MAX, { error: `${libelle} : 100 000 000 € au plus` })
    .refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, { error: `${libelle} : au centime près (deux décimales au plus)` });

export const schemaLigneFinanciere = z.strictObject(
  {
    nature: z.enum(NATURES_LIGNE_FINANCIERE, { error: `nature de ligne inconnue ; natures possibles : ${NATURES_LIGNE_FINANCIERE.join(", ")}` }),
    libelle: texteFacultatif("le libellé de la ligne", 300),
    montant: montant("le montant de la ligne"),
  },
  { error: "une ligne de l'annexe financière s'écrit { nature, libelle?, montant }" },
);

export const schemaConventionPartenariat = z
  .strictObject(
    {
      collectivite: schemaPartie("la collectivité"),
      operateur: schemaPartie("l'opérateur"),
      /** « Il est préalablement exposé » : who the parties are and why they work together. */
      presentationParties: texteObligatoire("la présentation des parties", 8000),
      programme: texteObligatoire("le programme ou projet", 500),
      beneficiaire: texteObligatoire("le bénéficiaire du programme", 500),
      /** The contractual document that defines the programme (its logical framework…). */
      documentContractuel: texteObligatoire("le document contractuel qui définit le projet", 500),
      actions: texteObligatoire("les actions à mettre en œuvre", 8000),
      modalites: texteFacultatif("les modalités techniques de mise en œuvre", 8000),
      /** Art. 3: the actions entrusted to the collectivité's own experts, how many experts or expert-days. */
      expertiseInterne: texteObligatoire("les actions confiées aux experts de la collectivité", 4000),
      outilsNumeriques: texteFacultatif("les outils numériques mis à disposition", 2000),
      /** Art. 4: missions of less than 6 working days on work time under an ordre de mission (true), or outside it as a cumul (false). */
      missionsCourtesSurTempsDeService: z.boolean({ error: "indiquez si les missions courtes se font sur le temps de service, avec un ordre de mission (oui ou non)" }),
      /** Art. 8: intellectual property and communication governed by the contract with the donor. */
      clausesDuBailleur: z.boolean({ error: "indiquez si la propriété intellectuelle et la communication suivent le contrat avec le bailleur (oui ou non)" }),
      joursExpertsPrevus: z
        .number({ error: "les jours d'experts prévus sont un nombre" })
        .min(0, { error: "les jours d'experts prévus ne peuvent être négatifs" })
        .max(100_000, { error: "100 000 jours d'experts au plus" })
        .refine((v) => Number.isInteger(v * 2), { error: "les jours d'experts se comptent par demi-journées" })
        .optional(),
      dateFin: dateIso("la date d'achèvement technique du programme"),
      reunionsComiteParAn: z
        .number({ error: "le nombre de réunions du comité de pilotage par an est un nombre" })
        .int({ error: "le nombre de réunions du comité de pilotage par an est un nombre entier" })
        .min(1, { error: "le comité de pilotage se réunit au moins une fois par an" })
        .max(12, { error: "12 réunions du comité de pilotage par an au plus" }),
      annexeFinanciere: z.strictObject(
        {
          lignes: z
            .array(schemaLigneFinanciere, { error: "les lignes de l'annexe financière sont une liste" })
            .min(1, { error: "l'annexe financière a au moins une ligne" })
            .max(LIGNES_MAX, { error: `${LIGNES_MAX} lignes au plus` }),
        },
        { error: "l'annexe financière s'écrit { lignes }" },
      ),
    },
    { error: "la convention de partenariat est un objet JSON" },
  )
  .superRefine((c, ctx) => {
    const lignes = c.annexeFinanciere?.lignes;
    if (Array.isArray(lignes) && lignes.length > 0 && !lignes.some((l) => l?.nature === "honoraires")) {
      ctx.addIssue({
        code: "custom",
        path: ["annexeFinanciere", "lignes"],
        message: "l'annexe financière dit les honoraires versés à la collectivité (0 € pour un partenariat à titre gracieux)",
      });
    }
  });

export type ConventionPartenariat = z.output<typeof schemaConventionPartenariat>;
export type ConventionPartenariatSaisie = z.input<typeof schemaConventionPartenariat>;

export const lireConventionPartenariat = (entree: unknown) => lire(schemaConventionPartenariat, entree, "convention");

/** The total of each nature of the financial annex, in euros (summed in cents). */
export function totauxAnnexeFinanciere(c: ConventionPartenariat): Record<NatureLigneFinanciere, number> {
  const centimes = (nature: NatureLigneFinanciere) => c.annexeFinanciere.lignes.filter((l) => l.nature === nature).reduce((s, l) => s + Math.round(l.montant * 100), 0);
  return { honoraires: centimes("honoraires") / 100, frais_de_gestion: centimes("frais_de_gestion") / 100, complement_remuneration: centimes("complement_remuneration") / 100 };
}

/** M3: without fees, the agents work for the operator for free — a free mise à disposition to an operator is reviewed. */
export function alertesConventionPartenariat(c: ConventionPartenariat): AlerteProcedure[] {
  return totauxAnnexeFinanciere(c).honoraires === 0
    ? [
        {
          regle: "M3",
          message:
            "Partenariat à titre gracieux : les agents mis à disposition de l'opérateur sans remboursement relèvent d'une mise à disposition gratuite, à soumettre à un examen juridique.",
        },
      ]
    : [];
}

export const schemaReunionComite = z.strictObject(
  {
    date: dateIso("la date de la réunion"),
    compteRendu: texteObligatoire("le compte rendu", 20_000),
    participants: texteFacultatif("les participants", 2000),
  },
  { error: "une réunion du comité de pilotage s'écrit { date, compteRendu, participants? }" },
);
export type ReunionComite = z.output<typeof schemaReunionComite>;

export const schemaEvaluation = z.strictObject(
  {
    date: dateIso("la date de l'évaluation"),
    synthese: texteObligatoire("la synthèse de l'évaluation", 20_000),
    suite: z.enum(SUITES_EVALUATION, { error: `suite inconnue ; suites possibles : ${SUITES_EVALUATION.join(", ")}` }),
  },
  { error: "l'évaluation s'écrit { date, synthese, suite }" },
);
export type Evaluation = z.output<typeof schemaEvaluation>;
