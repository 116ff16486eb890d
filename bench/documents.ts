/**
 * The document engine: each template filled from its example (src/documents/exemples) and rendered
 * N times in each format, as `vivier documents render` and the procedures do; prints one line per
 * template and format; asserts nothing.
 *
 *   npx tsx bench/documents.ts [--iterations 30]
 *
 * Target (issue 7): each document in under 500 ms. A process's first document also pays for loading
 * the engine (pdfmake, pdfkit, docx) and for reading the font: both figures are printed apart, as a
 * one-off `vivier documents render` pays them.
 */
import fs from "node:fs";
import os from "node:os";
import { parseArgs } from "node:util";

const debutChargement = performance.now();
const { DOSSIER_EXEMPLES, FORMATS, nomsDesModeles, rendre } = await import("../src/documents");
const chargement = performance.now() - debutChargement;

const { values } = parseArgs({ options: { iterations: { type: "string", default: "30" } } });
const iterations = Number(values.iterations);
if (!Number.isInteger(iterations) || iterations < 1) throw new Error(`--iterations : un entier positif attendu, reçu « ${values.iterations} »`);

/** The p-th centile of durations, in milliseconds with one decimal (as bench/support/vivier.ts). */
function centile(durees: readonly number[], p: number) {
  const triees = [...durees].sort((a, b) => a - b);
  return triees[Math.min(triees.length - 1, Math.floor(p * triees.length))]!.toFixed(1);
}

async function mesurer(nom: string, donnees: unknown, format: "pdf" | "docx"): Promise<{ ms: number; octets: number }> {
  const t0 = performance.now();
  const r = await rendre(nom, donnees, { format, genereLe: "2026-12-01" });
  const ms = performance.now() - t0;
  if (!r.ok) throw new Error(`${nom} : ${r.erreurs.map((e) => e.message).join(" ; ")}`);
  return { ms, octets: r.octets.length };
}

console.log(`Node ${process.version}, ${os.cpus().length} cœurs, charge ${os.loadavg().map((c) => c.toFixed(1)).join(" ")} ; ${iterations} rendus par modèle et par format`);
console.log(`chargement du moteur (import) : ${chargement.toFixed(0)} ms`);
let premier = true;
for (const nom of nomsDesModeles()) {
  const donnees: unknown = JSON.parse(fs.readFileSync(new URL(`${nom}.json`, DOSSIER_EXEMPLES), "utf8"));
  for (const format of FORMATS) {
    const froid = await mesurer(nom, donnees, format);
    if (premier) console.log(`premier rendu du processus (lecture des modèles et de la police comprise) : ${froid.ms.toFixed(0)} ms`);
    premier = false;
    const durees: number[] = [];
    for (let i = 0; i < iterations; i++) durees.push((await mesurer(nom, donnees, format)).ms);
    console.log(`documents modele=${nom} format=${format} p50_ms=${centile(durees, 0.5)} p95_ms=${centile(durees, 0.95)} max_ms=${centile(durees, 1)} octets=${froid.octets}`);
  }
}
