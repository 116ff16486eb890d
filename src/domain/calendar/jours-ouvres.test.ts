import { describe, expect, it } from "vitest";
import { aleatoire } from "../shared";
import { joursFeries } from "./jours-feries";
import { compterJoursOuvres, detaillerJoursOuvres, estJourOuvre } from "./jours-ouvres";
import { type Territoire, TERRITOIRES } from "./territoires";

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The plain definition, day by day: what the whole-week arithmetic must agree with. */
function compterJourParJour(debut: string, fin: string, territoire: Territoire): number {
  const feries = new Set<string>();
  for (let a = Number(debut.slice(0, 4)); a <= Number(fin.slice(0, 4)); a++) for (const f of joursFeries(a, territoire)) feries.add(f.date);
  let n = 0;
  for (let d = new Date(`${debut}T00:00:00Z`); iso(d) <= fin; d.setUTCDate(d.getUTCDate() + 1)) {
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6 && !feries.has(iso(d))) n++;
  }
  return n;
}

describe("jours ouvrés (LEGAL.md §5)", () => {
  it("compte 252 jours ouvrés en 2026 en métropole, 251 en Moselle", () => {
    expect(compterJoursOuvres("2026-01-01", "2026-12-31", "metropole")).toBe(252);
    expect(compterJoursOuvres("2026-01-01", "2026-12-31", "57")).toBe(251);
  });

  it("compte 7 jours ouvrés du 1er au 10 avril 2026 en métropole, 6 en Moselle (Vendredi saint)", () => {
    expect(compterJoursOuvres("2026-04-01", "2026-04-10", "metropole")).toBe(7);
    expect(compterJoursOuvres("2026-04-01", "2026-04-10", "57")).toBe(6);
  });

  it("compte une fois le 1er mai 2008, Ascension et Fête du Travail", () => {
    expect(compterJoursOuvres("2008-04-28", "2008-05-02", "metropole")).toBe(4);
  });

  it.each([
    ["metropole", 252],
    ["57", 251],
    ["67", 251],
    ["68", 251],
    ["971", 251],
    ["972", 251],
    ["973", 251],
    // La Réunion: 20 December 2026 is a Sunday.
    ["974", 252],
    ["976", 251],
    ["977", 251],
    ["978", 251],
  ] as const)("compte l'année 2026 pour chaque territoire : %s → %i", (territoire, attendu) => {
    expect(compterJoursOuvres("2026-01-01", "2026-12-31", territoire)).toBe(attendu);
  });

  it("inclut les deux bornes : un jour ouvré seul compte 1, un samedi ou un jour férié 0", () => {
    expect(compterJoursOuvres("2026-04-07", "2026-04-07", "metropole")).toBe(1);
    expect(compterJoursOuvres("2026-04-04", "2026-04-04", "metropole")).toBe(0);
    expect(compterJoursOuvres("2026-04-06", "2026-04-06", "metropole")).toBe(0);
    expect(compterJoursOuvres("2026-04-03", "2026-04-03", "57")).toBe(0);
  });

  it("compte sur plusieurs années", () => {
    expect(compterJoursOuvres("2025-12-29", "2026-01-02", "metropole")).toBe(4);
    expect(compterJoursOuvres("2025-01-01", "2027-12-31", "metropole")).toBe(compterJourParJour("2025-01-01", "2027-12-31", "metropole"));
  });

  it("suit les paramètres : journée de solidarité et date de Saint-Martin", () => {
    expect(compterJoursOuvres("2026-05-25", "2026-05-29", "metropole")).toBe(4);
    expect(compterJoursOuvres("2026-05-25", "2026-05-29", "metropole", { lundiPentecoteTravaille: true })).toBe(5);
    expect(compterJoursOuvres("2026-05-25", "2026-05-29", "metropole", { lundiPentecoteTravaille: [2027] })).toBe(4);
    // Saint-Martin 2026: 27 May is a Wednesday, 28 May a Thursday; one of them is off.
    expect(compterJoursOuvres("2026-05-26", "2026-05-28", "978")).toBe(2);
    expect(estJourOuvre("2026-05-27", "978")).toBe(true);
    expect(estJourOuvre("2026-05-27", "978", { saintMartinAbolition: "27-05" })).toBe(false);
    expect(estJourOuvre("2026-05-28", "978", { saintMartinAbolition: "27-05" })).toBe(true);
  });

  it("agrège la même chose que le décompte jour par jour, sur des périodes tirées au hasard", () => {
    const alea = aleatoire(2026);
    const debutMin = Date.UTC(1990, 0, 1);
    for (let i = 0; i < 300; i++) {
      const debut = iso(new Date(debutMin + alea.entier(0, 39_000) * 86_400_000));
      const fin = iso(new Date(Date.parse(`${debut}T00:00:00Z`) + alea.entier(0, 800) * 86_400_000));
      const territoire = alea.choisir(TERRITOIRES);
      expect(compterJoursOuvres(debut, fin, territoire), `${debut} → ${fin} (${territoire})`).toBe(compterJourParJour(debut, fin, territoire));
    }
  });

  describe("estJourOuvre", () => {
    it("distingue jours de semaine, week-ends et jours fériés du territoire", () => {
      expect(estJourOuvre("2026-04-02", "metropole")).toBe(true);
      expect(estJourOuvre("2026-04-05", "metropole")).toBe(false);
      expect(estJourOuvre("2026-04-03", "metropole")).toBe(true);
      expect(estJourOuvre("2026-04-03", "68")).toBe(false);
      expect(estJourOuvre("2026-06-10", "973")).toBe(false);
      expect(estJourOuvre("2026-06-10", "metropole")).toBe(true);
    });
  });

  describe("detaillerJoursOuvres", () => {
    it("dit ce qui a été retiré : week-ends et jours fériés, sans compter deux fois un férié de week-end", () => {
      const detail = detaillerJoursOuvres("2026-04-01", "2026-04-10", "57");
      expect(detail).toMatchObject({ du: "2026-04-01", au: "2026-04-10", territoire: "57", joursOuvres: 6, joursCalendaires: 10, joursDeWeekEnd: 2 });
      expect(detail.joursFeries.map((f) => [f.date, f.nom])).toEqual([
        ["2026-04-03", "Vendredi saint"],
        ["2026-04-06", "Lundi de Pâques"],
      ]);
      expect(detail.joursFeriesEnWeekEnd).toEqual([]);

      // 2026: 15 August is a Saturday, 1 November a Sunday.
      const annee = detaillerJoursOuvres("2026-01-01", "2026-12-31", "metropole");
      expect(annee.joursOuvres).toBe(252);
      expect(annee.joursFeriesEnWeekEnd.map((f) => f.date)).toEqual(["2026-08-15", "2026-11-01"]);
      expect(annee.joursOuvres + annee.joursDeWeekEnd + annee.joursFeries.length).toBe(annee.joursCalendaires);
    });

    it("donne le même compte que compterJoursOuvres", () => {
      for (const territoire of TERRITOIRES) {
        expect(detaillerJoursOuvres("2024-02-10", "2026-07-31", territoire).joursOuvres).toBe(compterJoursOuvres("2024-02-10", "2026-07-31", territoire));
      }
    });
  });

  describe("entrées invalides", () => {
    it.each([
      ["2026-4-1", "2026-04-10", /date invalide « 2026-4-1 » : attendu une date existante au format AAAA-MM-JJ/],
      ["2026-02-30", "2026-03-10", /date invalide « 2026-02-30 »/],
      ["2026-13-01", "2026-12-31", /date invalide/],
      ["01/04/2026", "2026-04-10", /date invalide/],
      ["2026-04-01T00:00:00Z", "2026-04-10", /date invalide/],
      ["", "2026-04-10", /date invalide/],
      ["1983-12-30", "1984-01-02", /année 1983 hors du calendrier connu \(1984 à 2100\)/],
      ["2100-12-30", "2101-01-02", /année 2101 hors du calendrier connu/],
      ["2026-04-10", "2026-04-01", /la fin \(2026-04-01\) précède le début \(2026-04-10\)/],
    ])("refuse %s → %s", (debut, fin, message) => {
      expect(() => compterJoursOuvres(debut, fin, "metropole")).toThrow(message);
      expect(() => detaillerJoursOuvres(debut, fin, "metropole")).toThrow(message);
    });

    it("désigne le champ en cause dans une ErreurMetier de validation", () => {
      expect(() => compterJoursOuvres("2026-04-10", "2026-04-01", "metropole")).toThrow(expect.objectContaining({ code: "validation", champs: [expect.objectContaining({ champ: "fin" })] }));
      expect(() => compterJoursOuvres("x", "2026-04-01", "metropole")).toThrow(expect.objectContaining({ champs: [expect.objectContaining({ champ: "debut" })] }));
      expect(() => estJourOuvre("2026-02-29", "metropole")).toThrow(expect.objectContaining({ champs: [expect.objectContaining({ champ: "date" })] }));
      expect(() => compterJoursOuvres("2026-04-01", "2026-04-10", "99" as Territoire)).toThrow(expect.objectContaining({ champs: [expect.objectContaining({ champ: "territoire" })] }));
      expect(() => estJourOuvre("2026-04-04", "99" as Territoire)).toThrow(/territoire inconnu/);
      expect(() => compterJoursOuvres(20260401 as unknown as string, "2026-04-10", "metropole")).toThrow(/date invalide « 20260401 »/);
    });
  });
});
