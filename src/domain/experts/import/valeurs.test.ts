import countries from "i18n-iso-countries";
import { describe, expect, it } from "vitest";
import { DOMAINES, LANGUES, LIBELLES_NIVEAUX_EXPERTISE, NIVEAUX_EXPERTISE } from "../referentiels";
import { ecrireRegion, lireCategorie, lireDate, lireDomaine, lireLangue, lireListe, lireNombre, lirePays, lirePosition, lireRegion, nomDuPays, texteDe } from "./valeurs";

const valeur = <T>(r: { ok: true; valeur: T } | { ok: false; message: string }) => (r.ok ? r.valeur : `ERREUR ${r.message}`);

describe("dates", () => {
  it.each([
    ["01/02/1980", "1980-02-01"],
    ["1/2/1980", "1980-02-01"],
    ["3/07/1975", "1975-07-03"],
    ["15-11-1990", "1990-11-15"],
    ["15.11.1990", "1990-11-15"],
    ["1990-11-15", "1990-11-15"],
    ["1990-11-15T00:00:00Z", "1990-11-15"],
    [" 01/02/1980 ", "1980-02-01"],
  ])("%j → %s", (texte, iso) => expect(valeur(lireDate(texte))).toBe(iso));

  it("lit les vraies dates d'un classeur, et leur numéro de série quand le format est perdu", () => {
    expect(valeur(lireDate(new Date(Date.UTC(1980, 1, 1))))).toBe("1980-02-01");
    // exceljs can give a date a few milliseconds before midnight: it is still that day.
    expect(valeur(lireDate(new Date(Date.UTC(1980, 1, 1) - 3)))).toBe("1980-02-01");
    expect(valeur(lireDate(29_252))).toBe("1980-02-01");
  });

  it("refuse une année à deux chiffres et un texte qui n'est pas une date, en les citant", () => {
    expect(valeur(lireDate("01/02/80"))).toBe("ERREUR date « 01/02/80 » : l'année s'écrit avec quatre chiffres (JJ/MM/AAAA)");
    expect(valeur(lireDate("le 3 mars"))).toBe("ERREUR date non reconnue « le 3 mars » (attendu : JJ/MM/AAAA)");
    expect(valeur(lireDate(12.5))).toMatch(/^ERREUR date non reconnue « 12.5 »/);
  });
});

describe("statuts", () => {
  it.each([
    ["Titulaire", "titulaire"],
    ["Fonctionnaire titulaire", "titulaire"],
    ["FONCTIONNAIRE", "titulaire"],
    ["titulaire", "titulaire"],
    ["Civil servant", "titulaire"],
    ["Stagiaire", "stagiaire"],
    ["Fonctionnaire stagiaire", "stagiaire"],
    ["Contractuel CDI", "contractuel_cdi"],
    ["Contractuel·le en CDI", "contractuel_cdi"],
    ["contractuel_cdi", "contractuel_cdi"],
    ["CDI", "contractuel_cdi"],
    ["CDD", "contractuel_cdd"],
    ["Contractuelle en CDD", "contractuel_cdd"],
    ["Fixed-term contract", "contractuel_cdd"],
    ["Retraité", "retraite"],
    ["Retraité·e", "retraite"],
    ["retired", "retraite"],
    ["Élu", "elu"],
    ["élue", "elu"],
    ["Élu·e", "elu"],
    ["Elected official", "elu"],
    ["Partenaire", "partenaire"],
    ["Agent d'un organisme partenaire", "partenaire"],
  ])("%j → %s", (texte, code) => expect(valeur(lirePosition(texte))).toBe(code));

  it("demande CDI ou CDD pour un « Contractuel » sans précision, et cite un statut inconnu", () => {
    expect(valeur(lirePosition("Contractuel"))).toBe("ERREUR statut « Contractuel » : précisez CDI ou CDD (« Contractuel CDI », « CDD »)");
    expect(valeur(lirePosition("Vacataire"))).toMatch(/^ERREUR statut inconnu « Vacataire »/);
  });

  it("lit la catégorie A, B ou C", () => {
    expect(["A", "b", "Cat. B", "catégorie C"].map((c) => valeur(lireCategorie(c)))).toEqual(["A", "B", "B", "C"]);
    expect(valeur(lireCategorie("D"))).toBe("ERREUR catégorie inconnue « D » (attendu : A, B ou C)");
  });
});

