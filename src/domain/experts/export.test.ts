import { describe, expect, it } from "vitest";
import { lignesExport, neutraliser, versCsv } from "./export";
import { CHAMPS_IMPORT, ENTETES, evaluerImport, lireTableauCsv, reconnaitreColonnes } from "./import";
import { type Profil, schemaProfil } from "./profil";

const complet: Profil = {
  prenom: "Lætitia",
  nom: "Bœuf-N'Diaye",
  courriel: "laetitia.boeuf@exemple.fr",
  telephone: "+33 6 12 34 56 78",
  numeroAgent: "A-0042",
  position: "contractuel_cdi",
  grade: "Attachée principale",
  cadreEmplois: "Attachés territoriaux",
  categorie: "A",
  metier: 'Cheffe de projet "ville durable"; coopération',
  domaines: [
    { code: "DECHETS-SPECIFIQUES", niveau: "expert" },
    { code: "VILLE-INTELLIGENTE", niveau: "notions" },
    { code: "EAU-GEMAPI", niveau: "confirme" },
  ],
  langues: [
    { code: "en", niveau: "C1" },
    { code: "pt", niveau: "A2" },
  ],
  pays: ["BQ", "CI", "KR", "CD"],
  // A code gives the country; a name may hold a comma; a country's name may too.
  regions: [
    { pays: "SN", nom: "Dakar", code: "SN-DK" },
    { pays: "MA", nom: "Tanger, Tétouan" },
    { pays: "BQ", nom: "Bonaire" },
  ],
  missionsPassees: [],
  disponibilites: [],
  joursParAn: 12.5,
  dateNaissance: "1980-02-01",
  dateRetraitePrevue: "2044-03-01",
};
// Every list empty, as the schema's defaults make it.
const minimal: Profil = schemaProfil.parse({ prenom: "Zoé", nom: "Lefèvre", courriel: "zoe@exemple.fr", position: "elu" });

describe("export du vivier", () => {
  it("écrit une colonne par champ, sous les en-têtes que l'import reconnaît", () => {
    const [entetes, ligne] = lignesExport([complet]);
    expect(entetes).toEqual(CHAMPS_IMPORT.map((c) => ENTETES[c]));
    expect(reconnaitreColonnes(entetes!).map((c) => c.champ)).toEqual([...CHAMPS_IMPORT]);
    expect(Object.fromEntries(entetes!.map((e, i) => [e, ligne![i]]))).toEqual({
      Prénom: "Lætitia",
      Nom: "Bœuf-N'Diaye",
      Courriel: "laetitia.boeuf@exemple.fr",
      Téléphone: "'+33 6 12 34 56 78",
      Matricule: "A-0042",
      Statut: "Contractuel·le en CDI",
      Grade: "Attachée principale",
      "Cadre d'emplois": "Attachés territoriaux",
      Catégorie: "A",
      Métier: 'Cheffe de projet "ville durable"; coopération',
      "Domaines d'expertise":
        "Déchets spécifiques : dangereux, du BTP, d'activités de soins (expert); Ville intelligente (smart city) (notions); Gestion des milieux aquatiques et prévention des inondations (GEMAPI) (confirmé)",
      Langues: "anglais C1; portugais A2",
      Pays: "Bonaire, Saint-Eustache et Saba; Côte-d'Ivoire; Corée du Sud; République démocratique du Congo",
      Régions: "Dakar (SN-DK); Tanger, Tétouan (Maroc); Bonaire (Bonaire, Saint-Eustache et Saba)",
      "Date de naissance": "01/02/1980",
      "Départ à la retraite": "01/03/2044",
      "Jours par an": "12,5",
    });
  });

  it("se réimporte à l'identique (CSV avec BOM, `;`, guillemets)", () => {
    const tableau = lireTableauCsv(new TextEncoder().encode(versCsv(lignesExport([complet, minimal]))));
    expect(tableau.description).toEqual({ format: "csv", encodage: "utf-8", separateur: ";" });
    const existants = [complet, minimal].map((profil, i) => ({ id: String(i), profil, maintienApresRetraite: false }));
    const { rapport, ecritures } = evaluerImport(tableau.lignes, reconnaitreColonnes(tableau.entetes), existants);
    expect(rapport.lignes.map((l) => [l.statut, l.erreurs])).toEqual([
      ["inchange", []],
      ["inchange", []],
    ]);
    expect(ecritures).toEqual({ creations: [], misesAJour: [] });
    // Imported into an empty pool, the same file gives the same profiles.
    const nouveaux = evaluerImport(tableau.lignes, reconnaitreColonnes(tableau.entetes), []);
    expect(nouveaux.ecritures.creations.map((c) => c.profil)).toEqual([complet, minimal]);
  });
});

describe("neutralisation des formules (injection CSV)", () => {
  it.each([
    ["=HYPERLINK(\"http://pirate.example\")", "'=HYPERLINK(\"http://pirate.example\")"],
    ["+33 6 12 34 56 78", "'+33 6 12 34 56 78"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1:A9)", "'@SUM(A1:A9)"],
    ["\t=1+1", "'\t=1+1"],
    ["\r=1+1", "'\r=1+1"],
    ["Dupont", "Dupont"],
    ["a=b", "a=b"],
    ["", ""],
  ])("%j → %j", (cellule, attendu) => expect(neutraliser(cellule)).toBe(attendu));

  it("neutralise chaque champ de texte de l'export", () => {
    const piege: Profil = { ...minimal, prenom: "=1+1", nom: "@nom", metier: "-métier", grade: "+grade", regions: [{ pays: "MA", nom: "=Souss-Massa" }] };
    const [, ligne] = lignesExport([piege]);
    expect(ligne!.filter((c) => /^[=+\-@]/.test(c))).toEqual([]);
    expect(ligne!.slice(0, 2)).toEqual(["'=1+1", "'@nom"]);
  });
});

describe("CSV pour Excel", () => {
  it("commence par la marque d'ordre UTF-8, sépare par `;`, termine les lignes par CRLF et met entre guillemets ce qui le demande", () => {
    expect(versCsv([["a", "b;c", 'd"e', "f\ng"]])).toBe('\uFEFFa;"b;c";"d""e";"f\ng"\r\n');
  });
});
