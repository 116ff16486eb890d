/**
 * The mise à disposition as one table (LEGAL.md M1–M5 and §6; annex 2 of the note):
 *
 *   ouvrir (RH) → projet ─envoyerALAgent (RH)→ soumise_a_l_agent ─accepterParLAgent (agent)→ acceptee_par_l_agent
 *                         (refuserParLAgent → projet, with the agent's reasons)
 *   acceptee_par_l_agent ─informerAssemblee (RH)→ assemblee_informee
 *   ─signerPourLEmployeur (autorité) / signerPourLAccueil (accueil, or RH for it), in either order→ signee
 *   signee ─prendreArrete (autorité)→ arretee ─activer (RH, from the first day)→ active
 *   active ─modifierParAvenant (RH)→ avenant_soumis ─accepterAvenant (agent)→ avenant_accepte
 *          ─prendreArreteAvenant (autorité)→ active   (refuserAvenant → active, on the current terms)
 *   active ─terminer (RH, after the last day)→ terminee
 *   from signature to the end ─mettreFin (autorité; asked by the employer, the host or the agent)→ terminee_avant_terme
 *   before signature ─abandonner (RH)→ abandonnee
 *   recorded without changing state, while active and after: deposerRapportAnnuel (accueil, RH), enregistrerRemboursement (RH)
 *
 * The agent's written agreement comes before anything is signed (annex 2, art. 9), and so does
 * the information of the deliberative assembly; a renewal is an avenant with new dates (M4).
 */
import { refus, type Refus } from "../missions/transitions";
import { anneeDe, estDate } from "./dates";
import { type ConventionMad, echeancierRemboursements, lireConventionMad, schemaRemboursementRecu } from "./mise-a-disposition-donnees";
import { DEMANDEURS_FIN, type DemandeurFin, lire } from "./champs";
import { type ContexteProcedure, pasAvant, type RegleDeTable, refusDeChamps, tableDEtats } from "./table";
import type { EtatMiseADisposition } from "./vocabulaire";

export { ETATS_MISE_A_DISPOSITION, type EtatMiseADisposition, LIBELLES_ETAT_MISE_A_DISPOSITION } from "./vocabulaire";

const EN_MOTS: Record<EtatMiseADisposition, string> = {
  projet: "est en projet",
  soumise_a_l_agent: "attend l'accord écrit de l'agent",
  acceptee_par_l_agent: "est acceptée par l'agent",
  assemblee_informee: "a été présentée à l'assemblée délibérante",
  signee_par_l_employeur: "est signée par l'employeur seulement",
  signee_par_l_accueil: "est signée par l'organisme d'accueil seulement",
  signee: "est signée",
  arretee: "a son arrêté",
  active: "est en cours",
  avenant_soumis: "a un avenant soumis à l'agent",
  avenant_accepte: "a un avenant accepté, à signer",
  terminee: "est terminée",
  terminee_avant_terme: "est terminée avant son terme",
  abandonnee: "est abandonnée",
};
export const ETATS_FINAUX_MISE_A_DISPOSITION: readonly EtatMiseADisposition[] = ["terminee", "terminee_avant_terme", "abandonnee"];
/** The agent works for the host (the deadlines of the period run). */
export const ETATS_MAD_EN_COURS: readonly EtatMiseADisposition[] = ["active", "avenant_soumis", "avenant_accepte"];
/** Reports and reimbursements are recorded from the start, and after the end for the last period. */
const ETATS_SUIVI: readonly EtatMiseADisposition[] = [...ETATS_MAD_EN_COURS, "terminee", "terminee_avant_terme"];
const AVANT_SIGNATURE: readonly EtatMiseADisposition[] = ["projet", "soumise_a_l_agent", "acceptee_par_l_agent", "assemblee_informee"];
const SIGNEE_A_EN_COURS: readonly EtatMiseADisposition[] = ["signee_par_l_employeur", "signee_par_l_accueil", "signee", "arretee", ...ETATS_MAD_EN_COURS];

export type ContexteMiseADisposition = ContexteProcedure & {
  /**
   * The terms as they stand; for modifierParAvenant and prendreArreteAvenant, as the avenant
   * amends them (a renewal sets debutPeriode and dateFin): the service keeps them apart until
   * the new arrêté, then they become the terms.
   */
  convention?: unknown;
  /** informerAssemblee: the day of the sitting where the assembly was informed. */
  dateInformationAssemblee?: string;
  /** mettreFin */
  demandeur?: DemandeurFin;
  /** deposerRapportAnnuel: the civil year the report is on. */
  anneeRapport?: number;
  /** enregistrerRemboursement: { periode, montant, recuLe }. */
  remboursement?: unknown;
};

type Regle = RegleDeTable<EtatMiseADisposition, string, ContexteMiseADisposition>;

