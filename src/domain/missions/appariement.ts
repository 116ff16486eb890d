/**
 * Matching (issue 6 §2, PRODUCT.md §3): how well an expert of the pool fits a mission's need, as a
 * score from 0 to 100 with the reasons the interface shows, or the motif for which the expert is
 * left out (unavailable on a dated session, or over the days per year the employer agreed to).
 *
 * Consent is not decided here: the database query hands over only the experts who consented to
 * be seen by the mission's owner (docs/vivier.md, « Qui voit »), and this module ranks what it is
 * given. Nor does it choose the candidate set: an expert with none of the domains asked gets a low
 * score, never an exclusion, so that the service stays free to widen or narrow the search.
 *
 * The inputs are structural types that the service fills from the profiles' rows and the mission,
 * so that the rule can be read and tested without either.
 */
import countries from "i18n-iso-countries";
import fr from "i18n-iso-countries/langs/fr.json" with { type: "json" };
import type { Territoire } from "../calendar";
import {
  domaine,
  DOMAINES,
  langue,
  LIBELLES_NIVEAUX_EXPERTISE,
  NIVEAUX_CECRL,
  NIVEAUX_EXPERTISE,
  type NiveauCecrl,
  type NiveauExpertise,
} from "../experts";
import { decompterSessions } from "../instruments";

countries.registerLocale(fr);

export type SessionBesoin = { debut: string; fin: string } | { jours: number };

export type BesoinMission = {
  domaines: { code: string; niveauMin?: NiveauExpertise }[];
  langues: { code: string; niveau: NiveauCecrl }[];
  /** ISO 3166-1 alpha-2. */
  pays: string;
  /** Dated (AAAA-MM-JJ, both days included) or as a number of days (half days allowed). */
  sessions: SessionBesoin[];
  /** Not part of the score: how many experts the mission needs, for the caller's limit. */
  nombreExperts?: number;
};

export type ExpertAApparier = {
  id: string;
  domaines: { code: string; niveau: NiveauExpertise }[];
  langues: { code: string; niveau: NiveauCecrl }[];
  pays: string[];
  regions?: { pays: string; nom: string }[];
  disponibilites: { debut: string; fin: string }[];
  /** Days per year the employer agreed to; unknown when absent. */
  joursParAn?: number;
  /** Days already committed (staffed) over the next 12 months. */
  joursEngages: number;
  missionsPassees?: { pays?: string }[];
};

export type TypeRaison = "domaine" | "langue" | "pays" | "disponibilite" | "charge";
/** One line of the explanation; `points` is its share of the score (0..100 scale, one decimal). */
export type Raison = { type: TypeRaison; texte: string; points: number };
export type Evaluation = { exclu: false; score: number; raisons: Raison[] } | { exclu: true; motif: string };
export type Candidat<E extends ExpertAApparier = ExpertAApparier> = { expert: E; score: number; raisons: Raison[] };
export type OptionsAppariement = {
  /** The calendar that counts the working days of dated sessions; « metropole » by default. */
  territoire?: Territoire;
};

/**
 * The weights, by criterion. `points` are out of 100 when every criterion applies; the fractions
 * say what part of a criterion's points a partial match earns. A criterion that the mission does
 * not ask for (no domain, no language) is left out and the others are scaled up to 100, so that a
 * perfect match always scores 100. docs/ explains the ranking from this table.
 */
