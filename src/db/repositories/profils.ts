import { and, asc, desc, eq, getTableColumns, inArray, sql, type SQL } from "drizzle-orm";
import type { Indexation, Perimetre, Profil, Visibilite } from "../../domain/experts";
import { type DbOrTx, lignes } from "../client";
import { fichiers, organisations, profilsDocuments, profilsEffaces, profilsExperts, TRANCHES_RECHERCHE } from "../schema";

export type LigneProfil = typeof profilsExperts.$inferSelect;

/** The columns of a profile written from its fields and their indexation. */
function colonnes(p: Profil, i: Indexation) {
  return {
    prenom: p.prenom,
    nom: p.nom,
    courriel: p.courriel,
    telephone: p.telephone ?? null,
    numeroAgent: p.numeroAgent ?? null,
    position: p.position,
    grade: p.grade ?? null,
    cadreEmplois: p.cadreEmplois ?? null,
    categorie: p.categorie ?? null,
    metier: p.metier ?? null,
    // The countries as written; `pays` below is the search's, with the regions' countries.
    paysDeclares: p.pays,
    domaines: p.domaines,
    langues: p.langues,
    regions: p.regions,
    missionsPassees: p.missionsPassees,
    disponibilites: p.disponibilites,
    joursParAn: p.joursParAn ?? null,
    dateNaissance: p.dateNaissance ?? null,
    dateRetraitePrevue: p.dateRetraitePrevue ?? null,
    domainesCodes: i.domainesCodes,
    languesNiveaux: i.languesNiveaux,
    pays: i.pays,
    periodesDisponibles: i.periodesDisponibles,
    texteA: i.texteA,
    texteB: i.texteB,
  };
}

export async function creerProfil(tx: DbOrTx, organisation: { id: string; codeDepartement: string | null; codeRegion: string | null }, p: Profil, i: Indexation) {
  const [ligne] = await tx
    .insert(profilsExperts)
    .values({ ...colonnes(p, i), organisationId: organisation.id, codeDepartement: organisation.codeDepartement, codeRegion: organisation.codeRegion })
    .returning();
  return ligne!;
}

/** Rewrites a profile's fields; confirming it (`confirmer`) restarts its freshness. */
export async function modifierProfil(tx: DbOrTx, id: string, p: Profil, i: Indexation, confirmer: boolean) {
  const [ligne] = await tx
    .update(profilsExperts)
    .set({ ...colonnes(p, i), modifieLe: sql`now()`, ...(confirmer ? { confirmeLe: sql`now()`, rappeleLe: null } : {}) })
    .where(eq(profilsExperts.id, id))
    .returning();
  return ligne;
}

export async function confirmerProfil(tx: DbOrTx, id: string) {
  await tx.update(profilsExperts).set({ confirmeLe: sql`now()`, rappeleLe: null }).where(eq(profilsExperts.id, id));
}

export async function changerConsentement(tx: DbOrTx, id: string, c: { visibilite: Visibilite; maintienApresRetraite: boolean }) {
  const [ligne] = await tx.update(profilsExperts).set({ ...c, modifieLe: sql`now()` }).where(eq(profilsExperts.id, id)).returning();
  return ligne;
}

/** Links a profile to its agent's account, once: false when it is already claimed. */
export async function lierUtilisateur(tx: DbOrTx, profilId: string, utilisateurId: string): Promise<boolean> {
  const r = await tx
    .update(profilsExperts)
    .set({ utilisateurId, modifieLe: sql`now()` })
    .where(and(eq(profilsExperts.id, profilId), sql`${profilsExperts.utilisateurId} is null`))
    .returning({ id: profilsExperts.id });
  return r.length === 1;
}

/** The words of profiles' texts, folded, for the typo-tolerant search (see `corrigerMots`). */
export async function enregistrerMots(tx: DbOrTx, indexations: readonly Pick<Indexation, "texteA" | "texteB">[]) {
  await tx.execute(sql`
    insert into mots_recherche (mot)
    select distinct m from jsonb_array_elements_text(${JSON.stringify(indexations.map((i) => `${i.texteA} ${i.texteB}`))}::jsonb) as t,
      unnest(string_to_array(vivier_normaliser(t), ' ')) as m
    where length(m) >= 3
    on conflict do nothing`);
}

