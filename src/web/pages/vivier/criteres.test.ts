import { describe, expect, it } from "vitest";
import { criteresVides, erreursPeriode, lireCriteres, texteCorrige, versApi, versParams } from "./criteres";

describe("la recherche du vivier dans l'adresse", () => {
  it("fait l'aller-retour entre l'adresse et les critères", () => {
    const adresse = "q=eau+potable&langue=en%3AC1&pays=SN&pays=MA&disponibleDu=2027-01-01&disponibleAu=2027-02-01&aJour=1&page=2";
    const { page, ...criteres } = lireCriteres(new URLSearchParams(adresse));
    expect(page).toBe(2);
    expect(criteres.filtres.langues).toEqual(["en:C1"]);
    expect(criteres.filtres.pays).toEqual(["SN", "MA"]);
    expect(versParams(criteres, page).toString()).toBe(adresse);
    expect(versApi(criteres, page)).toMatchObject({ q: "eau potable", langue: ["en:C1"], pays: ["SN", "MA"], aJour: true, page: 2, parPage: 20 });
  });

  it("laisse de côté ce que l'API refuserait", () => {
    const c = lireCriteres(new URLSearchParams("pays=SN,MA&pays=SN&disponibleDu=2027-02-30&disponibleAu=2027-01-01&page=0&aJour=oui"));
    expect(c.filtres.pays).toEqual(["SN", "MA"]);
    expect(c.disponibleDu).toBe("");
    expect(c.disponibleAu).toBe("");
    expect(c.page).toBe(1);
    expect(c.aJour).toBe(false);
    // A period that ends before it starts.
    expect(lireCriteres(new URLSearchParams("disponibleDu=2027-02-01&disponibleAu=2027-01-01")).disponibleAu).toBe("");
    expect(versParams({ ...criteresVides(), q: "  " }).toString()).toBe("");
  });

  it("signale une période incomplète ou à l'envers", () => {
    expect(erreursPeriode("", "")).toEqual({});
    expect(erreursPeriode("2027-01-01", "")).toEqual({});
    expect(erreursPeriode("", "2027-01-01")).toHaveProperty("disponibleDu");
    expect(erreursPeriode("2027-02-01", "2027-01-01")).toHaveProperty("disponibleAu");
  });

  it("réécrit la recherche avec les mots corrigés par l'API", () => {
    expect(texteCorrige("Assainisement", [{ mot: "assainisement", correction: "assainissement" }])).toBe("assainissement");
    expect(texteCorrige("eau et assainisement", [{ mot: "assainisement", correction: "assainissement" }])).toBe("eau et assainissement");
    expect(texteCorrige("Réseaux", [{ mot: "reseaux", correction: "reseau" }])).toBe("reseau");
    expect(texteCorrige("eau", [{ mot: "autre", correction: "autres" }])).toBeUndefined();
  });
});
