import { describe, expect, it } from "vitest";
import type { Profil } from "../profil";
import { construireProfil, convertirLigne } from "./conversion";
import { reconnaitreColonnes } from "./entetes";

/** One line under headers, as cells: `ligne("Nom;Prénom", "Dupont;Jean")`. */
function ligne(entetes: string, cellules: string) {
  const colonnes = reconnaitreColonnes(entetes.split(";"));
  return { colonnes, lue: convertirLigne(cellules.split(";"), colonnes) };
}
const construire = (entetes: string, cellules: string, existant?: Profil) => {
  const { colonnes, lue } = ligne(entetes, cellules);
  return construireProfil(lue, colonnes, existant);
};
const ENTETES = "Prénom;Nom;Courriel;Téléphone;Statut;Domaines;Langues;Pays;Date de naissance;Jours par an";

const existant: Profil = {
  prenom: "Hélène",
  nom: "Bérard",
  courriel: "helene.berard@exemple.fr",
  telephone: "06 12 34 56 78",
  numeroAgent: "A1001",
  position: "titulaire",
  metier: "Ingénieure",
  domaines: [{ code: "EAU-POTABLE", niveau: "expert", precision: "usines de traitement en zone sahélienne" }],
  langues: [{ code: "en", niveau: "C1" }],
  pays: ["SN"],
  regions: [{ pays: "SN", nom: "Dakar", code: "SN-DK" }],
  missionsPassees: [{ intitule: "Appui à l'ONAS", pays: "SN", annee: 2022 }],
  disponibilites: [{ debut: "2027-01-01", fin: "2027-03-31" }],
};