export async function trouverProfil(db: DbOrTx, id: string) {
  const [r] = await db
    .select({ profil: profilsExperts, organisationNom: organisations.nom })
    .from(profilsExperts)
    .innerJoin(organisations, eq(organisations.id, profilsExperts.organisationId))
    .where(eq(profilsExperts.id, id));
  return r;
}

export async function trouverProfilDeUtilisateur(db: DbOrTx, utilisateurId: string) {
  const [r] = await db.select({ id: profilsExperts.id }).from(profilsExperts).where(eq(profilsExperts.utilisateurId, utilisateurId));
  return r?.id;
}

/** A profile of an employer by e-mail or agent number: how an import recognises its rows. */
export async function trouverParCourrielOuNumero(db: DbOrTx, organisationId: string, courriel: string, numeroAgent: string | undefined) {
  return db
    .select()
    .from(profilsExperts)
    .where(
      and(
        eq(profilsExperts.organisationId, organisationId),
        numeroAgent ? sql`(${profilsExperts.courriel} = ${courriel} or ${profilsExperts.numeroAgent} = ${numeroAgent})` : eq(profilsExperts.courriel, courriel),
      ),
    );
}

export async function documentsDuProfil(db: DbOrTx, profilId: string) {
  return db
    .select({
      id: profilsDocuments.id,
      type: profilsDocuments.type,
      fichierId: profilsDocuments.fichierId,
      nom: fichiers.nom,
      typeMime: fichiers.typeMime,
      taille: fichiers.taille,
      creeLe: profilsDocuments.creeLe,
    })
    .from(profilsDocuments)
    .innerJoin(fichiers, eq(fichiers.id, profilsDocuments.fichierId))
    .where(eq(profilsDocuments.profilId, profilId))
    .orderBy(asc(profilsDocuments.creeLe));
}

export async function ajouterDocument(tx: DbOrTx, d: { profilId: string; fichierId: string; type: "cv" | "autre" }) {
  const [ligne] = await tx.insert(profilsDocuments).values(d).returning();
  return ligne!;
}

/** Removes a document of a profile and its file; false when the profile has no such document. */
export async function retirerDocument(tx: DbOrTx, profilId: string, documentId: string): Promise<boolean> {
  const [d] = await tx
    .delete(profilsDocuments)
    .where(and(eq(profilsDocuments.id, documentId), eq(profilsDocuments.profilId, profilId)))
    .returning({ fichierId: profilsDocuments.fichierId });
  if (!d) return false;
  await tx.delete(fichiers).where(eq(fichiers.id, d.fichierId));
  return true;
}

/** Erasure: the profile goes, an anonymous line stays for the statistics (see profils_effaces). */
export async function effacerProfil(tx: DbOrTx, ligne: LigneProfil) {
  await tx.insert(profilsEffaces).values({
    organisationId: ligne.organisationId,
    position: ligne.position,
    domainesCodes: ligne.domainesCodes,
    langues: ligne.langues.map((l) => l.code),
    pays: ligne.pays,
    effaceLe: sql`current_date`,
  });
  const sesFichiers = await tx.select({ id: profilsDocuments.fichierId }).from(profilsDocuments).where(eq(profilsDocuments.profilId, ligne.id));
  await tx.delete(profilsExperts).where(eq(profilsExperts.id, ligne.id));
  if (sesFichiers.length) await tx.delete(fichiers).where(inArray(fichiers.id, sesFichiers.map((f) => f.id)));
}

// ————————————————————————————————————————— Search

export type CriteresRecherche = {
  /** Words already corrected (see `corrigerMots`). */
  texte?: string | undefined;
  domaines?: string[] | undefined;
  /** `en:C1`: all of them (a mission needs each of its languages). */
  langues?: string[] | undefined;
  pays?: string[] | undefined;
  positions?: string[] | undefined;
  employeurs?: string[] | undefined;
  departements?: string[] | undefined;
  regions?: string[] | undefined;
  disponibleDu?: string | undefined;
  disponibleAu?: string | undefined;
  /** Only profiles confirmed since this date (not stale). */
  confirmesDepuis?: Date | undefined;
  limite: number;
  decalage: number;
};

