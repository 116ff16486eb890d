import { describe, expect, it } from "vitest";
import { choisirEtat, choisirType, lireCriteres, versApi, versParams } from "./criteres";

describe("les filtres de « Mes procédures » dans l'adresse", () => {
  it("lit et écrit le type, l'état et la page", () => {
    const c = lireCriteres(new URLSearchParams("type=cumul_activites&etat=deposee&page=3"));
    expect(c).toEqual({ type: "cumul_activites", etat: "deposee", page: 3 });
    expect(versParams(c, c.page).toString()).toBe("type=cumul_activites&etat=deposee&page=3");
    expect(versApi(c, 3)).toEqual({ type: "cumul_activites", etat: "deposee", page: 3, parPage: 20 });
    expect(versParams({ type: "", etat: "" }).toString()).toBe("");
  });

  it("laisse ce que l'API refuserait : un type inconnu, un état d'une autre procédure, une page hors bornes", () => {
    expect(lireCriteres(new URLSearchParams("type=conge&etat=deposee&page=0"))).toEqual({ type: "", etat: "deposee", page: 1 });
    expect(lireCriteres(new URLSearchParams("type=ordre_de_mission&etat=deposee"))).toEqual({ type: "ordre_de_mission", etat: "", page: 1 });
    expect(lireCriteres(new URLSearchParams("etat=n_importe_quoi"))).toEqual({ type: "", etat: "", page: 1 });
  });

  it("choisir un état choisit sa procédure ; choisir une autre procédure retire l'état qui n'est pas le sien", () => {
    expect(choisirEtat({ type: "", etat: "" }, "mise_a_disposition:active")).toEqual({ type: "mise_a_disposition", etat: "active" });
    expect(choisirEtat({ type: "detachement", etat: "demande" }, "")).toEqual({ type: "detachement", etat: "" });
    expect(choisirType({ type: "cumul_activites", etat: "brouillon" }, "detachement")).toEqual({ type: "detachement", etat: "brouillon" });
    expect(choisirType({ type: "cumul_activites", etat: "deposee" }, "detachement")).toEqual({ type: "detachement", etat: "" });
    expect(choisirType({ type: "cumul_activites", etat: "deposee" }, "")).toEqual({ type: "", etat: "deposee" });
  });
});
