import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { vivier } from "./support/cli";

const dossier = fs.mkdtempSync(path.join(os.tmpdir(), "vivier-cli-documents-"));
const EXEMPLES = path.resolve("src/documents/exemples");
const exemple = (nom: string) => path.join(EXEMPLES, `${nom}.json`);
afterAll(() => fs.rmSync(dossier, { recursive: true, force: true }));

/** A data file in the test's folder. */
function donnees(nom: string, contenu: unknown): string {
  const fichier = path.join(dossier, nom);
  fs.writeFileSync(fichier, typeof contenu === "string" ? contenu : JSON.stringify(contenu));
  return fichier;
}

// Each run spawns a CLI (about a second of start-up): they run side by side.
describe.concurrent("vivier documents", () => {
  it("liste les modèles, leur version et les champs de chacun, sans ouvrir de base", async () => {
    const dataDir = path.join(dossier, "donnees");
    const r = await vivier(["documents", "list"], { DATA_DIR: dataDir });
    expect(r.code, r.erreurs).toBe(0);
    expect(r.sortie).toContain("ordre-de-mission — Ordre de mission (version 1, 24 champs)");
    expect(r.sortie).toContain("exemple : src/documents/exemples/ordre-de-mission.json");
    expect(r.sortie).toMatch(/securite\.inscriptionAriane +Voyageur inscrit sur Ariane \(booleen\)/);
    expect(r.sortie).toMatch(/signature\.date +Date de signature, .* \(date, facultatif\)/);
    expect(fs.existsSync(dataDir)).toBe(false);
  });

  it("liste en JSON", async () => {
    const r = await vivier(["documents", "list", "--json"]);
    expect(r.code, r.erreurs).toBe(0);
    const modeles = JSON.parse(r.sortie) as { nom: string; version: number; sources: string[]; champs: { champ: string; libelle: string; type: string; optionnel: boolean }[] }[];
    expect(modeles.map((m) => m.nom)).toEqual([
      "annexe-financiere",
      "arrete-mise-a-disposition",
      "convention-mise-a-disposition",
      "convention-partenariat",
      "decision-cumul",
      "demande-cumul",
      "ordre-de-mission",
    ]);
    const mad = modeles.find((m) => m.nom === "convention-mise-a-disposition")!;
    expect(mad.version).toBe(2);
    expect(mad.sources.join(" ")).toContain("Décret n° 2008-580 du 18 juin 2008");
    expect(mad.champs).toContainEqual({ champ: "agent.nom", libelle: "Nom de l'agent", type: "texte", optionnel: false });
    expect(mad.champs).toContainEqual({ champ: "complement.montant", libelle: "Complément de rémunération versé par l'organisme d'accueil", type: "montant", optionnel: true });
  });

  it.each(["pdf", "docx"])("écrit le document en %s depuis l'exemple", async (format) => {
    const sortie = path.join(dossier, `mad.${format}`);
    const r = await vivier(["documents", "render", "convention-mise-a-disposition", "--data", exemple("convention-mise-a-disposition"), "--format", format, "--out", sortie, "--generated-on", "2026-12-01"]);
    expect(r.code, r.erreurs).toBe(0);
    expect(r.sortie).toMatch(new RegExp(`mad\\.${format} : Convention de mise à disposition, version 2, ${format.toUpperCase()} de \\d+ Ko`));
    const octets = fs.readFileSync(sortie);
    expect(octets.subarray(0, 4).toString("latin1")).toBe(format === "pdf" ? "%PDF" : "PK\u0003\u0004");
  });

  it("prend le format de l'extension, et le nom habituel quand --out est un dossier", async () => {
    const parExtension = await vivier(["documents", "render", "annexe-financiere", "--data", exemple("annexe-financiere"), "--out", path.join(dossier, "annexe.docx")]);
    expect(parExtension.code, parExtension.erreurs).toBe(0);
    expect(fs.readFileSync(path.join(dossier, "annexe.docx")).subarray(0, 2).toString()).toBe("PK");
    const sousDossier = fs.mkdtempSync(path.join(dossier, "sortie-"));
    const r = await vivier(["documents", "render", "ordre-de-mission", "--data", exemple("ordre-de-mission"), "--format", "pdf", "--out", sousDossier, "--generated-on", "2027-02-22"]);
    expect(r.code, r.erreurs).toBe(0);
    expect(fs.readdirSync(sousDossier)).toEqual(["ordre-de-mission-v1-2027-02-22.pdf"]);
  });

  it("sort avec le code 1 et nomme chaque champ manquant ou invalide, sans rien écrire", async () => {
    const exempleOm = JSON.parse(fs.readFileSync(exemple("ordre-de-mission"), "utf8"));
    delete exempleOm.agent.nom;
    exempleOm.mission.dateDepart = "01/03/2027";
    const fichier = donnees("incomplet.json", exempleOm);
    const sortie = path.join(dossier, "incomplet.pdf");
    const r = await vivier(["documents", "render", "ordre-de-mission", "--data", fichier, "--format", "pdf", "--out", sortie]);
    expect(r.code).toBe(1);
    expect(r.sortie).toBe("");
    expect(r.erreurs).toBe(
      [
        "vivier documents : 2 champs manquants ou invalides, rien n'a été écrit :",
        "  - champ manquant : agent.nom (Nom de l'agent)",
        "  - champ invalide : mission.dateDepart (Date de départ) — date attendue au format AAAA-MM-JJ, reçu « 01/03/2027 »",
        "",
      ].join("\n"),
    );
    expect(fs.existsSync(sortie)).toBe(false);
  });

  it.each([
    [["render", "inconnu", "--data", "D", "--out", "x.pdf"], "modèle inconnu « inconnu »", false],
    [["render", "ordre-de-mission", "--data", "absent.json", "--out", "x.pdf"], "fichier de données illisible : absent.json (ENOENT)", false],
    [["render", "ordre-de-mission", "--data", "pas-du-json", "--out", "x.pdf"], "n'est pas un document JSON valide", false],
    [["render", "ordre-de-mission", "--data", "D", "--out", "x.txt"], "indiquez le format : --format pdf ou docx", true],
    [["render", "ordre-de-mission", "--data", "D", "--out", "x.pdf", "--format", "odt"], "--format : attendu pdf ou docx, reçu « odt »", true],
    [["render", "ordre-de-mission", "--out", "x.pdf"], "indiquez le fichier de données : --data DONNEES.json", true],
    [["render", "ordre-de-mission", "--data", "D"], "indiquez le fichier à écrire : --out FICHIER", true],
    [["render", "--data", "D", "--out", "x.pdf"], "indiquez le modèle", true],
    [["render", "ordre-de-mission", "--data", "D", "--out", "x.pdf", "--generated-on", "1er mars"], "--generated-on : date attendue au format AAAA-MM-JJ", true],
    [["render", "ordre-de-mission", "--data", "D", "--out", "x.pdf", "--generated-on", "2026-02-30"], "date de génération invalide « 2026-02-30 »", true],
    [["imprimer"], "action inconnue « imprimer » (attendu : list ou render)", true],
    [[], "indiquez l'action : list ou render", true],
    [["list", "--verbeux"], "--verbeux", true],
  ])("sort avec le code 2 et un message en français : %j", async (args, message, avecAide) => {
    const complet = args.map((a) => (a === "D" ? exemple("ordre-de-mission") : a === "pas-du-json" ? donnees("pas-du-json.json", "{ agent: ") : a));
    const r = await vivier(["documents", ...complet.map((a) => (a.endsWith(".pdf") || a.endsWith(".txt") ? path.join(dossier, a) : a))], {});
    expect(r.code).toBe(2);
    expect(r.sortie).toBe("");
    expect(r.erreurs).toContain(message);
    expect(r.erreurs.includes("Usage : vivier documents")).toBe(avecAide);
  });

  it("figure dans l'aide générale et a la sienne", async () => {
    expect((await vivier(["--help"])).sortie).toContain("documents");
    const aide = await vivier(["documents", "--help"]);
    expect(aide.code).toBe(0);
    expect(aide.sortie).toContain("--generated-on");
  });
});
