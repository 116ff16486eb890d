import { and, asc, desc, eq, isNull, like, lt, sql, type SQL } from "drizzle-orm";
import type { CategorieCollectivite, CollectiviteReference, TypeOrganisation } from "../../domain/organisations";
import { type DbOrTx, lignes } from "../client";
import { avecIndexGinSuspendus } from "../index-suspendus";
import { organisations } from "../schema";

export type Organisation = typeof organisations.$inferSelect;
export type NouvelleOrganisation = typeof organisations.$inferInsert;

const TAILLE_LOT = 5000;

/**
 * Inserts or updates reference collectivités by their stable `reference`, then marks as closed
 * those of the same source that the new data no longer lists. Call inside a transaction.
 * Rows travel as one JSON parameter per batch: 36,000 rows load several times faster than
 * through one bound parameter per value.
 */
export async function synchroniserCollectivites(tx: DbOrTx, collectivites: CollectiviteReference[]): Promise<void> {
  const [existantes] = await lignes<{ n: number }>(tx, sql`select count(*)::int as n from organisations where reference like 'cog:%'`);
  if (!existantes?.n) {
    await avecIndexGinSuspendus(tx, "organisations", () => inserer(tx, collectivites));
  } else {
    await inserer(tx, collectivites);
  }
  // now() is the transaction's start: every row touched above carries it, the others are gone.
  await tx
    .update(organisations)
    .set({ fermeeLe: sql`now()` })
    .where(and(like(organisations.reference, "cog:%"), lt(organisations.modifieLe, sql`now()`), isNull(organisations.fermeeLe)));
}

async function inserer(tx: DbOrTx, collectivites: CollectiviteReference[]): Promise<void> {
  for (let i = 0; i < collectivites.length; i += TAILLE_LOT) {
    const lot = JSON.stringify(collectivites.slice(i, i + TAILLE_LOT));
    await tx.execute(sql`
      insert into organisations (type, categorie, nature, nom, nom_court, code_insee, siren, code_departement, code_region, population, reference)
      select 'collectivite', categorie, nature, nom, "nomCourt", "codeInsee", siren, "codeDepartement", "codeRegion", population, reference
      from json_to_recordset(${lot}::json) as x(
        reference text, categorie text, nature text, nom text, "nomCourt" text, "codeInsee" text, siren text,
        "codeDepartement" text, "codeRegion" text, population integer)
      on conflict (reference) do update set
        categorie = excluded.categorie, nature = excluded.nature, nom = excluded.nom, nom_court = excluded.nom_court,
        code_insee = excluded.code_insee, siren = excluded.siren, code_departement = excluded.code_departement,
        code_region = excluded.code_region, population = excluded.population, fermee_le = null, modifie_le = now()`);
  }
}

/** Inserts an organisation identified by `reference`, or updates it: for demo and fixed data. */
export async function enregistrerParReference(tx: DbOrTx, o: NouvelleOrganisation & { reference: string }): Promise<Organisation> {
  const { reference: _reference, ...reste } = o;
  const [ligne] = await tx
    .insert(organisations)
    .values(o)
    .onConflictDoUpdate({ target: organisations.reference, set: { ...reste, modifieLe: sql`now()` } })
    .returning();
  return ligne!;
}

export async function trouverParReference(db: DbOrTx, reference: string): Promise<Organisation | undefined> {
  const [ligne] = await db.select().from(organisations).where(eq(organisations.reference, reference));
  return ligne;
}

export async function trouverParId(db: DbOrTx, id: string): Promise<Organisation | undefined> {
  const [ligne] = await db.select().from(organisations).where(eq(organisations.id, id));
  return ligne;
}

export type FiltresOrganisations = {
  q?: string | undefined;
  type?: TypeOrganisation | undefined;
  categorie?: CategorieCollectivite | undefined;
  departement?: string | undefined;
  /** Code INSEE or SIREN, exact. */
  code?: string | undefined;
  inclureFermees?: boolean | undefined;
  limite: number;
  decalage: number;
};

/**
 * Search by name, accents, case and punctuation folded (`saint-etienne` finds "Saint-Étienne").
 * Ranking: exact name, then names starting with the query, then names containing it as a word,
 * then close spellings (trigrams); larger populations first within each rank.
 */
export async function rechercher(db: DbOrTx, f: FiltresOrganisations): Promise<{ total: number; resultats: Organisation[] }> {
  const conditions: SQL[] = [];
  if (!f.inclureFermees) conditions.push(isNull(organisations.fermeeLe));
  if (f.type) conditions.push(eq(organisations.type, f.type));
  if (f.categorie) conditions.push(eq(organisations.categorie, f.categorie));
  if (f.departement) conditions.push(eq(organisations.codeDepartement, f.departement));
  if (f.code) conditions.push(sql`(${organisations.codeInsee} = ${f.code} or ${organisations.siren} = ${f.code})`);

  // Normalised once, so that the planner sees a constant and uses the trigram index.
  const q = f.q?.trim() ? await normaliser(db, f.q) : "";
  let rang: SQL | undefined;
  if (q) {
    const n = sql`${q}::text`;
    const contient = sql`(${organisations.nomRecherche} like '%' || ${n} || '%')`;
    // word_similarity finds "saint etiene" and other near misses; the `%>` operator uses the index.
    // Written as a union so that each branch uses the trigram index (an OR makes the planner scan).
    conditions.push(sql`${organisations.id} in (
      select id from organisations where nom_recherche like '%' || ${n} || '%'
      union select id from organisations where ${n} <% nom_recherche)`);
    rang = sql`case
      when ${organisations.nomRecherche} = ${n} or vivier_normaliser(${organisations.nomCourt}) = ${n} then 0
      when ${organisations.nomRecherche} like ${n} || '%' then 1
      when (' ' || ${organisations.nomRecherche} || ' ') like '% ' || ${n} || ' %' then 2
      when ${contient} then 3
      else 4 end`;
  }
  const where = conditions.length ? and(...conditions) : undefined;
  const [compte] = await db.select({ n: sql<number>`count(*)::int` }).from(organisations).where(where);
  const resultats = await db
    .select()
    .from(organisations)
    .where(where)
    .orderBy(
      ...(rang ? [rang, desc(sql`word_similarity(${q}::text, ${organisations.nomRecherche})`)] : []),
      sql`${organisations.population} desc nulls last`,
      asc(organisations.nom),
    )
    .limit(f.limite)
    .offset(f.decalage);
  return { total: compte?.n ?? 0, resultats };
}

/** The SQL normalisation (`vivier_normaliser`) of a user's text: one definition, in the database. */
export async function normaliser(db: DbOrTx, texte: string): Promise<string> {
  const [ligne] = await lignes<{ n: string | null }>(db, sql`select vivier_normaliser(${texte}) as n`);
  return ligne?.n ?? "";
}
