/**
 * Matching's read of the pool (issue 6 §2): for a mission, a bounded set of candidates within what
 * the mission's owner may see (visibilite.ts `perimetreDuProprietaire`, the same SQL clause as the
 * search), holding at least one of the domains asked and available over every dated session. The
 * domain ranks them (domain/missions/appariement.ts); this module only decides what is read, and
 * reads it through the search's indexes (ADR 0005: facet tokens in the vector, one GIN index per
 * tranche; the availability multirange and its GiST index). docs/missions-appariement.md explains
 * the two ways of reading, and docs/performance.md what they cost at 1,000,000 profiles.
 */
import { type SQL, sql } from "drizzle-orm";
import type { Perimetre } from "../../domain/experts";
import type { BesoinMission } from "../../domain/missions";
import { type DbOrTx, lignes } from "../client";
import { TRANCHES_RECHERCHE } from "../schema";
import { dansLePerimetre } from "./profils";

/**
 * At most `echantillon` candidates are read for a mission (and one more, to know whether there are
 * others): ranking them all is a few milliseconds; reading them is what costs.
 */
export const BORNES_APPARIEMENT = { echantillon: 1_000 };

/** What ranking needs of a profile (domain `ExpertAApparier` but the days staffed), and what a list of candidates shows. */
export type ProfilCandidat = {
  id: string;
  organisationId: string;
  visibilite: "employeur" | "operateurs" | "ministere";
  prenom: string;
  nom: string;
  position: string;
  metier: string | null;
  domaines: { code: string; niveau: string }[];
  langues: { code: string; niveau: string }[];
  /** The countries declared; those of the regions are in `regions`, those of past missions in `missionsPassees`. */
  pays: string[];
  regions: { pays: string; nom: string }[];
  disponibilites: { debut: string; fin: string }[];
  joursParAn: number | undefined;
  missionsPassees: { pays?: string }[];
};

type LigneCandidat = {
  id: string;
  /** The first tranche's read only: how many holders of a token it examined. */
  examines?: number;
  organisation_id: string;
  visibilite: ProfilCandidat["visibilite"];
  prenom: string;
  nom: string;
  position: string;
  metier: string | null;
  domaines: ProfilCandidat["domaines"];
  langues: ProfilCandidat["langues"];
  pays_declares: string[];
  regions: ProfilCandidat["regions"];
  disponibilites: ProfilCandidat["disponibilites"];
  jours_par_an: number | null;
  pays_missions: (string | null)[];
};

/** The columns read: the past missions reduced to their countries, the only thing ranking reads of them. */
const COLONNES = sql.raw(`id::text, organisation_id::text, visibilite, prenom, nom, position, metier, domaines, langues, pays_declares, regions,
  disponibilites, jours_par_an::float8, jsonb_path_query_array(missions_passees, '$[*].pays') as pays_missions`);

const versCandidat = (l: LigneCandidat): ProfilCandidat => ({
  id: l.id,
  organisationId: l.organisation_id,
  visibilite: l.visibilite,
  prenom: l.prenom,
  nom: l.nom,
  position: l.position,
  metier: l.metier,
  domaines: l.domaines,
  langues: l.langues,
  pays: l.pays_declares,
  regions: l.regions,
  disponibilites: l.disponibilites,
  joursParAn: l.jours_par_an ?? undefined,
  missionsPassees: l.pays_missions.map((pays) => (typeof pays === "string" ? { pays } : {})),
});

export type OptionsCandidats = {
  echantillon: number;
  /**
   * The working days the mission asks: an employer who agreed fewer days per year rules the agent
   * out whatever they already do (the domain excludes them too), so they are not read.
   */
  joursDemandes?: number;
  /**
   * The second pass: the profiles holding one of these codes (the domains asked's neighbours in the
   * thesaurus) and none of the domains asked, which the first pass read.
   */
  voisins?: readonly string[];
  /**
   * What a profile is worth before it is ranked, from what the tokens tell (each domain asked held,
   * every language at its level, the country): the order in which a dated read keeps its sample.
   */
  poids?: { parDomaine: number; langues: number; pays: number };
  /** With dates, how the tranches after the first are read, instead of the cheaper: for tests, which check that both give the same. */
  lecture?: "tranches" | "bitmap";
};

