import { describe, expect, it } from "vitest";
import { dimancheDePaques } from "./paques";

describe("Pâques (comput grégorien, Meeus/Jones/Butcher)", () => {
  it.each([
    // LEGAL.md's checks.
    [2025, "2025-04-20"],
    [2026, "2026-04-05"],
    [2027, "2027-03-28"],
    [2028, "2028-04-16"],
    // A century leap year, the earliest Easter of 2000–2100 (2008), the latest (2038), a century common year.
    [2000, "2000-04-23"],
    [2008, "2008-03-23"],
    [2038, "2038-04-25"],
    [2100, "2100-03-28"],
  ])("donne le dimanche de Pâques %i : %s", (annee, date) => {
    expect(dimancheDePaques(annee)).toBe(date);
  });

  it("tombe toujours un dimanche entre le 22 mars et le 25 avril", () => {
    for (let annee = 1984; annee <= 2300; annee++) {
      const date = dimancheDePaques(annee);
      expect(new Date(`${date}T00:00:00Z`).getUTCDay(), date).toBe(0);
      expect(date.slice(5) >= "03-22" && date.slice(5) <= "04-25", date).toBe(true);
    }
  });
});