/** What a reader may find (visibilite.ts `perimetre`), as SQL. */
export function dansLePerimetre(p: Perimetre): SQL {
  const branches: SQL[] = [sql`${profilsExperts.utilisateurId} = ${p.utilisateurId}::uuid`];
  if (p.organisationEmployeur) branches.push(sql`${profilsExperts.organisationId} = ${p.organisationEmployeur}::uuid`);
  if (p.visibilites.length) branches.push(sql`${profilsExperts.visibilite} in (${sql.join(p.visibilites.map((v) => sql`${v}`), sql`, `)})`);
  return sql`(${sql.join(branches, sql` or `)})`;
}

const requeteTexte = (texte: string) => sql`plainto_tsquery('vivier_francais'::regconfig, ${texte})`;

export const FACETTES = ["domaines", "langues", "pays", "positions", "employeurs", "departements", "regions"] as const;
export type Facette = (typeof FACETTES)[number];
const VALEURS_PAR_FACETTE = 30;

/** What a search reads of each matching profile: enough to rank it, count its facets and filter it. */
type LigneEchantillon = {
  id: string;
  rang: number;
  /** Seconds since 1970: an order that does not depend on how the server writes dates. */
  confirme: number;
  nom: string;
  domaines_codes: string[];
  langues_niveaux: string[];
  pays: string[];
  position: string;
  organisation_id: string;
  code_departement: string | null;
  code_region: string | null;
};

/**
 * Each facet: the criterion that filters on it, its values in a profile read, and whether a
 * profile read passes its filter — in memory, exactly as `requeteIndexee` says in SQL (any of
 * the domains, countries, positions, employers, territories asked; every language level asked).
 */
const FACETTE: Record<Facette, { filtre: keyof CriteresRecherche; valeurs: (l: LigneEchantillon) => readonly (string | null)[]; toutes?: true }> = {
  domaines: { filtre: "domaines", valeurs: (l) => l.domaines_codes },
  langues: { filtre: "langues", valeurs: (l) => l.langues_niveaux, toutes: true },
  pays: { filtre: "pays", valeurs: (l) => l.pays },
  positions: { filtre: "positions", valeurs: (l) => [l.position] },
  employeurs: { filtre: "employeurs", valeurs: (l) => [l.organisation_id] },
  departements: { filtre: "departements", valeurs: (l) => [l.code_departement] },
  regions: { filtre: "regions", valeurs: (l) => [l.code_region] },
};
const filtreDe = (c: CriteresRecherche, f: Facette) => ((c[FACETTE[f].filtre] as string[] | undefined) ?? []).map((v) => v.toLowerCase());
function passe(l: LigneEchantillon, f: Facette, demandees: readonly string[]) {
  const siennes = new Set(FACETTE[f].valeurs(l).flatMap((v) => (v === null ? [] : [v.toLowerCase()])));
  return FACETTE[f].toutes ? demandees.every((v) => siennes.has(v)) : demandees.some((v) => siennes.has(v));
}

/** Whether a search has a condition that the tranches' indexes serve: words or facet values. */
const parLesTranches = (c: CriteresRecherche) => Boolean(c.texte) || FACETTES.some((f) => filtreDe(c, f).length > 0);

/** The search token of each facet, as `vivier_jetons` (migration 0008) writes it: `pays=sn`. */
const JETON: Record<Facette, string> = {
  domaines: "domaine",
  langues: "langue",
  pays: "pays",
  positions: "position",
  employeurs: "employeur",
  departements: "departement",
  regions: "region",
};

/** The words and the facet filters as one text-search query: `'pays=sn' | 'pays=ma'`, `&` between facets. */
function requeteIndexee(c: CriteresRecherche): SQL {
  const groupes = FACETTES.flatMap((f) => {
    const termes = filtreDe(c, f).map((v) => `'${JETON[f]}=${v.replace(/['\\\s]/g, "")}'`);
    return termes.length ? [`(${termes.join(FACETTE[f].toutes ? " & " : " | ")})`] : [];
  });
  const facettes = groupes.length ? sql`${groupes.join(" & ")}::tsquery` : undefined;
  if (!c.texte) return facettes!;
  return facettes ? sql`(${requeteTexte(c.texte)} && ${facettes})` : requeteTexte(c.texte);
}

