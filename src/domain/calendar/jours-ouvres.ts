/**
 * Counting jours ouvrés (LEGAL.md §5): Monday to Friday, less the public holidays of the
 * territory, both ends of the period included. The advisor counts many sessions, so a period is
 * counted with arithmetic on whole weeks, less the cached holidays that fall in it, instead of
 * walking it day by day.
 */
import { anneeDuJour, estWeekEnd, joursDeSemaineAvant, lireDateIso } from "./dates";
import { champInvalide } from "./erreurs";
import { calendrierAnnuel, type JourFerie, type ParametresCalendrier, verifierAnnee } from "./jours-feries";
import type { Territoire } from "./territoires";

export type DetailJoursOuvres = {
  du: string;
  au: string;
  territoire: Territoire;
  joursOuvres: number;
  /** Every day of the period: joursOuvres + joursDeWeekEnd + joursFeries.length. */
  joursCalendaires: number;
  /** Saturdays and Sundays of the period. */
  joursDeWeekEnd: number;
  /** Holidays from Monday to Friday: the days the holidays take off the count. */
  joursFeries: JourFerie[];
  /** Holidays on a Saturday or Sunday: shown for completeness, they take nothing more off. */
  joursFeriesEnWeekEnd: JourFerie[];
};

function lireDate(texte: string, champ: string): number {
  const numero = typeof texte === "string" ? lireDateIso(texte) : undefined;
  if (numero === undefined) throw champInvalide(champ, `date invalide « ${String(texte)} » : attendu une date existante au format AAAA-MM-JJ`);
  verifierAnnee(anneeDuJour(numero), champ);
  return numero;
}

function lirePeriode(debut: string, fin: string): { premier: number; dernier: number } {
  const premier = lireDate(debut, "debut");
  const dernier = lireDate(fin, "fin");
  if (dernier < premier) throw champInvalide("fin", `la fin (${fin}) précède le début (${debut})`);
  return { premier, dernier };
}

function* calendriersDeLaPeriode(premier: number, dernier: number, territoire: Territoire, parametres: ParametresCalendrier) {
  for (let annee = anneeDuJour(premier); annee <= anneeDuJour(dernier); annee++) yield calendrierAnnuel(annee, territoire, parametres);
}

/**
 * The number of working days from `debut` to `fin` ("YYYY-MM-DD", both included). Throws an
 * ErreurMetier "validation" for a malformed date, a year outside the calendar, an unknown
 * territory or an end before the start.
 */
export function compterJoursOuvres(debut: string, fin: string, territoire: Territoire, parametres: ParametresCalendrier = {}): number {
  const { premier, dernier } = lirePeriode(debut, fin);
  let joursOuvres = joursDeSemaineAvant(dernier + 1) - joursDeSemaineAvant(premier);
  for (const { feriesEnSemaine } of calendriersDeLaPeriode(premier, dernier, territoire, parametres)) {
    for (const ferie of feriesEnSemaine) if (ferie >= premier && ferie <= dernier) joursOuvres--;
  }
  return joursOuvres;
}

export function estJourOuvre(date: string, territoire: Territoire, parametres: ParametresCalendrier = {}): boolean {
  const numero = lireDate(date, "date");
  const { parNumero } = calendrierAnnuel(anneeDuJour(numero), territoire, parametres);
  return !estWeekEnd(numero) && !parNumero.has(numero);
}

/** The count with what was taken off it, for showing how a session's days were counted. */
export function detaillerJoursOuvres(debut: string, fin: string, territoire: Territoire, parametres: ParametresCalendrier = {}): DetailJoursOuvres {
  const { premier, dernier } = lirePeriode(debut, fin);
  const joursFeries: JourFerie[] = [];
  const joursFeriesEnWeekEnd: JourFerie[] = [];
  for (const { parNumero } of calendriersDeLaPeriode(premier, dernier, territoire, parametres)) {
    for (const [numero, ferie] of parNumero) {
      if (numero >= premier && numero <= dernier) (estWeekEnd(numero) ? joursFeriesEnWeekEnd : joursFeries).push(ferie);
    }
  }
  const joursCalendaires = dernier - premier + 1;
  const joursEnSemaine = joursDeSemaineAvant(dernier + 1) - joursDeSemaineAvant(premier);
  return {
    du: debut,
    au: fin,
    territoire,
    joursOuvres: joursEnSemaine - joursFeries.length,
    joursCalendaires,
    joursDeWeekEnd: joursCalendaires - joursEnSemaine,
    joursFeries,
    joursFeriesEnWeekEnd,
  };
}
