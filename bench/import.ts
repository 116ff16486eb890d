/**
 * Importing a pool of 100,000 agents from a CSV file (as `vivier import experts` and the import
 * page do): the dry run, the commit into an empty pool, and re-importing the same file (nothing
 * to write). The file is an export of generated profiles (src/domain/experts/demo.ts), domains,
 * languages and countries included. Prints its figures; asserts nothing.
 *
 *   npx tsx bench/import.ts [--engine postgres|pglite] [--rows 100000]
 *
 * Target (issue 5): 100,000 rows into PostgreSQL in under 60 s. Creates and drops a PostgreSQL
 * database named vivier_bench_import.
 */
import { sql } from "drizzle-orm";
import os from "node:os";
import { parseArgs } from "node:util";
import { lignes as lignesSql } from "../src/db/client";
import { genererProfils } from "../src/domain/experts";
import { lignesExport, versCsv } from "../src/domain/experts/export";
import { aleatoire } from "../src/domain/shared";
import { creerServiceImport } from "../src/services/experts/import";
import { ouvrirBaseDeBanc } from "./support/base";

const { values } = parseArgs({
  options: {
    engine: { type: "string", default: "postgres" },
    rows: { type: "string", default: "100000" },
    url: { type: "string", default: "postgres://root@127.0.0.1:5432/postgres" },
  },
});
const moteur = values.engine === "pglite" ? "pglite" : "postgres";
const nombre = Number(values.rows);

const profils = genererProfils(aleatoire(99), nombre, { domaine: "commune-bench.test" }, new Date().toISOString().slice(0, 10)).map((g) => g.profil);
const fichier = { nom: "vivier.csv", contenu: new TextEncoder().encode(versCsv(lignesExport(profils))) };

const { database, nettoyer } = await ouvrirBaseDeBanc(moteur, "vivier_bench_import", values.url!);
try {
  const [o] = await lignesSql<{ id: string }>(
    database.db,
    sql`insert into organisations (type, categorie, nom, code_departement, code_region, reference) values ('collectivite', 'commune', 'Commune du banc', '42', '84', 'bench:import') returning id::text`,
  );
  const service = creerServiceImport({ db: database.db });
  const contexte = { acteurId: null, organisationId: o!.id, requestId: null };
  const chrono = async <T>(f: () => Promise<T>) => {
    const t0 = performance.now();
    const r = await f();
    return { r, s: ((performance.now() - t0) / 1000).toFixed(1) };
  };
  const simulation = await chrono(() => service.analyser(o!.id, fichier));
  const commit = await chrono(() => service.importer(contexte, fichier));
  const reimport = await chrono(() => service.importer(contexte, fichier));
  console.log(`Node ${process.version}, ${os.cpus().length} cœurs ; fichier CSV de ${(fichier.contenu.length / 1024 / 1024).toFixed(1)} Mo`);
  console.log(
    `import engine=${moteur} rows=${nombre} dry_run_s=${simulation.s} commit_s=${commit.s} reimport_s=${reimport.s} ` +
      `created=${commit.r.ecrit.crees} unchanged_on_reimport=${reimport.r.rapport.totaux.inchange}`,
  );
} finally {
  await nettoyer();
}
