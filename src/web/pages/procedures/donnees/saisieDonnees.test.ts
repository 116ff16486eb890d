import { describe, expect, it } from "vitest";
import { type Champs, donneesDepuisValeurs, ecrireNombre, idDuChemin, lireChemin, lireNombre, placesDesChamps, repartirErreurs, valeursDepuisDonnees } from "./saisieDonnees";

const CHAMPS: Champs = {
  "agent.nom": { genre: "texte", libelle: "Nom de l'agent" },
  quotite: { genre: "nombre", libelle: "Quotité" },
  dateDebut: { genre: "date", libelle: "Début" },
  "remboursement.gratuite": { genre: "booleen", libelle: "Gratuite" },
  "remboursement.justification": { genre: "texteLong", libelle: "Justification", visible: (v) => v["remboursement.gratuite"] !== "non" },
};

describe("les nombres saisis à la française", () => {
  it("lisent les espaces (fines comprises), la virgule et le signe euro", () => {
    expect(lireNombre("12 500,50")).toBe(12_500.5);
    expect(lireNombre("12\u202f500,50")).toBe(12_500.5);
    expect(lireNombre("12\u00a0500")).toBe(12_500);
    expect(lireNombre(" 800 € ")).toBe(800);
    expect(lireNombre("0,3")).toBe(0.3);
    expect(lireNombre("1.5")).toBe(1.5);
    expect(lireNombre("-2")).toBe(-2);
  });

  it("laissent vide ce qui l'est et gardent tel quel ce qui n'est pas un nombre, pour que l'API le dise", () => {
    expect(lireNombre("")).toBeUndefined();
    expect(lireNombre("   ")).toBeUndefined();
    expect(lireNombre("douze")).toBe("douze");
    expect(lireNombre("1,2,3")).toBe("1,2,3");
  });

  it("s'écrivent à la française et se relisent à l'identique", () => {
    for (const n of [12_000, 120.5, 0.3, 45_000, 9_000.99, 2.5]) expect(lireNombre(ecrireNombre(n))).toBe(n);
    expect(ecrireNombre(12_000)).toMatch(/^12\s000$/);
    expect(ecrireNombre(120.5)).toBe("120,5");
    expect(ecrireNombre("douze")).toBe("douze");
    expect(ecrireNombre(undefined)).toBe("");
  });
});

describe("les champs décrits par leur chemin", () => {
  it("se lisent dans les données et y retournent, sans clé vide ni groupe vide", () => {
    const donnees = { agent: { nom: "Martin" }, quotite: 50, dateDebut: "2026-01-01", remboursement: { gratuite: true, justification: "Organisation internationale" } };
    const valeurs = valeursDepuisDonnees(CHAMPS, donnees);
    expect(valeurs).toEqual({ "agent.nom": "Martin", quotite: "50", dateDebut: "2026-01-01", "remboursement.gratuite": "oui", "remboursement.justification": "Organisation internationale" });
    expect(donneesDepuisValeurs(CHAMPS, valeurs)).toEqual(donnees);
    expect(donneesDepuisValeurs(CHAMPS, { ...valeurs, "agent.nom": "  ", "remboursement.gratuite": "", "remboursement.justification": "" })).toEqual({ quotite: 50, dateDebut: "2026-01-01" });
  });

  it("ne lisent d'une valeur d'un autre type que du vide, et taillent les textes", () => {
    expect(valeursDepuisDonnees(CHAMPS, { agent: "Martin", quotite: "50 %", remboursement: { gratuite: "oui" } })).toMatchObject({ "agent.nom": "", quotite: "50 %", "remboursement.gratuite": "" });
    expect(donneesDepuisValeurs(CHAMPS, { "agent.nom": "  Martin  " })).toEqual({ agent: { nom: "Martin" } });
  });

  it("n'envoient pas un champ caché par la valeur d'un autre", () => {
    expect(donneesDepuisValeurs(CHAMPS, { "remboursement.gratuite": "non", "remboursement.justification": "Tapée avant" })).toEqual({ remboursement: { gratuite: false } });
  });

  it("lisent les entrées d'une liste par leur rang", () => {
    expect(lireChemin({ lignes: [{ montant: 1 }, { montant: 2 }] }, "lignes.1.montant")).toBe(2);
    expect(lireChemin({ lignes: [] }, "lignes.0.montant")).toBeUndefined();
  });

  it("donnent des identifiants sous le préfixe du formulaire", () => {
    expect(idDuChemin("mad", "remboursement.montantParPeriode")).toBe("mad-remboursement-montantParPeriode");
  });
});

describe("les erreurs", () => {
  const places = Object.keys(placesDesChamps(CHAMPS, { agent: "L'agent", remboursement: "Le remboursement" }, valeursDepuisDonnees(CHAMPS, {})));

  it("ont pour places les champs montrés et leurs groupes, dans l'ordre du formulaire", () => {
    expect(places).toEqual(["agent", "agent.nom", "quotite", "dateDebut", "remboursement", "remboursement.gratuite", "remboursement.justification"]);
  });

  it("vont sous leur champ ou leur groupe ; le reste est dit à part", () => {
    const { parPlace, autres } = repartirErreurs(
      [
        { champ: "quotite", message: "la quotité de temps de travail est d'au plus 100 %" },
        { champ: "quotite", message: "un second message" },
        { champ: "remboursement", message: "le remboursement s'écrit { gratuite }" },
        { champ: "agent.matricule", message: "champ inconnu" },
        { champ: "convention", message: "la convention est un objet JSON" },
      ],
      places,
    );
    expect(parPlace).toEqual({ quotite: "la quotité de temps de travail est d'au plus 100 %", remboursement: "le remboursement s'écrit { gratuite }" });
    expect(autres.map((e) => e.champ)).toEqual(["agent.matricule", "convention"]);
  });

  it("d'une entrée de liste vont à la liste, ou où `traduire` les mène", () => {
    expect(repartirErreurs([{ champ: "quotite.1", message: "inconnu" }], places).parPlace).toEqual({ quotite: "inconnu" });
    expect(repartirErreurs([{ champ: "x.0.y", message: "m" }], places, { traduire: () => "dateDebut" }).parPlace).toEqual({ dateDebut: "m" });
  });

  it("sur un champ laissé vide disent simplement qu'il est à renseigner, mais pas sur une valeur saisie", () => {
    const erreurs = [
      { champ: "agent.nom", message: "le nom de l'agent : du texte est attendu" },
      { champ: "remboursement", message: "le remboursement s'écrit { gratuite }" },
      { champ: "quotite", message: "la quotité de temps de travail est un pourcentage" },
      { champ: "dateDebut", message: "M4 : une période dure trois ans au plus" },
    ];
    expect(repartirErreurs(erreurs, places, { donnees: {} }).parPlace).toEqual({
      "agent.nom": "à renseigner",
      remboursement: "à renseigner",
      quotite: "à renseigner",
      dateDebut: "M4 : une période dure trois ans au plus",
    });
    expect(repartirErreurs(erreurs, places, { donnees: { quotite: "cinquante" } }).parPlace.quotite).toBe("la quotité de temps de travail est un pourcentage");
  });
});
