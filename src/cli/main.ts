/**
 * The `vivier` command. Each sub-command lives in ./commands; this file parses the arguments, shows
 * the help, and turns errors into one clear message and an exit code (2 for usage errors).
 */
import { parseArgs } from "node:util";
import { ConfigError } from "../config";
import { BaseOccupee } from "../db/client";
import { ErreurSauvegarde } from "../db/sauvegarde";
import { backup } from "./commands/backup";
import { build } from "./commands/build";
import { dev } from "./commands/dev";
import { migrate } from "./commands/migrate";
import { restore } from "./commands/restore";
import { seedDemo } from "./commands/seed-demo";
import { start } from "./commands/start";
import { type Commande, ErreurUsage } from "./commands/types";

const COMMANDES: Commande[] = [start, migrate, seedDemo, backup, restore, build, dev];

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
  const commande = COMMANDES.find((c) => c.nom === nom);
  if (!commande) {
    console.error(`Commande inconnue : ${nom}\n\n${aideGenerale()}`);
    return 2;
  }
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
    if (e instanceof BaseOccupee || e instanceof ErreurSauvegarde) {
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