/**
 * A search's conditions: the perimeter; the words and facets as one query on the vector, which
 * the tranches' indexes answer; availability and freshness, checked on the rows found.
 */
function conditions(p: Perimetre, c: CriteresRecherche): SQL[] {
  const t = profilsExperts;
  const liste: SQL[] = [dansLePerimetre(p)];
  if (parLesTranches(c)) liste.push(sql`${t.document} @@ ${requeteIndexee(c)}`);
  if (c.disponibleDu && c.disponibleAu) liste.push(sql`${t.periodesDisponibles} @> daterange(${c.disponibleDu}::date, ${c.disponibleAu}::date, '[]')`);
  if (c.confirmesDepuis) liste.push(sql`${t.confirmeLe} >= ${c.confirmesDepuis.toISOString()}::timestamptz`);
  return liste;
}

/**
 * Bounds that keep a search fast at national scale (ADR 0004, 0005): a search reads at most
 * `echantillon` matching profiles (plus one, to know whether there are more). Beyond, the total is
 * "more than", a text search is ranked among them, and facet counts are theirs. Below — the
 * searches people refine to — everything is exact.
 */
export const BORNES_RECHERCHE = { echantillon: 1_000 };
export type BornesRecherche = typeof BORNES_RECHERCHE;

/** A profile's columns but the search's own (text and vector): what lists show. */
const { document: _document, texteA: _texteA, texteB: _texteB, ...colonnesAffichees } = getTableColumns(profilsExperts);
export type ProfilAffiche = Omit<LigneProfil, "document" | "texteA" | "texteB">;

/**
 * At most `taille` matching profiles. A search by words or facet values reads the tranches one after
 * the other (ADR 0005) and stops as soon as it has enough: a frequent word costs a sixteenth of its
 * index, a rare one all sixteen small lookups.
 */
async function echantillon(db: DbOrTx, p: Perimetre, c: CriteresRecherche, taille: number, { classer }: { classer: boolean }) {
  // The rank reads each vector: only for the sample whose profiles are shown.
  const lecture = sql`select id::text, ${c.texte && classer ? sql`ts_rank_cd(document, ${requeteTexte(c.texte)}, 32)` : sql`0`}::float8 as rang,
      extract(epoch from confirme_le)::float8 as confirme, nom, domaines_codes, langues_niveaux, pays, position, organisation_id::text,
      code_departement, code_region from ${profilsExperts}`;
  const filtre = and(...conditions(p, c));
  // The tranche as a literal: the planner matches it with the partial indexes' predicates.
  const requete = parLesTranches(c)
    ? sql.join(
        Array.from({ length: TRANCHES_RECHERCHE }, (_, k) => sql`(${lecture} where tranche = ${sql.raw(String(k))} and ${filtre})`),
        sql` union all `,
      )
    : // Nothing indexed to look up: the freshest profiles, through the freshness index (the
      // table's own order would always give the oldest first).
      sql`${lecture} where ${filtre} order by confirme_le desc`;
  // Without parallel workers: starting them costs more than these few milliseconds of work, and
  // a parallel append no longer reads the tranches in order, so it no longer stops at the first.
  const rangs = await db.transaction(async (tx) => {
    await tx.execute(sql`set local max_parallel_workers_per_gather = 0`);
    return lignes<LigneEchantillon>(tx, sql`${requete} limit ${taille + 1}`);
  });
  return { lignes: rangs.slice(0, taille), complet: rangs.length <= taille };
}

function compter(rangs: readonly LigneEchantillon[], f: Facette) {
  const n = new Map<string, number>();
  for (const l of rangs) for (const v of FACETTE[f].valeurs(l)) if (v !== null) n.set(v, (n.get(v) ?? 0) + 1);
  return [...n]
    .map(([valeur, nombre]) => ({ valeur, nombre }))
    .sort((a, b) => b.nombre - a.nombre || a.valeur.localeCompare(b.valeur))
    .slice(0, f === "langues" ? VALEURS_PAR_FACETTE * 7 : VALEURS_PAR_FACETTE);
}

