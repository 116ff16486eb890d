/**
 * What the five procedure tables share (ARCHITECTURE.md, « State machines as tables »): each
 * procedure writes one table of rules { evenement, de, vers, acteurs, garde } and this engine
 * answers « may this actor fire this event now? » the way the mission tables do — `interdit` for
 * an actor the rule does not name, `conflit` for a state it does not leave from, then the guard,
 * the event's own inputs and the reason (`validation`). The service writes the new state and
 * the history row (actor, previous state, reason, time) in one transaction.
 *
 * An event may have several rules when where it leads depends on where it leaves from (the
 * second signature makes a convention signed; the first does not): its actors are the same in
 * each. A rule without `vers` keeps the case in its state and is only recorded (a yearly report,
 * a payment received, a steering committee meeting).
 */
import { de, lireMotif, refus, type Refus } from "../missions/transitions";
import { type ActeurProcedure, seuls } from "./acteurs";

/** What every procedure's context carries; each adds what its guards and inputs need. */
export type ContexteProcedure = {
  /** The abstract actors the person is for this case (`acteursProcedure`); one person may be several. */
  acteurs: readonly ActeurProcedure[];
  /** AAAA-MM-JJ, in France. */
  aujourdhui: string;
  motif?: string;
};

export type RegleDeTable<Etat extends string, Evenement extends string, Contexte> = {
  evenement: Evenement;
  /** null: the event opens the case. */
  de: readonly (Etat | null)[];
  /** Absent: the case stays in its state and the event is only recorded in its history. */
  vers?: Etat;
  acteurs: readonly ActeurProcedure[];
  /** The action in words, to complete « seule l'autorité territoriale de l'employeur peut … ». */
  libelle: string;
  motifObligatoire?: boolean;
  /** What the case must satisfy (a complete request, a date reached): also shown on the next actions as what blocks them. */
  garde?: (contexte: Contexte) => Refus | undefined;
  /** What the user gives with the event (an opinion, a legal ground, a date): checked when the event is fired. */
  saisie?: (contexte: Contexte) => Refus | undefined;
  /** The fields `saisie` reads, for the form of the event. */
  champs?: readonly string[];
  /**
   * An action one may take but that nothing waits for (an avenant, a withdrawal, a report whose
   * deadline speaks for it): it never puts a case on the person's « à traiter » list by itself.
   */
  facultative?: boolean;
};

export type Transition<Etat extends string, Evenement extends string> = { evenement: Evenement; de: Etat | null; vers: Etat; motif?: string };

export type ActionPossible<Etat extends string, Evenement extends string> = {
  evenement: Evenement;
  vers: Etat;
  libelle: string;
  motifObligatoire: boolean;
  /** Fields to ask with the event. */
  champs: readonly string[];
  /** Why the case does not allow it yet (its guard): the page shows the action with this reason. */
  bloquee?: Refus;
  /** Nothing waits for it (RegleDeTable.facultative). */
  facultative?: true;
};

export type DefinitionTable<Etat extends string, Evenement extends string, Contexte> = {
  /** The subject of the reasons: « la demande de cumul », « le détachement ». */
  sujet: string;
  pronom: "il" | "elle";
  /** What follows the subject for each state: « est déposée », « attend la décision de l'autorité ». */
  enMots: Record<Etat, string>;
  finaux: readonly Etat[];
  regles: readonly RegleDeTable<Etat, Evenement, Contexte>[];
};

export type TableDEtats<Etat extends string, Evenement extends string, Contexte extends ContexteProcedure> = {
  evenements: readonly Evenement[];
  regles: readonly RegleDeTable<Etat, Evenement, Contexte>[];
  /** The actors who may fire the event, whatever the state. */
  acteursDe(evenement: Evenement): readonly ActeurProcedure[];
  peut(etat: Etat | null, evenement: Evenement, contexte: Contexte): { ok: true; transition: Transition<Etat, Evenement> } | Refus;
  evenementsPossibles(etat: Etat | null, contexte: Contexte): ActionPossible<Etat, Evenement>[];
};