describe("une ligne devient un profil", () => {
  it("lit chaque colonne dans son champ", () => {
    const r = construire(ENTETES, "Zoé;Lefèvre;Zoe.Lefevre@Exemple.fr;;CDD;Propreté urbaine (expert);espagnol B2;Maroc, Tunisie;15/11/1990;12,5");
    expect(r).toEqual({
      ok: true,
      profil: {
        prenom: "Zoé",
        nom: "Lefèvre",
        courriel: "zoe.lefevre@exemple.fr",
        position: "contractuel_cdd",
        domaines: [{ code: "DECHETS-PROPRETE", niveau: "expert" }],
        langues: [{ code: "es", niveau: "B2" }],
        pays: ["MA", "TN"],
        regions: [],
        missionsPassees: [],
        disponibilites: [],
        dateNaissance: "1990-11-15",
        joursParAn: 12.5,
      },
    });
  });

  it("nomme la colonne et la valeur de chaque erreur, champ par champ", () => {
    const r = construire(ENTETES, "Zoé;Lefèvre;zoe@;0-1;Vacataire;Plomberie;klingon C1;Atlantide;31/02/1990;300");
    expect(r.ok).toBe(false);
    expect(!r.ok && r.erreurs).toEqual([
      { colonne: "Courriel", champ: "courriel", message: "adresse électronique invalide (« zoe@ »)" },
      { colonne: "Téléphone", champ: "telephone", message: "numéro de téléphone invalide (« 0-1 »)" },
      { colonne: "Statut", champ: "position", message: expect.stringContaining("statut inconnu « Vacataire »") },
      { colonne: "Domaines", champ: "domaines", message: "domaine inconnu du thésaurus « Plomberie »" },
      { colonne: "Langues", champ: "langues", message: "langue inconnue « klingon C1 »" },
      { colonne: "Pays", champ: "pays", message: "pays inconnu « Atlantide »" },
      { colonne: "Date de naissance", champ: "dateNaissance", message: "la date de naissance : cette date n'existe pas (« 31/02/1990 »)" },
      { colonne: "Jours par an", champ: "joursParAn", message: "220 jours par an au plus (« 300 »)" },
    ]);
  });

  it("dit qu'un champ obligatoire manque : cellule vide, ou aucune colonne", () => {
    const vide = construire("Prénom;Nom;Courriel;Statut", ";Lefèvre;zoe@exemple.fr;CDD");
    expect(!vide.ok && vide.erreurs).toEqual([{ colonne: "Prénom", champ: "prenom", message: "le prénom est obligatoire" }]);
    const absente = construire("Prénom;Nom;Courriel", "Zoé;Lefèvre;zoe@exemple.fr");
    expect(!absente.ok && absente.erreurs).toEqual([
      { colonne: null, champ: "position", message: expect.stringMatching(/^le statut est obligatoire .*: le fichier n'a pas de colonne pour ce champ$/) },
    ]);
  });

  it("lit les régions : le nom, puis le pays ou le code ISO 3166-2 entre parenthèses", () => {
    const r = construire("Prénom;Nom;Courriel;Statut;Régions d'intervention", "Zoé;Lefèvre;zoe@exemple.fr;CDD;Souss-Massa (Maroc), Dakar (sn-dk)\nTanger, Tétouan (MAR)");
    expect(r.ok && r.profil.regions).toEqual([
      { pays: "MA", nom: "Souss-Massa" },
      { pays: "SN", nom: "Dakar", code: "SN-DK" },
      { pays: "MA", nom: "Tanger, Tétouan" },
    ]);
  });

  it("nomme chaque région illisible, et celle qui figure deux fois", () => {
    const r = construire(
      "Prénom;Nom;Courriel;Statut;Régions",
      "Zoé;Lefèvre;zoe@exemple.fr;CDD;Dakar, Thiès (Atlantide), Saint-Louis (ZZ-01), Louga (Sénégal)",
    );
    expect(!r.ok && r.erreurs.map((e) => [e.colonne, e.message])).toEqual([
      ["Régions", "région « Dakar » : attendu le nom puis le pays entre parenthèses (« Dakar (Sénégal) », « Dakar (SN-DK) »)"],
      ["Régions", "pays inconnu « Atlantide » pour la région « Thiès »"],
      ["Régions", "code ISO 3166-2 « ZZ-01 » de la région « Saint-Louis » : pays inconnu"],
    ]);
    const double = construire("Prénom;Nom;Courriel;Statut;Régions", "Zoé;Lefèvre;zoe@exemple.fr;CDD;Thiès (Sénégal), THIES (SN)");
    expect(!double.ok && double.erreurs).toEqual([{ colonne: "Régions", champ: "regions", message: "la région « THIES (SN) » figure deux fois" }]);
  });

  it("refuse un domaine ou une langue en double, et les caractères de contrôle", () => {
    const r = construire("Prénom;Nom;Courriel;Statut;Domaines;Métier", "Zoé;Lefèvre;zoe@exemple.fr;CDD;EAU-POTABLE, Eau potable (expert);a\u0007b");
    expect(!r.ok && r.erreurs.map((e) => [e.colonne, e.message])).toEqual([
      ["Domaines", "le domaine « EAU-POTABLE » figure deux fois"],
      ["Métier", "le métier contient des caractères de contrôle (« a\u0007b »)"],
    ]);
  });
});

describe("une ligne qui met à jour un profil", () => {
  it("ne change que les champs dont le fichier a la colonne", () => {
    const r = construire("Courriel;Métier", "helene.berard@exemple.fr;Directrice de l'eau", existant);
    expect(r).toEqual({ ok: true, profil: { ...existant, metier: "Directrice de l'eau" } });
  });

  it("vide un champ dont la cellule est vide", () => {
    const r = construire("Courriel;Téléphone;Pays;Régions", "helene.berard@exemple.fr;;;", existant);
    const { telephone: _t, ...sansTelephone } = existant;
    expect(r).toEqual({ ok: true, profil: { ...sansTelephone, pays: [], regions: [] } });
  });

  it("garde la précision d'un domaine conservé (un tableur n'a pas de place pour elle), pas celle d'un domaine retiré", () => {
    const r = construire("Courriel;Domaines", "helene.berard@exemple.fr;Eau potable (notions), Cybersécurité", existant);
    expect(r.ok && r.profil.domaines).toEqual([
      { code: "EAU-POTABLE", niveau: "notions", precision: "usines de traitement en zone sahélienne" },
      { code: "NUMERIQUE-CYBERSECURITE", niveau: "confirme" },
    ]);
  });

  it("ne vide pas un champ dont la cellule est en erreur : l'erreur suffit", () => {
    const r = construire("Courriel;Statut", "helene.berard@exemple.fr;Contractuel", existant);
    expect(!r.ok && r.erreurs).toEqual([{ colonne: "Statut", champ: "position", message: expect.stringContaining("précisez CDI ou CDD") }]);
  });
});
