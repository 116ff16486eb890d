/**
 * Public holidays (jours fériés) per territory and year, as listed in LEGAL.md §5, each with the
 * text that makes it a holiday so that an answer can cite its sources and say what is uncertain.
 *
 * Every holiday here exists in its current form since 1984 at the latest, which is why the
 * calendar starts then (ANNEE_MIN): 8 May is a holiday again since loi 81-893 (1982 on), and the
 * abolition-of-slavery days were fixed by décret 83-1003 of 23 November 1983 (so 1984 is the
 * first full year). The only holidays with a later start are Saint-Barthélemy's and Saint-Martin's
 * own dates (décret 2012-553, and the 2018 practice for Saint-Martin), handled in ABOLITION below.
 */
import { estWeekEnd, numeroDuJour, versDateIso } from "./dates";
import { champInvalide } from "./erreurs";
import { numeroDePaques } from "./paques";
import { estTerritoire, type Territoire, TERRITOIRES, TERRITOIRES_ALSACE_MOSELLE } from "./territoires";

export const ANNEE_MIN = 1984;
/**
 * The calendar is checked against an independent source up to 2100; a later year is a guess at
 * future law, and far more often a typing error, so it is refused.
 */
export const ANNEE_MAX = 2100;

export type MotifFerie = "national" | "alsace_moselle" | "abolition_esclavage";

/** One holiday: its French name, why it applies to the territory, its legal source. */
export type Fete = {
  nom: string;
  motif: MotifFerie;
  source: string;
  /** Set when the rule could not be checked against the official text: shown to users as such. */
  aConfirmer?: string;
};

/**
 * One holiday date. Holidays are a set of dates: when two fall on the same day (Ascension and
 * 1 May in 2008), the day is one holiday for counting, and `fetes` keeps both.
 */
export type JourFerie = { date: string; nom: string; fetes: readonly Fete[] };

export type DateAbolitionSaintMartin = "27-05" | "28-05";

/** The settings a collectivité makes, per year where they apply (LEGAL.md §5). */
export type ParametresCalendrier = {
  /**
   * Saint-Martin's abolition day. The decree and the Code du travail say 27 May (the Guadeloupe
   * date, kept when Saint-Martin was added in 2012); since 2018 it is observed on 28 May, the
   * historical date, under interministerial circulars, pending a correction of the text. Default:
   * 27 May before 2018, 28 May from 2018 on.
   */
  saintMartinAbolition?: DateAbolitionSaintMartin;
  /**
   * Whit Monday as the collectivité's journée de solidarité, then a worked day (Code du travail
   * L3133-7 and following): `true` for every year, or the list of years where it is.
   */
  lundiPentecoteTravaille?: boolean | readonly number[];
};

const SOURCE_NATIONALE = "Code du travail, art. L3133-1";
const SOURCE_ALSACE_MOSELLE = "Code du travail, art. L3134-13";
const SOURCE_ABOLITION =
  "Loi 83-550 du 30 juin 1983 ; décret 83-1003 du 23 novembre 1983 modifié ; Code du travail, art. L3422-2 ; CGFP, art. L651-2";
const SOURCE_ABOLITION_2012 = `${SOURCE_ABOLITION} (Saint-Barthélemy et Saint-Martin ajoutés par le décret 2012-553 du 23 avril 2012)`;

type Contexte = { annee: number; paques: number; saintMartin: DateAbolitionSaintMartin };
type FeteDatee = { numero: number; fete: Fete };

const fixe = (mois: number, jour: number) => (c: Contexte) => numeroDuJour(c.annee, mois, jour);
const apresPaques = (jours: number) => (c: Contexte) => c.paques + jours;