export function tableDEtats<Etat extends string, Evenement extends string, Contexte extends ContexteProcedure>(
  d: DefinitionTable<Etat, Evenement, Contexte>,
): TableDEtats<Etat, Evenement, Contexte> {
  const evenements = [...new Set(d.regles.map((r) => r.evenement))];
  const reglesDe = (evenement: Evenement) => d.regles.filter((r) => r.evenement === evenement);
  const acteursDe = (evenement: Evenement) => reglesDe(evenement)[0]?.acteurs ?? [];
  const enMots = (etat: Etat | null) => (etat === null ? "n'existe pas encore" : d.enMots[etat]);

  /** The rule this actor fires from this state, or why there is none. */
  function regleApplicable(etat: Etat | null, evenement: Evenement, contexte: Contexte): RegleDeTable<Etat, Evenement, Contexte> | Refus {
    const regles = reglesDe(evenement);
    const acteurs = acteursDe(evenement);
    const libelle = regles[0]?.libelle ?? evenement;
    if (!acteurs.some((a) => contexte.acteurs.includes(a))) return refus("interdit", `${seuls(acteurs)} peut ${libelle}`);
    const regle = regles.find((r) => r.de.includes(etat));
    if (regle) return regle;
    const attendus = [...new Set(regles.flatMap((r) => r.de))].map(enMots);
    const final = etat !== null && d.finaux.includes(etat);
    return refus("conflit", `impossible ${de(libelle)} : ${d.sujet} ${enMots(etat)}${final ? "" : ` (possible seulement quand ${d.pronom} ${attendus.join(" ou ")})`}`);
  }

  const estRefus = (r: RegleDeTable<Etat, Evenement, Contexte> | Refus): r is Refus => "ok" in r;

  return {
    evenements,
    regles: d.regles,
    acteursDe,
    peut(etat, evenement, contexte) {
      const regle = regleApplicable(etat, evenement, contexte);
      if (estRefus(regle)) return regle;
      const bloque = regle.garde?.(contexte) ?? regle.saisie?.(contexte);
      if (bloque) return bloque;
      const motif = lireMotif(contexte.motif, regle.motifObligatoire ?? false, regle.libelle);
      if (!motif.ok) return motif;
      // A rule without `vers` leaves from existing states only: etat is set.
      const vers = regle.vers ?? etat!;
      return { ok: true, transition: { evenement, de: etat, vers, ...(motif.motif ? { motif: motif.motif } : {}) } };
    },
    evenementsPossibles(etat, contexte) {
      return evenements.flatMap((evenement) => {
        const regle = regleApplicable(etat, evenement, contexte);
        if (estRefus(regle)) return [];
        const bloquee = regle.garde?.(contexte);
        return [
          {
            evenement,
            vers: regle.vers ?? etat!,
            libelle: regle.libelle,
            motifObligatoire: regle.motifObligatoire ?? false,
            champs: regle.champs ?? [],
            ...(bloquee ? { bloquee } : {}),
            ...(regle.facultative ? { facultative: true as const } : {}),
          },
        ];
      });
    },
  };
}

/**
 * What waits for the person among their next actions: not an optional one, nor one only time or
 * another party will unblock (a date not reached: « conflit ») — one blocked by what they must
 * complete (« validation ») does.
 */
export const actionsAttendues = <A extends { facultative?: true; bloquee?: Refus }>(actions: readonly A[]): A[] =>
  actions.filter((a) => !a.facultative && a.bloquee?.code !== "conflit");

/** A guard's field errors as one refusal: « la demande ne peut être déposée : … ». */
export function refusDeChamps(quoi: string, erreurs: readonly { champ: string; message: string }[]): Refus | undefined {
  return erreurs.length ? refus("validation", `${quoi} : ${erreurs.map((e) => e.message).join(" ; ")}`, [...erreurs]) : undefined;
}

/** A guard on a date reached: nothing before `date` (AAAA-MM-JJ). */
export const pasAvant = (date: string | undefined, aujourdhui: string, raison: (date: string) => string): Refus | undefined =>
  date && aujourdhui < date ? refus("conflit", raison(date)) : undefined;
