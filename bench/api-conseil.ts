/**
 * Throughput of `POST /api/v1/advice` on a started server (`vivier start`, embedded database),
 * measured with autocannon: 10 connections for 15 s, each request one of 1,000 varied situations
 * (bench/support/situations.ts). Prints its figures; asserts nothing.
 * Run: `npx tsx bench/api-conseil.ts`. Target (issue 4): at least 500 requests per second.
 */
import autocannon from "autocannon";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { attendreFin, attendreSante, lancer } from "../test/support/cli";
import { genererSituations } from "./support/situations";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "vivier-bench-api-"));
const port = 3992;
const url = `http://127.0.0.1:${port}`;
const serveur = lancer(["start"], { DATA_DIR: dataDir, PORT: String(port), HOST: "127.0.0.1", LOG_LEVEL: "warn", NODE_ENV: "production", SESSION_SECRET: "banc-d-essai-".padEnd(40, "x") });
await attendreSante(url, 60_000, serveur);

const corps = genererSituations(1_000).map((s) => JSON.stringify(s));
let suivant = 0;
const mesurer = (duree: number) =>
  autocannon({
    url: `${url}/api/v1/advice`,
    connections: 10,
    duration: duree,
    requests: [
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        setupRequest: (requete) => ({ ...requete, body: corps[suivant++ % corps.length] }),
      },
    ],
  });

await mesurer(3); // warm-up: the first answer of each class is computed once
const r = await mesurer(15);
console.log(`Node ${process.version}, ${os.cpus().length} cœurs, charge ${os.loadavg()[0]!.toFixed(2)}`);
console.log(
  `advice_api requests_per_s=${Math.round(r.requests.average)} latency_p50_ms=${r.latency.p50} latency_p99_ms=${r.latency.p99} ` +
    `requests=${r.requests.total} non_2xx=${r.non2xx} errors=${r.errors} connections=10 duration_s=15`,
);
serveur.kill("SIGINT");
await attendreFin(serveur, 20_000);
fs.rmSync(dataDir, { recursive: true, force: true });
