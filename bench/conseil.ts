/**
 * The in-process advisor on 10,000 varied situations (bench/support/situations.ts): validation,
 * counting of working days and rules, as `POST /api/v1/advice` and `vivier advise` run them.
 * The first pass meets each class of situations for the first time (rules evaluated); the second
 * finds them known. Prints its figures; asserts nothing. Run: `npx tsx bench/conseil.ts`.
 * Target (issue 4): median under 1 ms.
 */
import { creerServiceConseil } from "../src/services/conseil/conseil";
import { genererSituations } from "./support/situations";

const NOMBRE = 10_000;
const situations = genererSituations(NOMBRE);
const service = creerServiceConseil();

const debutChargement = performance.now();
service.conseiller(situations[0]);
const chargement = performance.now() - debutChargement;

const durees: number[] = [];
const instruments = new Map<string, number>();
for (const s of situations) {
  const t0 = performance.now();
  const r = service.conseiller(s);
  durees.push(performance.now() - t0);
  instruments.set(r.instrument, (instruments.get(r.instrument) ?? 0) + 1);
}
durees.sort((a, b) => a - b);
const q = (p: number) => durees[Math.min(durees.length - 1, Math.floor(p * durees.length))]!;
const f = (v: number) => v.toFixed(3);

console.log(`advise median_ms=${f(q(0.5))} p95_ms=${f(q(0.95))} p99_ms=${f(q(0.99))} max_ms=${f(durees[durees.length - 1]!)} situations=${NOMBRE}`);
console.log(`first answer (rules read and parsed) ms=${chargement.toFixed(0)}`);

// The same situations again: every class of situations is now known (see classes-de-situations.ts).
const chaudes: number[] = [];
for (const s of situations) {
  const t0 = performance.now();
  service.conseiller(s);
  chaudes.push(performance.now() - t0);
}
chaudes.sort((a, b) => a - b);
console.log(`advise (classes known) median_ms=${f(chaudes[chaudes.length >> 1]!)} p95_ms=${f(chaudes[Math.floor(0.95 * chaudes.length)]!)}`);
console.log(`instruments: ${[...instruments].map(([i, n]) => `${i}=${n}`).join(" ")}`);