export const POIDS = {
  domaines: {
    /** The core of the match: split evenly between the domains asked. */
    points: 60,
    /** Part earned by the level held, by how many levels it falls short of the minimum asked (0, 1, 2): below counts less, not zero. */
    parNiveauManquant: [1, 0.6, 0.3],
    /** Part earned by another domain of the same family of the thesaurus, when the one asked is missing. */
    voisin: 0.25,
    /**
     * With none of the domains asked and no neighbour, the other criteria count only for this part:
     * languages and availability alone do not make a fit, yet the expert is not excluded.
     */
    sansAucunDomaine: 0.25,
  },
  langues: {
    /** Split evenly between the languages asked. */
    points: 15,
    /** Part earned one CEFR level below the level asked; two levels below or missing earns nothing. */
    unNiveauEnDessous: 0.5,
  },
  pays: {
    /** Worked in the mission's country: declared, through a region of intervention or a past mission. */
    points: 10,
  },
  disponibilite: {
    /** Available over every dated session (an uncovered one excludes). */
    points: 10,
    /** Part earned when some sessions have no dates, so availability cannot be checked. */
    aConfirmer: 0.5,
  },
  charge: {
    /** Room left within the days per year agreed by the employer (going over excludes). */
    points: 5,
    /** Share of the agreed days above which the load counts as close to the limit. */
    seuilProche: 0.8,
    /** Part earned close to the limit: a small malus. */
    proche: 0.2,
    /** Part earned when the employer's days per year are unknown. */
    nonRenseignee: 0.5,
  },
} as const;

const RANG_EXPERTISE = Object.fromEntries(NIVEAUX_EXPERTISE.map((n, i) => [n, i])) as Record<NiveauExpertise, number>;
const RANG_CECRL = Object.fromEntries(NIVEAUX_CECRL.map((n, i) => [n, i])) as Record<NiveauCecrl, number>;
const ORDRE_TYPES: Record<TypeRaison, number> = { domaine: 0, langue: 1, pays: 2, disponibilite: 3, charge: 4 };

const dateFr = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const jours = (n: number) => `${String(n).replace(".", ",")} jour${n >= 2 ? "s" : ""}`;
const AUCUNE_DISPONIBILITE = "aucune disponibilité déclarée";

/** The mission side, computed once for a whole ranking: labels, ranks and motifs are not rebuilt per expert. */
type BesoinPrepare = {
  domaines: { code: string; famille: string | undefined; libelle: string; rangMin: number; niveauMin: NiveauExpertise | undefined }[];
  langues: { code: string; libelle: string; rang: number; niveau: NiveauCecrl }[];
  pays: string;
  nomPays: string;
  /** Sorted by start, so that an exclusion names the earliest session missed. */
  sessionsDatees: { debut: string; fin: string; motif: string }[];
  sansDates: boolean;
  joursDemandes: number;
  /** Points available: the sum of the criteria that apply. */
  possible: number;
};

function preparer(besoin: BesoinMission, options: OptionsAppariement = {}): BesoinPrepare {
  const pays = besoin.pays.toUpperCase();
  const sessionsDatees = besoin.sessions
    .filter((s): s is { debut: string; fin: string } => "debut" in s)
    .map((s) => ({ debut: s.debut, fin: s.fin, motif: `indisponible du ${dateFr(s.debut)} au ${dateFr(s.fin)}` }))
    .sort((a, b) => (a.debut < b.debut ? -1 : a.debut > b.debut ? 1 : 0));
  return {
    domaines: besoin.domaines.map((d) => {
      const connu = domaine(d.code);
      return { code: d.code, famille: connu?.famille, libelle: connu?.fr ?? d.code, rangMin: d.niveauMin ? RANG_EXPERTISE[d.niveauMin] : 0, niveauMin: d.niveauMin };
    }),
    langues: besoin.langues.map((l) => ({ code: l.code.toLowerCase(), libelle: langue(l.code.toLowerCase())?.fr ?? l.code, rang: RANG_CECRL[l.niveau], niveau: l.niveau })),
    pays,
    nomPays: countries.getName(pays, "fr") ?? pays,
    sessionsDatees,
    // No session at all cannot be checked either (a mission is published with at least one).
    sansDates: sessionsDatees.length < besoin.sessions.length || besoin.sessions.length === 0,
    // Working days of the calendar, as the advisor counts the days of expertise (LEGAL.md §5).
    joursDemandes: decompterSessions(besoin.sessions, options.territoire ?? "metropole").jours,
    possible:
      (besoin.domaines.length > 0 ? POIDS.domaines.points : 0) +
      (besoin.langues.length > 0 ? POIDS.langues.points : 0) +
      POIDS.pays.points +
      POIDS.disponibilite.points +
      POIDS.charge.points,
  };
}