/** A search token of the vector (`vivier_jetons`, migration 0008), quoted for a tsquery: `'pays=sn'`. */
const jeton = (facette: string, valeur: string) => `'${facette}=${valeur.toLowerCase().replace(/['\\\s]/g, "")}'`;
const ou = (termes: string[]) => `(${termes.join(" | ")})`;
const et = (termes: string[]) => `(${termes.join(" & ")})`;
/** A text[] literal, as profils.ts writes its facet filters. */
const tableau = (valeurs: readonly string[]) => sql`${`{${valeurs.map((v) => `"${v.replace(/["\\]/g, "")}"`).join(",")}}`}::text[]`;
const languesNiveaux = (besoin: BesoinMission) => besoin.langues.map((l) => `${l.code.toLowerCase()}:${l.niveau}`);
const sessionsDatees = (besoin: BesoinMission) => besoin.sessions.filter((s): s is { debut: string; fin: string } => "debut" in s);

/** A collectivité's perimeter is its own employer: its token narrows the lookup inside the index (the perimeter clause still decides). */
const dansLIndex = (p: Perimetre, requete: string) => (p.organisationEmployeur && p.visibilites.length === 0 ? `(${requete}) & ${jeton("employeur", p.organisationEmployeur)}` : requete);

/**
 * The tokens a candidate holds. First pass: one of the domains asked; second pass: one of their
 * neighbours and none of them. A mission without domains (a draft) looks for the country or the
 * languages.
 */
function jetonsRecherches(p: Perimetre, besoin: BesoinMission, voisins: readonly string[] | undefined): string {
  const demandes = besoin.domaines.map((d) => jeton("domaine", d.code));
  const langues = languesNiveaux(besoin).map((l) => jeton("langue", l));
  if (voisins) {
    const autres = ou(voisins.map((v) => jeton("domaine", v)));
    return dansLIndex(p, demandes.length ? `${autres} & !${ou(demandes)}` : autres);
  }
  return dansLIndex(p, demandes.length ? ou(demandes) : ou([jeton("pays", besoin.pays), ...(langues.length ? [et(langues)] : [])]));
}

/**
 * The best fits the tokens can tell, which the score ranks first (domains weigh most, then
 * languages and country) so that a sample must not miss them: two of the domains asked or more, or
 * one with every language at its level and the country. Pairs are spelt out for up to five domains
 * (ten pairs); a mission asking more is rare, and its sample goes without them.
 */
function jetonsDesMeilleurs(p: Perimetre, besoin: BesoinMission): string {
  const demandes = besoin.domaines.map((d) => jeton("domaine", d.code));
  const reste = et([...languesNiveaux(besoin).map((l) => jeton("langue", l)), jeton("pays", besoin.pays)]);
  if (demandes.length === 0) return dansLIndex(p, reste);
  const paires = demandes.length <= 5 ? demandes.flatMap((a, i) => demandes.slice(i + 1).map((b) => et([a, b]))) : [];
  return dansLIndex(p, ou([...paires, `(${ou(demandes)} & ${reste})`]));
}

/** What every candidate satisfies besides its tokens and availability: the perimeter, the days agreed. */
function conditions(p: Perimetre, o: OptionsCandidats): SQL {
  const liste = [dansLePerimetre(p)];
  if (o.joursDemandes) liste.push(sql`(jours_par_an is null or jours_par_an >= ${o.joursDemandes})`);
  return sql.join(liste, sql` and `);
}

/**
 * Available over every dated session: the multirange of availabilities (adjacent periods joined,
 * as the domain joins them) contains the sessions' multirange. One condition rather than one per
 * session: PostgreSQL estimates it well, where it multiplied the sessions' chances as if they were
 * independent (a few weeks apart, they are not), thought a handful of profiles available, and
 * read them all through the availability index alone.
 */
function disponible(besoin: BesoinMission): SQL | undefined {
  const sessions = sessionsDatees(besoin);
  if (sessions.length === 0) return undefined;
  return sql`periodes_disponibles @> datemultirange(${sql.join(
    sessions.map((s) => sql`daterange(${s.debut}::date, ${s.fin}::date, '[]')`),
    sql`, `,
  )})`;
}

/** What the tokens tell of a profile's score, in the caller's weights: the order in which a bitmap read keeps its rows. */
function valeur(besoin: BesoinMission, o: OptionsCandidats): SQL {
  const poids = o.poids ?? { parDomaine: 1, langues: 1, pays: 1 };
  const langues = languesNiveaux(besoin);
  return sql.join(
    [
      ...besoin.domaines.map((d) => sql`(domaines_codes @> ${tableau([d.code])})::int * ${poids.parDomaine}::float8`),
      ...(langues.length ? [sql`(langues_niveaux @> ${tableau(langues)})::int * ${poids.langues}::float8`] : []),
      sql`(pays @> ${tableau([besoin.pays.toUpperCase()])})::int * ${poids.pays}::float8`,
    ],
    sql` + `,
  );
}

