/**
 * The partnership convention between a collectivité and an operator as one table (annex 1 of the
 * note; LEGAL.md §6):
 *
 *   ouvrir (RI, opérateur) → projet ─soumettre (RI, opérateur)→ soumise (demanderModification → projet)
 *   soumise ─signerPourLaCollectivite (autorité) / signerPourLOperateur (opérateur), in either order→ en_vigueur
 *   en_vigueur ─tenirComite | modifierParAvenant (RI, opérateur)→ en_vigueur (recorded)
 *   en_vigueur ─evaluer (RI, opérateur)→ evaluee ─terminer (RI, opérateur)→ terminee
 *   en_vigueur | evaluee ─resilier (autorité, opérateur)→ resiliee;  before it runs ─abandonner (RI, opérateur)→ abandonnee
 *
 * The convention takes effect on its signature (annex 1, art. 8) and ends after the evaluation
 * its art. 5 asks for: `terminer` leaves only from `evaluee`.
 */
import { refus, type Refus } from "../missions/transitions";
import { lire } from "./champs";
import { type ConventionPartenariat, lireConventionPartenariat, schemaEvaluation, schemaReunionComite } from "./convention-partenariat-donnees";
import { anneeDe, type Echeance, niveauEcheance, parDate } from "./dates";
import { sourceDe } from "./regles";
import { type ContexteProcedure, type RegleDeTable, refusDeChamps, tableDEtats } from "./table";
import type { EtatConventionPartenariat } from "./vocabulaire";

export { ETATS_CONVENTION_PARTENARIAT, type EtatConventionPartenariat, LIBELLES_ETAT_CONVENTION_PARTENARIAT } from "./vocabulaire";

const EN_MOTS: Record<EtatConventionPartenariat, string> = {
  projet: "est en projet",
  soumise: "est soumise aux signatures",
  signee_par_la_collectivite: "est signée par la collectivité seulement",
  signee_par_l_operateur: "est signée par l'opérateur seulement",
  en_vigueur: "est en vigueur",
  evaluee: "est évaluée",
  terminee: "est terminée",
  resiliee: "est résiliée",
  abandonnee: "est abandonnée",
};
export const ETATS_FINAUX_CONVENTION_PARTENARIAT: readonly EtatConventionPartenariat[] = ["terminee", "resiliee", "abandonnee"];

export type ContexteConventionPartenariat = ContexteProcedure & {
  convention?: unknown;
  /** tenirComite: { date, compteRendu, participants? } */
  reunion?: unknown;
  /** evaluer: { date, synthese, suite } */
  evaluation?: unknown;
  /** modifierParAvenant: the convention as the avenant amends it (`saisie.convention`). */
  termesAvenant?: unknown;
};

type Regle = RegleDeTable<EtatConventionPartenariat, string, ContexteConventionPartenariat>;

/** modifierParAvenant: the amended terms, when given, read as a whole convention; their errors under `convention.…`. */
const avenantValide = (c: ContexteConventionPartenariat): Refus | undefined => {
  if (c.termesAvenant === undefined) return undefined;
  const r = lireConventionPartenariat(c.termesAvenant);
  return r.ok ? undefined : refusDeChamps("l'avenant ne peut être enregistré", r.erreurs.map((e) => ({ ...e, champ: `convention.${e.champ}` })));
};

const conventionValide = (c: ContexteConventionPartenariat) => {
  const r = lireConventionPartenariat(c.convention);
  return r.ok ? undefined : refusDeChamps("la convention ne peut être soumise aux signatures", r.erreurs);
};

/** An input read by its schema, its errors under its name (`reunion.date`), and not dated in the future. */
const saisieDatee =
  (cle: "reunion" | "evaluation", schema: typeof schemaReunionComite | typeof schemaEvaluation, quoi: string) =>
  (c: ContexteConventionPartenariat): Refus | undefined => {
    const r = lire(schema, c[cle], cle);
    if (!r.ok) return refusDeChamps(quoi, r.erreurs.map((e) => ({ ...e, champ: e.champ === cle ? cle : `${cle}.${e.champ}` })));
    if (r.valeur.date > c.aujourdhui) return refus("validation", `${quoi} : la date est à venir`, [{ champ: `${cle}.date`, message: "la date est à venir" }]);
    return undefined;
  };

const PARTIES = ["charge_ri", "operateur"] as const;
const AVANT_VIGUEUR: readonly EtatConventionPartenariat[] = ["projet", "soumise", "signee_par_la_collectivite", "signee_par_l_operateur"];

