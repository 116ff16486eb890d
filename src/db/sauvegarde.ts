/**
 * Logical backup and restore, the same on PGlite and PostgreSQL: a gzip file of JSON lines, one
 * header then one line per row, each row as PostgreSQL's own JSON of it (`row_to_json`), restored
 * with `json_populate_recordset`, so that every type (bytea, timestamps, numbers) round-trips
 * exactly. A backup taken on PGlite restores on PostgreSQL and the other way round: the way to move
 * from a laptop to a server.
 *
 * A backup is tied to the schema level (number of migrations) it was taken at; restore refuses
 * another level rather than guess.
 */
import fs from "node:fs";
import readline from "node:readline";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import zlib from "node:zlib";
import { sql } from "drizzle-orm";
import { type Db, type DbOrTx, lignes } from "./client";
import { avecIndexGinSuspendus } from "./index-suspendus";
import { latestMigrationTag } from "./migrate";

export const FORMAT_SAUVEGARDE = "vivier-sauvegarde";
const TAILLE_LOT = 2000;

type EnTete = { format: string; version: 1; schema: string; creeLe: string; base: string; tables: string[] };
type Ligne = { t: string; r: Record<string, unknown> };

export class ErreurSauvegarde extends Error {
  override name = "ErreurSauvegarde";
}

