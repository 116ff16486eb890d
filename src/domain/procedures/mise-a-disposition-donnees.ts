/**
 * The terms of a mise à disposition, as the convention of annex 2 of the note sets them: the
 * agent, the employer, the host and where the agent works there, the activities and working
 * conditions, the dates and the share of working time, the reimbursement of salary and charges
 * (or why it is free), the complement of remuneration, the notice of an early end. And what
 * follows from them: the reimbursements expected per period and what was received.
 *
 * What the law forbids is an error (a CDD agent, a private host, more than three years); what it
 * leaves open is an alert shown with the convention (M1 and M2 to confirm, M3 legal review).
 */
import { z } from "zod";
import { STATUTS } from "../instruments";
import {
  dateIso,
  finApresDebut,
  LIBELLES_STATUT,
  LIBELLES_TYPE_HOTE,
  lire,
  montantEnEuros,
  schemaAgent,
  schemaPartie,
  type Statut,
  texteFacultatif,
  texteObligatoire,
  type TypeHote,
  typeHote,
} from "./champs";
import { ajouterJours, dernierJourDePeriode, estDate, joursEntre } from "./dates";
import { type AlerteProcedure, PARAMETRES_PROCEDURES } from "./regles";
import { type Periodicite, PERIODICITES } from "./vocabulaire-donnees";

export { LIBELLES_PERIODICITE, type Periodicite, PERIODICITES } from "./vocabulaire-donnees";

export const MOIS_PAR_PERIODE: Record<Periodicite, number> = { mensuelle: 1, trimestrielle: 3, semestrielle: 6, annuelle: 12 };

/** M1: who may be put at disposal; a CDI contract only towards some hosts (to confirm). */
const STATUTS_MAD: readonly Statut[] = ["titulaire", "contractuel_cdi"];
/** M3: the hosts towards which a free mise à disposition is allowed. */
export const HOTES_EXEMPTES_DE_REMBOURSEMENT: readonly TypeHote[] = ["organisation_internationale", "institution_ue", "etat_etranger", "administration_etrangere"];

