import { describe, expect, it } from "vitest";
import { LIBELLES_POSITION as POSITIONS_DOMAINE } from "../../../domain/experts/profil";
import { LIBELLES_NIVEAUX_CECRL, LIBELLES_NIVEAUX_EXPERTISE, NIVEAUX_CECRL as NIVEAUX_DOMAINE } from "../../../domain/experts/referentiels";
import {
  formaterJour,
  formaterJourCivil,
  LIBELLES_NIVEAU_CECRL,
  LIBELLES_NIVEAU_EXPERTISE,
  LIBELLES_POSITION,
  moisEntre,
  NIVEAUX_CECRL,
} from "./libelles";

describe("libellés du vivier côté web", () => {
  it("disent la même chose que le domaine", () => {
    expect(LIBELLES_POSITION).toEqual(POSITIONS_DOMAINE);
    expect(NIVEAUX_CECRL).toEqual(NIVEAUX_DOMAINE);
    expect(LIBELLES_NIVEAU_CECRL).toEqual(Object.fromEntries(Object.entries(LIBELLES_NIVEAUX_CECRL).map(([k, v]) => [k, v.fr])));
    expect(LIBELLES_NIVEAU_EXPERTISE).toEqual(Object.fromEntries(Object.entries(LIBELLES_NIVEAUX_EXPERTISE).map(([k, v]) => [k, v.fr])));
  });

  it("écrit les dates à la française, sans glisser d'un jour", () => {
    expect(formaterJourCivil("2027-03-01")).toBe("1er mars 2027");
    expect(formaterJourCivil("2027-12-31")).toBe("31 décembre 2027");
    // 23:30 UTC on 31 March is already 1 April in Paris.
    expect(formaterJour("2026-03-31T23:30:00.000Z")).toBe("1er avril 2026");
    expect(moisEntre("2025-03-14T10:00:00.000Z", "2026-03-14")).toBe(12);
  });
});
