import { describe, expect, it } from "vitest";
import { PARAMETRES_PROCEDURES, REGLES_PROCEDURES, sourceDe } from "./regles";

describe("les règles des procédures, comme données", () => {
  it.each(Object.entries(REGLES_PROCEDURES))("%s a un titre, un texte, ses sources et sa date", (_id, r) => {
    expect(r.titre).not.toBe("");
    expect(r.texte).not.toBe("");
    expect(r.sources.length).toBeGreaterThan(0);
    expect(r.depuis).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
  it("les points que LEGAL.md dit à confirmer le disent", () =>
    expect(Object.entries(REGLES_PROCEDURES).filter(([, r]) => "aConfirmer" in r).map(([id]) => id)).toEqual(["C3", "C5", "M1", "M2", "M4", "6-MAD", "D3", "6-DET"]));
  it("les écarts avec la note sont dits", () => {
    expect(REGLES_PROCEDURES.D3.ecartAvecLaNote).toContain("« 6 mois renouvelable une fois »");
    expect(REGLES_PROCEDURES.D4.ecartAvecLaNote).toContain("« entre un et cinq ans");
    expect(REGLES_PROCEDURES.C4.ecartAvecLaNote).toContain("ancienne rédaction");
  });
  it("cite le CGFP et les textes de la note", () => {
    expect(sourceDe("C4")).toBe("C4 — CGFP art. R123-2 ; décret n° 2020-69 (texte cité par la note) ; code pénal art. 432-12");
    expect(sourceDe("M2")).toBe("M2 — CGFP art. L512-8 ; loi n° 84-53 art. 61-1 (texte cité par la note)");
  });
  it("les durées de LEGAL.md", () =>
    expect(PARAMETRES_PROCEDURES).toMatchObject({
      delaiDecisionCumulMois: 1,
      delaiDecisionCumulAvecComplementMois: 2,
      dureeMaxMiseADispositionMois: 36,
      detachementCourtMaxMois: 6,
      detachementCourtEtrangerMaxMois: 12,
      detachementCourtRenouvelable: false,
      detachementLongMaxMois: 60,
      preavisDetachementMaxMois: 3,
      dureeMaxExpeCtJours: 7,
    }));
});