/**
 * A search: the page of results, the total and the counts per facet value — each facet counted
 * with the other facets' filters but not its own (choosing "anglais" must not hide the other
 * languages one could add). Two samples at most, read side by side: the profiles that match
 * everything, which are shown; and, when facets are filtered, the profiles that match the words
 * alone, on which each filtered facet is counted with the other facets' filters applied in memory.
 */
export async function rechercherProfils(db: DbOrTx, p: Perimetre, c: CriteresRecherche, bornes: BornesRecherche = BORNES_RECHERCHE) {
  const filtrees = FACETTES.filter((f) => filtreDe(c, f).length > 0);
  const sansFacettes: CriteresRecherche = { ...c, ...Object.fromEntries(filtrees.map((f) => [FACETTE[f].filtre, []])) };
  // Side by side: on PostgreSQL, two connections of the pool.
  const [principal, large] = await Promise.all([
    echantillon(db, p, c, bornes.echantillon, { classer: true }),
    filtrees.length ? echantillon(db, p, sansFacettes, bornes.echantillon, { classer: false }) : undefined,
  ]);
  const sansLeFiltreDe = (f: Facette) => large!.lignes.filter((l) => filtrees.every((autre) => autre === f || passe(l, autre, filtreDe(c, autre))));
  const facettes = Object.fromEntries(FACETTES.map((f) => [f, compter(filtrees.includes(f) ? sansLeFiltreDe(f) : principal.lignes, f)])) as Record<
    Facette,
    { valeur: string; nombre: number }[]
  >;
  const facettesEstimees = !principal.complet || (large !== undefined && !large.complet);

  let ids: string[];
  if (c.texte) {
    // Ranked among the profiles read: ranking every match of a common word would read all their vectors.
    ids = [...principal.lignes]
      .sort((a, b) => b.rang - a.rang || b.confirme - a.confirme || a.nom.localeCompare(b.nom) || a.id.localeCompare(b.id))
      .slice(c.decalage, c.decalage + c.limite)
      .map((l) => l.id);
  } else if (principal.complet || parLesTranches(c)) {
    // Every match was read, or a sample of them drawn from the tranches: ordered here, rather than
    // by walking the freshness index through rows that a rare filter would mostly reject.
    ids = [...principal.lignes]
      .sort((a, b) => b.confirme - a.confirme || a.nom.localeCompare(b.nom) || a.id.localeCompare(b.id))
      .slice(c.decalage, c.decalage + c.limite)
      .map((l) => l.id);
  } else {
    // The whole pool, or all those available or up to date: freshness orders them all, through
    // its index (dense matches, found fast; the table's order would show the oldest profiles first).
    const rangs = await db
      .select({ id: profilsExperts.id })
      .from(profilsExperts)
      .where(and(...conditions(p, c)))
      .orderBy(desc(profilsExperts.confirmeLe), asc(profilsExperts.nom), asc(profilsExperts.id))
      .limit(c.limite)
      .offset(c.decalage);
    ids = rangs.map((r) => r.id);
  }
  const lus = ids.length
    ? await db
        .select({ profil: colonnesAffichees, organisationNom: organisations.nom })
        .from(profilsExperts)
        .innerJoin(organisations, eq(organisations.id, profilsExperts.organisationId))
        .where(inArray(profilsExperts.id, ids))
    : [];
  const parId = new Map(lus.map((l) => [l.profil.id, l]));
  return {
    total: principal.lignes.length,
    totalExact: principal.complet,
    resultats: ids.map((id) => parId.get(id)).filter((l) => l !== undefined),
    facettes,
    facettesEstimees,
  };
}

/** The ids of the profiles a search reads (its sample: all of them up to the bound), freshest first. */
export async function profilsCorrespondants(db: DbOrTx, p: Perimetre, c: CriteresRecherche, bornes: BornesRecherche = BORNES_RECHERCHE): Promise<string[]> {
  const { lignes: lus } = await echantillon(db, p, c, bornes.echantillon, { classer: false });
  return [...lus].sort((a, b) => b.confirme - a.confirme || a.id.localeCompare(b.id)).map((l) => l.id);
}