/** Tables of the public schema, parents before children (foreign keys). */
export async function tablesDansLOrdre(db: DbOrTx): Promise<string[]> {
  const tables = (await lignes<{ nom: string }>(db, sql`
    select table_name as nom from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`)).map((t) => t.nom);
  const dependances = await lignes<{ enfant: string; parent: string }>(db, sql`
    select c.conrelid::regclass::text as enfant, c.confrelid::regclass::text as parent
    from pg_constraint c join pg_namespace n on n.oid = c.connamespace
    where c.contype = 'f' and n.nspname = 'public'`);
  const ordre: string[] = [];
  const vues = new Set<string>();
  const visiter = (table: string, chemin: Set<string>) => {
    if (vues.has(table) || chemin.has(table)) return;
    chemin.add(table);
    for (const d of dependances) {
      const enfant = d.enfant.replace(/^public\./, "").replace(/"/g, "");
      const parent = d.parent.replace(/^public\./, "").replace(/"/g, "");
      if (enfant === table && parent !== table) visiter(parent, chemin);
    }
    vues.add(table);
    ordre.push(table);
  };
  for (const t of tables) visiter(t, new Set());
  return ordre;
}

async function colonnesInserables(db: DbOrTx, table: string): Promise<string[]> {
  return (await lignes<{ nom: string }>(db, sql`
    select column_name as nom from information_schema.columns
    where table_schema = 'public' and table_name = ${table} and is_generated = 'NEVER'
    order by ordinal_position`)).map((c) => c.nom);
}

const ident = (nom: string) => sql.raw(`"${nom.replace(/"/g, '""')}"`);

export async function sauvegarder(db: Db, fichier: string, base: string): Promise<{ tables: number; lignes: number }> {
  let total = 0;
  const tables = await tablesDansLOrdre(db);
  async function* produire(lecture: DbOrTx): AsyncGenerator<string> {
    const enTete: EnTete = { format: FORMAT_SAUVEGARDE, version: 1, schema: latestMigrationTag(), creeLe: new Date().toISOString(), base, tables };
    yield `${JSON.stringify(enTete)}\n`;
    for (const table of tables) {
      // Keyset on the physical row id (a TID range scan): each batch starts where the last ended,
      // instead of an OFFSET that rereads everything before it.
      let dernier = "(0,0)";
      for (;;) {
        const lot = await lignes<{ r: Record<string, unknown> | string; ctid: string }>(lecture, sql`
          select row_to_json(t) as r, t.ctid::text as ctid from ${ident(table)} t
          where t.ctid > ${dernier}::tid order by t.ctid limit ${TAILLE_LOT}`);
        for (const { r } of lot) {
          total++;
          yield `${JSON.stringify({ t: table, r: typeof r === "string" ? JSON.parse(r) : r } satisfies Ligne)}\n`;
        }
        if (lot.length < TAILLE_LOT) break;
        dernier = lot[lot.length - 1]!.ctid;
      }
    }
  }
  const temporaire = `${fichier}.partiel`;
  // Read everything in one snapshot, so that the backup is consistent while the app keeps writing.
  await db.transaction(async (tx) => {
    await tx.execute(sql`set transaction isolation level repeatable read`);
    await pipeline(Readable.from(produire(tx)), zlib.createGzip(), fs.createWriteStream(temporaire));
  });
  fs.renameSync(temporaire, fichier);
  return { tables: tables.length, lignes: total };
}

export async function compterLignes(db: DbOrTx): Promise<number> {
  let total = 0;
  for (const table of await tablesDansLOrdre(db)) {
    const [l] = await lignes<{ n: number }>(db, sql`select count(*)::int as n from ${ident(table)}`);
    total += Number(l?.n ?? 0);
  }
  return total;
}

/** Restores a backup into a migrated database. Refuses a non-empty database unless `forcer`. */
export async function restaurer(db: Db, fichier: string, options: { forcer: boolean }): Promise<{ lignes: number }> {
  if (!fs.existsSync(fichier)) throw new ErreurSauvegarde(`Fichier introuvable : ${fichier}`);
  const lecteur = readline.createInterface({ input: fs.createReadStream(fichier).pipe(zlib.createGunzip()), crlfDelay: Infinity });
  const iterateur = lecteur[Symbol.asyncIterator]();
  let enTete: EnTete;
  try {
    const premiere = await iterateur.next();
    enTete = JSON.parse(String(premiere.value ?? ""));
  } catch {
    throw new ErreurSauvegarde(`${fichier} n'est pas une sauvegarde Vivier lisible (gzip de lignes JSON attendu).`);
  }
  if (enTete.format !== FORMAT_SAUVEGARDE) throw new ErreurSauvegarde(`${fichier} n'est pas une sauvegarde Vivier.`);
  if (enTete.schema !== latestMigrationTag()) {
    throw new ErreurSauvegarde(
      `La sauvegarde a été faite au niveau de schéma ${enTete.schema}, cette version de Vivier est au niveau ${latestMigrationTag()} : ` +
        "restaurez-la avec la version de Vivier qui l'a produite.",
    );
  }
  const existantes = await compterLignes(db);
  if (existantes > 0 && !options.forcer) {
    throw new ErreurSauvegarde(
      `La base n'est pas vide (${existantes} lignes) : la restauration les remplacerait. Relancez avec --force pour confirmer.`,
    );
  }
  let total = 0;
  await db.transaction(async (tx) => {
    const tables = await tablesDansLOrdre(tx);
    if (existantes > 0) await tx.execute(sql.raw(`truncate ${tables.map((t) => `"${t}"`).join(", ")} cascade`));
    const colonnes = new Map<string, string[]>();
    for (const t of tables) colonnes.set(t, await colonnesInserables(tx, t));
    let lot: Record<string, unknown>[] = [];
    let tableCourante = "";
    const vider = async () => {
      if (!lot.length) return;
      const cols = colonnes.get(tableCourante);
      if (!cols) throw new ErreurSauvegarde(`Table inconnue dans la sauvegarde : ${tableCourante}`);
      const liste = sql.raw(cols.map((c) => `"${c}"`).join(", "));
      // Identity columns (GENERATED ALWAYS, the audit trail's) keep their saved values.
      await tx.execute(sql`insert into ${ident(tableCourante)} (${liste}) overriding system value
        select ${liste} from json_populate_recordset(null::${ident(tableCourante)}, ${JSON.stringify(lot)}::json)`);
      total += lot.length;
      lot = [];
    };
    const charger = async () => {
      for await (const texte of { [Symbol.asyncIterator]: () => iterateur }) {
        if (!texte.trim()) continue;
        const ligne = JSON.parse(texte) as Ligne;
        if (ligne.t !== tableCourante || lot.length >= TAILLE_LOT) {
          await vider();
          tableCourante = ligne.t;
        }
        lot.push(ligne.r);
      }
      await vider();
    };
    // A restore is a bulk load: GIN indexes are rebuilt once at the end rather than row by row.
    const suspendre = tables.reduceRight<() => Promise<void>>((suite, table) => () => avecIndexGinSuspendus(tx, table, suite), charger);
    await suspendre();
    // Identity columns and sequences continue after the restored values.
    const sequences = await lignes<{ table_name: string; column_name: string }>(tx, sql`
      select table_name, column_name from information_schema.columns
      where table_schema = 'public' and (is_identity = 'YES' or column_default like 'nextval(%')`);
    for (const s of sequences) {
      await tx.execute(sql.raw(
        `select setval(pg_get_serial_sequence('"${s.table_name}"', '${s.column_name}'), coalesce((select max("${s.column_name}") from "${s.table_name}"), 0) + 1, false)`,
      ));
    }
  });
  for (const t of await tablesDansLOrdre(db)) await db.execute(sql.raw(`analyze "${t}"`));
  return { lignes: total };
}
