import { describe, expect, it } from "vitest";
import { ajouterJours, ajouterMois, dernierJourDePeriode, estDate, joursEntre, niveauEcheance } from "./dates";

describe("un délai en mois expire le même quantième, ou le dernier jour du mois qui n'en a pas", () => {
  it.each([
    ["2026-03-16", 1, "2026-04-16"],
    ["2026-01-31", 1, "2026-02-28"],
    ["2028-01-31", 1, "2028-02-29"],
    ["2028-02-29", 12, "2029-02-28"],
    ["2026-12-31", 2, "2027-02-28"],
    ["2027-12-31", 2, "2028-02-29"],
    ["2026-11-30", 3, "2027-02-28"],
    ["2027-05-31", -3, "2027-02-28"],
    ["2026-03-31", -1, "2026-02-28"],
    ["2026-01-15", -1, "2025-12-15"],
    ["2026-03-16", 0, "2026-03-16"],
  ] as const)("%s + %i mois → %s", (date, mois, attendu) => expect(ajouterMois(date, mois)).toBe(attendu));
});

describe("une période de n mois va jusqu'à la veille du même quantième", () => {
  it.each([
    ["2026-04-01", 36, "2029-03-31"],
    ["2026-01-01", 6, "2026-06-30"],
    ["2026-01-31", 1, "2026-02-28"],
    ["2026-01-30", 1, "2026-02-28"],
    ["2026-03-01", 1, "2026-03-31"],
    ["2028-02-29", 36, "2031-02-28"],
    ["2028-02-29", 48, "2032-02-28"],
    ["2028-03-01", 36, "2031-02-28"],
    ["2027-08-31", 6, "2028-02-29"],
    ["2026-01-01", 60, "2030-12-31"],
  ] as const)("%s, %i mois → %s", (debut, mois, fin) => expect(dernierJourDePeriode(debut, mois)).toBe(fin));
});

describe("les jours", () => {
  it("ajoute et compte les jours, à travers un 29 février", () => {
    expect(ajouterJours("2028-02-28", 1)).toBe("2028-02-29");
    expect(ajouterJours("2028-02-29", 1)).toBe("2028-03-01");
    expect(joursEntre("2028-02-01", "2028-03-01")).toBe(29);
    expect(joursEntre("2026-03-16", "2026-03-15")).toBe(-1);
  });
  it("reconnaît les vraies dates", () => {
    expect(estDate("2028-02-29")).toBe(true);
    expect(estDate("2027-02-29")).toBe(false);
    expect(estDate("2026-3-1")).toBe(false);
    expect(estDate(20260301)).toBe(false);
  });
  it("refuse de calculer sur une date qui n'existe pas", () => expect(() => joursEntre("2026-02-30", "2026-03-01")).toThrow("date invalide"));
});

describe("le niveau d'une échéance", () => {
  it.each([
    ["2026-03-01", "a_venir"],
    ["2026-03-02", "proche"],
    ["2026-03-09", "proche"],
    ["2026-03-10", "depassee"],
  ] as const)("échéance le 2026-03-09, prévenir 7 jours avant, vue le %s : %s", (aujourdhui, niveau) => expect(niveauEcheance("2026-03-09", aujourdhui, 7)).toBe(niveau));
});