const termes = (c: ContexteMiseADisposition, quoi: string): { ok: true; convention: ConventionMad } | Refus => {
  const r = lireConventionMad(c.convention);
  return r.ok ? { ok: true, convention: r.valeur } : refusDeChamps(quoi, r.erreurs)!;
};
const termesValides = (quoi: string) => (c: ContexteMiseADisposition) => {
  const r = termes(c, quoi);
  return r.ok ? undefined : r;
};
/** A guard on the dates of valid terms. */
const selonLesDates = (quoi: string, garde: (convention: ConventionMad, aujourdhui: string) => Refus | undefined) => (c: ContexteMiseADisposition) => {
  const r = termes(c, quoi);
  return r.ok ? garde(r.convention, c.aujourdhui) : r;
};

const informationPrealable = (c: ContexteMiseADisposition): Refus | undefined => {
  const date = c.dateInformationAssemblee;
  const champ = (message: string) => refus("validation", message, [{ champ: "dateInformationAssemblee", message }]);
  if (!estDate(date)) return champ("indiquez la date de la séance où l'assemblée délibérante a été informée (AAAA-MM-JJ)");
  if (date > c.aujourdhui) return champ("la séance de l'assemblée délibérante ne peut être à venir");
  const r = lireConventionMad(c.convention);
  if (r.ok && date > r.valeur.dateDebut) return champ(`l'assemblée délibérante est informée avant la mise à disposition, qui commence le ${r.valeur.dateDebut}`);
  return undefined;
};

const demandeurConnu = (c: ContexteMiseADisposition): Refus | undefined =>
  c.demandeur && (DEMANDEURS_FIN as readonly string[]).includes(c.demandeur)
    ? undefined
    : refus("validation", "indiquez qui demande la fin de la mise à disposition", [{ champ: "demandeur", message: `la fin est demandée par : ${DEMANDEURS_FIN.join(", ")}` }]);

const anneeDuRapport = (c: ContexteMiseADisposition): Refus | undefined => {
  const r = termes(c, "le rapport ne peut être enregistré");
  if (!r.ok) return r;
  const premiere = anneeDe(r.convention.dateDebut);
  const derniere = Math.min(anneeDe(r.convention.dateFin), anneeDe(c.aujourdhui));
  const annee = c.anneeRapport;
  if (annee !== undefined && Number.isInteger(annee) && annee >= premiere && annee <= derniere) return undefined;
  const message = premiere === derniere ? `le rapport porte sur l'année ${premiere}` : `le rapport porte sur une année de ${premiere} à ${derniere}`;
  return refus("validation", message, [{ champ: "anneeRapport", message }]);
};

const remboursementAttendu = (c: ContexteMiseADisposition): Refus | undefined => {
  const r = termes(c, "le remboursement ne peut être enregistré");
  if (!r.ok) return r;
  const recu = lire(schemaRemboursementRecu, c.remboursement, "remboursement");
  if (!recu.ok) return refusDeChamps("le remboursement ne peut être enregistré", recu.erreurs.map((e) => ({ ...e, champ: `remboursement.${e.champ}` })));
  const periodes = echeancierRemboursements(r.convention).map((p) => p.periode);
  if (periodes.length === 0) return refus("conflit", "la convention ne prévoit aucun remboursement (mise à disposition gratuite)");
  if (!periodes.includes(recu.valeur.periode)) {
    return refus("validation", "cette période ne figure pas à l'échéancier de la convention", [{ champ: "remboursement.periode", message: `périodes de la convention : ${periodes.join(", ")}` }]);
  }
  if (recu.valeur.recuLe > c.aujourdhui) return refus("validation", "un remboursement ne peut être reçu à une date à venir", [{ champ: "remboursement.recuLe", message: "la date de réception est à venir" }]);
  return undefined;
};