describe("nombres de jours", () => {
  it.each([
    ["12", 12],
    ["12,5", 12.5],
    ["12.5", 12.5],
    ["10 jours", 10],
    ["10 j", 10],
  ])("%j → %s", (texte, n) => expect(valeur(lireNombre(texte))).toBe(n));
  it("refuse ce qui n'est pas un nombre", () => expect(valeur(lireNombre("beaucoup"))).toBe("ERREUR « beaucoup » n'est pas un nombre de jours"));
  it("prend le nombre d'un classeur tel quel", () => expect(valeur(lireNombre(7.5))).toBe(7.5));
});

describe("domaines du thésaurus", () => {
  it.each([
    ["EAU-POTABLE", { code: "EAU-POTABLE", niveau: "confirme" }],
    ["eau-potable", { code: "EAU-POTABLE", niveau: "confirme" }],
    ["Production et distribution d'eau potable", { code: "EAU-POTABLE", niveau: "confirme" }],
    ["production et distribution d’eau POTABLE", { code: "EAU-POTABLE", niveau: "confirme" }],
    ["Drinking water production and supply", { code: "EAU-POTABLE", niveau: "confirme" }],
    ["Production et distribution d'eau potable (expert)", { code: "EAU-POTABLE", niveau: "expert" }],
    ["EAU-POTABLE:expert", { code: "EAU-POTABLE", niveau: "expert" }],
    ["EAU-POTABLE : notions", { code: "EAU-POTABLE", niveau: "notions" }],
    ["Cybersécurité (confirmé)", { code: "NUMERIQUE-CYBERSECURITE", niveau: "confirme" }],
    ["Cybersecurity (experienced)", { code: "NUMERIQUE-CYBERSECURITE", niveau: "confirme" }],
    ["Ville intelligente (smart city)", { code: "VILLE-INTELLIGENTE", niveau: "confirme" }],
    ["Ville intelligente (smart city) (expert)", { code: "VILLE-INTELLIGENTE", niveau: "expert" }],
    ["Déchets spécifiques : dangereux, du BTP, d'activités de soins", { code: "DECHETS-SPECIFIQUES", niveau: "confirme" }],
  ])("%j", (texte, attendu) => expect(valeur(lireDomaine(texte))).toEqual(attendu));

  it("cite un domaine ou un niveau inconnus", () => {
    expect(valeur(lireDomaine("Plomberie quantique"))).toBe("ERREUR domaine inconnu du thésaurus « Plomberie quantique »");
    expect(valeur(lireDomaine("Cybersécurité (très bon)"))).toBe("ERREUR niveau inconnu « très bon » pour « Cybersécurité » (attendu : notions, confirmé ou expert)");
  });

  it("relit chaque libellé du thésaurus, en français et en anglais, à chaque niveau", () => {
    for (const d of DOMAINES) {
      for (const n of NIVEAUX_EXPERTISE) {
        expect(valeur(lireDomaine(`${d.fr} (${LIBELLES_NIVEAUX_EXPERTISE[n].fr})`))).toEqual({ code: d.code, niveau: n });
        expect(valeur(lireDomaine(`${d.en} (${LIBELLES_NIVEAUX_EXPERTISE[n].en})`))).toEqual({ code: d.code, niveau: n });
      }
    }
  });
});