export const schemaConventionMad = z
  .strictObject(
    {
      agent: schemaAgent.extend({ statut: z.enum(STATUTS, { error: `statut inconnu ; statuts possibles : ${STATUTS.join(", ")}` }) }),
      employeur: schemaPartie("l'employeur"),
      accueil: schemaPartie("l'organisme d'accueil").extend({
        type: typeHote,
        affectation: texteObligatoire("la direction ou le service d'affectation", 300),
      }),
      activites: texteObligatoire("la nature des activités", 4000),
      conditionsEmploi: texteFacultatif("les conditions d'emploi", 4000),
      dateDebut: dateIso("le début de la mise à disposition"),
      dateFin: dateIso("la fin de la mise à disposition"),
      /** The first day of the current period: the start, or of the last renewal (M4 counts three years from it). */
      debutPeriode: dateIso("le début de la période en cours").optional(),
      quotite: z
        .number({ error: "la quotité de temps de travail est un pourcentage" })
        .int({ error: "la quotité de temps de travail est un pourcentage entier" })
        .min(1, { error: "la quotité de temps de travail est d'au moins 1 %" })
        .max(100, { error: "la quotité de temps de travail est d'au plus 100 %" }),
      remboursement: z.strictObject(
        {
          gratuite: z.boolean({ error: "indiquez si la mise à disposition est remboursée ou gratuite" }),
          montantParPeriode: montantEnEuros("le montant remboursé par période").optional(),
          periodicite: z.enum(PERIODICITES, { error: `périodicité inconnue ; périodicités possibles : ${PERIODICITES.join(", ")}` }).optional(),
          delaiPaiementJours: z
            .number({ error: "le délai de paiement est un nombre de jours" })
            .int({ error: "le délai de paiement est un nombre entier de jours" })
            .min(0, { error: "le délai de paiement ne peut être négatif" })
            .max(365, { error: "le délai de paiement est d'au plus 365 jours" })
            .optional(),
          justificationGratuite: texteFacultatif("la justification de la gratuité", 2000),
        },
        { error: "le remboursement s'écrit { gratuite, montantParPeriode?, periodicite?, delaiPaiementJours?, justificationGratuite? }" },
      ),
      complementRemuneration: montantEnEuros("le complément de rémunération").optional(),
      fraisEtSujetions: texteFacultatif("les frais et sujétions pris en charge", 2000),
      preavisFinJours: z
        .number({ error: "le préavis est un nombre de jours" })
        .int({ error: "le préavis est un nombre entier de jours" })
        .min(0, { error: "le préavis ne peut être négatif" })
        .max(365, { error: "le préavis est d'au plus 365 jours" })
        .optional(),
    },
    { error: "la convention de mise à disposition est un objet JSON" },
  )
  .superRefine((c, ctx) => {
    const { agent, accueil, remboursement: r } = c;
    if (agent && (STATUTS as readonly unknown[]).includes(agent.statut) && !STATUTS_MAD.includes(agent.statut)) {
      ctx.addIssue({
        code: "custom",
        path: ["agent", "statut"],
        message: `M1 : la mise à disposition n'est pas ouverte à un ${LIBELLES_STATUT[agent.statut]}${agent.statut === "stagiaire" ? " (à confirmer)" : ""} ; voyez le cumul d'activités`,
      });
    }
    if (accueil?.type === "operateur_prive") {
      ctx.addIssue({ code: "custom", path: ["accueil", "type"], message: "M2 : un organisme privé ne peut accueillir une mise à disposition ; voyez le détachement ou le cumul d'activités" });
    }
    if (r?.gratuite === false) {
      if (r.montantParPeriode === undefined) ctx.addIssue({ code: "custom", path: ["remboursement", "montantParPeriode"], message: "indiquez le montant remboursé par période" });
      if (r.periodicite === undefined) ctx.addIssue({ code: "custom", path: ["remboursement", "periodicite"], message: "indiquez la périodicité du remboursement" });
    }
    if (r?.gratuite === true && !r.justificationGratuite) {
      ctx.addIssue({ code: "custom", path: ["remboursement", "justificationGratuite"], message: "M3 : le remboursement est la règle ; justifiez la gratuité" });
    }
    finApresDebut(c.dateDebut, c.dateFin, ctx, ["dateFin"], "la fin de la mise à disposition précède son début");
    const debutPeriode = c.debutPeriode ?? c.dateDebut;
    finApresDebut(c.dateDebut, debutPeriode, ctx, ["debutPeriode"], "la période en cours commence avant la mise à disposition");
    finApresDebut(debutPeriode, c.dateFin, ctx, ["dateFin"], "la fin de la mise à disposition précède le début de la période en cours");
    if (estDate(debutPeriode) && estDate(c.dateFin) && c.dateFin >= debutPeriode) {
      const limite = limiteDeLaPeriodeMad(debutPeriode);
      if (c.dateFin > limite) {
        ctx.addIssue({ code: "custom", path: ["dateFin"], message: `M4 : une période de mise à disposition dure trois ans au plus (jusqu'au ${limite}) ; renouvelez-la par avenant` });
      }
    }
  });

export type ConventionMad = z.output<typeof schemaConventionMad>;
export type ConventionMadSaisie = z.input<typeof schemaConventionMad>;

/** The convention, or its errors field by field (`accueil.type`, `remboursement.periodicite`…). */
export const lireConventionMad = (entree: unknown) => lire(schemaConventionMad, entree, "convention");

/** M4: the last day of a period of mise à disposition that starts on `debut`. */
export const limiteDeLaPeriodeMad = (debut: string) => dernierJourDePeriode(debut, PARAMETRES_PROCEDURES.dureeMaxMiseADispositionMois);

