/**
 * The synthetic pool of the benchmarks that read it (search, matching): N generated profiles
 * (src/domain/experts/demo.ts, fixed seed) over 500 collectivités, loaded into a fresh database,
 * or found again in the one a previous run kept (`--keep`, then `--reuse`).
 */
import { sql } from "drizzle-orm";
import type { Database } from "../../src/db/client";
import { avecIndexGinSuspendus } from "../../src/db/index-suspendus";
import { insererProfils } from "../../src/db/repositories/profils";
import { aInserer, genererProfils } from "../../src/domain/experts";
import { aleatoire } from "../../src/domain/shared";

/** The command-line options of a benchmark of the pool (`parseArgs`), which add their own. */
export const OPTIONS_DU_VIVIER = {
  engine: { type: "string", default: "pglite" },
  profiles: { type: "string", default: "100000" },
  url: { type: "string", default: "postgres://root@127.0.0.1:5432/postgres" },
  /** Keep the PostgreSQL database afterwards, to study the plans (EXPLAIN ANALYZE) or run another benchmark of the pool on it. */
  keep: { type: "boolean", default: false },
  /** Run on the database a previous `--keep` run left (PostgreSQL), without loading. */
  reuse: { type: "boolean", default: false },
} as const;

/** The PostgreSQL database the pool is kept in between runs, which every benchmark of the pool shares. */
export const BASE_DU_VIVIER = "vivier_bench_recherche";
const EMPLOYEURS = 500;

export type EmployeurDuBanc = { id: string; codeDepartement: string; codeRegion: string };

/** Loads `nombre` profiles over the employers it creates; their ids, départements and régions. */
export async function remplirVivier(database: Database, nombre: number): Promise<EmployeurDuBanc[]> {
  const alea = aleatoire(42);
  const employeurs: EmployeurDuBanc[] = [];
  for (let i = 0; i < EMPLOYEURS; i++) {
    const departement = String((i % 95) + 1).padStart(2, "0");
    const [o] = await database.db.execute<{ id: string }>(sql`
      insert into organisations (type, categorie, nom, code_departement, code_region, reference)
      values ('collectivite', 'commune', ${`Commune ${i + 1}`}, ${departement}, ${String(11 + (i % 13))}, ${`bench:${i}`}) returning id`).then((r) => (r as unknown as { rows: { id: string }[] }).rows);
    employeurs.push({ id: o!.id, codeDepartement: departement, codeRegion: String(11 + (i % 13)) });
  }
  const parEmployeur = Math.ceil(nombre / EMPLOYEURS);
  const aujourdhui = new Date().toISOString().slice(0, 10);
  await database.db.transaction((tx) =>
    avecIndexGinSuspendus(tx, "profils_experts", async () => {
      for (const [i, e] of employeurs.entries()) {
        const n = Math.min(parEmployeur, nombre - i * parEmployeur);
        if (n <= 0) break;
        const generes = genererProfils(alea, n, { domaine: `commune-${i}.test`, n0: i * parEmployeur }, aujourdhui);
        await insererProfils(
          tx,
          e,
          generes.map((g) => aInserer(g)),
        );
        if ((i + 1) % 50 === 0) process.stderr.write(`  ${Math.min(nombre, (i + 1) * parEmployeur)} profils…\n`);
      }
    }),
  );
  // As autovacuum leaves a table in production: statistics, and the visibility map set (without
  // it, the first reads after a bulk load write every page to set hint bits).
  await database.db.execute(sql`vacuum (analyze) profils_experts`);
  return employeurs;
}

/** The employers a previous run loaded, in the order it created them. */
export async function employeursDuVivier(database: Database): Promise<EmployeurDuBanc[]> {
  const r = await database.db.execute(
    sql`select id::text, code_departement as "codeDepartement", code_region as "codeRegion" from organisations where reference like 'bench:%' order by reference`,
  );
  return (r as unknown as { rows: EmployeurDuBanc[] }).rows;
}

/** The p-th centile of durations, in milliseconds with one decimal. */
export function centile(durees: readonly number[], p: number) {
  const triees = [...durees].sort((a, b) => a - b);
  return triees[Math.min(triees.length - 1, Math.floor(p * triees.length))]!.toFixed(1);
}