/**
 * One statement's settings. No parallel workers (they cost more to start than these reads, and
 * an append read in parallel no longer stops at its first tranches); no sequential scan (the
 * planner, misled by a limit, would read the table in order and test each vector); no JIT (a
 * wide neighbour lookup is costed high enough to compile, which takes longer than running it);
 * bitmaps kept exact (a lossy bitmap makes the heap visit every profile of its pages).
 */
async function lire(db: DbOrTx, requete: SQL): Promise<LigneCandidat[]> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('max_parallel_workers_per_gather', '0', true), set_config('enable_seqscan', 'off', true),
      set_config('jit', 'off', true), set_config('work_mem', '32MB', true)`);
    return lignes<LigneCandidat>(tx, requete);
  });
}

const TOUTES = Array.from({ length: TRANCHES_RECHERCHE }, (_, k) => k);

/**
 * The tranches one after the other, as the search reads them (ADR 0005): the statement stops as
 * soon as it has `taille` rows. Availability is tested on each profile the token index gives,
 * behind an optimisation fence (`offset 0`): without it, each branch would cross its index with
 * the availability index, and so scan that whole index once per tranche.
 */
function parTranches(requete: string, filtre: SQL, dispo: SQL | undefined, taille: number, tranches: readonly number[] = TOUTES): SQL {
  const branches = tranches.map((k) => {
    // The tranche as a literal: the planner matches it with the partial indexes' predicates.
    const lus = sql`select * from profils_experts where tranche = ${sql.raw(String(k))} and document @@ ${requete}::tsquery and ${filtre}`;
    return dispo ? sql`(select ${COLONNES} from (${lus} offset 0) as profils_experts where ${dispo})` : sql`(select ${COLONNES} from (${lus}) as profils_experts)`;
  });
  return sql`${sql.join(branches, sql` union all `)} limit ${taille}`;
}

/**
 * The tranches' token indexes as one bitmap (an OR of the partial indexes), crossed with the
 * availability index's once: only the profiles both holding a token and available are visited.
 * All of them are, to keep the `taille` best by `ordre`: each costs more than a profile read by
 * tranches (the availability index is inexact, so PostgreSQL checks every row again, vector
 * included), which is why this read serves the missions whose sessions few profiles cover.
 */
function parBitmap(requete: string, filtre: SQL, dispo: SQL, taille: number, ordre: SQL, tranches: readonly number[] = TOUTES): SQL {
  const parTranche = sql.join(
    tranches.map((k) => sql`(tranche = ${sql.raw(String(k))} and document @@ ${requete}::tsquery)`),
    sql` or `,
  );
  return sql`select ${COLONNES} from profils_experts where (${parTranche}) and ${filtre} and ${dispo} order by ${ordre} desc, tranche, id limit ${taille}`;
}

/**
 * Candidates for a mission, at most `echantillon` (`complet`: every profile that qualifies was
 * read). Without dated sessions, most profiles holding a domain asked qualify: the tranches are
 * read one after the other until the sample is full, a random sample like the search's (ADR 0005).
 * With dates, availability rules most of them out, and reading them one by one until enough are
 * found could visit every holder of the domains (9,000 per domain at 1,000,000 profiles): the
 * first tranche is read so, and what it found tells which way reads the others cheaper — so
 * again, or the bitmap of the token and availability indexes, which gives all those that qualify
 * (`parTranchesMoinsCher`). Beside a sample, the best fits (`jetonsDesMeilleurs`) are read from
 * every tranche and kept first. The second pass (`voisins`) reads by bitmap when there are dates:
 * it comes when the first found few, so availability is what is scarce.
 */
export async function trouverCandidats(
  db: DbOrTx,
  p: Perimetre,
  besoin: BesoinMission,
  o: OptionsCandidats,
): Promise<{ candidats: ProfilCandidat[]; complet: boolean }> {
  if (o.voisins?.length === 0) return { candidats: [], complet: true };
  const taille = Math.max(1, Math.floor(o.echantillon));
  const requete = jetonsRecherches(p, besoin, o.voisins);
  const filtre = conditions(p, o);
  const dispo = disponible(besoin);
  const resultat = (rangs: LigneCandidat[]) => ({ candidats: rangs.slice(0, taille).map(versCandidat), complet: rangs.length <= taille });

  if (o.voisins) return resultat(await lire(db, dispo ? parBitmap(requete, filtre, dispo, taille + 1, valeur(besoin, o)) : parTranches(requete, filtre, undefined, taille + 1)));

  // The best fits, read beside the sample when it is one (two connections of the pool on PostgreSQL).
  const avecLesMeilleurs = async (echantillon: Promise<LigneCandidat[]>) => {
    const [meilleurs, lus] = await Promise.all([lire(db, parTranches(jetonsDesMeilleurs(p, besoin), filtre, dispo, taille)), echantillon]);
    const candidats = new Map(meilleurs.map((l) => [l.id, l]));
    for (const l of lus) {
      if (candidats.size >= taille) break;
      candidats.set(l.id, l);
    }
    return { candidats: [...candidats.values()].map(versCandidat), complet: lus.length <= taille };
  };
  if (!dispo) return avecLesMeilleurs(lire(db, parTranches(requete, filtre, undefined, taille + 1)));

  const premiere = await lire(db, premiereTranche(requete, filtre, dispo, taille + 1));
  if (premiere.length > taille) return avecLesMeilleurs(Promise.resolve(premiere));
  const reste = TOUTES.slice(1);
  const suite = taille + 1 - premiere.length;
  if (o.lecture ? o.lecture === "tranches" : parTranchesMoinsCher(premiere, taille)) {
    return avecLesMeilleurs(lire(db, parTranches(requete, filtre, dispo, suite, reste)).then((lus) => [...premiere, ...lus]));
  }
  // Few available: all of them, the best first if there are more than the sample after all.
  return resultat([...premiere, ...(await lire(db, parBitmap(requete, filtre, dispo, suite, valeur(besoin, o), reste)))]);
}

/**
 * What the two reads cost, in profiles read by tranches (a heap page each), as measured at
 * 1,000,000 profiles (docs/performance.md, « Appariement »): the availability index's scan, and a
 * profile read through the bitmap (its page, and its vector fetched from TOAST to check it again).
 */
const COUT_LECTURE = { indexDisponibilites: 2_500, profilParBitmap: 6 };

/** The first tranche read by tranches, each available profile with how many holders of a token it read (`examines`). */
function premiereTranche(requete: string, filtre: SQL, dispo: SQL, taille: number): SQL {
  const lus = sql`select * from profils_experts where tranche = 0 and document @@ ${requete}::tsquery and ${filtre} offset 0`;
  return sql`select * from (select ${COLONNES}, ${dispo} as disponible, count(*) over ()::int as examines from (${lus}) as profils_experts) as t
    where disponible limit ${taille}`;
}

/**
 * Whether the other tranches are cheaper read one after the other than by bitmap, from what the
 * first one found: `m` available among `e` holders of a token. By tranches, the sample fills after
 * `e × (taille − m) / m` more profiles (or every holder, if it never fills); by bitmap, the
 * availability index and the `m` per tranche that qualify, each dearer.
 */
function parTranchesMoinsCher(premiere: readonly LigneCandidat[], taille: number): boolean {
  const m = premiere.length;
  if (m === 0) return false;
  const e = premiere[0]!.examines ?? m;
  const autres = TRANCHES_RECHERCHE - 1;
  const parTranches = Math.min(autres * e, (e * (taille - m)) / m);
  return parTranches < COUT_LECTURE.indexDisponibilites + COUT_LECTURE.profilParBitmap * autres * m;
}

/** What a list of candidates shows besides what ranking read: the employer's name, the contact and the employer's own fields (projected by the caller). */
export type DetailsCandidat = {
  id: string;
  organisationNom: string;
  courriel: string;
  telephone: string | null;
  numeroAgent: string | null;
  dateNaissance: string | null;
  dateRetraitePrevue: string | null;
};

/** The details of the candidates kept, by id: read for the few shown, not for every profile ranked. */
export async function detailsDesCandidats(db: DbOrTx, ids: readonly string[]): Promise<Map<string, DetailsCandidat>> {
  if (ids.length === 0) return new Map();
  const rangs = await lignes<DetailsCandidat>(
    db,
    sql`select p.id::text, o.nom as "organisationNom", p.courriel, p.telephone, p.numero_agent as "numeroAgent",
          p.date_naissance::text as "dateNaissance", p.date_retraite_prevue::text as "dateRetraitePrevue"
        from profils_experts p join organisations o on o.id = p.organisation_id
        where p.id = any(${tableau(ids)}::uuid[])`,
  );
  return new Map(rangs.map((r) => [r.id, r]));
}