/**
 * Each word of a search folded and, when no profile uses it, replaced by the nearest word that
 * one does ("urbanisme" for "urbanisne"): typos are tolerated without slowing the full-text index.
 */
export async function corrigerMots(db: DbOrTx, texte: string): Promise<{ texte: string; corrections: { mot: string; correction: string }[] }> {
  const rangs = await lignes<{ mot: string; connu: boolean; proche: string | null }>(
    db,
    sql`select mot, connu, case when connu or length(mot) < 4 then null
          else (select r.mot from mots_recherche r where r.mot % x.mot order by similarity(r.mot, x.mot) desc, r.mot limit 1) end as proche
        from (select m as mot, n, exists (select 1 from mots_recherche where mot = m) as connu
              from unnest(string_to_array(vivier_normaliser(${texte}::text), ' ')) with ordinality as u(m, n) where m <> '') x
        order by n`,
  );
  const corrections: { mot: string; correction: string }[] = [];
  const mots = rangs.map((r) => {
    if (r.connu || r.mot.length < 4 || !r.proche) return r.mot;
    corrections.push({ mot: r.mot, correction: r.proche });
    return r.proche;
  });
  return { texte: mots.join(" "), corrections };
}

/** The audit lines about a profile (creation, changes, consent), oldest first. */
export async function historiqueDuProfil(db: DbOrTx, id: string) {
  return lignes<{ horodatage: string; action: string; resume: Record<string, unknown> }>(
    db,
    sql`select to_char(horodatage at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as horodatage, action, resume
        from journal_audit where cible_type = 'profil' and cible_id = ${id} order by id`,
  );
}

export type ProfilAInserer = {
  profil: Profil;
  indexation: Indexation;
  visibilite?: Visibilite;
  maintienApresRetraite?: boolean;
  utilisateurId?: string | null;
  confirmeLe?: Date;
};
const TAILLE_LOT = 2_000;

/**
 * Many new profiles of one employer, in batches of one JSON parameter each (demo data, imports,
 * benchmarks): an existing profile with the same e-mail is left as it is. Returns how many were added.
 */
export async function insererProfils(tx: DbOrTx, organisation: { id: string; codeDepartement: string | null; codeRegion: string | null }, profils: ProfilAInserer[]): Promise<number> {
  let ajoutes = 0;
  for (let debut = 0; debut < profils.length; debut += TAILLE_LOT) {
    const lot = profils.slice(debut, debut + TAILLE_LOT).map((x) => ({
      ...colonnes(x.profil, x.indexation),
      visibilite: x.visibilite ?? "employeur",
      maintienApresRetraite: x.maintienApresRetraite ?? false,
      utilisateurId: x.utilisateurId ?? null,
      confirmeLe: (x.confirmeLe ?? new Date()).toISOString(),
    }));
    const r = await tx.execute(sql`
      insert into profils_experts (organisation_id, code_departement, code_region, utilisateur_id, prenom, nom, courriel, telephone, numero_agent,
        position, grade, cadre_emplois, categorie, metier, pays_declares, domaines, langues, regions, missions_passees, disponibilites, jours_par_an, date_naissance,
        date_retraite_prevue, visibilite, maintien_apres_retraite, confirme_le, domaines_codes, langues_niveaux, pays, periodes_disponibles, texte_a, texte_b)
      select ${organisation.id}::uuid, ${organisation.codeDepartement}::text, ${organisation.codeRegion}::text, "utilisateurId", prenom, nom, courriel, telephone,
        "numeroAgent", position, grade, "cadreEmplois", categorie, metier, array(select jsonb_array_elements_text("paysDeclares")), domaines, langues, regions,
        "missionsPassees", disponibilites, "joursParAn",
        "dateNaissance", "dateRetraitePrevue", visibilite, "maintienApresRetraite", "confirmeLe",
        array(select jsonb_array_elements_text("domainesCodes")), array(select jsonb_array_elements_text("languesNiveaux")),
        array(select jsonb_array_elements_text(pays)), "periodesDisponibles"::datemultirange, "texteA", "texteB"
      from jsonb_to_recordset(${JSON.stringify(lot)}::jsonb) as x("utilisateurId" uuid, prenom text, nom text, courriel text, telephone text,
        "numeroAgent" text, position text, grade text, "cadreEmplois" text, categorie text, metier text, "paysDeclares" jsonb, domaines jsonb,
        langues jsonb, regions jsonb, "missionsPassees" jsonb, disponibilites jsonb, "joursParAn" numeric, "dateNaissance" date, "dateRetraitePrevue" date, visibilite text,
        "maintienApresRetraite" boolean, "confirmeLe" timestamptz, "domainesCodes" jsonb, "languesNiveaux" jsonb, pays jsonb,
        "periodesDisponibles" text, "texteA" text, "texteB" text)
      on conflict do nothing`);
    ajoutes += (r as unknown as { affectedRows?: number; rowCount?: number }).affectedRows ?? (r as unknown as { rowCount?: number }).rowCount ?? 0;
    await enregistrerMots(tx, lot);
  }
  return ajoutes;
}

