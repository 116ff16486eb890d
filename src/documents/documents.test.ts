/**
 * Every template rendered from its complete example, in both formats, and read back: each filled
 * value is in the text, with its accents and the French spaces; the PDF embeds its font and says
 * who produced it; a missing field gives its name and no bytes.
 */
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { DOSSIER_EXEMPLES, type Format, lireModele, listerModeles, nomsDesModeles, remplir, rendre } from "./index";
import { aplatir, lireDocx, lirePdf } from "./lecture-de-test";
import { FINE } from "./typographie";

const GENERE_LE = "2026-12-01";
const exemple = (nom: string): Record<string, unknown> => JSON.parse(fs.readFileSync(new URL(`${nom}.json`, DOSSIER_EXEMPLES), "utf8"));

/** A deep copy of the example with one path changed (undefined removes it). */
function avec(nom: string, chemin: string, valeur: unknown): Record<string, unknown> {
  const donnees = structuredClone(exemple(nom));
  const parties = chemin.split(".");
  let objet = donnees as Record<string, unknown>;
  for (const p of parties.slice(0, -1)) objet = objet[p] as Record<string, unknown>;
  if (valeur === undefined) delete objet[parties.at(-1)!];
  else objet[parties.at(-1)!] = valeur;
  return donnees;
}

async function rendu(nom: string, donnees: unknown, format: Format) {
  const r = await rendre(nom, donnees, { format, genereLe: GENERE_LE });
  if (!r.ok) throw new Error(`${nom} : ${r.erreurs.map((e) => e.message).join(" ; ")}`);
  return r;
}

/** What was put in the text, as it reads there. */
function valeursRemplies(nom: string, donnees: unknown) {
  const r = remplir(lireModele(nom), donnees);
  if (!r.ok) throw new Error(r.erreurs.map((e) => e.message).join(" ; "));
  return r.document.valeurs;
}

describe("les modèles", () => {
  it("sont sept, chacun avec son exemple complet", () => {
    expect(nomsDesModeles()).toEqual([
      "annexe-financiere",
      "arrete-mise-a-disposition",
      "convention-mise-a-disposition",
      "convention-partenariat",
      "decision-cumul",
      "demande-cumul",
      "ordre-de-mission",
    ]);
    for (const nom of nomsDesModeles()) expect(fs.existsSync(new URL(`${nom}.json`, DOSSIER_EXEMPLES)), nom).toBe(true);
  });

  it("se lisent sans problème : champs déclarés et utilisés, balises fermées, tableaux réguliers", () => {
    for (const m of listerModeles()) {
      expect(m.version, m.nom).toBeGreaterThanOrEqual(1);
      expect(m.sources.length, m.nom).toBeGreaterThan(0);
      expect(m.champs.length, m.nom).toBeGreaterThan(0);
    }
  });

  it("ont des exemples qui remplissent tous leurs champs", () => {
    for (const m of listerModeles()) {
      const donnees = exemple(m.nom);
      for (const c of m.champs) {
        const valeur = c.chemin.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown> | undefined)?.[p], donnees);
        expect(valeur, `${m.nom} : ${c.chemin}`).not.toBeUndefined();
      }
    }
  });
});