const NATIONALES: readonly (readonly [string, (c: Contexte) => number])[] = [
  ["Jour de l'an", fixe(1, 1)],
  ["Lundi de Pâques", apresPaques(1)],
  ["Fête du Travail", fixe(5, 1)],
  ["Victoire 1945", fixe(5, 8)],
  ["Ascension", apresPaques(39)],
  ["Lundi de Pentecôte", apresPaques(50)],
  ["Fête nationale", fixe(7, 14)],
  ["Assomption", fixe(8, 15)],
  ["Toussaint", fixe(11, 1)],
  ["Armistice 1918", fixe(11, 11)],
  ["Noël", fixe(12, 25)],
];
const LUNDI_DE_PENTECOTE = "Lundi de Pentecôte";

const ALSACE_MOSELLE: readonly (readonly [string, (c: Contexte) => number])[] = [
  ["Vendredi saint", apresPaques(-2)],
  ["Saint-Étienne", fixe(12, 26)],
];

const DOUTE_AVANT_2012 =
  "Avant 2012, date de la Guadeloupe (27 mai), dont l'île était une commune jusqu'en 2007 ; pour 2007 à 2011, à confirmer.";
const DOUTE_SAINT_MARTIN =
  "27 mai dans le décret 83-1003 et le Code du travail, 28 mai en pratique depuis 2018 (circulaires interministérielles) : à confirmer.";

/**
 * The abolition-of-slavery day of each overseas territory (LEGAL.md §5). Guadeloupe, Martinique,
 * Guyane, La Réunion and Mayotte have had theirs since the 1983 decree, so in every year the
 * calendar covers. Saint-Barthélemy and Saint-Martin were communes of Guadeloupe until 2007 and
 * kept its 27 May until décret 2012-553 (in force 26 April 2012) gave them their own dates.
 */
const ABOLITION: Partial<Record<Territoire, (c: Contexte) => { numero: number; source: string; aConfirmer?: string }>> = {
  "971": (c) => ({ numero: numeroDuJour(c.annee, 5, 27), source: SOURCE_ABOLITION }),
  "972": (c) => ({ numero: numeroDuJour(c.annee, 5, 22), source: SOURCE_ABOLITION }),
  "973": (c) => ({ numero: numeroDuJour(c.annee, 6, 10), source: SOURCE_ABOLITION }),
  "974": (c) => ({ numero: numeroDuJour(c.annee, 12, 20), source: SOURCE_ABOLITION }),
  "976": (c) => ({ numero: numeroDuJour(c.annee, 4, 27), source: SOURCE_ABOLITION }),
  "977": (c) =>
    c.annee >= 2012
      ? { numero: numeroDuJour(c.annee, 10, 9), source: SOURCE_ABOLITION_2012 }
      : { numero: numeroDuJour(c.annee, 5, 27), source: SOURCE_ABOLITION, aConfirmer: DOUTE_AVANT_2012 },
  "978": (c) => ({
    numero: numeroDuJour(c.annee, 5, c.saintMartin === "28-05" ? 28 : 27),
    source: SOURCE_ABOLITION_2012,
    aConfirmer: c.annee >= 2012 ? DOUTE_SAINT_MARTIN : DOUTE_AVANT_2012,
  }),
};

/** A year's calendar for one territory and settings: what counting needs, computed once. */
export type CalendrierAnnuel = {
  feries: readonly JourFerie[];
  /** Day numbers of the holidays that fall Monday to Friday, ascending: the days they remove. */
  feriesEnSemaine: readonly number[];
  parNumero: ReadonlyMap<number, JourFerie>;
};

const cache = new Map<string, CalendrierAnnuel>();
/** Far above any real use (years × territories × settings); only a bound against misuse. */
const TAILLE_MAX_CACHE = 20_000;

function lundiPentecoteTravaille(parametres: ParametresCalendrier, annee: number): boolean {
  const valeur = parametres.lundiPentecoteTravaille;
  return valeur === true || (typeof valeur === "object" && valeur.includes(annee));
}

export function verifierAnnee(annee: number, champ = "annee"): void {
  if (!Number.isInteger(annee) || annee < ANNEE_MIN || annee > ANNEE_MAX) {
    throw champInvalide(champ, `année ${annee} hors du calendrier connu (${ANNEE_MIN} à ${ANNEE_MAX})`);
  }
}

