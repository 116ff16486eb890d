/**
 * Builds the web application with Vite when its build is missing or older than its sources, so that
 * `npm start` on a fresh clone, or after a `git pull`, serves the current pages.
 * The build runs in a child process: Vite and its bundler stay out of the server's memory.
 */
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const RACINE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const DOSSIER_WEB = path.join(RACINE, "dist", "web");
const SOURCES = [path.join(RACINE, "src", "web"), path.join(RACINE, "vite.config.ts"), path.join(RACINE, "package-lock.json")];
const TAMPON = path.join(DOSSIER_WEB, ".empreinte-sources");

/** A fingerprint of the web sources: path, size and modification time of every file. */
function empreinteSources(): string | undefined {
  if (!fs.existsSync(path.join(RACINE, "src", "web"))) return undefined; // installed without sources
  const hash = crypto.createHash("sha256");
  const parcourir = (p: string) => {
    if (!fs.existsSync(p)) return;
    const s = fs.statSync(p);
    if (s.isDirectory()) {
      for (const e of fs.readdirSync(p).sort()) parcourir(path.join(p, e));
    } else {
      hash.update(`${path.relative(RACINE, p)}:${s.size}:${s.mtimeMs}\n`);
    }
  };
  SOURCES.forEach(parcourir);
  return hash.digest("hex");
}

export function webAJour(): boolean {
  if (!fs.existsSync(path.join(DOSSIER_WEB, "index.html"))) return false;
  const empreinte = empreinteSources();
  if (empreinte === undefined) return true;
  return fs.existsSync(TAMPON) && fs.readFileSync(TAMPON, "utf8") === empreinte;
}

/**
 * Builds into a fresh folder beside dist/web, then swaps it in: the server, which serves dist/web
 * while the first build runs, never sees an index.html whose scripts are still being written.
 */
export async function construireWeb(options: { silencieux?: boolean } = {}): Promise<void> {
  const empreinte = empreinteSources();
  const vite = path.join(RACINE, "node_modules", "vite", "bin", "vite.js");
  const provisoire = `${DOSSIER_WEB}.construction-${process.pid}`;
  fs.rmSync(provisoire, { recursive: true, force: true });
  const args = [vite, "build", "--outDir", provisoire, "--emptyOutDir", "--logLevel", options.silencieux ? "error" : "warn"];
  await new Promise<void>((resolve, reject) => {
    const enfant = spawn(process.execPath, args, {
      cwd: RACINE,
      stdio: ["ignore", "inherit", "inherit"],
      env: { ...process.env, NODE_ENV: "production" },
    });
    // Lower priority: on a first start the database preparation is what the API waits for.
    if (enfant.pid) {
      try {
        os.setPriority(enfant.pid, 10);
      } catch {
        // not permitted here: the build simply runs at normal priority
      }
    }
    enfant.on("error", reject);
    enfant.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`la construction de l'application web a échoué (code ${code})`))));
  }).catch((e: unknown) => {
    fs.rmSync(provisoire, { recursive: true, force: true });
    throw e;
  });
  if (empreinte) fs.writeFileSync(path.join(provisoire, path.basename(TAMPON)), empreinte);
  remplacerDossier(provisoire, DOSSIER_WEB);
}

/** Puts `nouveau` in place of `cible` with renames only (the old build is gone a moment before). */
function remplacerDossier(nouveau: string, cible: string): void {
  const ancien = `${cible}.ancienne-${process.pid}`;
  if (fs.existsSync(cible)) fs.renameSync(cible, ancien);
  fs.renameSync(nouveau, cible);
  fs.rmSync(ancien, { recursive: true, force: true });
}

export async function construireWebSiNecessaire(options: { silencieux?: boolean } = {}): Promise<boolean> {
  if (webAJour()) return false;
  await construireWeb(options);
  return true;
}
