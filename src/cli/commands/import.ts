/**
 * `vivier import experts FILE --org CODE`: an employer's existing pool from CSV or XLSX, with the
 * same report and the same all-or-nothing rule as the web page (docs/vivier.md). Exit codes for
 * scripts: 0 every line accepted, 1 some rejected, 2 the file, organisation or mapping is unusable.
 */
import fs from "node:fs";
import path from "node:path";
import { loadConfig } from "../../config";
import { type Organisation, rechercher } from "../../db/repositories/organisations";
import { LIBELLES_STATUT_LIGNE, type LigneRapport, type Totaux } from "../../domain/experts/import";
import { ErreurMetier } from "../../domain/shared";
import { type AnalyseImport, creerServiceImport, ImportRefuse, type ResultatImport } from "../../services/experts/import";
import { ouvrirBase, preparerBase } from "../base";
import { type Commande, ErreurUsage } from "./types";

const LIGNES_DETAILLEES = 50;
const REJETS_AFFICHES = 500;

type Issue = { analyse: AnalyseImport; ecrit?: ResultatImport["ecrit"]; simulation: boolean; refuse: boolean };

/** Exit 2 with the reason: on stdout as JSON with --json (what a script reads), else on stderr. */
function echouer(json: boolean, message: string, erreurs: { champ: string; message: string }[] = []): number {
  if (json) console.log(JSON.stringify({ erreur: { message, erreurs } }, null, 2));
  else console.error([`vivier import : ${message}`, ...erreurs.map((e) => `  ${e.champ} : ${e.message}`)].join("\n"));
  return 2;
}

/**
 * The organisation of a SIREN or INSEE code. A commune's INSEE code may also be another body's
 * (a SIREN never is two organisations'): the collectivité whose INSEE code it is wins, and the
 * choice is said.
 */
function choisirOrganisation(code: string, trouvees: Organisation[]): { organisation?: Organisation; note?: string } {
  if (trouvees.length <= 1) return { organisation: trouvees[0] };
  const organisation = trouvees.find((o) => o.type === "collectivite" && o.codeInsee === code) ?? trouvees[0]!;
  const autres = trouvees.filter((o) => o !== organisation).map((o) => o.nom);
  return { organisation, note: `${trouvees.length} organisations ont le code ${code} : « ${organisation.nom} » est retenue (autres : ${autres.join(", ")}).` };
}

function decrireOrganisation(o: Organisation): string {
  const codes = [o.siren && `SIREN ${o.siren}`, o.codeInsee && `INSEE ${o.codeInsee}`].filter(Boolean).join(", ");
  return codes ? `${o.nom} (${codes})` : o.nom;
}

/** "1 ligne", "3 lignes": a count with its word agreed. */
const compte = (n: number, un: string, plusieurs: string) => `${n} ${n > 1 ? plusieurs : un}`;

function decrireFichier(f: AnalyseImport["fichier"]): string {
  if (f.format === "xlsx") return `${f.nom} — classeur Excel, feuille « ${f.feuille} »`;
  return `${f.nom} — CSV ${f.encodage}, séparateur « ${f.separateur === "\t" ? "tabulation" : f.separateur} »`;
}

const MOTS_TOTAUX: [keyof Totaux, string, string][] = [
  ["creation", "création", "créations"],
  ["mise_a_jour", "mise à jour", "mises à jour"],
  ["inchange", "inchangée", "inchangées"],
  ["doublon", "doublon", "doublons"],
  ["rejete", "rejetée", "rejetées"],
];

function bilan(t: Totaux): string {
  const parties = MOTS_TOTAUX.filter(([cle]) => t[cle] > 0).map(([cle, un, plusieurs]) => compte(t[cle], un, plusieurs));
  return `${compte(t.lignes, "ligne", "lignes")}${parties.length ? ` — ${parties.join(", ")}` : ""}.`;
}

function decrireLigne(l: LigneRapport): string[] {
  const qui = [l.apercu.prenom, l.apercu.nom].filter(Boolean).join(" ");
  const personne = [qui, l.apercu.courriel && `<${l.apercu.courriel}>`].filter(Boolean).join(" ");
  const repete = l.statut === "doublon" ? ` — répète la ligne ${l.doublonDe}` : "";
  return [`  ligne ${String(l.ligne).padEnd(6)} ${LIBELLES_STATUT_LIGNE[l.statut].padEnd(12)} ${personne}${repete}`.trimEnd(), ...l.erreurs.map((e) => `      · ${e.colonne ? `${e.colonne} : ` : ""}${e.message}`)];
}

function conclusion({ analyse, ecrit, simulation, refuse }: Issue): string {
  const rejetees = analyse.rapport.totaux.rejete;
  if (simulation) {
    return rejetees
      ? "Simulation : rien n'a été écrit. L'import serait refusé tant que des lignes sont rejetées (ou avec --skip-rejected, seules les lignes acceptées seraient écrites)."
      : "Simulation : rien n'a été écrit. Relancez sans --dry-run pour importer.";
  }
  if (refuse) return "Import refusé : rien n'a été écrit. Corrigez le fichier, ou relancez avec --skip-rejected pour n'importer que les lignes acceptées.";
  const e = ecrit ?? { crees: 0, misAJour: 0 };
  const laissees = rejetees ? ` ; ${compte(rejetees, "ligne rejetée laissée", "lignes rejetées laissées")} de côté` : "";
  return `Import terminé : ${compte(e.crees, "profil créé", "profils créés")}, ${e.misAJour} mis à jour${laissees}.`;
}

