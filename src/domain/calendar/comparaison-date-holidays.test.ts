/**
 * Every year 2000–2100 and every territory checked against an independent source, the
 * `date-holidays` package (its data ships in the package: no network). Where it differs from
 * LEGAL.md on purpose, the difference is written out below, with which source is right and why,
 * and the test asserts that exactly those days differ: a change on either side shows up here.
 */
import Holidays from "date-holidays";
import { describe, expect, it } from "vitest";
import { dimancheDePaques } from "./paques";
import { joursFeries, type ParametresCalendrier } from "./jours-feries";
import { compterJoursOuvres } from "./jours-ouvres";
import { type Territoire, TERRITOIRES } from "./territoires";

const ANNEES = Array.from({ length: 101 }, (_, i) => 2000 + i);

/** date-holidays names Alsace-Moselle and the overseas territories as states of FR. */
const CODE_DATE_HOLIDAYS: Record<Territoire, string | undefined> = {
  metropole: undefined,
  "57": "57",
  "67": "67",
  "68": "68",
  "971": "GP",
  "972": "MQ",
  "973": "GF",
  "974": "RE",
  "976": "YT",
  "977": "BL",
  "978": "MF",
};

const instances = new Map<Territoire, Holidays>();
/** date-holidays' public holidays of the year: date and name, one entry per holiday. */
function publicsSelonDateHolidays(annee: number, territoire: Territoire): { date: string; nom: string }[] {
  let hd = instances.get(territoire);
  if (!hd) {
    const etat = CODE_DATE_HOLIDAYS[territoire];
    hd = etat ? new Holidays("FR", etat) : new Holidays("FR");
    instances.set(territoire, hd);
  }
  // Only its "public" days: it also lists observances (Mothers' Day, Whit Sunday), bank holidays
  // (Good Friday in Saint-Barthélemy) and optional days (Victor Schoelcher Day), none of them
  // public holidays in the Code du travail.
  return hd
    .getHolidays(annee)
    .filter((h) => h.type === "public")
    .map((h) => ({ date: h.date.slice(0, 10), nom: h.name }));
}

/** Holidays of date-holidays that Vivier does not have (by date and name), and days only Vivier has. */
type Differences = { enTrop: { date: string; nom: string }[]; enMoins: string[] };
const AUCUNE: Differences = { enTrop: [], enMoins: [] };
const ABOLITION = "Abolition de l’esclavage";

/**
 * The known, intended differences with date-holidays, per territory and year.
 * - Guadeloupe and Martinique: date-holidays lists Good Friday as a public holiday. It is not in
 *   the Code du travail (L3133-1 nationally, L3134-13 for Alsace-Moselle only, L3422-2 for the
 *   overseas abolition days) nor in LEGAL.md §5: it is a local custom, chômé by many employers.
 *   LEGAL.md is followed; whether collectivités there close on Good Friday is « à confirmer ».
 * - Saint-Martin: date-holidays keeps 27 May in every year, the date of the decree and of the
 *   Code du travail. Vivier takes 28 May from 2018 on by default, the date observed since then
 *   (LEGAL.md: a parameter); with `saintMartinAbolition: "27-05"` the two agree (tested below).
 * - Saint-Barthélemy: date-holidays gives 9 October in every year. That date exists since décret
 *   2012-553 (in force 26 April 2012); before, the island was a commune of Guadeloupe (until
 *   2007) and Vivier keeps Guadeloupe's 27 May for 2000–2011 (2007–2011 « à confirmer »).
 * Whit Monday as journée de solidarité is a setting date-holidays does not have: it is compared
 * with the default (Whit Monday off), the setting is tested on its own in jours-feries.test.ts.
 */
function differencesConnues(annee: number, territoire: Territoire, parametres: ParametresCalendrier): Differences {
  switch (territoire) {
    case "971":
    case "972": {
      const vendrediSaint = new Date(`${dimancheDePaques(annee)}T00:00:00Z`);
      vendrediSaint.setUTCDate(vendrediSaint.getUTCDate() - 2);
      return { enTrop: [{ date: vendrediSaint.toISOString().slice(0, 10), nom: "Vendredi saint" }], enMoins: [] };
    }
    case "977":
      return annee < 2012 ? { enTrop: [{ date: `${annee}-10-09`, nom: ABOLITION }], enMoins: [`${annee}-05-27`] } : AUCUNE;
    case "978": {
      const date = parametres.saintMartinAbolition ?? (annee >= 2018 ? "28-05" : "27-05");
      return date === "28-05" ? { enTrop: [{ date: `${annee}-05-27`, nom: ABOLITION }], enMoins: [`${annee}-05-28`] } : AUCUNE;
    }
    default:
      return AUCUNE;
  }
}

/** Weekdays of the year less the given holidays, walking the year: independent of Vivier's counting. */
function joursOuvresParIteration(annee: number, feries: Set<string>): number {
  let n = 0;
  for (let d = new Date(Date.UTC(annee, 0, 1)); d.getUTCFullYear() === annee; d.setUTCDate(d.getUTCDate() + 1)) {
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6 && !feries.has(d.toISOString().slice(0, 10))) n++;
  }
  return n;
}

function comparer(territoire: Territoire, parametres: ParametresCalendrier = {}) {
  for (const annee of ANNEES) {
    const contexte = `${territoire} ${annee}`;
    const leurs = publicsSelonDateHolidays(annee, territoire);
    const { enTrop, enMoins } = differencesConnues(annee, territoire, parametres);
    // Each known difference must really be there, or this list has gone stale.
    for (const ecart of enTrop) expect(leurs, contexte).toContainEqual(ecart);
    const corriges = new Set(leurs.filter((h) => !enTrop.some((e) => e.date === h.date && e.nom === h.nom)).map((h) => h.date));
    // A day only Vivier has may also be another holiday that year (28 May 2071 is Ascension).
    for (const date of enMoins) corriges.add(date);
    const vivier = joursFeries(annee, territoire, parametres).map((f) => f.date);
    expect(vivier, contexte).toEqual([...corriges].sort());
    expect(compterJoursOuvres(`${annee}-01-01`, `${annee}-12-31`, territoire, parametres), contexte).toBe(joursOuvresParIteration(annee, corriges));
  }
}

describe("comparaison avec date-holidays, 2000–2100", () => {
  it.each(TERRITOIRES)("donne les mêmes jours fériés et jours ouvrés, aux différences connues près : %s", (territoire) => {
    comparer(territoire);
  });

  it("s'accorde entièrement avec date-holidays pour Saint-Martin quand on retient le 27 mai du décret", () => {
    comparer("978", { saintMartinAbolition: "27-05" });
  });

  it("trouve dans date-holidays les écarts connus, qu'aucun ne disparaisse en silence", () => {
    expect(publicsSelonDateHolidays(2026, "971")).toContainEqual({ date: "2026-04-03", nom: "Vendredi saint" });
    expect(publicsSelonDateHolidays(2026, "972")).toContainEqual({ date: "2026-04-03", nom: "Vendredi saint" });
    expect(publicsSelonDateHolidays(2026, "978")).toContainEqual({ date: "2026-05-27", nom: ABOLITION });
    expect(publicsSelonDateHolidays(2010, "977")).toContainEqual({ date: "2010-10-09", nom: ABOLITION });
    // Whit Monday is a holiday there in every year: the journée de solidarité is Vivier's setting.
    expect(publicsSelonDateHolidays(2026, "metropole")).toContainEqual({ date: "2026-05-25", nom: "Lundi de Pentecôte" });
  });
});
