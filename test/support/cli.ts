/** Running the real `bin/vivier` as a user would, for the CLI's integration tests. */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

const BIN = path.resolve("bin/vivier");

export type Resultat = { code: number | null; sortie: string; erreurs: string };

/** The environment of a child `vivier`: the test's own variables left out (NODE_ENV=test…). */
export function environnement(supplement: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { DATABASE_URL: _d, DATA_DIR: _dd, PORT: _p, NODE_ENV: _n, VITEST: _v, ...reste } = process.env;
  return { ...reste, LOG_LEVEL: "warn", ...supplement };
}

/** Runs `vivier args`, with `entree` on its standard input when given. */
export function vivier(args: string[], env: NodeJS.ProcessEnv = {}, entree?: string): Promise<Resultat> {
  return new Promise((resolve, reject) => {
    const enfant = spawn(process.execPath, [BIN, ...args], { env: environnement(env), stdio: [entree === undefined ? "ignore" : "pipe", "pipe", "pipe"] });
    if (entree !== undefined) enfant.stdin!.end(entree);
    let sortie = "";
    let erreurs = "";
    enfant.stdout!.on("data", (d) => (sortie += d));
    enfant.stderr!.on("data", (d) => (erreurs += d));
    enfant.on("error", reject);
    enfant.on("exit", (code) => resolve({ code, sortie, erreurs }));
  });
}

export function lancer(args: string[], env: NodeJS.ProcessEnv): ChildProcess & { journal: () => string } {
  const enfant = spawn(process.execPath, [BIN, ...args], { env: environnement(env), stdio: ["ignore", "pipe", "pipe"] });
  let journal = "";
  enfant.stdout!.on("data", (d) => (journal += d));
  enfant.stderr!.on("data", (d) => (journal += d));
  return Object.assign(enfant, { journal: () => journal });
}

/** Waits for /api/health; fails at once, with the process's output, if the process has exited. */
export async function attendreSante(url: string, delaiMs: number, processus?: ChildProcess & { journal: () => string }): Promise<void> {
  const fin = Date.now() + delaiMs;
  while (Date.now() < fin) {
    if (processus && processus.exitCode !== null) {
      throw new Error(`vivier s'est arrêté (code ${processus.exitCode}) avant d'être prêt :\n${processus.journal()}`);
    }
    try {
      const r = await fetch(`${url}/api/health`);
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} n'a pas répondu en ${delaiMs} ms${processus ? ` :\n${processus.journal()}` : ""}`);
}

export function attendreFin(enfant: ChildProcess, delaiMs: number): Promise<number | null> {
  return new Promise((resolve, reject) => {
    if (enfant.exitCode !== null) return resolve(enfant.exitCode);
    const minuterie = setTimeout(() => reject(new Error(`le processus ne s'est pas arrêté en ${delaiMs} ms`)), delaiMs);
    enfant.on("exit", (code) => {
      clearTimeout(minuterie);
      resolve(code);
    });
  });
}
