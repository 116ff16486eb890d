import { describe, expect, it } from "vitest";
import type { Profil } from "../profil";
import { reconnaitreColonnes } from "./entetes";
import { lireTableauCsv } from "./fichier";
import { canonique, evaluerImport, type ProfilExistant } from "./rapprochement";

const ENTETES = "Prénom;Nom;Courriel;Matricule;Statut;Téléphone";
/** The report and writes of a CSV text (header first) against the existing profiles. */
function evaluer(lignes: string[], existants: ProfilExistant[] = [], entetes = ENTETES) {
  const tableau = lireTableauCsv(new TextEncoder().encode([entetes, ...lignes].join("\n")));
  return evaluerImport(tableau.lignes, reconnaitreColonnes(tableau.entetes), existants);
}
const statuts = (r: ReturnType<typeof evaluer>) => r.rapport.lignes.map((l) => [l.ligne, l.statut, ...(l.doublonDe ? [l.doublonDe] : [])]);

const profil = (p: Partial<Profil> = {}): Profil => ({
  prenom: "Hélène",
  nom: "Bérard",
  courriel: "helene.berard@exemple.fr",
  numeroAgent: "A1001",
  position: "titulaire",
  telephone: "06 12 34 56 78",
  domaines: [],
  langues: [],
  pays: [],
  regions: [],
  missionsPassees: [],
  disponibilites: [],
  ...p,
});
const HELENE: ProfilExistant = { id: "p1", profil: profil(), maintienApresRetraite: false };
const LIGNE_HELENE = "Hélène;Bérard;helene.berard@exemple.fr;A1001;Titulaire;06 12 34 56 78";

describe("rapprochement avec le vivier", () => {
  it("crée ce qui est nouveau, laisse ce qui est identique, met à jour ce qui a changé", () => {
    const r = evaluer([LIGNE_HELENE, "Zoé;Lefèvre;zoe@exemple.fr;A1002;CDD;"], [HELENE]);
    expect(statuts(r)).toEqual([
      [2, "inchange"],
      [3, "creation"],
    ]);
    expect(r.ecritures.creations.map((c) => c.profil.courriel)).toEqual(["zoe@exemple.fr"]);
    const changee = evaluer(["Hélène;Bérard;helene.berard@exemple.fr;A1001;Titulaire;07 00 00 00 00"], [HELENE]);
    expect(statuts(changee)).toEqual([[2, "mise_a_jour"]]);
    expect(changee.ecritures.misesAJour).toEqual([{ ligne: 2, id: "p1", profil: profil({ telephone: "07 00 00 00 00" }) }]);
  });

  it("reconnaît la personne à son courriel sans tenir compte de la casse, ou à son matricule", () => {
    expect(statuts(evaluer(["Hélène;Bérard;HELENE.Berard@Exemple.FR;A1001;Titulaire;06 12 34 56 78"], [HELENE]))).toEqual([[2, "inchange"]]);
    const parMatricule = evaluer(["Hélène;Bérard;h.berard@exemple.fr;A1001;Titulaire;06 12 34 56 78"], [HELENE]);
    expect(statuts(parMatricule)).toEqual([[2, "mise_a_jour"]]);
    expect(parMatricule.ecritures.misesAJour[0]).toMatchObject({ id: "p1", profil: { courriel: "h.berard@exemple.fr" } });
  });

  it("rejette une ligne dont le courriel et le matricule désignent deux profils différents", () => {
    const zoe: ProfilExistant = { id: "p2", profil: profil({ prenom: "Zoé", nom: "Lefèvre", courriel: "zoe@exemple.fr", numeroAgent: "A1002" }), maintienApresRetraite: false };
    const r = evaluer(["Hélène;Bérard;helene.berard@exemple.fr;A1002;Titulaire;"], [HELENE, zoe]);
    expect(r.rapport.lignes[0]).toMatchObject({
      statut: "rejete",
      erreurs: [{ colonne: "Matricule", champ: "numeroAgent", message: "le courriel désigne le profil de Hélène Bérard et le matricule celui de Zoé Lefèvre" }],
    });
  });
});

describe("doublons dans le fichier", () => {
  it("ignore une ligne répétée à l'identique (espaces en trop compris), en nommant la première", () => {
    const r = evaluer([LIGNE_HELENE, "", "Hélène ; Bérard  ;helene.berard@exemple.fr;A1001;Titulaire;06 12 34 56 78  "]);
    expect(statuts(r)).toEqual([
      [2, "creation"],
      [4, "doublon", 2],
    ]);
    expect(r.ecritures.creations).toHaveLength(1);
    expect(r.rapport.totaux).toEqual({ lignes: 2, creation: 1, mise_a_jour: 0, inchange: 0, doublon: 1, rejete: 0 });
  });

  it("tient pour doublon une ligne écrite autrement mais qui donne le même profil", () => {
    expect(statuts(evaluer([LIGNE_HELENE, "Hélène;Bérard;HELENE.BERARD@exemple.fr;A1001;fonctionnaire titulaire;06 12 34 56 78"]))).toEqual([
      [2, "creation"],
      [3, "doublon", 2],
    ]);
  });

  it("rejette une seconde ligne différente pour la même personne, en nommant la première", () => {
    const r = evaluer([LIGNE_HELENE, "Hélène;Bérard;helene.berard@exemple.fr;A9999;Stagiaire;", "Autre;Personne;autre@exemple.fr;A1001;CDD;"]);
    expect(statuts(r)).toEqual([
      [2, "creation"],
      [3, "rejete"],
      [4, "rejete"],
    ]);
    expect(r.rapport.lignes[1]!.erreurs).toEqual([
      { colonne: "Courriel", champ: "courriel", message: "la ligne 2 concerne déjà cette personne, avec d'autres valeurs : gardez une seule ligne" },
    ]);
    expect(r.rapport.lignes[2]!.erreurs[0]).toMatchObject({ colonne: "Matricule", champ: "numeroAgent", message: expect.stringContaining("la ligne 2") });
    expect(r.ecritures.creations).toHaveLength(1);
  });

  it("rejette deux lignes qui visent le même profil existant, l'une par son courriel, l'autre par son matricule", () => {
    const r = evaluer(["Hélène;Bérard;helene.berard@exemple.fr;;Titulaire;", "Hélène;Bérard;h.berard@exemple.fr;A1001;Titulaire;"], [HELENE]);
    expect(statuts(r)).toEqual([
      [2, "mise_a_jour"],
      [3, "rejete"],
    ]);
  });
});

describe("retraite", () => {
  it("refuse de passer en retraite un agent qui n'a pas consenti à rester dans le vivier", () => {
    const r = evaluer(["Hélène;Bérard;helene.berard@exemple.fr;A1001;Retraité;06 12 34 56 78"], [HELENE]);
    expect(r.rapport.lignes[0]).toMatchObject({ statut: "rejete", erreurs: [{ colonne: "Statut", champ: "position", message: expect.stringContaining("n'a pas consenti") }] });
    const consenti = evaluer(["Hélène;Bérard;helene.berard@exemple.fr;A1001;Retraité;06 12 34 56 78"], [{ ...HELENE, maintienApresRetraite: true }]);
    expect(statuts(consenti)).toEqual([[2, "mise_a_jour"]]);
  });
});

describe("forme canonique", () => {
  it("ignore l'ordre des clés et les valeurs absentes, pas l'ordre des listes", () => {
    expect(canonique({ b: 1, a: [{ y: 2, x: undefined }] })).toBe(canonique({ a: [{ y: 2 }], b: 1 }));
    expect(canonique([1, 2])).not.toBe(canonique([2, 1]));
  });
});