describe("langues", () => {
  it.each(["anglais C1", "Anglais c1", "en:C1", "EN : C1", "English (C1)", "anglais - C1", "anglais niveau C1", "anglais (C1)"])("%j → en C1", (texte) =>
    expect(valeur(lireLangue(texte))).toEqual({ code: "en", niveau: "C1" }),
  );

  it("demande le niveau d'une langue connue, et cite une langue inconnue", () => {
    expect(valeur(lireLangue("espagnol"))).toBe("ERREUR niveau manquant pour la langue « espagnol » : A1 à C2 (par exemple « anglais C1 »)");
    expect(valeur(lireLangue("klingon C1"))).toBe("ERREUR langue inconnue « klingon C1 »");
  });

  it("relit chaque langue par son nom français, anglais et son code", () => {
    for (const l of LANGUES) {
      for (const nom of [l.fr, l.en, l.code]) expect(valeur(lireLangue(`${nom} B2`))).toEqual({ code: l.code, niveau: "B2" });
    }
  });
});

describe("pays", () => {
  it.each([
    ["Sénégal", "SN"],
    ["senegal", "SN"],
    ["Senegal", "SN"],
    ["SN", "SN"],
    ["sn", "SN"],
    ["SEN", "SN"],
    ["Côte d'Ivoire", "CI"],
    ["Ivory Coast", "CI"],
    ["Royaume-Uni", "GB"],
    ["United Kingdom", "GB"],
    ["Bonaire, Saint-Eustache et Saba", "BQ"],
    ["Korea, Republic of", "KR"],
  ])("%j → %s", (texte, code) => expect(valeur(lirePays(texte))).toBe(code));

  it("cite un pays inconnu", () => expect(valeur(lirePays("Atlantide"))).toBe("ERREUR pays inconnu « Atlantide »"));

  it("relit le nom français de chaque pays, celui qu'écrit l'export", () => {
    for (const code of Object.keys(countries.getAlpha2Codes())) expect(valeur(lirePays(nomDuPays(code)))).toBe(code);
  });
});

describe("régions", () => {
  it.each([
    ["Dakar (Sénégal)", { pays: "SN", nom: "Dakar" }],
    ["Souss-Massa (Morocco)", { pays: "MA", nom: "Souss-Massa" }],
    ["Souss-Massa(MA)", { pays: "MA", nom: "Souss-Massa" }],
    [" Atsinanana ( MDG ) ", { pays: "MG", nom: "Atsinanana" }],
    ["Dakar (SN-DK)", { pays: "SN", nom: "Dakar", code: "SN-DK" }],
    ["Bamako (ml-bko)", { pays: "ML", nom: "Bamako", code: "ML-BKO" }],
    ["Tanger, Tétouan (Maroc)", { pays: "MA", nom: "Tanger, Tétouan" }],
    ["Kralendijk (Bonaire, Saint-Eustache et Saba)", { pays: "BQ", nom: "Kralendijk" }],
  ])("%j → %o", (texte, region) => expect(valeur(lireRegion(texte))).toEqual(region));

  it("demande le pays entre parenthèses, et cite un pays ou un code inconnus avec leur région", () => {
    expect(valeur(lireRegion("Dakar"))).toBe("ERREUR région « Dakar » : attendu le nom puis le pays entre parenthèses (« Dakar (Sénégal) », « Dakar (SN-DK) »)");
    expect(valeur(lireRegion("(Sénégal)"))).toMatch(/^ERREUR région « \(Sénégal\) » : attendu le nom/);
    expect(valeur(lireRegion("Thiès (Atlantide)"))).toBe("ERREUR pays inconnu « Atlantide » pour la région « Thiès »");
    expect(valeur(lireRegion("Thiès (XX-TH)"))).toBe("ERREUR code ISO 3166-2 « XX-TH » de la région « Thiès » : pays inconnu");
  });

  it("coupe une liste de régions à la virgule quand elle sépare des régions, pas dans un nom", () => {
    expect(lireListe("Dakar (Sénégal), Thiès (SN-TH); Tanger, Tétouan (Maroc)\nAtsinanana (Madagascar)", lireRegion)).toEqual({
      valeurs: [
        { pays: "SN", nom: "Dakar" },
        { pays: "SN", nom: "Thiès", code: "SN-TH" },
        { pays: "MA", nom: "Tanger, Tétouan" },
        { pays: "MG", nom: "Atsinanana" },
      ],
      erreurs: [],
    });
  });

  it("relit ce qu'écrit l'export : le code quand il est connu, sinon le nom français du pays", () => {
    const regions = [
      { pays: "SN", nom: "Dakar", code: "SN-DK" },
      { pays: "MA", nom: "Souss-Massa" },
      { pays: "CD", nom: "Kinshasa" },
    ];
    expect(regions.map(ecrireRegion)).toEqual(["Dakar (SN-DK)", "Souss-Massa (Maroc)", "Kinshasa (République démocratique du Congo)"]);
    for (const r of regions) expect(valeur(lireRegion(ecrireRegion(r)))).toEqual(r);
    // Whatever the country's French name holds: commas, apostrophes, parentheses (« Saint-Siège (Vatican) »).
    for (const pays of Object.keys(countries.getAlpha2Codes())) expect(valeur(lireRegion(ecrireRegion({ pays, nom: "Capitale" })))).toEqual({ pays, nom: "Capitale" });
  });
});

