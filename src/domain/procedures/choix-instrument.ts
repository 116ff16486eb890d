/**
 * Starting a procedure from a staffing: the advisor recommends an instrument (the note's
 * thresholds, which are recommendations, LEGAL.md §0.1); the user may choose another where the
 * law allows it, with a recorded justification. Eligibility (LEGAL.md §2) is checked always, even
 * for a procedure started by hand: a choice the law forbids for this person or this host is
 * refused with its rule, whatever the justification.
 *
 * These checks restate the advisor's eligibility rules (instruments/regles/eligibilite.publicodes)
 * for the one choice at hand; a test holds the two to the same answers.
 */
import type { Instrument } from "../instruments";
import { MOTIF_MAX, refus, type Refus } from "../missions/transitions";
import { LIBELLES_STATUT, LIBELLES_TYPE_HOTE, type Statut, type TypeHote } from "./champs";
import { type AlerteProcedure, type IdRegleProcedure, sourceDe } from "./regles";
import { procedureRecommandee, type TypeProcedure } from "./vocabulaire";

export { LIBELLES_TYPE_PROCEDURE, procedureRecommandee, TYPES_PROCEDURE, type TypeProcedure } from "./vocabulaire";

const LIBELLES_INSTRUMENT: Record<Instrument, string> = {
  ordre_de_mission: "l'ordre de mission",
  cumul_activites: "le cumul d'activités",
  mise_a_disposition: "la mise à disposition",
  detachement: "le détachement",
  disponibilite: "la disponibilité",
  contrat_direct: "le contrat direct avec l'opérateur",
  mandat_special: "le mandat spécial",
  hors_champ: "les règles de l'employeur d'origine",
};

/** The instrument a procedure started by hand stands for: none for a partnership convention, which frames missions. */
export const INSTRUMENT_DE_LA_PROCEDURE: Record<TypeProcedure, Instrument | undefined> = {
  cumul_activites: "cumul_activites",
  mise_a_disposition: "mise_a_disposition",
  detachement: "detachement",
  convention_partenariat: undefined,
  ordre_de_mission: "ordre_de_mission",
};

/** What eligibility depends on: the person's status, and the host's kind when known. */
export type CasDuChoix = { statut: Statut; typeHote?: TypeHote };

const AGENTS_PUBLICS: readonly Statut[] = ["titulaire", "stagiaire", "contractuel_cdi", "contractuel_cdd"];
/** E1, R1, E2: who is not an agent of the collectivité has an instrument of their own. */
const HORS_AGENTS: Partial<Record<Statut, { instrument: Instrument; regle: IdRegleProcedure; raison: string }>> = {
  elu: { instrument: "mandat_special", regle: "E1", raison: "un élu n'est pas un agent : sa mission se fait sous mandat spécial" },
  retraite: { instrument: "contrat_direct", regle: "R1", raison: "une personne retraitée n'a plus d'instrument de son ancien employeur : elle contracte directement avec l'opérateur" },
  partenaire: { instrument: "hors_champ", regle: "E2", raison: "le personnel d'un organisme partenaire relève des règles de son propre employeur" },
};

export type Eligibilite = { ouvert: true; aConfirmer: AlerteProcedure[] } | { ouvert: false; regle: IdRegleProcedure; raison: string };

const ferme = (regle: IdRegleProcedure, raison: string): Eligibilite => ({ ouvert: false, regle, raison });
const ouvert = (...aConfirmer: AlerteProcedure[]): Eligibilite => ({ ouvert: true, aConfirmer });

