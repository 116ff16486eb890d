/**
 * Start-up time and idle memory of `vivier start` on the embedded database, as a new user sees
 * them: a first start on an empty data folder (reference data loaded), then a restart.
 * Prints its figures; asserts nothing. Run: `npx tsx bench/memoire-repos.ts`.
 * Target (issue 2): healthy within 20 s on first start, under 5 s on restart; idle RSS < 400 MB.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { attendreFin, attendreSante, lancer } from "../test/support/cli";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "vivier-bench-"));
const port = 3991;
const url = `http://127.0.0.1:${port}`;
const env = { DATA_DIR: dataDir, PORT: String(port), HOST: "127.0.0.1", LOG_LEVEL: "warn", NODE_ENV: "development" };

/** RSS of a process, in MB, from /proc. */
function rssMo(pid: number): number {
  const statut = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(statut)?.[1] ?? 0) / 1024);
}

async function mesurer(libelle: string) {
  const debut = Date.now();
  const serveur = lancer(["start"], env);
  await attendreSante(url, 60_000);
  const sain = Date.now() - debut;
  // Some traffic, then rest.
  for (const q of ["saint-etienne", "lyon", "gironde", "paris", "martinique"]) await fetch(`${url}/api/v1/organisations?q=${q}`);
  await new Promise((r) => setTimeout(r, 5000));
  console.log(`${libelle} : en bonne santé après ${sain} ms ; mémoire au repos (RSS) ${rssMo(serveur.pid!)} Mo`);
  serveur.kill("SIGINT");
  await attendreFin(serveur, 20_000);
}

console.log(`Node ${process.version}, ${os.cpus().length} cœurs, charge ${os.loadavg()[0]!.toFixed(2)}`);
await mesurer("premier démarrage (base vide, référentiels à charger)");
await mesurer("redémarrage");
console.log(`taille de la base intégrée : ${execFileSync("du", ["-sh", dataDir]).toString().split("\t")[0]}`);
fs.rmSync(dataDir, { recursive: true, force: true });