describe("listes", () => {
  const pays = (texte: string) => lireListe(texte, lirePays);

  it("coupe sur `;`, `,` et les retours à la ligne, en ignorant les éléments vides", () => {
    expect(pays("Sénégal; Maroc, Tunisie\nBénin;;").valeurs).toEqual(["SN", "MA", "TN", "BJ"]);
    expect(pays("").valeurs).toEqual([]);
  });

  it("garde ensemble les libellés qui contiennent des virgules", () => {
    expect(pays("Maroc, Bonaire, Saint-Eustache et Saba, Korea, Republic of, Tunisie").valeurs).toEqual(["MA", "BQ", "KR", "TN"]);
    expect(lireListe("Cybersécurité, Déchets spécifiques : dangereux, du BTP, d'activités de soins (expert), Plomberie, Eau potable", lireDomaine)).toEqual({
      valeurs: [
        { code: "NUMERIQUE-CYBERSECURITE", niveau: "confirme" },
        { code: "DECHETS-SPECIFIQUES", niveau: "expert" },
        // A code read as words ("EAU-POTABLE" → "eau potable") is a short name of its domain.
        { code: "EAU-POTABLE", niveau: "confirme" },
      ],
      erreurs: ["domaine inconnu du thésaurus « Plomberie »"],
    });
  });

  it("nomme chaque élément inconnu", () => {
    expect(pays("Maroc, Atlantide, Eldorado")).toEqual({ valeurs: ["MA"], erreurs: ["pays inconnu « Atlantide »", "pays inconnu « Eldorado »"] });
  });

  it("refuse vite une cellule hostile de milliers de séparateurs", () => {
    const debut = Date.now();
    expect(pays(",".repeat(100_000)).erreurs).toEqual(["liste trop longue (500 séparateurs au plus)"]);
    expect(Date.now() - debut).toBeLessThan(1000);
  });
});

describe("cellules", () => {
  it("retire l'apostrophe qui neutralisait une formule à l'export, et seulement celle-là", () => {
    expect(texteDe("'+33 6 12 34 56 78")).toBe("+33 6 12 34 56 78");
    expect(texteDe("'=1+1")).toBe("=1+1");
    expect(texteDe("'Aujourd'hui")).toBe("'Aujourd'hui");
  });
  it("écrit nombres, booléens et dates d'un classeur en texte", () => {
    expect([texteDe(12345), texteDe(true), texteDe(null), texteDe(new Date(Date.UTC(2020, 0, 2)))]).toEqual(["12345", "VRAI", "", "2020-01-02"]);
  });
});
