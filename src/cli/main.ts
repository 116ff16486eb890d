/**
 * The `vivier` command. Each sub-command lives in ./commands; this file parses the arguments, shows
 * the help, and turns errors into one clear message and an exit code (2 for usage errors).
 */
import { parseArgs } from "node:util";
import { ConfigError } from "../config";
import { type Commande, ErreurUsage } from "./commands/types";

type Entree = { nom: string; resume: string; charger: () => Promise<Commande> };

/**
 * The commands, each loaded only when asked for: `vivier --help` or a light command does not pay
 * for loading the database engine and the server.
 */
const COMMANDES: Entree[] = [
  { nom: "start", resume: "Démarre le serveur (API et application web)", charger: async () => (await import("./commands/start")).start },
  { nom: "migrate", resume: "Applique les migrations et charge les données de référence", charger: async () => (await import("./commands/migrate")).migrate },
  { nom: "seed-demo", resume: "Crée ou met à jour les données de démonstration", charger: async () => (await import("./commands/seed-demo")).seedDemo },
  { nom: "backup", resume: "Sauvegarde la base dans un fichier", charger: async () => (await import("./commands/backup")).backup },
  { nom: "restore", resume: "Restaure une sauvegarde", charger: async () => (await import("./commands/restore")).restore },
  { nom: "advise", resume: "Donne le cadre juridique d'une mission (situation JSON sur l'entrée standard ou --file)", charger: async () => (await import("./commands/advise")).advise },
  { nom: "working-days", resume: "Compte les jours ouvrés d'une période (--from, --to, --territory)", charger: async () => (await import("./commands/working-days")).workingDays },
  { nom: "import", resume: "Importe un vivier d'experts depuis un fichier CSV ou XLSX (import experts FICHIER --org CODE)", charger: async () => (await import("./commands/import")).importer },
  { nom: "search", resume: "Recherche dans le vivier d'experts (search experts \"RECHERCHE\" --domaine --langue --pays)", charger: async () => (await import("./commands/search")).search },
  { nom: "match", resume: "Les experts qui correspondent à une mission, classés avec leurs raisons (match MISSION_ID --limit --json)", charger: async () => (await import("./commands/match")).match },
  { nom: "documents", resume: "Les modèles de documents et leurs champs ; un document rempli en DOCX ou PDF (documents list | render MODELE --data F.json --out FICHIER)", charger: async () => (await import("./commands/documents")).documents },
  { nom: "mail", resume: "Affiche la boîte d'envoi des courriels (invitations en développement)", charger: async () => (await import("./commands/mail")).mail },
  { nom: "build", resume: "Construit l'application web (dist/web)", charger: async () => (await import("./commands/build")).build },
  { nom: "dev", resume: "Développement : API relancée à chaque modification, pages rechargées à chaud", charger: async () => (await import("./commands/dev")).dev },
];

/** Errors whose message is meant for the user as it is (their classes live in heavy modules). */
const ERREURS_EXPLIQUEES = new Set(["BaseOccupee", "ErreurSauvegarde"]);

function aideGenerale(): string {
  const largeur = Math.max(...COMMANDES.map((c) => c.nom.length));
  return [
    "Usage : vivier <commande> [options]",
    "",
    "Commandes :",
    ...COMMANDES.map((c) => `  ${c.nom.padEnd(largeur)}  ${c.resume}`),
    "",
    "« vivier <commande> --help » détaille une commande. La configuration vient de l'environnement",
    "(voir .env.example) : PORT, DATA_DIR, DATABASE_URL…",
  ].join("\n");
}

export async function main(argv: string[]): Promise<number> {
  const [nom, ...reste] = argv;
  if (!nom || nom === "--help" || nom === "-h" || nom === "help") {
    console.log(aideGenerale());
    return nom ? 0 : 2;
  }
  const entree = COMMANDES.find((c) => c.nom === nom);
  if (!entree) {
    console.error(`Commande inconnue : ${nom}\n\n${aideGenerale()}`);
    return 2;
  }
  const commande = await entree.charger();
  try {
    const { values, positionals } = parseArgs({
      args: reste,
      options: { ...commande.options, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
    });
    if (values.help) {
      console.log(commande.aide);
      return 0;
    }
    return await commande.executer({ valeurs: values, positionnels: positionals });
  } catch (e) {
    if (e instanceof ErreurUsage || (e as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      console.error(`vivier ${nom} : ${(e as Error).message}\n\n${commande.aide}`);
      return 2;
    }
    if (e instanceof ConfigError) {
      console.error(e.message);
      return 1;
    }
    if (e instanceof Error && ERREURS_EXPLIQUEES.has(e.name)) {
      console.error(`vivier ${nom} : ${e.message}`);
      return 1;
    }
    console.error(`vivier ${nom} : échec — ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return 1;
  }
}

// Run when executed directly (bin/vivier, tsx watch), not when imported by tests.
if (process.argv[1] && /cli[\\/]main\.ts$/.test(process.argv[1])) {
  process.exitCode = await main(process.argv.slice(2));
}
