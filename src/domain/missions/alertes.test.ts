import { describe, expect, it } from "vitest";
import { nouveauxProfils, schemaNomRecherche, schemaPreferenceAlerte, texteDuResume } from "./alertes";
import { besoinDeLaMission } from "./besoin";

describe("alertes", () => {
  it("annonce les seuls profils pas encore vus, dans l'ordre trouvé", () => {
    expect(nouveauxProfils(["c", "a", "b"], new Set(["a"]))).toEqual(["c", "b"]);
    expect(nouveauxProfils([], new Set(["a"]))).toEqual([]);
  });

  it("résume les alertes du jour, au singulier comme au pluriel, avec leurs liens", () => {
    const un = texteDuResume("Amina", [{ titre: "Une mission pour vous : Thiès", lien: "/missions/1" }], "https://vivier.test");
    expect(un.sujet).toBe("Vivier : 1 nouvelle alerte depuis hier");
    expect(un.texte).toContain("Bonjour Amina,");
    expect(un.texte).toContain("- Une mission pour vous : Thiès : https://vivier.test/missions/1");
    expect(texteDuResume("Amina", [{ titre: "a", lien: null }, { titre: "b", lien: "/x" }], "https://vivier.test").sujet).toBe("Vivier : 2 nouvelles alertes depuis hier");
  });

  it("refuse une préférence inconnue et un nom de recherche vide, en français", () => {
    expect(schemaPreferenceAlerte.safeParse({ alertes: "quotidienne" }).success).toBe(true);
    expect(schemaPreferenceAlerte.safeParse({ alertes: "parfois" }).error?.issues[0]?.message).toBe("préférence attendue : immediate, quotidienne, jamais");
    expect(schemaNomRecherche.safeParse("  ").error?.issues[0]?.message).toBe("le nom de la recherche est obligatoire");
  });
});

describe("besoinDeLaMission", () => {
  it("donne à l'appariement les domaines, langues, pays et sessions de la mission", () => {
    expect(
      besoinDeLaMission({
        domaines: [{ code: "EAU-POTABLE", niveauMin: "confirme" }, { code: "DECHETS-TRI" }],
        langues: [{ code: "en", niveau: "B2" }],
        pays: "SN",
        sessions: [{ debut: "2027-03-01", fin: "2027-03-05", libelle: "Diagnostic" }, { jours: 2.5 }],
        nombreExperts: 2,
      }),
    ).toEqual({
      domaines: [{ code: "EAU-POTABLE", niveauMin: "confirme" }, { code: "DECHETS-TRI" }],
      langues: [{ code: "en", niveau: "B2" }],
      pays: "SN",
      sessions: [{ debut: "2027-03-01", fin: "2027-03-05" }, { jours: 2.5 }],
      nombreExperts: 2,
    });
  });
});