/**
 * The profiles that became stale since their last reminder (or were never reminded), with where
 * to write: the agent's account when they claimed the profile, else the employer's HR.
 */
export async function profilsARappeler(db: DbOrTx, perimesAvant: Date) {
  return lignes<{ id: string; prenom: string; nom: string; organisation_id: string; organisation_nom: string; courriel_agent: string | null }>(
    db,
    sql`select p.id::text, p.prenom, p.nom, p.organisation_id::text, o.nom as organisation_nom, u.email as courriel_agent
        from profils_experts p
        join organisations o on o.id = p.organisation_id
        left join utilisateurs u on u.id = p.utilisateur_id and u.desactive_le is null
        where p.confirme_le <= ${perimesAvant.toISOString()}::timestamptz and (p.rappele_le is null or p.rappele_le < p.confirme_le)
        order by p.organisation_id, p.nom`,
  );
}

export async function marquerRappeles(tx: DbOrTx, ids: string[]) {
  if (ids.length) await tx.update(profilsExperts).set({ rappeleLe: sql`now()` }).where(inArray(profilsExperts.id, ids));
}

/** The e-mail addresses of an organisation's HR (gestionnaire_rh), active accounts only. */
export async function courrielsRh(db: DbOrTx, organisationId: string) {
  const rangs = await lignes<{ email: string }>(
    db,
    sql`select distinct u.email from appartenances a join utilisateurs u on u.id = a.utilisateur_id
        where a.organisation_id = ${organisationId}::uuid and a.role = 'gestionnaire_rh' and u.desactive_le is null order by u.email`,
  );
  return rangs.map((r) => r.email);
}

// ————————————————————————————————————————— In bulk (imports)

const TABLE = getTableColumns(profilsExperts);
/** The columns a profile's fields are read back from (not the search's own). */
const {
  document: _d,
  texteA: _ta,
  texteB: _tb,
  domainesCodes: _dc,
  languesNiveaux: _ln,
  periodesDisponibles: _pd,
  ...COLONNES_DU_PROFIL
} = TABLE;
export type LigneDuProfil = Omit<LigneProfil, "document" | "texteA" | "texteB" | "domainesCodes" | "languesNiveaux" | "periodesDisponibles">;

/** Every profile of an employer, in a stable order (by name). */
export async function profilsDeLOrganisation(db: DbOrTx, organisationId: string): Promise<LigneDuProfil[]> {
  return db.select(COLONNES_DU_PROFIL).from(profilsExperts).where(eq(profilsExperts.organisationId, organisationId)).orderBy(profilsExperts.nom, profilsExperts.prenom, profilsExperts.id);
}

/**
 * A profile as one JSON row keyed by SQL column names: its fields and its indexation share the
 * table's property names, so `json_populate_recordset(null::profils_experts, …)` types them all.
 */
