import { describe, expect, it } from "vitest";
import { ErreurMetier } from "../shared";
import { type JourFerie, joursFeries, type ParametresCalendrier } from "./jours-feries";
import { type Territoire, TERRITOIRES } from "./territoires";

const dates = (feries: readonly JourFerie[]) => feries.map((f) => f.date);
const nomLe = (annee: number, territoire: Territoire, date: string, parametres?: ParametresCalendrier) =>
  joursFeries(annee, territoire, parametres).find((f) => f.date === date)?.nom;

const NATIONAUX_2026 = [
  "2026-01-01",
  "2026-04-06",
  "2026-05-01",
  "2026-05-08",
  "2026-05-14",
  "2026-05-25",
  "2026-07-14",
  "2026-08-15",
  "2026-11-01",
  "2026-11-11",
  "2026-12-25",
];

describe("jours fériés par territoire (LEGAL.md §5)", () => {
  it("donne les 11 jours fériés nationaux en métropole, datés, nommés et sourcés", () => {
    const feries = joursFeries(2026, "metropole");
    expect(dates(feries)).toEqual(NATIONAUX_2026);
    expect(feries.map((f) => f.nom)).toEqual([
      "Jour de l'an",
      "Lundi de Pâques",
      "Fête du Travail",
      "Victoire 1945",
      "Ascension",
      "Lundi de Pentecôte",
      "Fête nationale",
      "Assomption",
      "Toussaint",
      "Armistice 1918",
      "Noël",
    ]);
    for (const f of feries) expect(f.fetes).toEqual([{ nom: f.nom, motif: "national", source: "Code du travail, art. L3133-1" }]);
  });

  it("place Lundi de Pâques, Ascension et Lundi de Pentecôte à Pâques + 1, + 39 et + 50", () => {
    // Easter 2027 is 28 March.
    expect(nomLe(2027, "metropole", "2027-03-29")).toBe("Lundi de Pâques");
    expect(nomLe(2027, "metropole", "2027-05-06")).toBe("Ascension");
    expect(nomLe(2027, "metropole", "2027-05-17")).toBe("Lundi de Pentecôte");
  });

  it.each(["57", "67", "68"] as const)("ajoute le Vendredi saint et la Saint-Étienne en Alsace-Moselle (%s)", (territoire) => {
    const feries = joursFeries(2026, territoire);
    expect(dates(feries)).toEqual([...NATIONAUX_2026.slice(0, 1), "2026-04-03", ...NATIONAUX_2026.slice(1), "2026-12-26"]);
    expect(nomLe(2026, territoire, "2026-04-03")).toBe("Vendredi saint");
    expect(nomLe(2026, territoire, "2026-12-26")).toBe("Saint-Étienne");
    expect(feries.find((f) => f.date === "2026-12-26")!.fetes[0]).toMatchObject({ motif: "alsace_moselle", source: "Code du travail, art. L3134-13" });
  });

  it.each([
    ["971", "2026-05-27"],
    ["972", "2026-05-22"],
    ["973", "2026-06-10"],
    ["974", "2026-12-20"],
    ["976", "2026-04-27"],
    ["977", "2026-10-09"],
    ["978", "2026-05-28"],
  ] as const)("ajoute l'abolition de l'esclavage en outre-mer : %s le %s, et rien d'autre", (territoire, date) => {
    const feries = joursFeries(2026, territoire);
    expect(dates(feries)).toEqual([...NATIONAUX_2026, date].sort());
    const abolition = feries.find((f) => f.date === date)!;
    expect(abolition.nom).toBe("Abolition de l'esclavage");
    expect(abolition.fetes[0]!.motif).toBe("abolition_esclavage");
    expect(abolition.fetes[0]!.source).toContain("Loi 83-550");
  });

  it("n'ajoute aucun jour propre à un autre territoire", () => {
    for (const territoire of TERRITOIRES) {
      const propres = dates(joursFeries(2026, territoire)).filter((d) => !NATIONAUX_2026.includes(d));
      const attendus = territoire === "metropole" ? 0 : ["57", "67", "68"].includes(territoire) ? 2 : 1;
      expect(propres, territoire).toHaveLength(attendus);
    }
  });

  it("compte une seule fois deux fêtes le même jour, en gardant les deux noms (Ascension le 1er mai 2008)", () => {
    const feries = joursFeries(2008, "metropole");
    expect(feries).toHaveLength(10);
    const premierMai = feries.find((f) => f.date === "2008-05-01")!;
    expect(premierMai.nom).toBe("Fête du Travail et Ascension");
    expect(premierMai.fetes.map((f) => f.nom)).toEqual(["Fête du Travail", "Ascension"]);
    // Guadeloupe, 2049: Ascension on 27 May, the abolition day.
    expect(nomLe(2049, "971", "2049-05-27")).toBe("Ascension et Abolition de l'esclavage");
  });

  describe("Saint-Martin (978) : 27 mai dans le décret, 28 mai en pratique depuis 2018", () => {
    it("prend le 28 mai à partir de 2018 et le 27 mai avant, par défaut, en le signalant à confirmer", () => {
      expect(nomLe(2018, "978", "2018-05-28")).toBe("Abolition de l'esclavage");
      expect(nomLe(2017, "978", "2017-05-27")).toBe("Abolition de l'esclavage");
      expect(nomLe(2017, "978", "2017-05-28")).toBeUndefined();
      const abolition = joursFeries(2026, "978").find((f) => f.date === "2026-05-28")!;
      expect(abolition.fetes[0]!.aConfirmer).toContain("28 mai en pratique depuis 2018");
      expect(abolition.fetes[0]!.source).toContain("décret 2012-553");
    });

    it("suit le paramètre dans un sens ou dans l'autre", () => {
      expect(nomLe(2026, "978", "2026-05-27", { saintMartinAbolition: "27-05" })).toBe("Abolition de l'esclavage");
      expect(nomLe(2026, "978", "2026-05-28", { saintMartinAbolition: "27-05" })).toBeUndefined();
      expect(nomLe(2010, "978", "2010-05-28", { saintMartinAbolition: "28-05" })).toBe("Abolition de l'esclavage");
    });

    it("ne change rien ailleurs", () => {
      expect(joursFeries(2026, "971", { saintMartinAbolition: "28-05" })).toEqual(joursFeries(2026, "971"));
    });
  });

  it("donne à Saint-Barthélemy le 9 octobre depuis 2012 (décret 2012-553), la date de la Guadeloupe avant", () => {
    expect(nomLe(2012, "977", "2012-10-09")).toBe("Abolition de l'esclavage");
    expect(nomLe(2011, "977", "2011-10-09")).toBeUndefined();
    const avant = joursFeries(2011, "977").find((f) => f.date === "2011-05-27")!;
    expect(avant.nom).toBe("Abolition de l'esclavage");
    expect(avant.fetes[0]!.aConfirmer).toContain("2007 à 2011");
  });

  describe("journée de solidarité : le lundi de Pentecôte travaillé", () => {
    it("retire le lundi de Pentecôte, pour toutes les années ou celles listées", () => {
      expect(dates(joursFeries(2026, "metropole", { lundiPentecoteTravaille: true }))).not.toContain("2026-05-25");
      expect(dates(joursFeries(2026, "metropole", { lundiPentecoteTravaille: [2025, 2026] }))).not.toContain("2026-05-25");
      expect(dates(joursFeries(2026, "metropole", { lundiPentecoteTravaille: [2027] }))).toContain("2026-05-25");
      expect(dates(joursFeries(2026, "metropole", { lundiPentecoteTravaille: false }))).toContain("2026-05-25");
    });

    it("ne retire que le lundi de Pentecôte : la Guadeloupe chôme le 27 mai 2075 quand même", () => {
      expect(nomLe(2075, "971", "2075-05-27")).toBe("Lundi de Pentecôte et Abolition de l'esclavage");
      const travaille = joursFeries(2075, "971", { lundiPentecoteTravaille: true }).find((f) => f.date === "2075-05-27")!;
      expect(travaille.nom).toBe("Abolition de l'esclavage");
      expect(travaille.fetes).toHaveLength(1);
    });
  });

  it("refuse une année hors calendrier, un territoire ou un paramètre inconnu", () => {
    expect(() => joursFeries(1983, "metropole")).toThrow(ErreurMetier);
    expect(() => joursFeries(2026.5, "metropole")).toThrow(/hors du calendrier connu/);
    expect(() => joursFeries(2026, "75" as Territoire)).toThrow(/territoire inconnu « 75 »/);
    expect(() => joursFeries(2026, "978", { saintMartinAbolition: "28-03" as "28-05" })).toThrow(/attendu 27-05 ou 28-05/);
    try {
      joursFeries(2026, "2A" as Territoire);
    } catch (e) {
      expect(e).toMatchObject({ code: "validation", champs: [{ champ: "territoire" }] });
    }
  });

  it("rend des résultats figés, que l'appelant ne peut pas altérer dans le cache", () => {
    const feries = joursFeries(2026, "metropole");
    expect(Object.isFrozen(feries)).toBe(true);
    expect(Object.isFrozen(feries[0])).toBe(true);
    expect(joursFeries(2026, "metropole")).toBe(feries);
  });
});