const REGLES = [
  { evenement: "ouvrir", de: [null], vers: "projet", acteurs: PARTIES, libelle: "ouvrir une convention de partenariat" },
  { evenement: "soumettre", de: ["projet"], vers: "soumise", acteurs: PARTIES, libelle: "soumettre la convention aux signatures", garde: conventionValide },
  { evenement: "demanderModification", de: ["soumise"], vers: "projet", acteurs: PARTIES, libelle: "demander une modification de la convention", motifObligatoire: true, facultative: true },
  { evenement: "signerPourLaCollectivite", de: ["soumise"], vers: "signee_par_la_collectivite", acteurs: ["autorite"], libelle: "signer la convention pour la collectivité" },
  { evenement: "signerPourLaCollectivite", de: ["signee_par_l_operateur"], vers: "en_vigueur", acteurs: ["autorite"], libelle: "signer la convention pour la collectivité" },
  { evenement: "signerPourLOperateur", de: ["soumise"], vers: "signee_par_l_operateur", acteurs: ["operateur"], libelle: "signer la convention pour l'opérateur" },
  { evenement: "signerPourLOperateur", de: ["signee_par_la_collectivite"], vers: "en_vigueur", acteurs: ["operateur"], libelle: "signer la convention pour l'opérateur" },
  {
    evenement: "tenirComite",
    de: ["en_vigueur"],
    acteurs: PARTIES,
    libelle: "enregistrer une réunion du comité de pilotage et son compte rendu",
    facultative: true,
    saisie: saisieDatee("reunion", schemaReunionComite, "la réunion ne peut être enregistrée"),
    champs: ["reunion.date", "reunion.compteRendu", "reunion.participants"],
  },
  {
    evenement: "modifierParAvenant",
    de: ["en_vigueur"],
    acteurs: PARTIES,
    libelle: "enregistrer un avenant signé des deux parties",
    facultative: true,
    motifObligatoire: true,
    // The amended terms, as a whole convention (the form starts from the terms in force); without
    // them, an avenant on a point the case does not hold is recorded with its reason only.
    saisie: avenantValide,
    champs: ["convention"],
  },
  {
    evenement: "evaluer",
    de: ["en_vigueur"],
    vers: "evaluee",
    acteurs: PARTIES,
    libelle: "enregistrer l'évaluation finale",
    // Due at the programme's end (art. 5), open all along: nothing waits for it before.
    facultative: true,
    saisie: saisieDatee("evaluation", schemaEvaluation, "l'évaluation ne peut être enregistrée"),
    champs: ["evaluation.date", "evaluation.synthese", "evaluation.suite"],
  },
  { evenement: "terminer", de: ["evaluee"], vers: "terminee", acteurs: PARTIES, libelle: "clore la convention" },
  { evenement: "resilier", de: ["en_vigueur", "evaluee"], vers: "resiliee", acteurs: ["autorite", "operateur"], libelle: "résilier la convention", motifObligatoire: true, facultative: true },
  { evenement: "abandonner", de: AVANT_VIGUEUR, vers: "abandonnee", acteurs: PARTIES, libelle: "abandonner la convention", motifObligatoire: true, facultative: true },
] as const satisfies readonly Regle[];

export type EvenementConventionPartenariat = (typeof REGLES)[number]["evenement"];

export const TABLE_CONVENTION_PARTENARIAT = tableDEtats<EtatConventionPartenariat, EvenementConventionPartenariat, ContexteConventionPartenariat>({
  sujet: "la convention de partenariat",
  pronom: "elle",
  enMots: EN_MOTS,
  finaux: ETATS_FINAUX_CONVENTION_PARTENARIAT,
  regles: REGLES,
});
export const EVENEMENTS_CONVENTION_PARTENARIAT = TABLE_CONVENTION_PARTENARIAT.evenements;

export const peutConventionPartenariat = (etat: EtatConventionPartenariat | null, evenement: EvenementConventionPartenariat, contexte: ContexteConventionPartenariat) =>
  TABLE_CONVENTION_PARTENARIAT.peut(etat, evenement, contexte);
export const evenementsPossiblesConventionPartenariat = (etat: EtatConventionPartenariat | null, contexte: ContexteConventionPartenariat) =>
  TABLE_CONVENTION_PARTENARIAT.evenementsPossibles(etat, contexte);

/** The convention, and the days its committee met. */
export type CasConventionPartenariat = { etat: EtatConventionPartenariat; convention: ConventionPartenariat; reunionsComite?: readonly string[] };

const PROCHE = 60;

/** The final evaluation due at the technical end, and the committee meetings the year still owes. */
export function echeancesConventionPartenariat(cas: CasConventionPartenariat, aujourdhui: string): Echeance[] {
  const { convention: c } = cas;
  if (cas.etat !== "en_vigueur") return [];
  const echeances: Echeance[] = [
    {
      code: "evaluation_finale",
      libelle: "Évaluation finale du partenariat, au terme de la convention",
      date: c.dateFin,
      niveau: niveauEcheance(c.dateFin, aujourdhui, PROCHE),
      source: sourceDe("6-PART"),
    },
  ];
  const annee = anneeDe(aujourdhui);
  const tenues = (cas.reunionsComite ?? []).filter((d) => anneeDe(d) === annee).length;
  if (tenues < c.reunionsComiteParAn && anneeDe(c.dateFin) >= annee) {
    const finAnnee = `${annee}-12-31`;
    const date = c.dateFin < finAnnee ? c.dateFin : finAnnee;
    const manque = c.reunionsComiteParAn - tenues;
    echeances.push({
      code: `comite_pilotage_${annee}`,
      libelle: `Comité de pilotage : ${manque} réunion${manque > 1 ? "s" : ""} encore à tenir en ${annee} (${c.reunionsComiteParAn} par an au moins)`,
      date,
      niveau: niveauEcheance(date, aujourdhui, PROCHE),
      source: sourceDe("6-PART"),
    });
  }
  return echeances.sort(parDate);
}
