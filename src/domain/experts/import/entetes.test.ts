import { describe, expect, it } from "vitest";
import { CHAMPS_IMPORT, ENTETES, lettreColonne, lireCorrespondance, reconnaitreColonnes, reconnaitreEntete } from "./entetes";

const champs = (entetes: string[], correspondance?: unknown) => reconnaitreColonnes(entetes, correspondance).map((c) => c.champ);

describe("reconnaissance des en-têtes", () => {
  it.each([
    ["Prénom", "prenom"],
    ["PRENOM", "prenom"],
    ["prénom ", "prenom"],
    ["Nom de famille", "nom"],
    ["E-mail", "courriel"],
    ["Adresse électronique", "courriel"],
    ["Courriel", "courriel"],
    ["Tél.", "telephone"],
    ["N° d'agent", "numeroAgent"],
    ["n° agent", "numeroAgent"],
    ["Numéro d’agent", "numeroAgent"],
    ["Matricule", "numeroAgent"],
    ["Position statutaire", "position"],
    ["Statut", "position"],
    ["Cadre d'emploi", "cadreEmplois"],
    ["Catégorie", "categorie"],
    ["Fonction", "metier"],
    ["Domaines d'expertise", "domaines"],
    ["Langues", "langues"],
    ["Pays d'intervention", "pays"],
    ["Régions", "regions"],
    ["Régions d'intervention", "regions"],
    ["Subdivisions", "regions"],
    ["Date de naissance", "dateNaissance"],
    ["Départ à la retraite", "dateRetraitePrevue"],
    ["Jours accordés", "joursParAn"],
  ])("en français : %j → %s", (entete, champ) => expect(reconnaitreEntete(entete)).toBe(champ));

  it.each([
    ["First name", "prenom"],
    ["Given name", "prenom"],
    ["Last Name", "nom"],
    ["Surname", "nom"],
    ["Email", "courriel"],
    ["Phone", "telephone"],
    ["Employee ID", "numeroAgent"],
    ["Employee number", "numeroAgent"],
    ["Status", "position"],
    ["Job family", "cadreEmplois"],
    ["Category", "categorie"],
    ["Job title", "metier"],
    ["Fields of expertise", "domaines"],
    ["Languages", "langues"],
    ["Countries", "pays"],
    ["Regions", "regions"],
    ["Regions worked in", "regions"],
    ["Date of birth", "dateNaissance"],
    ["Birth date", "dateNaissance"],
    ["Retirement date", "dateRetraitePrevue"],
    ["Days per year", "joursParAn"],
  ])("en anglais : %j → %s", (entete, champ) => expect(reconnaitreEntete(entete)).toBe(champ));

  it("ne prend pas « Région » seule pour les régions d'intervention : ce peut être celle de l'employeur", () => {
    expect(reconnaitreEntete("Région")).toBeNull();
  });

  it("reconnaît chaque en-tête de l'export comme son champ", () => {
    for (const champ of CHAMPS_IMPORT) expect(reconnaitreEntete(ENTETES[champ])).toBe(champ);
  });

  it("marque « ignorée » une colonne inconnue, et nomme une colonne sans en-tête par sa lettre", () => {
    const colonnes = reconnaitreColonnes(["Nom", "Observations", "", "Courriel", "", ""]);
    expect(colonnes).toEqual([
      { index: 0, entete: "Nom", champ: "nom", reconnu: true },
      { index: 1, entete: "Observations", champ: null, reconnu: false },
      { index: 2, entete: "(colonne C)", champ: null, reconnu: false },
      { index: 3, entete: "Courriel", champ: "courriel", reconnu: true },
    ]);
  });

  it("lit un champ dans une seule colonne : la seconde est ignorée, avec la raison", () => {
    const [, seconde] = reconnaitreColonnes(["Nom", "Nom de famille"]);
    expect(seconde).toMatchObject({ champ: null, reconnu: false, remarque: "ignorée : le champ nom est lu dans la colonne « Nom »" });
  });

  it("numérote les colonnes comme un tableur", () => {
    expect([0, 25, 26, 27, 701, 702].map(lettreColonne)).toEqual(["A", "Z", "AA", "AB", "ZZ", "AAA"]);
  });
});

describe("correspondance corrigée par l'utilisateur", () => {
  it("donne un champ à une colonne inconnue et en ignore une autre", () => {
    const colonnes = reconnaitreColonnes(["Prénom", "Adresse pro", "Courriel perso"], { "Adresse pro": "courriel", "Courriel perso": null });
    expect(colonnes.map((c) => [c.champ, c.reconnu])).toEqual([
      ["prenom", true],
      ["courriel", false],
      [null, false],
    ]);
  });

  it("l'emporte sur l'en-tête reconnu : la colonne reconnue du même champ est alors ignorée", () => {
    expect(champs(["Courriel", "Courriel pro"], { "Courriel pro": "courriel" })).toEqual([null, "courriel"]);
  });

  it("refuse un champ inconnu, un en-tête absent du fichier, un champ donné à deux colonnes", () => {
    const refus = (entetes: string[], c: unknown) => {
      try {
        reconnaitreColonnes(entetes, c);
      } catch (e) {
        return e as { code: string; champs: { champ: string; message: string }[] };
      }
      throw new Error("accepté");
    };
    expect(refus(["A"], { A: "salaire" }).champs[0]).toEqual({
      champ: "correspondance.A",
      message: expect.stringContaining("champ inconnu « salaire » (champs possibles : prenom, nom"),
    });
    expect(refus(["A"], { B: "nom" }).champs[0]).toEqual({ champ: "correspondance.B", message: "le fichier n'a pas de colonne « B »" });
    const double = refus(["A", "B"], { A: "nom", B: "nom" });
    expect(double.code).toBe("validation");
    expect(double.champs[0]!.message).toMatch(/le champ nom est déjà donné à la colonne « [AB] »/);
  });

  it("refuse ce qui n'est pas un objet d'en-têtes vers des champs", () => {
    expect(() => lireCorrespondance(["nom"])).toThrow(expect.objectContaining({ code: "validation" }));
    expect(() => lireCorrespondance({ A: 3 })).toThrow(expect.objectContaining({ champs: [expect.objectContaining({ champ: "correspondance.A" })] }));
    expect(lireCorrespondance({ A: "nom", B: null })).toEqual({ A: "nom", B: null });
  });
});
