import { describe, expect, it } from "vitest";
import { formaterDate, formaterMontant, formaterNombre, jourEnFrance, lireDate } from "./formats";
import { analyserModele } from "./modele";
import { remplir } from "./remplir";
import { FINE, INSECABLE } from "./typographie";

describe("les formats français", () => {
  it.each([
    ["2026-12-01", "1er décembre 2026"],
    ["2027-01-02", "2 janvier 2027"],
    ["2028-02-29", "29 février 2028"],
    ["2027-08-15", "15 août 2027"],
  ])("date %s → %s", (date, attendu) => expect(formaterDate(date)).toBe(attendu));

  it("refuse les dates qui n'existent pas ou mal écrites", () => {
    for (const d of ["2027-02-29", "2026-13-01", "2026-1-5", "01/12/2026", "2026-12-01T10:00:00Z"]) expect(lireDate(d), d).toBeNull();
  });

  it.each([
    [12500, `12${INSECABLE}500,00${INSECABLE}€`],
    [937.5, `937,50${INSECABLE}€`],
    [0, `0,00${INSECABLE}€`],
    [1234567.895, `1${INSECABLE}234${INSECABLE}567,90${INSECABLE}€`],
    [0.1 + 0.2, `0,30${INSECABLE}€`],
  ])("montant %s", (montant, attendu) => expect(formaterMontant(montant)).toBe(attendu));

  it.each([
    [5, "5"],
    [5.5, "5,5"],
    [1200, `1${INSECABLE}200`],
    [-3, "-3"],
  ])("nombre %s", (n, attendu) => expect(formaterNombre(n)).toBe(attendu));

  it("prend le jour de génération à l'heure de Paris, heure d'été comprise", () => {
    expect(jourEnFrance(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
    expect(jourEnFrance(new Date("2027-07-14T21:59:00Z"))).toBe("2027-07-14");
    expect(jourEnFrance(new Date("2027-07-14T22:00:00Z"))).toBe("2027-07-15");
  });
});

const MODELE = analyserModele(
  "essai",
  `---
titre: Essai
version: 1
sources: [Essai]
champs:
  agent.nom: Nom de l'agent (texte)
  honoraires: Honoraires (montant)
  jours: Jours (nombre)
  ariane: Inscrit sur Ariane (booleen)
  actions: Actions (liste)
  motif: Motif (texte, facultatif)
---
# Mission de {{agent.nom}}

Honoraires : {{honoraires}} pour {{jours}} jours ; Ariane : {{ariane}}.
Actions : {{actions}}.

- {{actions}}
- dernière action

{{#si motif}}
| Motif | {{motif}} |
{{/si}}
`,
);

describe("remplir", () => {
  it("écrit chaque valeur à la française et applique la typographie au texte et aux valeurs", () => {
    const r = remplir(MODELE, { agent: { nom: "Noël L'Hôte" }, honoraires: "12500.5", jours: 4.5, ariane: false, actions: ["diagnostic", "formation : eau"] });
    expect(r.ok && r.document.blocs).toEqual([
      { type: "titre", niveau: 1, texte: "Mission de Noël L’Hôte" },
      {
        type: "paragraphe",
        texte: `Honoraires${FINE}: 12${INSECABLE}500,50${INSECABLE}€ pour 4,5 jours${FINE}; Ariane${FINE}: Non.\nActions${FINE}: diagnostic, formation${FINE}: eau.`,
      },
      { type: "liste", numerotee: false, elements: ["diagnostic", `formation${FINE}: eau`, "dernière action"] },
    ]);
    expect(r.ok && r.document.valeurs).toEqual([
      { champ: "agent.nom", texte: "Noël L’Hôte" },
      { champ: "honoraires", texte: `12${INSECABLE}500,50${INSECABLE}€` },
      { champ: "jours", texte: "4,5" },
      { champ: "ariane", texte: "Non" },
      { champ: "actions", texte: "diagnostic" },
      { champ: "actions", texte: `formation${FINE}: eau` },
    ]);
  });

  it("garde en texte une valeur qui ressemble à du balisage", () => {
    const r = remplir(MODELE, { "agent.nom": "{{honoraires}} | - **x**", honoraires: 1, jours: 1, ariane: true, actions: ["# pas un titre"], motif: "- pas une puce | ni une colonne" });
    expect(r.ok && r.document.blocs[0]).toEqual({ type: "titre", niveau: 1, texte: "Mission de {{honoraires}} | - **x**" });
    expect(r.ok && r.document.blocs[2]).toEqual({ type: "liste", numerotee: false, elements: ["# pas un titre", "dernière action"] });
    expect(r.ok && r.document.blocs[3]).toEqual({ type: "tableau", entete: null, lignes: [["Motif", "- pas une puce | ni une colonne"]] });
  });

  it("nomme chaque champ manquant ou invalide par son chemin et son libellé", () => {
    const r = remplir(MODELE, { agent: { nom: "  " }, honoraires: -5, jours: "quatre", ariane: "Oui", actions: ["a", ""] });
    expect(r).toEqual({
      ok: false,
      erreurs: [
        { champ: "agent.nom", message: "champ manquant : agent.nom (Nom de l'agent)" },
        { champ: "honoraires", message: "champ invalide : honoraires (Honoraires) — montant attendu en euros, positif (par exemple 12500.50), reçu « -5 »" },
        { champ: "jours", message: "champ invalide : jours (Jours) — nombre attendu, reçu « quatre »" },
        { champ: "ariane", message: "champ invalide : ariane (Inscrit sur Ariane) — true (oui) ou false (non) attendu, reçu « Oui »" },
        { champ: "actions", message: 'champ invalide : actions (Actions) — liste de textes non vides attendue, reçu « ["a",""] »' },
      ],
    });
  });

  it("élide « de » devant une voyelle et met une capitale à la valeur qui commence une ligne", () => {
    const modele = analyserModele(
      "essai",
      "---\ntitre: T\nversion: 1\nsources: [S]\nchamps:\n  org: Organisme (texte)\n---\n{{org}}, pour le compte de {{org}}.\n\n| {{org}} |\n",
    );
    const texte = (org: string) => {
      const r = remplir(modele, { org });
      return r.ok ? r.document.blocs.map((b) => (b.type === "paragraphe" ? b.texte : b.type === "tableau" ? b.lignes[0]![0] : "")) : [];
    };
    expect(texte("Expertise France")).toEqual(["Expertise France, pour le compte d’Expertise France.", "Expertise France"]);
    expect(texte("la commune de Saint-Étienne")).toEqual(["La commune de Saint-Étienne, pour le compte de la commune de Saint-Étienne.", "la commune de Saint-Étienne"]);
    expect(texte("Ouagadougou")).toEqual(["Ouagadougou, pour le compte de Ouagadougou.", "Ouagadougou"]);
    expect(texte("l'Agence française de développement")[0]).toBe("L’Agence française de développement, pour le compte de l’Agence française de développement.");
  });

  it("ne lit pas les propriétés héritées des objets JavaScript", () => {
    const r = remplir(MODELE, { agent: {}, honoraires: 1, jours: 1, ariane: true, actions: ["a"], constructor: "x" });
    expect(!r.ok && r.erreurs.map((e) => e.champ)).toEqual(["agent.nom"]);
  });
});
