/**
 * The days one agent gives to one project (LEGAL.md §3, `d`): every session of every staffing of
 * the agent on the project, counted by the advisor's own rules (`decompterSessions`: working days
 * of the agent's territory for a dated session, the number written for the others), and the
 * note's bracket of that total (T1 under 6, T2 from 6 to 130, T3 over 130; thresholds are
 * parameters). The service runs the advisor on `situationPourLeConseiller`.
 *
 * T5: a new session that crosses a threshold changes the recommendation for the remaining days
 * only. Days already done keep their instrument, hence `sessionsFaitesAu`.
 */
import { type Territoire } from "../calendar";
import { lireDateIso, versDateIso } from "../calendar/dates";
import { type Decompte, decompterSessions, type Franchissement, franchissementDeSeuil, type Seuils, type SituationSaisie, type Tranche, tranche } from "../instruments";
import { invalide } from "../shared";
import type { Cadre, Mission } from "./mission";
import { estDatee, type SessionMission, sessionsDansLOrdre } from "./sessions";

/** The note's thresholds (T1–T3); a parameter, because they are recommendations, not law. */
export const SEUILS_PAR_DEFAUT: Seuils = Object.freeze({ miseADisposition: 6, detachement: 130 });

/** A staffing of the agent on the project, with the sessions it covers. */
export type AffectationSurProjet = { sessions: readonly SessionMission[] };

/** All the sessions of the agent's staffings on the project, in date order. */
export function sessionsDuProjet(affectations: readonly AffectationSurProjet[]): SessionMission[] {
  return sessionsDansLOrdre(affectations.flatMap((a) => a.sessions));
}

export type JoursSurLeProjet = { jours: number; tranche: Tranche; decompte: Decompte; sessions: SessionMission[] };

/**
 * The agent's total on the project and its bracket. Sessions of two missions that overlap are
 * each counted: the agent's own availability is the matching's concern, not the count's.
 */
export function joursSurLeProjet(
  affectations: readonly AffectationSurProjet[],
  { territoire = "metropole", seuils = SEUILS_PAR_DEFAUT }: { territoire?: Territoire; seuils?: Seuils } = {},
): JoursSurLeProjet {
  const sessions = sessionsDuProjet(affectations);
  const decompte = decompterSessions(sessions, territoire);
  return { jours: decompte.jours, tranche: tranche(decompte.jours, seuils), decompte, sessions };
}

/**
 * What one more session does to the agent's total on the project: the totals before and after
 * and, when it crosses a threshold, the warning of rule T5 to show HR and the mission's owner.
 */
export function effetDUneNouvelleSession(
  existantes: readonly SessionMission[],
  nouvelle: SessionMission,
  seuils: Seuils = SEUILS_PAR_DEFAUT,
  territoire: Territoire = "metropole",
): { avant: number; apres: number; franchissement?: Franchissement } {
  const avant = decompterSessions(existantes, territoire).jours;
  const apres = avant + decompterSessions([nouvelle], territoire).jours;
  const franchissement = franchissementDeSeuil(avant, apres, seuils);
  return franchissement ? { avant, apres, franchissement } : { avant, apres };
}

export type AgentPourLeConseiller = {
  statut: SituationSaisie["agent"]["statut"];
  territoire?: Territoire;
  age?: number;
  cadre: Cadre;
  hote?: Mission["hote"];
  /** All the sessions of all the agent's staffings on the project. */
  sessions: readonly SessionMission[];
  surTempsDeTravail?: boolean;
};

/**
 * The advisor's situation for the agent's total on the project: the sessions in date order and
 * without their labels (the advisor's schema knows none). An empty list gives a situation the
 * advisor refuses (« au moins une session est nécessaire »): a staffing without sessions has no instrument yet.
 */
export function situationPourLeConseiller({ statut, territoire = "metropole", age, cadre, hote, sessions, surTempsDeTravail }: AgentPourLeConseiller): SituationSaisie {
  return {
    agent: { statut, territoire, ...(age === undefined ? {} : { age }) },
    cadre,
    ...(hote ? { hote: { type: hote.type } } : {}),
    sessions: sessionsDansLOrdre(sessions).map((s) => (estDatee(s) ? { debut: s.debut, fin: s.fin } : { jours: s.jours })),
    ...(surTempsDeTravail === undefined ? {} : { surTempsDeTravail }),
  };
}

/**
 * The sessions as they stand on a day (AAAA-MM-JJ): `faites` before it, `restantes` from it on,
 * a session in progress cut in two (its days before `jour` are done; `jour` itself is still to
 * do). Sessions given in days have no date: `nonDatees`, for the user to say.
 */
export function sessionsFaitesAu(
  sessions: readonly SessionMission[],
  jour: string,
): { faites: SessionMission[]; restantes: SessionMission[]; nonDatees: SessionMission[] } {
  const faites: SessionMission[] = [];
  const restantes: SessionMission[] = [];
  const nonDatees: SessionMission[] = [];
  const numero = lireDateIso(jour);
  if (numero === undefined) throw invalide([{ champ: "jour", message: "une date AAAA-MM-JJ qui existe est attendue" }]);
  const veille = versDateIso(numero - 1);
  for (const s of sessionsDansLOrdre(sessions)) {
    if (!estDatee(s)) nonDatees.push(s);
    else if (s.fin < jour) faites.push(s);
    else if (s.debut >= jour) restantes.push(s);
    else {
      faites.push({ ...s, fin: veille });
      restantes.push({ ...s, debut: jour });
    }
  }
  return { faites, restantes, nonDatees };
}

/** The days done and left on a day, for « jours restants »; days of undated sessions apart. */
export function joursFaitsEtRestants(
  sessions: readonly SessionMission[],
  jour: string,
  territoire: Territoire = "metropole",
): { faits: number; restants: number; nonDates: number } {
  const { faites, restantes, nonDatees } = sessionsFaitesAu(sessions, jour);
  const jours = (liste: SessionMission[]) => decompterSessions(liste, territoire).jours;
  return { faits: jours(faites), restants: jours(restantes), nonDates: jours(nonDatees) };
}
