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

export async function construireWeb(options: { silencieux?: boolean } = {}): Promise<void> {
  const empreinte = empreinteSources();
  const vite = path.join(RACINE, "node_modules", "vite", "bin", "vite.js");
  await new Promise<void>((resolve, reject) => {
    const enfant = spawn(process.execPath, [vite, "build", "--logLevel", options.silencieux ? "error" : "warn"], {
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
  });
  if (empreinte) fs.writeFileSync(TAMPON, empreinte);
}

export async function construireWebSiNecessaire(options: { silencieux?: boolean } = {}): Promise<boolean> {
  if (webAJour()) return false;
  await construireWeb(options);
  return true;
}
