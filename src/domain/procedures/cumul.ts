/**
 * The cumul d'activités as one table (LEGAL.md C1–C6 and §6; annex 3 of the note):
 *
 *   ouvrir (agent, RH) → brouillon ─deposer (agent)→ deposee ─donnerAvis (supérieur)→ avis_donne
 *   avis_donne ─autoriser (autorité)→ autorisee ─retirer (autorité, motif légal C4)→ retiree
 *              ─refuser (autorité)→ refusee
 *              ─demanderComplement (autorité, RH)→ complement_demande ─completer (agent)→ avis_donne
 *   deposee | avis_donne | complement_demande ─constaterRejetImplicite (agent, RH, délai passé)→ rejetee_implicitement
 *   autorisee ─signalerChangementSubstantiel (agent, RH)→ remplacee (C6: a new request follows)
 *   before a decision ─abandonner (agent)→ abandonnee
 *
 * Silence is not an authorisation (C5): no event leads to `autorisee` but the authority's, and
 * when the month (two after a request for more) has passed without a decision, the request is
 * rejected — recorded by `constaterRejetImplicite`, so that the agent knows where they stand.
 */
import { refus, type Refus } from "../missions/transitions";
import { lireDemandeCumul } from "./cumul-donnees";
import { ajouterMois, type Echeance, niveauEcheance, parDate } from "./dates";
import { PARAMETRES_PROCEDURES, REGLES_PROCEDURES, sourceDe } from "./regles";
import { type ContexteProcedure, type RegleDeTable, refusDeChamps, tableDEtats } from "./table";
import { type EtatCumul, MOTIFS_RETRAIT_CUMUL, type MotifRetraitCumul, type SensAvis } from "./vocabulaire";

export {
  ETATS_CUMUL,
  type EtatCumul,
  LIBELLES_ETAT_CUMUL,
  LIBELLES_MOTIF_RETRAIT_CUMUL,
  LIBELLES_SENS_AVIS,
  MOTIFS_RETRAIT_CUMUL,
  type MotifRetraitCumul,
  SENS_AVIS,
  type SensAvis,
} from "./vocabulaire";

const EN_MOTS: Record<EtatCumul, string> = {
  brouillon: "est en préparation",
  deposee: "attend l'avis du supérieur hiérarchique",
  avis_donne: "attend la décision de l'autorité",
  complement_demande: "attend un complément de l'agent",
  autorisee: "est autorisée",
  refusee: "est refusée",
  rejetee_implicitement: "est rejetée faute de décision dans le délai",
  retiree: "a vu son autorisation retirée",
  abandonnee: "est abandonnée",
  remplacee: "est remplacée par une nouvelle demande",
};
export const ETATS_FINAUX_CUMUL: readonly EtatCumul[] = ["refusee", "rejetee_implicitement", "retiree", "abandonnee", "remplacee"];
/** The states where the authority's decision is awaited and its deadline runs. */
export const ETATS_CUMUL_EN_INSTRUCTION: readonly EtatCumul[] = ["deposee", "avis_donne", "complement_demande"];

export type ContexteCumul = ContexteProcedure & {
  /** The request as typed (deposer, completer). */
  demande?: unknown;
  /** donnerAvis: the superior's opinion; an unfavourable one says why (motif). */
  avis?: SensAvis;
  /** retirer: the legal ground (C4). */
  motifRetrait?: MotifRetraitCumul;
  /** constaterRejetImplicite: when the request was deposited, and whether more was asked. */
  dateDepot?: string;
  complementDemande?: boolean;
};

type Regle = RegleDeTable<EtatCumul, string, ContexteCumul>;

const demandeComplete = (quoi: string) => (c: ContexteCumul) => {
  const r = lireDemandeCumul(c.demande);
  return r.ok ? undefined : refusDeChamps(quoi, r.erreurs);
};

const avisDonne = (c: ContexteCumul): Refus | undefined => {
  if (!c.avis) return refus("validation", "indiquez si l'avis est favorable ou défavorable", [{ champ: "avis", message: "l'avis est favorable ou défavorable" }]);
  if (c.avis === "defavorable" && !c.motif?.trim()) {
    return refus("validation", "un avis défavorable dit pourquoi", [{ champ: "motif", message: "indiquez les raisons de l'avis défavorable" }]);
  }
  return undefined;
};

const motifLegalDeRetrait = (c: ContexteCumul): Refus | undefined =>
  c.motifRetrait && (MOTIFS_RETRAIT_CUMUL as readonly string[]).includes(c.motifRetrait)
    ? undefined
    : refus("validation", "l'autorisation ne peut être retirée que pour un des motifs de la loi (C4)", [
        { champ: "motifRetrait", message: `choisissez le motif légal du retrait : ${MOTIFS_RETRAIT_CUMUL.join(", ")}` },
      ]);

const delaiDepasse = (c: ContexteCumul): Refus | undefined => {
  if (!c.dateDepot) return refus("validation", "la date de dépôt de la demande est nécessaire pour constater le rejet", [{ champ: "dateDepot", message: "date de dépôt inconnue" }]);
  const limite = dateLimiteDecisionCumul(c.dateDepot, c.complementDemande ?? false);
  return c.aujourdhui > limite ? undefined : refus("conflit", `l'autorité peut encore décider jusqu'au ${limite} : le rejet ne peut être constaté avant`);
};

const AVANT_DECISION: readonly EtatCumul[] = ["brouillon", ...ETATS_CUMUL_EN_INSTRUCTION];

