/**
 * The sessions of a mission: one continuous period or several spread-out ones (missions perlées),
 * each dated (start and end included) or given as a number of days (half days allowed).
 *
 * The advisor counts these sessions (LEGAL.md §5), so a session is read by the advisor's own
 * schema (`schemaSituation`), with only a label added: the two can never disagree on what a valid
 * session is.
 */
import { z } from "zod";
import { lireDateIso } from "../calendar/dates";
import { schemaSituation, SESSIONS_MAX } from "../instruments";
import { texteFacultatif } from "./champs";

const sessionDuConseiller = schemaSituation.shape.sessions.element;
const [sessionDateeDuConseiller, sessionEnJoursDuConseiller] = sessionDuConseiller.options;
const libelle = { libelle: texteFacultatif("le libellé de la session", 200).describe("Libellé de la session (« diagnostic », « atelier de restitution »…)") };

export const schemaSession = z
  .union([sessionDateeDuConseiller.extend(libelle), sessionEnJoursDuConseiller.extend(libelle)], {
    error: "une session a soit un début et une fin (AAAA-MM-JJ), soit un nombre de jours",
  })
  .superRefine((s, ctx) => {
    // The advisor's checks across fields (an end before the start, a session over three years)
    // only mean something once each field is valid; before, they would repeat the field errors.
    if (ctx.issues.length > 0) return;
    const { libelle: _libelle, ...session } = s;
    for (const i of sessionDuConseiller.safeParse(session).error?.issues ?? []) ctx.addIssue({ code: "custom", path: i.path, message: i.message });
  });

export type SessionMission = z.output<typeof schemaSession>;
export type SessionMissionSaisie = z.input<typeof schemaSession>;
export type SessionDatee = Extract<SessionMission, { debut: string }>;

export const estDatee = (s: SessionMission): s is SessionDatee => "debut" in s;

/** A dated session whose dates can be compared: the overlap check also runs on a list with errors. */
const comparable = (s: unknown): s is SessionDatee => {
  if (typeof s !== "object" || s === null || !("debut" in s) || !("fin" in s)) return false;
  const { debut, fin } = s;
  return typeof debut === "string" && typeof fin === "string" && lireDateIso(debut) !== undefined && lireDateIso(fin) !== undefined && debut <= fin;
};

/** The dated sessions by start, then by their place in the list: « later » means this order. */
function rangsDates(sessions: readonly unknown[]): { rang: number; session: SessionDatee }[] {
  return sessions
    .map((session, rang) => ({ rang, session }))
    .filter((x): x is { rang: number; session: SessionDatee } => comparable(x.session))
    .sort((a, b) => (a.session.debut === b.session.debut ? a.rang - b.rang : a.session.debut < b.session.debut ? -1 : 1));
}

/**
 * The pairs of dated sessions that share at least one day, as places in the list: `session` is
 * the one that starts later (or comes later in the list when both start the same day), `avec` the
 * one it overlaps. Sessions given in days have no dates and never overlap.
 */
export function chevauchements(sessions: readonly SessionMission[]): { session: number; avec: number }[] {
  const tries = rangsDates(sessions);
  const paires: { session: number; avec: number }[] = [];
  tries.forEach(({ rang, session }, i) => {
    for (const avant of tries.slice(0, i)) if (avant.session.fin >= session.debut) paires.push({ session: rang, avec: avant.rang });
  });
  return paires;
}

const listeDeNumeros = (numeros: number[]) =>
  numeros.length === 1 ? `la session ${numeros[0]}` : `les sessions ${numeros.slice(0, -1).join(", ")} et ${numeros[numeros.length - 1]}`;

export const schemaSessions = z
  .array(schemaSession, { error: "les sessions sont une liste" })
  .max(SESSIONS_MAX, { error: `au plus ${SESSIONS_MAX} sessions` })
  .superRefine((sessions, ctx) => {
    const parSession = new Map<number, number[]>();
    for (const { session, avec } of chevauchements(sessions)) parSession.set(session, [...(parSession.get(session) ?? []), avec + 1]);
    for (const [session, numeros] of parSession) {
      ctx.addIssue({ code: "custom", path: [session, "debut"], message: `chevauche ${listeDeNumeros(numeros.sort((a, b) => a - b))}` });
    }
  })
  .describe(
    "Les sessions de la mission : datées (début et fin compris) ou en nombre de jours (demi-journées admises), sans chevauchement entre sessions datées",
  );

/**
 * The sessions in date order (what the advisor and the day totals show): dated ones by start,
 * then the ones given in days, which have no date, in the order they were written.
 */
export function sessionsDansLOrdre<S extends SessionMission>(sessions: readonly S[]): S[] {
  const datees = rangsDates(sessions).map((x) => sessions[x.rang]!);
  return [...datees, ...sessions.filter((s) => !estDatee(s))];
}

/** The first day of the dated sessions, if any. */
export function premierJour(sessions: readonly SessionMission[]): string | undefined {
  return rangsDates(sessions)[0]?.session.debut;
}