describe.each(nomsDesModeles())("le modèle %s", (nom) => {
  const modele = lireModele(nom);

  it("rendu en PDF : chaque valeur remplie se lit, en typographie française, police embarquée", async () => {
    const r = await rendu(nom, exemple(nom), "pdf");
    expect(r.nomFichier).toBe(`${nom}-v${modele.version}-${GENERE_LE}.pdf`);
    expect(r.typeMime).toBe("application/pdf");
    expect(Buffer.from(r.octets.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    const lu = await lirePdf(r.octets);
    const texte = aplatir(lu.texte);
    for (const { champ, texte: valeur } of valeursRemplies(nom, exemple(nom))) expect(texte, `${champ} : « ${valeur} »`).toContain(aplatir(valeur));
    // The exact characters: narrow no-break spaces before « : », never an ordinary space before ; : ! ?
    expect(lu.caracteres).toContain(FINE);
    expect(lu.caracteres).not.toMatch(/[ \u00A0][;:!?]/);
    expect(lu.caracteres).not.toMatch(/«[^\u202F]|[^\u202F]»/);
    // Footer on every page.
    expect(texte).toContain(`modèle ${nom}, version ${modele.version}`);
    expect(texte).toContain("généré le 1er décembre 2026");
    for (let p = 1; p <= lu.pages; p++) expect(texte).toContain(`page ${p} sur ${lu.pages}`);
    // Metadata, and the font embedded (a subset of Noto Sans, TrueType), no standard PDF font.
    expect(lu.info.Title).toBe(modele.titre);
    expect(lu.info.Producer).toBe("Vivier");
    expect(lu.info.CreationDate).toMatch(/^D:20261201/);
    const brut = Buffer.from(r.octets).toString("latin1");
    expect(brut).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSans-Regular/);
    expect(brut).toContain("/FontFile2");
    expect(brut).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/);
  }, 60_000);

  it("rendu en DOCX : des titres, paragraphes et tableaux Word, chaque valeur remplie, le pied de page", async () => {
    const r = await rendu(nom, exemple(nom), "docx");
    expect(r.nomFichier).toBe(`${nom}-v${modele.version}-${GENERE_LE}.docx`);
    expect(r.typeMime).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    const lu = await lireDocx(r.octets);
    for (const { champ, texte: valeur } of valeursRemplies(nom, exemple(nom))) expect(lu.texte, `${champ} : « ${valeur} »`).toContain(valeur);
    expect(lu.texte).toContain(FINE);
    expect(lu.texte).not.toMatch(/[ \u00A0][;:!?]/);
    expect(lu.xml).toMatch(/<w:pStyle w:val="Heading1"\/>/);
    expect(lu.xml).toContain("<w:tbl>");
    expect(lu.pied).toContain(`modèle ${nom}, version ${modele.version}`);
    expect(lu.pied).toContain("généré le 1er décembre 2026");
    expect(lu.pied).toMatch(/page .*PAGE.* sur .*NUMPAGES/s);
    expect(lu.proprietes).toContain(`<dc:title>${modele.titre.replaceAll("'", "&apos;")}</dc:title>`);
    expect(lu.proprietes).toContain("<dc:creator>Vivier</dc:creator>");
  }, 60_000);

  it("refuse de produire un document auquel il manque un champ obligatoire, et le nomme", async () => {
    const champ = modele.champs.find((c) => !c.optionnel)!;
    for (const format of ["pdf", "docx"] as const) {
      const r = await rendre(nom, avec(nom, champ.chemin, undefined), { format, genereLe: GENERE_LE });
      expect(r).toEqual({ ok: false, erreurs: [{ champ: champ.chemin, message: `champ manquant : ${champ.chemin} (${champ.libelle})` }] });
    }
  });
});