function afficher(organisation: Organisation, issue: Issue) {
  const { analyse } = issue;
  const sortie = [`Organisation : ${decrireOrganisation(organisation)}`, `Fichier : ${decrireFichier(analyse.fichier)}`, "Colonnes :"];
  const largeur = Math.max(...analyse.colonnes.map((c) => c.entete.length), 8);
  for (const c of analyse.colonnes) sortie.push(`  ${c.entete.padEnd(largeur)} → ${c.champ ?? "ignorée"}${c.remarque ? ` (${c.remarque})` : ""}`);
  const lignes = analyse.rapport.lignes;
  const detaillees = lignes.length <= LIGNES_DETAILLEES ? lignes : lignes.filter((l) => l.statut === "rejete" || l.statut === "doublon").slice(0, REJETS_AFFICHES);
  if (detaillees.length) sortie.push("Lignes :", ...detaillees.flatMap(decrireLigne));
  if (detaillees.length < lignes.length) sortie.push(`  … et ${lignes.length - detaillees.length} autres lignes (--json pour le détail de chacune)`);
  sortie.push(`Bilan : ${bilan(analyse.rapport.totaux)}`, conclusion(issue));
  console.log(sortie.join("\n"));
}

function lireMapping(chemin: string): unknown {
  return JSON.parse(fs.readFileSync(chemin, "utf8").replace(/^\uFEFF/, ""));
}

export const importer: Commande = {
  nom: "import",
  aide: `Usage : vivier import experts FICHIER --org CODE [--dry-run] [--mapping M.json] [--skip-rejected] [--json]

Importe un vivier existant (CSV ou XLSX) dans celui d'une organisation, désignée par son SIREN ou
son code INSEE. Les en-têtes sont reconnus en français et en anglais ; chaque ligne est comparée aux
profils de l'organisation (même courriel ou même matricule) : création, mise à jour, inchangée,
doublon ou rejetée avec la raison par colonne. Tout ou rien : si une ligne est rejetée, rien n'est
écrit. Le détail des formats : docs/vivier.md.

  --org CODE        SIREN ou code INSEE de l'organisation
  --dry-run         simulation : le rapport, sans rien écrire
  --mapping M.json  correspondance des colonnes, { "en-tête du fichier": "champ" | null }
  --skip-rejected   écrit les lignes acceptées même si d'autres sont rejetées
  --json            le rapport en JSON

Code de sortie : 0 toutes les lignes acceptées ; 1 des lignes rejetées ; 2 fichier illisible,
organisation inconnue ou correspondance invalide.`,
  options: { org: { type: "string" }, "dry-run": { type: "boolean" }, mapping: { type: "string" }, "skip-rejected": { type: "boolean" }, json: { type: "boolean" } },
  async executer({ valeurs, positionnels }) {
    const [quoi, chemin, ...reste] = positionnels;
    if (quoi !== "experts") throw new ErreurUsage("précisez ce qui est importé : vivier import experts FICHIER --org CODE");
    if (!chemin || reste.length) throw new ErreurUsage("indiquez un fichier, et un seul : vivier import experts FICHIER --org CODE");
    const code = typeof valeurs.org === "string" ? valeurs.org.trim() : "";
    if (!code) throw new ErreurUsage("indiquez l'organisation : --org CODE (SIREN ou code INSEE)");
    const json = valeurs.json === true;
    const simulation = valeurs["dry-run"] === true;

    let contenu: Uint8Array;
    try {
      contenu = fs.readFileSync(chemin);
    } catch (e) {
      return echouer(json, `fichier illisible « ${chemin} » (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
    let mapping: unknown;
    if (typeof valeurs.mapping === "string") {
      try {
        mapping = lireMapping(valeurs.mapping);
      } catch (e) {
        const raison = e instanceof SyntaxError ? "ce n'est pas un document JSON valide" : ((e as NodeJS.ErrnoException).code ?? (e as Error).message);
        return echouer(json, `correspondance illisible « ${valeurs.mapping} » : ${raison}`);
      }
    }

    const config = loadConfig();
    const database = await ouvrirBase(config);
    try {
      await preparerBase(database, { ...config, demo: false });
      const { organisation, note } = choisirOrganisation(code, (await rechercher(database.db, { code, limite: 20, decalage: 0 })).resultats);
      if (!organisation) return echouer(json, `aucune organisation n'a le SIREN ou le code INSEE « ${code} »`);
      if (note) console.error(note);
      const service = creerServiceImport({ db: database.db });
      const fichier = { nom: path.basename(chemin), contenu };
      let issue: Issue;
      try {
        issue = simulation
          ? { analyse: await service.analyser(organisation.id, fichier, mapping), simulation, refuse: false }
          : await service
              .importer({ acteurId: null, organisationId: organisation.id, requestId: null }, fichier, { mapping, lignesAccepteesSeulement: valeurs["skip-rejected"] === true })
              .then(({ ecrit, ...analyse }) => ({ analyse, ecrit, simulation, refuse: false }));
      } catch (e) {
        if (e instanceof ImportRefuse) issue = { analyse: e.analyse, simulation, refuse: true };
        else if (e instanceof ErreurMetier) return echouer(json, e.message, e.champs);
        else throw e;
      }
      if (json) {
        const { id, nom, siren, codeInsee } = organisation;
        console.log(JSON.stringify({ organisation: { id, nom, siren, codeInsee }, simulation, importe: !simulation && !issue.refuse, ...issue.analyse, ecrit: issue.ecrit ?? null }, null, 2));
      } else {
        afficher(organisation, issue);
      }
      return issue.analyse.rapport.totaux.rejete > 0 ? 1 : 0;
    } finally {
      await database.close();
    }
  },
};
