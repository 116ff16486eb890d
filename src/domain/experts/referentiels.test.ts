import { describe, expect, it } from "vitest";
import {
  DOMAINES,
  FAMILLES,
  LANGUES,
  LIBELLES_NIVEAUX_CECRL,
  LIBELLES_NIVEAUX_EXPERTISE,
  NIVEAUX_CECRL,
  NIVEAUX_EXPERTISE,
  comparerNiveauxCecrl,
  comparerNiveauxExpertise,
  domaine,
  estDomaine,
  estLangue,
  estNiveauCecrl,
  estNiveauExpertise,
  famille,
  langue,
  niveauAtteint,
  niveauExpertiseAtteint,
} from "./index";

describe("thésaurus des domaines d'expertise", () => {
  it("couvre assez de domaines, répartis en familles", () => {
    expect(DOMAINES.length).toBeGreaterThanOrEqual(150);
    expect(FAMILLES.length).toBeGreaterThanOrEqual(15);
    expect(FAMILLES.length).toBeLessThanOrEqual(25);
  });

  it("a des codes stables : majuscules ASCII, FAMILLE-XXXX, uniques", () => {
    const codes = DOMAINES.map((d) => d.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[A-Z0-9]+(-[A-Z0-9]+)+$/);
    const familles = FAMILLES.map((f) => f.code);
    expect(new Set(familles).size).toBe(familles.length);
    for (const code of familles) expect(code).toMatch(/^[A-Z0-9]+$/);
  });

  it("rattache chaque domaine à une famille existante, et chaque famille a au moins 3 domaines", () => {
    for (const d of DOMAINES) expect(famille(d.famille), d.code).toBeDefined();
    for (const f of FAMILLES) expect(DOMAINES.filter((d) => d.famille === f.code).length, f.code).toBeGreaterThanOrEqual(3);
  });

  it("a des libellés français et anglais non vides, traduits", () => {
    for (const e of [...FAMILLES, ...DOMAINES]) {
      expect(e.fr.trim(), e.code).not.toBe("");
      expect(e.en.trim(), e.code).not.toBe("");
      expect(e.fr.toLowerCase(), e.code).not.toBe(e.en.toLowerCase());
    }
    const libellesFr = DOMAINES.map((d) => d.fr.toLowerCase());
    expect(new Set(libellesFr).size).toBe(libellesFr.length);
    const libellesEn = DOMAINES.map((d) => d.en.toLowerCase());
    expect(new Set(libellesEn).size).toBe(libellesEn.length);
  });

  it("écrit le français avec ses accents et une seule sorte d'apostrophe", () => {
    // A regression guard against labels typed on a keyboard without accented capitals.
    const sansAccent = /\b(Etat|Energie|Energies|Egalite|Education|Economie|Evaluation|Etablissements|Equipements|Elections|Evenements)\b/;
    for (const e of [...FAMILLES, ...DOMAINES]) {
      expect(e.fr, e.code).not.toMatch(sansAccent);
      expect(e.fr + e.en, e.code).not.toContain("’");
    }
  });

  it("propose au plus 6 mots-clés par domaine, sans doublon ni vide", () => {
    for (const d of DOMAINES) {
      expect(d.motsCles.length, d.code).toBeLessThanOrEqual(6);
      expect(new Set(d.motsCles).size, d.code).toBe(d.motsCles.length);
      for (const m of d.motsCles) expect(m.trim(), d.code).not.toBe("");
    }
  });

  it("contient les thèmes cités par la note du ministère", () => {
    const themes: Record<string, string> = {
      "DECHETS-TRI": "tri sélectif",
      "DECHETS-TRAITEMENT": "traitement",
      "CRISE-PLAN-SAUVEGARDE": "plan communal de sauvegarde",
      "CRISE-GESTION": "gestion de crise",
      "VILLE-ODD": "odd",
      "VILLE-INTELLIGENTE": "smart city",
      "VILLE-SURE": "safe city",
      "CULTURE-PATRIMOINE": "patrimoine",
      "VILLE-VERTE": "ville verte",
      "VILLE-DURABLE": "ville durable",
      "EAU-POTABLE": "eau potable",
      "MOBILITE-PLANIFICATION": "mobilités",
      "URBA-PLANIFICATION": "urbanisme",
      "FINANCES-BUDGET": "budgétaires",
      "FINANCES-FISCALITE": "fiscalité locale",
      "POPULATION-ETAT-CIVIL": "état civil",
      "ENERGIE-ADAPTATION": "changement climatique",
      "GOUVERNANCE-DECENTRALISATION": "décentralisation",
      "INTERNATIONAL-COOPERATION-DECENTRALISEE": "coopération décentralisée",
    };
    for (const [code, theme] of Object.entries(themes)) {
      expect(estDomaine(code), code).toBe(true);
      expect(domaine(code)!.fr.toLowerCase(), code).toContain(theme);
    }
  });

  it("couvre les compétences des collectivités demandées", () => {
    const codes = [
      "HABITAT-SOCIAL", "EAU-ASSAINISSEMENT-COLLECTIF", "ENERGIE-RENOUVELABLES", "MOBILITE-VOIRIE",
      "ENVIRONNEMENT-BIODIVERSITE", "AGRI-PROJET-ALIMENTAIRE", "ECO-STRATEGIE", "ECO-TOURISME-STRATEGIE",
      "SPORT-EQUIPEMENTS", "EDUCATION-JEUNESSE", "EDUCATION-BATIMENTS-SCOLAIRES", "EDUCATION-PERISCOLAIRE",
      "EDUCATION-PETITE-ENFANCE", "SOCIAL-ACTION-SOCIALE", "SOCIAL-PERSONNES-AGEES", "SOCIAL-HANDICAP",
      "SANTE-PREVENTION", "EMPLOI-INSERTION", "POPULATION-ELECTIONS", "FINANCES-COMPTABILITE",
      "FINANCES-MARCHES-PUBLICS", "RH-STATUT-CARRIERES", "NUMERIQUE-SI", "NUMERIQUE-DONNEES",
      "GOUVERNANCE-PARTICIPATION", "SECURITE-POLICE-MUNICIPALE", "SECURITE-TRANQUILLITE",
      "EGALITE-FEMMES-HOMMES",
    ];
    for (const code of codes) expect(estDomaine(code), code).toBe(true);
  });

  it("retrouve un domaine par son code exact, et seulement ainsi", () => {
    expect(domaine("EAU-POTABLE")).toMatchObject({
      famille: "EAU",
      fr: "Production et distribution d'eau potable",
      en: "Drinking water production and supply",
    });
    expect(domaine("eau-potable")).toBeUndefined();
    expect(domaine("EAU")).toBeUndefined();
    expect(estDomaine("INCONNU-X")).toBe(false);
    expect(famille("EAU")?.en).toBe("Water and sanitation");
  });
});

