/**
 * Counting d, the days of expertise (LEGAL.md §5): a dated session gives its working days (jours
 * ouvrés of the agent's territory); a session given as a number of days gives that number (half
 * days allowed). The working days the agent is away from post are counted apart (rule C3), and
 * the calendar days with travel for EXPE-CT (rule X2).
 */
import { detaillerJoursOuvres, LIBELLES_TERRITOIRE, type Territoire } from "../calendar";
import type { Session } from "./situation";

export type DecompteSession =
  | { debut: string; fin: string; joursOuvres: number; joursCalendaires: number; joursFeries: { date: string; nom: string }[]; joursDeWeekEnd: number }
  | { jours: number };

export type Decompte = {
  /** d: the total days of expertise. */
  jours: number;
  joursOuvresAbsence: number;
  dureeCalendaire: number;
  territoire: Territoire;
  sessions: DecompteSession[];
  /** Holidays of the sessions whose rule could not be checked against the official text (docs/calendrier.md). */
  feriesAConfirmer: { date: string; nom: string; message: string }[];
  explication: string;
};

const nombre = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 });
const jours = (n: number) => `${nombre.format(n)} jour${n >= 2 ? "s" : ""}`;

export function decompterSessions(sessions: readonly Session[], territoire: Territoire): Decompte {
  let total = 0;
  let absence = 0;
  let calendaire = 0;
  const aConfirmer = new Map<string, { date: string; nom: string; message: string }>();
  const detail: DecompteSession[] = sessions.map((s) => {
    if ("jours" in s) {
      total += s.jours;
      calendaire += Math.ceil(s.jours);
      return { jours: s.jours };
    }
    const d = detaillerJoursOuvres(s.debut, s.fin, territoire);
    total += d.joursOuvres;
    absence += d.joursOuvres;
    calendaire += d.joursCalendaires;
    for (const f of d.joursFeries) {
      for (const fete of f.fetes) if (fete.aConfirmer) aConfirmer.set(`${f.date} ${fete.nom}`, { date: f.date, nom: fete.nom, message: fete.aConfirmer });
    }
    return {
      debut: s.debut,
      fin: s.fin,
      joursOuvres: d.joursOuvres,
      joursCalendaires: d.joursCalendaires,
      joursFeries: d.joursFeries.map((f) => ({ date: f.date, nom: f.nom })),
      joursDeWeekEnd: d.joursDeWeekEnd,
    };
  });
  const parSession = detail.map((s, i) =>
    "jours" in s
      ? `session ${i + 1} : ${jours(s.jours)} déclarés`
      : `session ${i + 1} du ${s.debut} au ${s.fin} : ${jours(s.joursOuvres)} ouvrés sur ${jours(s.joursCalendaires)}` +
        (s.joursDeWeekEnd || s.joursFeries.length
          ? ` (hors ${[s.joursDeWeekEnd ? `${jours(s.joursDeWeekEnd)} de week-end` : "", ...s.joursFeries.map((f) => `${f.nom} le ${f.date}`)].filter(Boolean).join(", ")})`
          : ""),
  );
  return {
    jours: total,
    joursOuvresAbsence: absence,
    dureeCalendaire: calendaire,
    territoire,
    sessions: detail,
    feriesAConfirmer: [...aConfirmer.values()],
    explication: `d = ${jours(total)} d'expertise, comptés en jours ouvrés (${LIBELLES_TERRITOIRE[territoire]}) : ${parSession.join(" ; ")}.`,
  };
}