/** What the law leaves open for this convention: shown with it, never blocking. */
export function alertesMiseADisposition(c: ConventionMad): AlerteProcedure[] {
  const alertes: AlerteProcedure[] = [];
  if (c.agent.statut === "contractuel_cdi") alertes.push({ regle: "M1", message: "La mise à disposition d'un contractuel en CDI vers cet organisme est à confirmer." });
  if (c.accueil.type === "operateur_public") {
    alertes.push({ regle: "M2", message: "Qu'un opérateur public soit un organisme d'accueil admis (CGFP art. L512-8) est à confirmer." });
  }
  if (c.remboursement.gratuite && !HOTES_EXEMPTES_DE_REMBOURSEMENT.includes(c.accueil.type)) {
    alertes.push({
      regle: "M3",
      message: `Mise à disposition gratuite auprès d'un ${LIBELLES_TYPE_HOTE[c.accueil.type]} : la loi ne l'exempte pas du remboursement ; à soumettre à un examen juridique.`,
    });
  }
  return alertes;
}

/** One period of reimbursement: `periode` is its ISO interval (« 2026-04-01/2026-06-30 »), the key of what is received. */
export type PeriodeRemboursement = { periode: string; debut: string; fin: string; montant: number; dueLe: string };

/**
 * The reimbursements expected, period by period from the start (so that none straddles it); the
 * last period, cut by the end, is due pro rata of its days — a proposal, to be changed by avenant
 * when the convention says otherwise. A free mise à disposition expects none.
 */
export function echeancierRemboursements(c: ConventionMad): PeriodeRemboursement[] {
  const r = c.remboursement;
  if (r.gratuite || r.montantParPeriode === undefined || !r.periodicite) return [];
  const mois = MOIS_PAR_PERIODE[r.periodicite];
  const delai = r.delaiPaiementJours ?? PARAMETRES_PROCEDURES.delaiRemboursementJours;
  const periodes: PeriodeRemboursement[] = [];
  for (let k = 0, debut = c.dateDebut; debut <= c.dateFin; k++) {
    const finPleine = dernierJourDePeriode(c.dateDebut, mois * (k + 1));
    const fin = finPleine < c.dateFin ? finPleine : c.dateFin;
    const part = (joursEntre(debut, fin) + 1) / (joursEntre(debut, finPleine) + 1);
    periodes.push({ periode: `${debut}/${fin}`, debut, fin, montant: Math.round(r.montantParPeriode * 100 * part) / 100, dueLe: ajouterJours(fin, delai) });
    debut = ajouterJours(fin, 1);
  }
  return periodes;
}

export const schemaRemboursementRecu = z.strictObject(
  {
    periode: texteObligatoire("la période remboursée", 21),
    montant: montantEnEuros("le montant reçu"),
    recuLe: dateIso("la date de réception"),
  },
  { error: "un remboursement reçu s'écrit { periode, montant, recuLe }" },
);
export type RemboursementRecu = z.output<typeof schemaRemboursementRecu>;

export const STATUTS_REMBOURSEMENT = ["pas_encore_du", "a_recevoir", "en_retard", "solde"] as const;
export type StatutRemboursement = (typeof STATUTS_REMBOURSEMENT)[number];
export const LIBELLES_STATUT_REMBOURSEMENT: Record<StatutRemboursement, string> = {
  pas_encore_du: "Période en cours",
  a_recevoir: "À recevoir",
  en_retard: "En retard",
  solde: "Soldé",
};

export type SuiviRemboursement = PeriodeRemboursement & { recu: number; reste: number; statut: StatutRemboursement };

/** Expected against received, per period; sums in cents so that 0.1 + 0.2 is 0.3. */
export function suiviRemboursements(c: ConventionMad, recus: readonly RemboursementRecu[], aujourdhui: string): SuiviRemboursement[] {
  return echeancierRemboursements(c).map((p) => {
    const recuCentimes = recus.filter((x) => x.periode === p.periode).reduce((s, x) => s + Math.round(x.montant * 100), 0);
    const resteCentimes = Math.max(0, Math.round(p.montant * 100) - recuCentimes);
    const statut: StatutRemboursement = resteCentimes === 0 ? "solde" : aujourdhui <= p.fin ? "pas_encore_du" : aujourdhui > p.dueLe ? "en_retard" : "a_recevoir";
    return { ...p, recu: recuCentimes / 100, reste: resteCentimes / 100, statut };
  });
}
