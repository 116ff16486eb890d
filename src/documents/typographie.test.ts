import { describe, expect, it } from "vitest";
import { FINE, INSECABLE, typographier } from "./typographie";

/** Visible spaces in failure messages: ⍽ for the narrow one, ~ for the no-break one. */
const voir = (s: string) => s.replaceAll(FINE, "⍽").replaceAll(INSECABLE, "~");

describe("typographier", () => {
  it.each([
    ["Article 1 : Objet", "Article 1⍽: Objet"],
    ["Objet: la convention", "Objet⍽: la convention"],
    ["Vu la loi ;", "Vu la loi⍽;"],
    ["Vu la loi;", "Vu la loi⍽;"],
    ["Exercez-vous déjà une activité ?", "Exercez-vous déjà une activité⍽?"],
    ["Oui!", "Oui⍽!"],
    ["une espace insécable\u00A0: devient fine", "une espace insécable⍽: devient fine"],
    ["Téléphone :", "Téléphone⍽:"],
    ["ci-après désigné « la Région »", "ci-après désigné «⍽la Région⍽»"],
    ["ci-après désigné «la Région»", "ci-après désigné «⍽la Région⍽»"],
    ["« Expertise France » !", "«⍽Expertise France⍽»⍽!"],
    ["12 500,00 €", "12~500,00~€"],
    ["12500,00€", "12500,00~€"],
    ["1 000 000 d'euros", "1~000~000 d'euros"],
    ["une quotité de 50 %", "une quotité de 50~%"],
    ["une quotité de 50%", "une quotité de 50~%"],
    ["le décret n° 2008-580", "le décret n°~2008-580"],
    ["le décret n°2008-580", "le décret n°~2008-580"],
  ])("%s", (texte, attendu) => {
    expect(voir(typographier(texte))).toBe(attendu);
  });

  it.each([
    ["une heure", "rendez-vous à 14:30"],
    ["une adresse", "https://www.diplomatie.gouv.fr/fr/conseils-aux-voyageurs/"],
    ["une requête", "https://exemple.fr/recherche?pays=SN&page=2"],
    ["un courriel", "claire.martin@saint-etienne.fr"],
    ["une date", "le 1er décembre 2026"],
    ["un téléphone", "04 77 48 77 48"],
    ["un code postal", "42000 Saint-Étienne"],
  ])("laisse %s intact(e)", (_quoi, texte) => {
    expect(voir(typographier(texte))).toBe(texte);
  });

  it("garde les sauts de ligne", () => {
    expect(voir(typographier("Objet :\nla convention ;\nfin !"))).toBe("Objet⍽:\nla convention⍽;\nfin⍽!");
  });

  it("remplace l'apostrophe droite entre deux lettres seulement sur demande", () => {
    expect(typographier("l'agent d'O'Neill")).toBe("l'agent d'O'Neill");
    expect(typographier("l'agent d'O'Neill ; 'cité'", { apostrophe: true })).toBe(`l’agent d’O’Neill${FINE}; 'cité'`);
  });

  it("est idempotente", () => {
    const textes = [
      "Article 1 : « XX » et « YY » ; 12 500,00 € ; 50 % ; n° 2008-580 ; fin ! Quoi ?",
      "«la Région»: oui!?",
      "Fait à Saint-Étienne, le 1er décembre 2026 ; l'agent.",
      `déjà fait${FINE}: «${FINE}oui${FINE}» 12${INSECABLE}500${INSECABLE}€`,
    ];
    for (const t of textes) {
      const une = typographier(t, { apostrophe: true });
      expect(voir(typographier(une, { apostrophe: true }))).toBe(voir(une));
    }
  });
});
