import { describe, expect, it } from "vitest";
import { dateDuRapportExpeCt } from "./expe-ct";
import { franchissementDeSeuil, tranche } from "./reevaluation";

const seuils = { miseADisposition: 6, detachement: 130 };

describe("T5 — une nouvelle session qui franchit un seuil", () => {
  it("recommande le changement pour les jours restants sans requalifier les jours faits", () => {
    const f = franchissementDeSeuil(4, 8, seuils)!;
    expect(f).toMatchObject({ de: "T1", vers: "T2" });
    expect(f.message).toContain("pour les jours restants");
    expect(f.message).toContain("gardent leur instrument (le cumul d'activités)");
    expect(franchissementDeSeuil(120, 131, seuils)).toMatchObject({ de: "T2", vers: "T3" });
  });
  it("ne dit rien sans franchissement, y compris aux bornes", () => {
    expect(franchissementDeSeuil(2, 5.5, seuils)).toBeUndefined();
    expect(franchissementDeSeuil(6, 130, seuils)).toBeUndefined();
    expect(franchissementDeSeuil(5.5, 6, seuils)).toMatchObject({ vers: "T2" });
    expect(franchissementDeSeuil(130, 130.5, seuils)).toMatchObject({ vers: "T3" });
  });
  it("classe les totaux selon T4", () => expect([5, 5.5, 6, 130, 130.5, 131].map((j) => tranche(j, seuils))).toEqual(["T1", "T1", "T2", "T2", "T3", "T3"]));
});

describe("X4 — le rapport EXPE-CT est dû deux mois après le retour", () => {
  it.each([
    ["2026-03-15", "2026-05-15"],
    ["2026-08-31", "2026-10-31"],
    ["2026-12-31", "2027-02-28"],
    ["2027-12-31", "2028-02-29"],
    ["2026-11-30", "2027-01-30"],
  ])("retour le %s → rapport le %s", (retour, du) => expect(dateDuRapportExpeCt(retour)).toBe(du));
});
