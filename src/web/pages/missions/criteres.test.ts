import { describe, expect, it } from "vitest";
import { aDesFiltres, criteresVides, lireCriteres, versApi, versParams } from "./criteres";

describe("la recherche de missions dans l'adresse", () => {
  it("fait l'aller-retour entre l'adresse et les critères", () => {
    const c = { q: "eau potable", etats: ["publiee", "en_selection"] as const, sources: ["operateur"] as const, pays: "SN", domaine: "EAU-POTABLE" };
    const params = versParams({ ...c, etats: [...c.etats], sources: [...c.sources] }, 3);
    expect(params.toString()).toBe("q=eau+potable&etat=publiee&etat=en_selection&source=operateur&pays=SN&domaine=EAU-POTABLE&page=3");
    expect(lireCriteres(params)).toEqual({ ...c, etats: [...c.etats], sources: [...c.sources], page: 3 });
  });

  it("lit aussi les listes séparées par des virgules, et laisse de côté ce que l'API refuserait", () => {
    const lu = lireCriteres(new URLSearchParams("etat=annulee,inconnu,publiee&etat=publiee&source=x&pays=sénégal&domaine=a%20b&page=-2"));
    // In the filters' order, each once.
    expect(lu.etats).toEqual(["publiee", "annulee"]);
    expect(lu.sources).toEqual([]);
    expect(lu.pays).toBe("");
    expect(lu.domaine).toBe("");
    expect(lu.page).toBe(1);
    expect(lireCriteres(new URLSearchParams("pays=sn")).pays).toBe("SN");
  });

  it("n'envoie à l'API que les critères donnés", () => {
    expect(versApi(criteresVides(), 1)).toEqual({ q: undefined, etat: undefined, source: undefined, pays: undefined, domaine: undefined, page: 1, parPage: 20 });
    expect(versApi({ ...criteresVides(), q: "  urbanisme ", pays: "MA" }, 2)).toMatchObject({ q: "urbanisme", pays: ["MA"], page: 2 });
    expect(aDesFiltres(criteresVides())).toBe(false);
    expect(aDesFiltres({ ...criteresVides(), q: "eau" })).toBe(false);
    expect(aDesFiltres({ ...criteresVides(), sources: ["operateur"] })).toBe(true);
  });
});