function verifierTerritoire(territoire: Territoire): void {
  // Types stop a wrong value in TypeScript; this stops one that came from outside.
  if (!estTerritoire(territoire)) {
    throw champInvalide("territoire", `territoire inconnu « ${String(territoire)} » : attendu ${TERRITOIRES.join(", ")}`);
  }
}

function dateSaintMartin(parametres: ParametresCalendrier, annee: number): DateAbolitionSaintMartin {
  const date = parametres.saintMartinAbolition;
  if (date === undefined) return annee >= 2018 ? "28-05" : "27-05";
  if (date !== "27-05" && date !== "28-05") {
    throw champInvalide("saintMartinAbolition", `date d'abolition pour Saint-Martin « ${String(date)} » : attendu 27-05 ou 28-05`);
  }
  return date;
}

function calculer(annee: number, territoire: Territoire, saintMartin: DateAbolitionSaintMartin, pentecoteTravaillee: boolean): CalendrierAnnuel {
  const contexte: Contexte = { annee, paques: numeroDePaques(annee), saintMartin };
  const datees: FeteDatee[] = [];
  for (const [nom, jour] of NATIONALES) {
    if (nom === LUNDI_DE_PENTECOTE && pentecoteTravaillee) continue;
    datees.push({ numero: jour(contexte), fete: { nom, motif: "national", source: SOURCE_NATIONALE } });
  }
  if (TERRITOIRES_ALSACE_MOSELLE.includes(territoire)) {
    for (const [nom, jour] of ALSACE_MOSELLE) {
      datees.push({ numero: jour(contexte), fete: { nom, motif: "alsace_moselle", source: SOURCE_ALSACE_MOSELLE } });
    }
  }
  const abolition = ABOLITION[territoire]?.(contexte);
  if (abolition) {
    const { numero, ...reste } = abolition;
    datees.push({ numero, fete: { nom: "Abolition de l'esclavage", motif: "abolition_esclavage", ...reste } });
  }

  const parNumero = new Map<number, JourFerie>();
  for (const { numero, fete } of datees.sort((a, b) => a.numero - b.numero)) {
    const deja = parNumero.get(numero);
    const fetes = deja ? [...deja.fetes, fete] : [fete];
    parNumero.set(numero, Object.freeze({ date: versDateIso(numero), nom: fetes.map((f) => f.nom).join(" et "), fetes: Object.freeze(fetes) }));
  }
  return {
    feries: Object.freeze([...parNumero.values()]),
    feriesEnSemaine: Object.freeze([...parNumero.keys()].filter((n) => !estWeekEnd(n))),
    parNumero,
  };
}

/** The calendar of a year, from the cache: the advisor asks for the same few years again and again. */
export function calendrierAnnuel(annee: number, territoire: Territoire, parametres: ParametresCalendrier = {}): CalendrierAnnuel {
  const saintMartin = dateSaintMartin(parametres, annee);
  const pentecoteTravaillee = lundiPentecoteTravaille(parametres, annee);
  // Saint-Martin's date only matters in Saint-Martin: elsewhere it stays out of the key.
  const cle = `${annee}|${territoire}|${territoire === "978" ? saintMartin : ""}|${pentecoteTravaillee ? 1 : 0}`;
  let calendrier = cache.get(cle);
  if (!calendrier) {
    verifierAnnee(annee);
    verifierTerritoire(territoire);
    if (cache.size >= TAILLE_MAX_CACHE) cache.clear();
    calendrier = calculer(annee, territoire, saintMartin, pentecoteTravaillee);
    cache.set(cle, calendrier);
  }
  return calendrier;
}

/**
 * The public holidays of `annee` in `territoire`, one entry per date, in date order. Settings that
 * do not concern the territory (Saint-Martin's date elsewhere) change nothing.
 */
export function joursFeries(annee: number, territoire: Territoire, parametres: ParametresCalendrier = {}): readonly JourFerie[] {
  return calendrierAnnuel(annee, territoire, parametres).feries;
}
