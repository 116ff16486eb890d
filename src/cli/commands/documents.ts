/**
 * `vivier documents list` and `vivier documents render`: the document templates and the fields
 * each needs, and one document filled from a JSON file, as DOCX or PDF. No database: a document is
 * made from the data it is given. Exit codes for scripts: 0 written; 1 fields missing or invalid,
 * each named on stderr, nothing written; 2 unusable data file, unknown template or bad options.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DOSSIER_EXEMPLES, ErreurModele, type Format, FORMATS, listerModeles, lireModele, type Modele, ModeleInconnu, rendre } from "../../documents";
import { type Commande, ErreurUsage } from "./types";

const EXEMPLES = path.relative(process.cwd(), fileURLToPath(DOSSIER_EXEMPLES)) || ".";

/** Exit 2 with a one-line reason (an unusable file or template is not a usage error: no help). */
function echouer(message: string): number {
  console.error(`vivier documents : ${message}`);
  return 2;
}

const decrireChamp = (c: Modele["champs"][number]) => `${c.type}${c.optionnel ? ", facultatif" : ""}`;

function lister(json: boolean): number {
  let modeles: Modele[];
  try {
    modeles = listerModeles();
  } catch (e) {
    if (e instanceof ErreurModele) return echouer(e.message);
    throw e;
  }
  if (json) {
    const sortie = modeles.map((m) => ({
      nom: m.nom,
      titre: m.titre,
      version: m.version,
      description: m.description,
      sources: m.sources,
      exemple: path.join(EXEMPLES, `${m.nom}.json`),
      champs: m.champs.map((c) => ({ champ: c.chemin, libelle: c.libelle, type: c.type, optionnel: c.optionnel })),
    }));
    console.log(JSON.stringify(sortie, null, 2));
    return 0;
  }
  const lignes: string[] = [];
  for (const m of modeles) {
    const largeur = Math.max(...m.champs.map((c) => c.chemin.length));
    lignes.push(`${m.nom} — ${m.titre} (version ${m.version}, ${m.champs.length} champs)`);
    if (m.description) lignes.push(`  ${m.description}`);
    lignes.push(`  exemple : ${path.join(EXEMPLES, `${m.nom}.json`)}`);
    for (const c of m.champs) lignes.push(`    ${c.chemin.padEnd(largeur)}  ${c.libelle} (${decrireChamp(c)})`);
    lignes.push("");
  }
  console.log(lignes.join("\n").trimEnd());
  return 0;
}

/** The generation date: today, or the one given for a reproducible document. */
function dateDeGeneration(valeur: unknown): Date | string {
  if (valeur === undefined) return new Date();
  if (typeof valeur !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(valeur)) throw new ErreurUsage(`--generated-on : date attendue au format AAAA-MM-JJ, reçu « ${String(valeur)} »`);
  return valeur;
}

async function produire(nom: string | undefined, valeurs: Record<string, unknown>): Promise<number> {
  if (!nom) throw new ErreurUsage("indiquez le modèle : vivier documents render MODELE (la liste : vivier documents list)");
  const { data, out } = valeurs;
  if (typeof data !== "string") throw new ErreurUsage("indiquez le fichier de données : --data DONNEES.json");
  if (typeof out !== "string") throw new ErreurUsage("indiquez le fichier à écrire : --out FICHIER");
  const format = typeof valeurs.format === "string" ? valeurs.format : path.extname(out).slice(1).toLowerCase();
  if (valeurs.format === undefined && !FORMATS.includes(format as Format)) throw new ErreurUsage(`indiquez le format : --format ${FORMATS.join(" ou ")} (l'extension de --out ne le dit pas)`);
  if (!FORMATS.includes(format as Format)) throw new ErreurUsage(`--format : attendu ${FORMATS.join(" ou ")}, reçu « ${String(format)} »`);
  const genereLe = dateDeGeneration(valeurs["generated-on"]);
  try {
    lireModele(nom);
  } catch (e) {
    if (e instanceof ModeleInconnu || e instanceof ErreurModele) return echouer(e.message);
    throw e;
  }
  let texte: string;
  try {
    texte = fs.readFileSync(data, "utf8");
  } catch (e) {
    return echouer(`fichier de données illisible : ${data} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  let donnees: unknown;
  try {
    donnees = JSON.parse(texte.replace(/^\uFEFF/, ""));
  } catch (e) {
    return echouer(`${data} n'est pas un document JSON valide (${(e as Error).message})`);
  }
  let rendu;
  try {
    rendu = await rendre(nom, donnees, { format: format as Format, genereLe });
  } catch (e) {
    if (e instanceof RangeError) throw new ErreurUsage(`--generated-on : ${e.message}`);
    throw e;
  }
  if (!rendu.ok) {
    const n = rendu.erreurs.length;
    console.error([`vivier documents : ${n} ${n > 1 ? "champs manquants ou invalides" : "champ manquant ou invalide"}, rien n'a été écrit :`, ...rendu.erreurs.map((e) => `  - ${e.message}`)].join("\n"));
    return 1;
  }
  // --out may be a folder: the document takes its usual name there.
  const cible = fs.existsSync(out) && fs.statSync(out).isDirectory() ? path.join(out, rendu.nomFichier) : out;
  try {
    fs.writeFileSync(cible, rendu.octets);
  } catch (e) {
    return echouer(`impossible d'écrire ${cible} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const modele = lireModele(nom);
  console.log(`${cible} : ${modele.titre}, version ${modele.version}, ${format.toUpperCase()} de ${Math.max(1, Math.round(rendu.octets.length / 1024))} Ko`);
  return 0;
}

export const documents: Commande = {
  nom: "documents",
  aide: `Usage : vivier documents list [--json]
        vivier documents render MODELE --data DONNEES.json --out FICHIER [--format pdf|docx] [--generated-on AAAA-MM-JJ]

Les modèles de documents (conventions, cumul d'activités, mise à disposition, ordre de mission) et
leurs champs ; un document rempli depuis un fichier JSON, en DOCX modifiable ou en PDF à signer.
Les modèles et leur syntaxe : src/documents/README.md ; un exemple de données complet par modèle :
${EXEMPLES}/<modele>.json.

  list                    les modèles, leur version et les champs de chacun (libellé, type, facultatif)
  --json                  la même liste en JSON
  render MODELE           remplit le modèle et écrit le document
  --data DONNEES.json     les données du dossier : { "agent": { "nom": … }, … }
  --out FICHIER           le fichier à écrire (un dossier : le document y prend son nom habituel)
  --format pdf|docx       par défaut, l'extension de --out
  --generated-on DATE     la date de génération imprimée en pied de page (aujourd'hui par défaut)

Codes de sortie : 0 document écrit ; 1 champs manquants ou invalides, chacun nommé, rien n'est
écrit ; 2 fichier de données illisible, modèle inconnu ou options invalides.`,
  options: { json: { type: "boolean" }, data: { type: "string" }, out: { type: "string" }, format: { type: "string" }, "generated-on": { type: "string" } },
  async executer({ valeurs, positionnels }) {
    const [action, modele, ...reste] = positionnels;
    if (reste.length) throw new ErreurUsage(`argument en trop : « ${reste.join(" ")} »`);
    if (action === "list") {
      if (modele) throw new ErreurUsage(`argument en trop : « ${modele} »`);
      return lister(Boolean(valeurs.json));
    }
    if (action === "render") return produire(modele, valeurs);
    throw new ErreurUsage(action ? `action inconnue « ${action} » (attendu : list ou render)` : "indiquez l'action : list ou render");
  },
};
