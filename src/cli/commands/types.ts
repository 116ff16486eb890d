import type { ParseArgsConfig } from "node:util";

export type Arguments = {
  valeurs: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionnels: string[];
};

/** One `vivier` sub-command: its name, help text, options (node:util parseArgs) and action. */
export type Commande = {
  nom: string;
  aide: string;
  options?: ParseArgsConfig["options"];
  /** The action; resolves to the process exit code. */
  executer(args: Arguments): Promise<number>;
};

/** A usage error: the CLI prints it with the command's help and exits with code 2. */
export class ErreurUsage extends Error {}