// A map of this module's own: the thesaurus's lookup, reached through re-exports, costs a getter
// per call once the sources run through tsx, and a ranking asks it for every domain of every expert.
const FAMILLE_PAR_DOMAINE: ReadonlyMap<string, string> = new Map(DOMAINES.map((d) => [d.code, d.famille]));

const couvre = (periodes: readonly { debut: string; fin: string }[], s: { debut: string; fin: string }) =>
  periodes.some((p) => p.debut <= s.debut && s.fin <= p.fin);

const lendemain = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * The periods joined where they overlap or follow each other day after day: the search's
 * availability facet reads them as a PostgreSQL multirange, which joins them the same way, so an
 * expert found available there is not excluded here. Only computed when no single period covers.
 */
function periodesJointes(periodes: readonly { debut: string; fin: string }[]) {
  const triees = [...periodes].sort((a, b) => (a.debut < b.debut ? -1 : a.debut > b.debut ? 1 : 0));
  const jointes: { debut: string; fin: string }[] = [];
  for (const p of triees) {
    const derniere = jointes[jointes.length - 1];
    if (derniere && p.debut <= lendemain(derniere.fin)) {
      if (p.fin > derniere.fin) derniere.fin = p.fin;
    } else jointes.push({ debut: p.debut, fin: p.fin });
  }
  return jointes;
}

/**
 * The points an expert earns (out of `b.possible`), or the motif that excludes them. Reasons are
 * written only when `raisons` is given: a ranking scores every expert but explains only those it keeps.
 */