const CHAMPS_INDEXATION = ["domainesCodes", "languesNiveaux", "pays", "periodesDisponibles", "texteA", "texteB"] as const satisfies readonly (keyof Indexation)[];
const COLONNES_ECRITES = [...new Set([...Object.keys(colonnes({} as Profil, {} as Indexation)), ...CHAMPS_INDEXATION])] as (keyof typeof TABLE)[];
const AFFECTATIONS = sql.raw(COLONNES_ECRITES.map((k) => `"${TABLE[k].name}" = x."${TABLE[k].name}"`).join(", "));
function enregistrement(id: string, p: Profil, i: Indexation) {
  const valeurs: Record<string, unknown> = colonnes(p, i);
  return { id, ...Object.fromEntries(COLONNES_ECRITES.map((k) => [TABLE[k].name, valeurs[k] ?? null])) };
}

/** Rewrites profiles of an employer, one statement per batch: `modifierProfil`, in bulk. */
export async function modifierProfils(tx: DbOrTx, organisationId: string, lot: { id: string; profil: Profil; indexation: Indexation }[]) {
  const json = JSON.stringify(lot.map((m) => enregistrement(m.id, m.profil, m.indexation)));
  await tx.execute(sql`
    update profils_experts p set ${AFFECTATIONS}, modifie_le = now()
    from json_populate_recordset(null::profils_experts, ${json}::json) x
    where p.id = x.id and p.organisation_id = ${organisationId}::uuid`);
}

// ————————————————————————————————————————— Expected retirements (the daily job)

/**
 * A profile is due when its expected retirement date has come, its position is not yet "retraite"
 * and the job has not handled this date: never, or on a day before it (HR moved the date later
 * since then, so the new date is handled when it comes). The day handled is read in France, like
 * the date the job is given; no flag to reset when a profile is edited.
 */
const auDepartALaRetraite = (aujourdhui: string) =>
  sql`${profilsExperts.dateRetraitePrevue} <= ${aujourdhui}::date and ${profilsExperts.position} <> 'retraite'
      and (${profilsExperts.retraiteTraiteeLe} is null or (${profilsExperts.retraiteTraiteeLe} at time zone 'Europe/Paris')::date < ${profilsExperts.dateRetraitePrevue})`;

/** The employers that have profiles due on this day (`AAAA-MM-JJ`), see `auDepartALaRetraite`. */
export async function employeursAuDepartALaRetraite(db: DbOrTx, aujourdhui: string): Promise<string[]> {
  const rangs = await db.selectDistinct({ id: profilsExperts.organisationId }).from(profilsExperts).where(auDepartALaRetraite(aujourdhui)).orderBy(profilsExperts.organisationId);
  return rangs.map((r) => r.id);
}

/**
 * An employer's profiles due on this day, locked until the transaction ends (a profile edited
 * meanwhile waits, and is not overwritten), with the employer's name and the agent's address when
 * they claimed the profile and their account is active.
 */
export async function profilsAuDepartALaRetraite(tx: DbOrTx, organisationId: string, aujourdhui: string) {
  return tx
    .select({
      profil: COLONNES_DU_PROFIL,
      organisationNom: organisations.nom,
      courrielAgent: sql<string | null>`(select u.email from utilisateurs u where u.id = ${profilsExperts.utilisateurId} and u.desactive_le is null)`,
    })
    .from(profilsExperts)
    .innerJoin(organisations, eq(organisations.id, profilsExperts.organisationId))
    .where(and(eq(profilsExperts.organisationId, organisationId), auDepartALaRetraite(aujourdhui)))
    .orderBy(profilsExperts.nom, profilsExperts.prenom, profilsExperts.id)
    .for("update", { of: profilsExperts });
}

/**
 * Records that these profiles' expected retirement was handled on `aujourdhui`; `retirer`: only
 * their employer sees them now. The time recorded is now, but never before that day: a job given
 * a day to come (tests) must not find the same profiles due again on that day.
 */
export async function marquerRetraiteTraitee(tx: DbOrTx, ids: string[], aujourdhui: string, retirer: boolean) {
  if (ids.length === 0) return;
  await tx
    .update(profilsExperts)
    .set({
      retraiteTraiteeLe: sql`greatest(now(), ${aujourdhui}::date::timestamp at time zone 'Europe/Paris')`,
      modifieLe: sql`now()`,
      ...(retirer ? { visibilite: "employeur" as const } : {}),
    })
    .where(inArray(profilsExperts.id, ids));
}