/** Is this instrument open to this person towards this host (LEGAL.md §2)? */
export function eligibilite(instrument: Instrument, cas: CasDuChoix): Eligibilite {
  const { statut, typeHote } = cas;
  const autre = HORS_AGENTS[statut];
  if (autre) return autre.instrument === instrument ? ouvert() : ferme(autre.regle, autre.raison);
  // From here the person is an agent public.
  const statutEnMots = LIBELLES_STATUT[statut];
  switch (instrument) {
    case "mandat_special":
      return ferme("E1", "le mandat spécial est celui des élus");
    case "contrat_direct":
      return ferme("R1", "le contrat direct est la voie des personnes retraitées ; un agent en activité passe par son employeur");
    case "hors_champ":
      return ferme("E2", "les règles d'un employeur partenaire ne concernent que son personnel");
    case "ordre_de_mission":
      return ouvert();
    case "cumul_activites":
      return AGENTS_PUBLICS.includes(statut) ? ouvert() : ferme("C1", `le cumul d'activités est ouvert aux agents publics, pas à un ${statutEnMots}`);
    case "detachement":
      return statut === "titulaire" ? ouvert() : ferme("D1", `le détachement est réservé aux fonctionnaires titulaires, pas à un ${statutEnMots}`);
    case "disponibilite":
      return statut === "titulaire" ? ouvert() : ferme("P1", `la disponibilité est réservée aux fonctionnaires titulaires, pas à un ${statutEnMots}`);
    case "mise_a_disposition": {
      if (statut === "contractuel_cdd") return ferme("M1", "la mise à disposition n'est pas ouverte à un contractuel en CDD");
      if (statut === "stagiaire") return ferme("M1", "la mise à disposition n'est pas ouverte à un fonctionnaire stagiaire (à confirmer)");
      if (typeHote === "operateur_prive") return ferme("M2", `un ${LIBELLES_TYPE_HOTE[typeHote]} ne peut accueillir une mise à disposition`);
      const aConfirmer: AlerteProcedure[] = [];
      if (statut === "contractuel_cdi") aConfirmer.push({ regle: "M1", message: "La mise à disposition d'un contractuel en CDI vers cet organisme est à confirmer." });
      if (typeHote === "operateur_public") aConfirmer.push({ regle: "M2", message: "Qu'un opérateur public soit un organisme d'accueil admis est à confirmer." });
      if (!typeHote) aConfirmer.push({ regle: "M2", message: "Le type de l'organisme d'accueil n'est pas connu : il décide si la mise à disposition est possible." });
      return ouvert(...aConfirmer);
    }
  }
}

export type ChoixInstrument = {
  ok: true;
  instrument: Instrument;
  /** The procedure to start, or why Vivier has none for this instrument. */
  procedure: TypeProcedure | undefined;
  raisonSansProcedure?: string;
  /** Recorded with the case when the choice differs from the recommendation. */
  justification?: string;
  aConfirmer: AlerteProcedure[];
};
export type RefusDuChoix = Refus & { regle?: IdRegleProcedure; source?: string };

/**
 * May the user start `choisi` where the advisor recommended `recommande` (undefined: started by
 * hand)? A different choice needs a justification; a choice the law forbids for this case is
 * refused with its rule.
 */
export function verifierChoixInstrument(recommande: Instrument | undefined, choisi: Instrument, justification: string | undefined, cas: CasDuChoix): ChoixInstrument | RefusDuChoix {
  const e = eligibilite(choisi, cas);
  if (!e.ouvert) {
    const message = `${LIBELLES_INSTRUMENT[choisi]} n'est pas possible ici : ${e.raison} (${e.regle})`;
    return { ...refus("validation", message, [{ champ: "instrument", message }]), regle: e.regle, source: sourceDe(e.regle) };
  }
  const differe = recommande !== undefined && recommande !== choisi;
  const texte = justification?.trim() || undefined;
  if (differe && !texte) {
    const quoi = `${LIBELLES_INSTRUMENT[choisi]} plutôt que ${LIBELLES_INSTRUMENT[recommande]}, l'instrument recommandé`;
    return refus("validation", `une justification est obligatoire pour choisir ${quoi}`, [{ champ: "justification", message: `indiquez pourquoi vous choisissez ${quoi}` }]);
  }
  if (texte && texte.length > MOTIF_MAX) {
    return refus("validation", `la justification fait plus de ${MOTIF_MAX} caractères`, [{ champ: "justification", message: `${MOTIF_MAX} caractères au plus` }]);
  }
  const p = procedureRecommandee(choisi);
  return {
    ok: true,
    instrument: choisi,
    procedure: p.procedure,
    ...(p.procedure ? {} : { raisonSansProcedure: p.raison }),
    ...(differe ? { justification: texte } : {}),
    aConfirmer: e.aConfirmer,
  };
}