function apprecier(b: BesoinPrepare, e: ExpertAApparier, raisons: Raison[] | undefined): number | string {
  // Exclusions first, cheapest first: they spare the rest of the work for many experts.
  if (b.sessionsDatees.length > 0) {
    if (e.disponibilites.length === 0) return AUCUNE_DISPONIBILITE;
    let jointes: { debut: string; fin: string }[] | undefined;
    const manquees = [];
    for (const s of b.sessionsDatees) {
      if (couvre(e.disponibilites, s) || (e.disponibilites.length > 1 && couvre((jointes ??= periodesJointes(e.disponibilites)), s))) continue;
      // A ranking needs only to know that the expert is out; an explanation counts the sessions missed.
      if (!raisons) return s.motif;
      manquees.push(s);
    }
    if (manquees.length > 0) {
      const n = manquees.length - 1;
      return manquees[0]!.motif + (n > 0 ? ` (et ${n} autre${n > 1 ? "s" : ""} session${n > 1 ? "s" : ""})` : "");
    }
  }
  const total = b.joursDemandes + e.joursEngages;
  if (e.joursParAn !== undefined && total > e.joursParAn) {
    const detail = `(déjà engagés : ${jours(e.joursEngages)} ; cette mission : ${jours(b.joursDemandes)})`;
    return e.joursParAn === 0 ? `l'employeur n'accorde aucun jour par an ${detail}` : `dépasserait les ${jours(e.joursParAn)} par an accordés par l'employeur ${detail}`;
  }

  let pointsDomaines = 0;
  let autres = 0;
  const partDomaine = POIDS.domaines.points / (b.domaines.length || 1);
  let aucunDomaine = b.domaines.length > 0;
  for (const a of b.domaines) {
    let tenu: NiveauExpertise | undefined;
    let voisin: string | undefined;
    for (const d of e.domaines) {
      if (d.code === a.code) {
        tenu = d.niveau;
        break;
      }
      if (voisin === undefined && a.famille !== undefined && FAMILLE_PAR_DOMAINE.get(d.code) === a.famille) voisin = d.code;
    }
    let part = 0;
    let texte: string | undefined;
    if (tenu !== undefined) {
      const manque = Math.max(0, a.rangMin - RANG_EXPERTISE[tenu]);
      part = POIDS.domaines.parNiveauManquant[manque] ?? 0;
      if (raisons) {
        const niveau = LIBELLES_NIVEAUX_EXPERTISE[tenu].fr;
        const minimum = a.niveauMin && LIBELLES_NIVEAUX_EXPERTISE[a.niveauMin].fr;
        texte = !minimum
          ? `${a.libelle} : niveau ${niveau}`
          : manque === 0
            ? `${a.libelle} : niveau ${niveau} (${minimum} demandé)`
            : `${a.libelle} : niveau ${niveau}, en dessous du niveau ${minimum} demandé`;
      }
    } else if (voisin !== undefined) {
      part = POIDS.domaines.voisin;
      if (raisons) texte = `domaine voisin : ${domaine(voisin)?.fr ?? voisin}, de la même famille que ${a.libelle}`;
    } else if (raisons) texte = `${a.libelle} : absent du profil`;
    if (part > 0) aucunDomaine = false;
    pointsDomaines += part * partDomaine;
    if (raisons) raisons.push({ type: "domaine", texte: texte!, points: part * partDomaine });
  }

  const partLangue = POIDS.langues.points / (b.langues.length || 1);
  for (const a of b.langues) {
    let tenue: NiveauCecrl | undefined;
    for (const l of e.langues) {
      if (l.code === a.code) {
        tenue = l.niveau;
        break;
      }
    }
    const manque = tenue === undefined ? Infinity : a.rang - RANG_CECRL[tenue];
    const part = manque <= 0 ? 1 : manque === 1 ? POIDS.langues.unNiveauEnDessous : 0;
    autres += part * partLangue;
    if (raisons) {
      const texte =
        tenue === undefined ? `${a.libelle} non déclaré, ${a.niveau} demandé` : manque < 0 ? `${a.libelle} ${tenue} (${a.niveau} demandé)` : manque === 0 ? `${a.libelle} ${tenue}` : `${a.libelle} ${tenue}, ${a.niveau} demandé`;
      raisons.push({ type: "langue", texte, points: part * partLangue });
    }
  }

  let ou: string | undefined;
  if (e.pays.includes(b.pays)) ou = "";
  else {
    const region = e.regions?.find((r) => r.pays === b.pays);
    if (region) ou = ` (${region.nom})`;
    else if (e.missionsPassees?.some((m) => m.pays === b.pays)) ou = " (mission passée)";
  }
  autres += ou !== undefined ? POIDS.pays.points : 0;
  if (raisons) {
    raisons.push(
      ou !== undefined
        ? { type: "pays", texte: `a travaillé dans le pays de la mission : ${b.nomPays}${ou}`, points: POIDS.pays.points }
        : { type: "pays", texte: `pas d'expérience déclarée dans le pays de la mission : ${b.nomPays}`, points: 0 },
    );
  }

  const partDispo = b.sansDates ? POIDS.disponibilite.aConfirmer : 1;
  autres += partDispo * POIDS.disponibilite.points;
  if (raisons) {
    const datees = b.sessionsDatees;
    const texte = !b.sansDates
      ? datees.length === 1
        ? `disponible du ${dateFr(datees[0]!.debut)} au ${dateFr(datees[0]!.fin)}`
        : `disponible sur les ${datees.length} sessions`
      : datees.length > 0
        ? "disponible sur les sessions datées ; disponibilités à confirmer (sessions sans dates)"
        : "disponibilités à confirmer (sessions sans dates)";
    raisons.push({ type: "disponibilite", texte, points: partDispo * POIDS.disponibilite.points });
  }

  const proche = e.joursParAn !== undefined && total > POIDS.charge.seuilProche * e.joursParAn;
  const partCharge = e.joursParAn === undefined ? POIDS.charge.nonRenseignee : proche ? POIDS.charge.proche : 1;
  autres += partCharge * POIDS.charge.points;
  if (raisons) {
    const texte =
      e.joursParAn === undefined
        ? "jours par an non renseignés"
        : `${proche ? "proche de la limite : " : ""}${jours(total)} sur les ${jours(e.joursParAn)} par an accordés par l'employeur, cette mission comprise`;
    raisons.push({ type: "charge", texte, points: partCharge * POIDS.charge.points });
  }

  if (!aucunDomaine) return pointsDomaines + autres;
  if (raisons) {
    for (const r of raisons) r.points *= POIDS.domaines.sansAucunDomaine;
    raisons.unshift({ type: "domaine", texte: `aucun des domaines demandés ni domaine voisin : les autres critères ne comptent que pour ${POIDS.domaines.sansAucunDomaine * 100} %`, points: 0 });
  }
  return autres * POIDS.domaines.sansAucunDomaine;
}