const REGLES = [
  { evenement: "ouvrir", de: [null], vers: "brouillon", acteurs: ["agent", "rh"], libelle: "ouvrir une demande de cumul" },
  { evenement: "deposer", de: ["brouillon"], vers: "deposee", acteurs: ["agent"], libelle: "déposer la demande", garde: demandeComplete("la demande ne peut être déposée") },
  { evenement: "donnerAvis", de: ["deposee"], vers: "avis_donne", acteurs: ["superieur"], libelle: "donner l'avis du supérieur hiérarchique", saisie: avisDonne, champs: ["avis", "motif"] },
  {
    evenement: "demanderComplement",
    de: ["avis_donne"],
    vers: "complement_demande",
    acteurs: ["autorite", "rh"],
    libelle: "demander un complément à l'agent",
    facultative: true,
    motifObligatoire: true,
  },
  { evenement: "completer", de: ["complement_demande"], vers: "avis_donne", acteurs: ["agent"], libelle: "compléter la demande", garde: demandeComplete("la demande complétée est incomplète") },
  { evenement: "autoriser", de: ["avis_donne"], vers: "autorisee", acteurs: ["autorite"], libelle: "autoriser le cumul" },
  { evenement: "refuser", de: ["avis_donne", "complement_demande"], vers: "refusee", acteurs: ["autorite"], libelle: "refuser le cumul", motifObligatoire: true },
  {
    evenement: "constaterRejetImplicite",
    de: ETATS_CUMUL_EN_INSTRUCTION,
    vers: "rejetee_implicitement",
    acteurs: ["agent", "rh"],
    libelle: "constater le rejet faute de décision",
    garde: delaiDepasse,
  },
  { evenement: "retirer", de: ["autorisee"], vers: "retiree", acteurs: ["autorite"], libelle: "retirer l'autorisation", motifObligatoire: true, saisie: motifLegalDeRetrait, champs: ["motifRetrait", "motif"], facultative: true },
  {
    evenement: "signalerChangementSubstantiel",
    de: ["autorisee"],
    vers: "remplacee",
    acteurs: ["agent", "rh"],
    libelle: "signaler un changement substantiel de l'activité",
    facultative: true,
    motifObligatoire: true,
  },
  { evenement: "abandonner", de: AVANT_DECISION, vers: "abandonnee", acteurs: ["agent"], libelle: "abandonner la demande", facultative: true },
] as const satisfies readonly Regle[];

export type EvenementCumul = (typeof REGLES)[number]["evenement"];

export const TABLE_CUMUL = tableDEtats<EtatCumul, EvenementCumul, ContexteCumul>({
  sujet: "la demande de cumul",
  pronom: "elle",
  enMots: EN_MOTS,
  finaux: ETATS_FINAUX_CUMUL,
  regles: REGLES,
});
export const EVENEMENTS_CUMUL = TABLE_CUMUL.evenements;

/** May this actor fire the event on a cumul in this state (null: not opened yet)? If so, the transition to write. */
export const peutCumul = (etat: EtatCumul | null, evenement: EvenementCumul, contexte: ContexteCumul) => TABLE_CUMUL.peut(etat, evenement, contexte);
/** The next actions of this actor, with what still blocks them. */
export const evenementsPossiblesCumul = (etat: EtatCumul | null, contexte: ContexteCumul) => TABLE_CUMUL.evenementsPossibles(etat, contexte);

/** C5: the last day for the authority's decision — one month after the deposit, two when more was asked. */
export function dateLimiteDecisionCumul(dateDepot: string, complementDemande: boolean): string {
  const p = PARAMETRES_PROCEDURES;
  return ajouterMois(dateDepot, complementDemande ? p.delaiDecisionCumulAvecComplementMois : p.delaiDecisionCumulMois);
}

export type CasCumul = { etat: EtatCumul; dateDepot?: string; complementDemande?: boolean; finActivite?: string };

/** Reminders start this many days before. */
const PROCHE = { decision: 7, finActivite: 30 } as const;

/** The dated deadlines of a cumul: the decision due while it is examined, the end of the authorised activity. */
export function echeancesCumul(cas: CasCumul, aujourdhui: string): Echeance[] {
  const echeances: Echeance[] = [];
  if (ETATS_CUMUL_EN_INSTRUCTION.includes(cas.etat) && cas.dateDepot) {
    const date = dateLimiteDecisionCumul(cas.dateDepot, cas.complementDemande ?? false);
    echeances.push({
      code: "decision_cumul",
      libelle: "Décision de l'autorité sur la demande de cumul ; sans décision à cette date, la demande est rejetée (le silence ne vaut pas autorisation)",
      date,
      niveau: niveauEcheance(date, aujourdhui, PROCHE.decision),
      source: sourceDe("C5"),
      aConfirmer: REGLES_PROCEDURES.C5.aConfirmer,
    });
  }
  // Until the activity ends: past it, the authorisation is spent and nothing is due (a new
  // activity is a new request), so no « dépassée » deadline lingers on the case.
  if (cas.etat === "autorisee" && cas.finActivite && aujourdhui <= cas.finActivite) {
    echeances.push({
      code: "fin_activite_cumul",
      libelle: "Fin de l'activité accessoire autorisée ; au-delà, ou pour tout changement substantiel, une nouvelle demande",
      date: cas.finActivite,
      niveau: niveauEcheance(cas.finActivite, aujourdhui, PROCHE.finActivite),
      source: sourceDe("C6"),
    });
  }
  return echeances.sort(parDate);
}