const REGLES = [
  { evenement: "ouvrir", de: [null], vers: "projet", acteurs: ["rh"], libelle: "ouvrir une mise à disposition" },
  {
    evenement: "envoyerALAgent",
    de: ["projet"],
    vers: "soumise_a_l_agent",
    acteurs: ["rh"],
    libelle: "envoyer le projet de convention à l'agent",
    garde: termesValides("la convention ne peut être envoyée à l'agent"),
  },
  { evenement: "refuserParLAgent", de: ["soumise_a_l_agent"], vers: "projet", acteurs: ["agent"], libelle: "refuser le projet de convention", motifObligatoire: true },
  { evenement: "accepterParLAgent", de: ["soumise_a_l_agent"], vers: "acceptee_par_l_agent", acteurs: ["agent"], libelle: "donner son accord écrit au projet de convention" },
  {
    evenement: "informerAssemblee",
    de: ["acceptee_par_l_agent"],
    vers: "assemblee_informee",
    acteurs: ["rh"],
    libelle: "enregistrer l'information de l'assemblée délibérante",
    saisie: informationPrealable,
    champs: ["dateInformationAssemblee"],
  },
  { evenement: "signerPourLEmployeur", de: ["assemblee_informee"], vers: "signee_par_l_employeur", acteurs: ["autorite"], libelle: "signer la convention pour l'employeur" },
  { evenement: "signerPourLEmployeur", de: ["signee_par_l_accueil"], vers: "signee", acteurs: ["autorite"], libelle: "signer la convention pour l'employeur" },
  { evenement: "signerPourLAccueil", de: ["assemblee_informee"], vers: "signee_par_l_accueil", acteurs: ["accueil", "rh"], libelle: "enregistrer la signature de l'organisme d'accueil" },
  { evenement: "signerPourLAccueil", de: ["signee_par_l_employeur"], vers: "signee", acteurs: ["accueil", "rh"], libelle: "enregistrer la signature de l'organisme d'accueil" },
  {
    evenement: "prendreArrete",
    de: ["signee"],
    vers: "arretee",
    acteurs: ["autorite"],
    libelle: "prendre l'arrêté de mise à disposition",
    garde: termesValides("l'arrêté ne peut être pris"),
  },
  {
    evenement: "activer",
    de: ["arretee"],
    vers: "active",
    acteurs: ["rh"],
    libelle: "constater le début de la mise à disposition",
    garde: selonLesDates("la mise à disposition ne peut commencer", (m, aujourdhui) =>
      pasAvant(m.dateDebut, aujourdhui, (d) => `la mise à disposition commence le ${d} : elle ne peut être en cours avant`),
    ),
  },
  {
    evenement: "modifierParAvenant",
    de: ["active"],
    vers: "avenant_soumis",
    acteurs: ["rh"],
    libelle: "soumettre un avenant à l'agent",
    facultative: true,
    motifObligatoire: true,
    garde: termesValides("l'avenant ne peut être soumis"),
    // The amended terms, as a whole convention: the form starts from the terms in force.
    champs: ["convention"],
  },
  { evenement: "accepterAvenant", de: ["avenant_soumis"], vers: "avenant_accepte", acteurs: ["agent"], libelle: "donner son accord écrit à l'avenant" },
  { evenement: "refuserAvenant", de: ["avenant_soumis"], vers: "active", acteurs: ["agent"], libelle: "refuser l'avenant", motifObligatoire: true },
  {
    evenement: "prendreArreteAvenant",
    de: ["avenant_accepte"],
    vers: "active",
    acteurs: ["autorite"],
    libelle: "signer l'avenant et prendre le nouvel arrêté",
    garde: termesValides("l'avenant ne peut être signé"),
  },
  {
    evenement: "terminer",
    de: ["active"],
    vers: "terminee",
    acteurs: ["rh"],
    libelle: "constater la fin de la mise à disposition",
    garde: selonLesDates("la fin ne peut être constatée", (m, aujourdhui) =>
      aujourdhui > m.dateFin ? undefined : refus("conflit", `la mise à disposition court jusqu'au ${m.dateFin} inclus : mettez-y fin avant son terme, ou attendez`),
    ),
  },
  {
    evenement: "mettreFin",
    de: SIGNEE_A_EN_COURS,
    vers: "terminee_avant_terme",
    acteurs: ["autorite"],
    libelle: "mettre fin à la mise à disposition avant son terme",
    facultative: true,
    motifObligatoire: true,
    saisie: demandeurConnu,
    champs: ["demandeur", "motif"],
  },
  { evenement: "abandonner", de: AVANT_SIGNATURE, vers: "abandonnee", acteurs: ["rh"], libelle: "abandonner la mise à disposition", motifObligatoire: true, facultative: true },
  {
    evenement: "deposerRapportAnnuel",
    de: ETATS_SUIVI,
    acteurs: ["accueil", "rh"],
    libelle: "enregistrer le rapport annuel de l'organisme d'accueil",
    facultative: true,
    saisie: anneeDuRapport,
    champs: ["anneeRapport"],
  },
  {
    evenement: "enregistrerRemboursement",
    de: ETATS_SUIVI,
    acteurs: ["rh"],
    libelle: "enregistrer un remboursement reçu",
    facultative: true,
    saisie: remboursementAttendu,
    champs: ["remboursement.periode", "remboursement.montant", "remboursement.recuLe"],
  },
] as const satisfies readonly Regle[];

export type EvenementMiseADisposition = (typeof REGLES)[number]["evenement"];

export const TABLE_MISE_A_DISPOSITION = tableDEtats<EtatMiseADisposition, EvenementMiseADisposition, ContexteMiseADisposition>({
  sujet: "la mise à disposition",
  pronom: "elle",
  enMots: EN_MOTS,
  finaux: ETATS_FINAUX_MISE_A_DISPOSITION,
  regles: REGLES,
});
export const EVENEMENTS_MISE_A_DISPOSITION = TABLE_MISE_A_DISPOSITION.evenements;

export const peutMiseADisposition = (etat: EtatMiseADisposition | null, evenement: EvenementMiseADisposition, contexte: ContexteMiseADisposition) =>
  TABLE_MISE_A_DISPOSITION.peut(etat, evenement, contexte);
export const evenementsPossiblesMiseADisposition = (etat: EtatMiseADisposition | null, contexte: ContexteMiseADisposition) =>
  TABLE_MISE_A_DISPOSITION.evenementsPossibles(etat, contexte);