describe("le rendu", () => {
  it("garde les accents et les ligatures françaises (é, è, ç, œ) dans les deux formats", async () => {
    const donnees = exemple("convention-partenariat");
    const pdf = await lirePdf((await rendu("convention-partenariat", donnees, "pdf")).octets);
    const docx = await lireDocx((await rendu("convention-partenariat", donnees, "docx")).octets);
    for (const texte of [pdf.texte, docx.texte]) {
      for (const mot of ["M. Étienne Lefèvre", "Mme Françoise Bénard", "mise en œuvre", "Thiès (Sénégal)", "« Eau’Campus »"]) expect(aplatir(texte)).toContain(mot);
    }
    expect(docx.texte).toContain(`ci-après désigné(e) «${FINE}la Région${FINE}»`);
    expect(pdf.caracteres).toContain(`«${FINE}la Région${FINE}»`);
    for (const texte of [pdf.caracteres, docx.texte]) {
      expect(texte).toContain(`Entre les soussignés${FINE}:`);
      expect(texte).toContain(`les actions suivantes${FINE}:`);
      expect(texte).toContain(`de la présente convention${FINE};`);
    }
  }, 60_000);

  it("écrit les montants, les dates et les booléens à la française", async () => {
    const pdf = await lirePdf((await rendu("annexe-financiere", exemple("annexe-financiere"), "pdf")).octets);
    expect(pdf.caracteres).toContain("12\u00A0500,00\u00A0€");
    expect(pdf.caracteres).toContain("937,50\u00A0€");
    expect(pdf.caracteres).toContain("3\u00A0450,80\u00A0€");
    expect(aplatir(pdf.texte)).toContain("signée le 1er décembre 2026");
    const om = await lireDocx((await rendu("ordre-de-mission", exemple("ordre-de-mission"), "docx")).octets);
    expect(om.texte).toMatch(/Inscription du voyageur sur Ariane[^\n]*\nOui\n/);
    expect(om.texte).toContain("le 1er mars 2027");
  }, 60_000);

  it("numérote les articles d'une décision de refus et en donne les motifs", async () => {
    const donnees = avec("decision-cumul", "decision.autorisation", false);
    const docx = await lireDocx((await rendu("decision-cumul", donnees, "docx")).octets);
    expect(docx.texte).toContain("est rejetée pour les motifs suivants");
    expect(docx.texte).toContain("l’activité coïnciderait avec la clôture de l’exercice budgétaire");
    expect(docx.texte).not.toContain("est autorisé(e) à exercer");
    expect(docx.texte).toContain("Article 3\n");
    expect(docx.texte).not.toContain("Article 5");
    expect(docx.texte).toContain("le silence gardé par l’autorité ne vaut pas autorisation");
    const autorisation = await lireDocx((await rendu("decision-cumul", exemple("decision-cumul"), "docx")).octets);
    expect(autorisation.texte).toContain("Article 5\n");
    expect(autorisation.texte).not.toContain("motifs suivants");
  }, 60_000);

  it("exige un champ facultatif là où le texte retenu l'utilise", async () => {
    const sansQuotite = avec("demande-cumul", "activitePrincipale.quotite", undefined);
    const r = await rendre("demande-cumul", sansQuotite, { format: "pdf", genereLe: GENERE_LE });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.erreurs).toEqual([{ champ: "activitePrincipale.quotite", message: "champ manquant : activitePrincipale.quotite (Quotité du temps partiel) — exigé par le texte retenu" }]);
    const tempsComplet = avec("demande-cumul", "activitePrincipale", { fonctions: "Responsable du budget.", tempsComplet: true });
    const docx = await lireDocx((await rendu("demande-cumul", tempsComplet, "docx")).octets);
    expect(docx.texte).toContain("À temps complet");
    const refus = await rendre("decision-cumul", avec("decision-cumul", "decision", { autorisation: false }), { format: "docx", genereLe: GENERE_LE });
    expect(!refus.ok && refus.erreurs.map((e) => e.champ)).toEqual(["decision.motifs"]);
  }, 60_000);

  it("nomme chaque champ manquant ou invalide, tous à la fois", async () => {
    const donnees = avec("ordre-de-mission", "mission", { objet: "Appui", cadre: "EXPE-CT", pays: "Sénégal", lieux: "Thiès", dateDepart: "01/03/2027", dateRetour: "2027-02-30", transport: 12 });
    const r = await rendre("ordre-de-mission", { ...donnees, securite: { ...(donnees.securite as object), inscriptionAriane: "oui" } }, { format: "pdf", genereLe: GENERE_LE });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.erreurs.map((e) => e.message)).toEqual([
      "champ invalide : mission.dateDepart (Date de départ) — date attendue au format AAAA-MM-JJ, reçu « 01/03/2027 »",
      "champ invalide : mission.dateRetour (Date de retour) — date attendue au format AAAA-MM-JJ, reçu « 2027-02-30 »",
      "champ invalide : mission.transport (Moyens de transport) — texte attendu, reçu « 12 »",
      "champ invalide : securite.inscriptionAriane (Voyageur inscrit sur Ariane) — true (oui) ou false (non) attendu, reçu « oui »",
    ]);
    expect(r).not.toHaveProperty("octets");
    expect(await rendre("ordre-de-mission", [], { format: "pdf", genereLe: GENERE_LE })).toEqual({
      ok: false,
      erreurs: [{ champ: "(données)", message: 'les données doivent être un objet JSON : { "agent": { "nom": … }, … }' }],
    });
  });

  it("date le pied de page du jour donné, en France, jamais de l'horloge", async () => {
    // 23 h 30 le 31 décembre en temps universel : déjà le 1er janvier à Paris.
    const r = await rendre("annexe-financiere", exemple("annexe-financiere"), { format: "docx", genereLe: new Date("2026-12-31T23:30:00Z") });
    expect(r.ok && r.nomFichier).toBe("annexe-financiere-v1-2027-01-01.docx");
    expect(r.ok && (await lireDocx(r.octets)).pied).toContain("généré le 1er janvier 2027");
    await expect(rendre("annexe-financiere", {}, { format: "pdf", genereLe: "2026-13-01" })).rejects.toThrow("date de génération invalide « 2026-13-01 »");
    await expect(rendre("inconnu", {}, { format: "pdf", genereLe: GENERE_LE })).rejects.toThrow("modèle inconnu « inconnu »");
    await expect(rendre("../modele", {}, { format: "pdf", genereLe: GENERE_LE })).rejects.toThrow("modèle inconnu");
  });
});
