import { describe, expect, it } from "vitest";
import { formaterDate, premierDuMois } from "./dates";

describe("les dates en français", () => {
  it("écrit le premier du mois en ordinal, et les autres jours en cardinal", () => {
    expect(formaterDate("2026-12-01T11:53:00Z")).toMatch(/^1er décembre 2026 à \d\d:53$/);
    expect(formaterDate("2026-12-02T11:53:00Z")).toMatch(/^2 décembre 2026 à \d\d:53$/);
    expect(premierDuMois("11 mars 2026")).toBe("11 mars 2026");
  });

  it("rend tel quel ce qui n'est pas une date", () => expect(formaterDate("bientôt")).toBe("bientôt"));
});