const versScore = (points: number, b: BesoinPrepare) => Math.min(100, Math.max(0, Math.round((100 * points) / b.possible)));

/** Domains first, then languages, country, availability, load; within a criterion, what earns most first (the sort is stable). */
function ordonner(raisons: Raison[], b: BesoinPrepare): Raison[] {
  const echelle = 100 / b.possible;
  return raisons
    .map((r) => ({ ...r, points: Math.round(r.points * echelle * 10) / 10 }))
    .sort((x, y) => ORDRE_TYPES[x.type] - ORDRE_TYPES[y.type] || y.points - x.points);
}

function expliquer(b: BesoinPrepare, e: ExpertAApparier): Evaluation {
  const raisons: Raison[] = [];
  const resultat = apprecier(b, e, raisons);
  return typeof resultat === "string" ? { exclu: true, motif: resultat } : { exclu: false, score: versScore(resultat, b), raisons: ordonner(raisons, b) };
}

/** One expert against one mission: the score and its reasons, or the motif of the exclusion. */
export function evaluer(besoin: BesoinMission, expert: ExpertAApparier, options?: OptionsAppariement): Evaluation {
  return expliquer(preparer(besoin, options), expert);
}

const parId = (x: ExpertAApparier, y: ExpertAApparier) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);

/** The `n` smallest ids of a list, in order, without sorting all of it (a tie can hold most of the pool). */
function plusPetitsIds<E extends ExpertAApparier>(liste: readonly E[], n: number): E[] {
  if (liste.length <= 4 * n) return [...liste].sort(parId).slice(0, n);
  const garde: E[] = [];
  for (const e of liste) {
    if (garde.length === n && parId(e, garde[n - 1]!) >= 0) continue;
    let i = garde.length;
    while (i > 0 && parId(e, garde[i - 1]!) < 0) i--;
    garde.splice(i, 0, e);
    if (garde.length > n) garde.pop();
  }
  return garde;
}

/**
 * The `limite` best experts for a mission, excluded ones left out, by score then id (a stable,
 * reproducible order). Scores are whole numbers from 0 to 100: experts are bucketed by score, so
 * that only the kept ones are sorted and explained.
 */
export function classer<E extends ExpertAApparier>(besoin: BesoinMission, experts: readonly E[], options: OptionsAppariement & { limite: number }): Candidat<E>[] {
  const limite = Math.max(0, Math.floor(options.limite));
  if (limite === 0) return [];
  const b = preparer(besoin, options);
  const parScore: E[][] = Array.from({ length: 101 }, () => []);
  for (const e of experts) {
    const resultat = apprecier(b, e, undefined);
    if (typeof resultat === "number") parScore[versScore(resultat, b)]!.push(e);
  }
  const retenus: E[] = [];
  for (let score = 100; score >= 0 && retenus.length < limite; score--) {
    retenus.push(...plusPetitsIds(parScore[score]!, limite - retenus.length));
  }
  return retenus.map((expert) => {
    const evaluation = expliquer(b, expert);
    // Same function, same inputs: an expert scored in the first pass cannot be excluded in the second.
    if (evaluation.exclu) throw new Error(`appariement incohérent pour ${expert.id}`);
    return { expert, score: evaluation.score, raisons: evaluation.raisons };
  });
}