describe("langues ISO 639-1", () => {
  it("liste tous les codes à deux lettres, une fois chacun", () => {
    const codes = LANGUES.map((l) => l.code);
    expect(codes.length).toBeGreaterThanOrEqual(180);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[a-z]{2}$/);
    for (const code of ["fr", "en", "es", "ar", "pt", "wo", "sw", "de", "zh", "ru", "mg", "ln", "ht"]) {
      expect(estLangue(code), code).toBe(true);
    }
  });

  it("nomme les langues en minuscules en français et avec une majuscule en anglais", () => {
    expect(langue("wo")).toEqual({ code: "wo", fr: "wolof", en: "Wolof" });
    expect(langue("ar")).toEqual({ code: "ar", fr: "arabe", en: "Arabic" });
    expect(langue("en")?.fr).toBe("anglais");
    for (const l of LANGUES) {
      expect(l.fr[0], l.code).toBe(l.fr[0]!.toLowerCase());
      expect(l.en[0], l.code).toBe(l.en[0]!.toUpperCase());
    }
  });

  it("n'accepte que les codes en minuscules", () => {
    expect(estLangue("FR")).toBe(false);
    expect(estLangue("fra")).toBe(false);
    expect(estLangue("")).toBe(false);
  });
});

describe("niveaux du CECRL", () => {
  it("a six niveaux libellés en français et en anglais", () => {
    expect(NIVEAUX_CECRL).toEqual(["A1", "A2", "B1", "B2", "C1", "C2"]);
    expect(LIBELLES_NIVEAUX_CECRL.A1.fr).toBe("A1 — introductif / découverte");
    expect(LIBELLES_NIVEAUX_CECRL.C2.fr).toBe("C2 — maîtrise");
    for (const n of NIVEAUX_CECRL) expect(LIBELLES_NIVEAUX_CECRL[n].en.startsWith(n)).toBe(true);
    expect(estNiveauCecrl("B2")).toBe(true);
    expect(estNiveauCecrl("langue maternelle")).toBe(false);
    expect(estNiveauCecrl("b2")).toBe(false);
  });

  it("compare les niveaux", () => {
    expect(niveauAtteint("C1", "B2")).toBe(true);
    expect(niveauAtteint("B2", "B2")).toBe(true);
    expect(niveauAtteint("B1", "B2")).toBe(false);
    expect(niveauAtteint("A1", "C2")).toBe(false);
    expect(niveauAtteint("C2", "A1")).toBe(true);
    expect(comparerNiveauxCecrl("A2", "B1")).toBeLessThan(0);
    expect(comparerNiveauxCecrl("C1", "C1")).toBe(0);
    expect(["C1", "A1", "B2", "A2"].filter(estNiveauCecrl).sort(comparerNiveauxCecrl)).toEqual(["A1", "A2", "B2", "C1"]);
  });
});

describe("niveaux d'expertise dans un domaine", () => {
  it("a trois niveaux ordonnés, libellés en français", () => {
    expect(NIVEAUX_EXPERTISE).toEqual(["notions", "confirme", "expert"]);
    expect(NIVEAUX_EXPERTISE.map((n) => LIBELLES_NIVEAUX_EXPERTISE[n].fr)).toEqual(["notions", "confirmé", "expert"]);
    expect(estNiveauExpertise("confirme")).toBe(true);
    expect(estNiveauExpertise("confirmé")).toBe(false);
  });

  it("compare les niveaux", () => {
    expect(niveauExpertiseAtteint("expert", "confirme")).toBe(true);
    expect(niveauExpertiseAtteint("confirme", "confirme")).toBe(true);
    expect(niveauExpertiseAtteint("notions", "confirme")).toBe(false);
    expect(niveauExpertiseAtteint("notions", "notions")).toBe(true);
    expect(comparerNiveauxExpertise("notions", "expert")).toBeLessThan(0);
    expect(comparerNiveauxExpertise("expert", "notions")).toBeGreaterThan(0);
    expect(["expert", "notions", "confirme"].filter(estNiveauExpertise).sort(comparerNiveauxExpertise)).toEqual(["notions", "confirme", "expert"]);
  });
});
