/**
 * The mission form as the user fills it (strings, as inputs give them), and its translations: from
 * a mission read from the API, into the body of POST /projets/:id/missions and PUT /missions/:id,
 * and the API's field errors (`sessions.1.fin`, `domaines.0.code`) into this form's fields.
 *
 * The API is the one validator: the form sends what was typed, so that every error comes back at
 * once, field by field; only "nothing chosen here" is said in friendlier words than the API's.
 *
 * Entries of the lists (domains, languages, sessions) carry a `cle` that never changes while the
 * form is open: the API names an entry by its rank, the form by its `cle`, so that an error stays
 * on its entry when an entry above it is removed.
 */
import type { ModeSession } from "../../components/ChampsSession";
import { type DomaineExpertise, ErreurApi, type LangueParlee, type MissionSaisie, type SessionMissionSaisie, type SourceMission, type VueMission, type VueSession } from "../../api";

export type DomaineDemande = { cle: number; code: string; niveauMin: string };
export type LangueDemandee = { cle: number; code: string; niveau: string };
export type SessionSaisie = { cle: number; mode: ModeSession; debut: string; fin: string; jours: string; libelle: string };

export type SaisieFormulaireMission = {
  intitule: string;
  source: SourceMission | "";
  cadre: string;
  hote: string;
  termesDeReference: string;
  pays: string;
  beneficiaire: string;
  nombreExperts: string;
  dateLimiteCandidature: string;
  honorairesJournaliers: string;
  perDiem: string;
  complementRemuneration: string;
  domaines: DomaineDemande[];
  langues: LangueDemandee[];
  sessions: SessionSaisie[];
};

export type ListeMission = "domaines" | "langues" | "sessions";
export type EntreeMission<L extends ListeMission> = SaisieFormulaireMission[L][number];

let derniereCle = 0;
const nouvelleCle = () => ++derniereCle;

export const nouveauDomaine = (): DomaineDemande => ({ cle: nouvelleCle(), code: "", niveauMin: "" });
export const nouvelleLangue = (): LangueDemandee => ({ cle: nouvelleCle(), code: "", niveau: "" });
export const nouvelleSession = (mode: ModeSession = "dates"): SessionSaisie => ({ cle: nouvelleCle(), mode, debut: "", fin: "", jours: "", libelle: "" });

/** A new mission: one expert, one session to fill, its source the first the organisation may publish. */
export function saisieVide(source: SourceMission | "" = ""): SaisieFormulaireMission {
  return {
    intitule: "",
    source,
    cadre: "",
    hote: "",
    termesDeReference: "",
    pays: "",
    beneficiaire: "",
    nombreExperts: "1",
    dateLimiteCandidature: "",
    honorairesJournaliers: "",
    perDiem: "",
    complementRemuneration: "",
    domaines: [],
    langues: [],
    sessions: [nouvelleSession()],
  };
}

const texte = (v: string | number | null | undefined) => (v === undefined || v === null ? "" : String(v));

/** A session as the API gives it, in the form's words. */
export function sessionDepuisVue(s: Pick<VueSession, "debut" | "fin" | "jours" | "libelle">): SessionSaisie {
  const dates = typeof s.debut === "string" && typeof s.fin === "string";
  return { cle: nouvelleCle(), mode: dates ? "dates" : "jours", debut: texte(s.debut), fin: texte(s.fin), jours: texte(s.jours), libelle: texte(s.libelle) };
}

/** The form filled with a mission as the API gives it. */
export function saisieDepuisMission(m: VueMission): SaisieFormulaireMission {
  return {
    intitule: m.intitule,
    source: m.source,
    // The cadre follows from the source except for a foreign authority's request: only then is it the owner's choice.
    cadre: m.source === "demande_etrangere" ? texte(m.cadre) : "",
    hote: texte(m.hote?.type),
    termesDeReference: texte(m.termesDeReference),
    pays: texte(m.pays),
    beneficiaire: texte(m.beneficiaire),
    nombreExperts: String(m.nombreExperts),
    dateLimiteCandidature: texte(m.dateLimiteCandidature),
    honorairesJournaliers: texte(m.remuneration?.honorairesJournaliers),
    perDiem: texte(m.remuneration?.perDiem),
    complementRemuneration: texte(m.remuneration?.complementRemuneration),
    domaines: m.domaines.map((d) => ({ cle: nouvelleCle(), code: d.code, niveauMin: texte(d.niveauMin) })),
    langues: m.langues.map((l) => ({ cle: nouvelleCle(), code: l.code, niveau: l.niveau })),
    sessions: [...m.sessions].sort((a, b) => a.rang - b.rang).map(sessionDepuisVue),
  };
}

/** An optional field left empty is not sent. */
const facultatif = (v: string) => (v.trim() === "" ? undefined : v.trim());
/**
 * A number input's value: undefined when empty; `null` when it is no number, so that the API says
 * so instead of the field being silently dropped. Commas are decimal points.
 */
export function nombre(v: string): number | undefined {
  const t = v.trim().replace(",", ".");
  if (t === "") return undefined;
  return Number.isFinite(Number(t)) ? Number(t) : (null as unknown as number);
}

/** A session as the API reads it: dates, or a number of days (`null` when left empty, for the API to say so). */
export function versSession(s: SessionSaisie): SessionMissionSaisie {
  const libelle = facultatif(s.libelle);
  const avecLibelle = libelle === undefined ? {} : { libelle };
  if (s.mode === "jours") return { jours: nombre(s.jours) ?? (null as unknown as number), ...avecLibelle };
  return { debut: s.debut, fin: s.fin, ...avecLibelle };
}

/**
 * The body the API reads. Sent even when incomplete (the casts: an unchosen level is ""), so that
 * the API names every missing or wrong field in one answer.
 */
export function versMissionSaisie(f: SaisieFormulaireMission): MissionSaisie {
  const remuneration = {
    honorairesJournaliers: nombre(f.honorairesJournaliers),
    perDiem: nombre(f.perDiem),
    complementRemuneration: nombre(f.complementRemuneration),
  };
  const avecRemuneration = Object.values(remuneration).some((v) => v !== undefined);
  const hote = facultatif(f.hote);
  return {
    intitule: f.intitule,
    source: f.source as SourceMission,
    ...(f.source === "demande_etrangere" && f.cadre !== "" ? { cadre: f.cadre as MissionSaisie["cadre"] } : {}),
    ...(hote === undefined ? {} : { hote: { type: hote } as MissionSaisie["hote"] }),
    termesDeReference: facultatif(f.termesDeReference),
    pays: facultatif(f.pays),
    beneficiaire: facultatif(f.beneficiaire),
    domaines: f.domaines.map((d) => ({ code: d.code, ...(d.niveauMin === "" ? {} : { niveauMin: d.niveauMin as DomaineExpertise["niveau"] }) })),
    langues: f.langues.map((l) => ({ code: l.code, niveau: l.niveau as LangueParlee["niveau"] })),
    nombreExperts: nombre(f.nombreExperts),
    ...(avecRemuneration ? { remuneration } : {}),
    dateLimiteCandidature: facultatif(f.dateLimiteCandidature),
    sessions: f.sessions.map(versSession),
  };
}

// ---------------------------------------------------------------------------------------------
// Fields and errors

/** The fields outside the lists, in the form's order, with their names in the error summary. */
export const CHAMPS_SIMPLES = {
  intitule: "Intitulé de la mission",
  source: "Origine du besoin",
  cadre: "Cadre de la mission",
  hote: "Organisme d'accueil",
  pays: "Pays",
  beneficiaire: "Bénéficiaire",
  termesDeReference: "Termes de référence",
  nombreExperts: "Nombre d'experts recherchés",
  dateLimiteCandidature: "Date limite de candidature",
  // The lists come here (see idsDesChamps), then the money.
  "remuneration.honorairesJournaliers": "Honoraires journaliers",
  "remuneration.perDiem": "Per diem",
  "remuneration.complementRemuneration": "Complément de rémunération",
} as const;
export type ChampSimple = keyof typeof CHAMPS_SIMPLES;

const AVANT_LES_LISTES: readonly ChampSimple[] = ["intitule", "source", "cadre", "hote", "pays", "beneficiaire", "termesDeReference", "nombreExperts", "dateLimiteCandidature"];
const APRES_LES_LISTES: readonly ChampSimple[] = ["remuneration.honorairesJournaliers", "remuneration.perDiem", "remuneration.complementRemuneration"];
export const LISTES_DANS_L_ORDRE: readonly ListeMission[] = ["sessions", "domaines", "langues"];

/** Each list: what one entry is called, and its fields' names in the error summary (the first one is where focus goes). */
export const LISTES: Record<ListeMission, { titre: string; entree: string; champs: Record<string, string> }> = {
  sessions: { titre: "Sessions", entree: "Session", champs: { debut: "début", fin: "fin", jours: "nombre de jours", libelle: "libellé" } },
  domaines: { titre: "Domaines d'expertise demandés", entree: "Domaine", champs: { code: "domaine", niveauMin: "niveau minimal" } },
  langues: { titre: "Langues de travail", entree: "Langue", champs: { code: "langue", niveau: "niveau" } },
};

/** The API's `hote.type` is this form's `hote`, the rest keeps its name. */
const CHAMP_DU_FORMULAIRE: Record<string, ChampSimple> = { "hote.type": "hote" };

export const idChamp = (champ: string) => `mission-${champ.replace(/\./g, "-")}`;
export const idListe = (liste: ListeMission) => `mission-${liste}`;
export const idEntree = (liste: ListeMission, cle: number, champ: string) => `mission-${liste}-${cle}-${champ}`;
/** The form's name of an entry's field (the API's uses the rank, see preciserErreurs). */
export const champEntree = (liste: ListeMission, cle: number, champ: string) => `${liste}.${cle}.${champ}`;

/** The fields a session shows, by its mode: what can be in error, and where focus goes first. */
const champsSession = (s: SessionSaisie) => (s.mode === "dates" ? ["debut", "fin", "libelle"] : ["jours", "libelle"]);
const champsDe = (liste: ListeMission, entree: EntreeMission<ListeMission>) =>
  liste === "sessions" ? champsSession(entree as SessionSaisie) : Object.keys(LISTES[liste].champs);

/** Where each field the API may name is, in the form's order: the id of its input. */
export function idsDesChamps(f: SaisieFormulaireMission): Record<string, string> {
  const ids: Record<string, string> = {};
  for (const champ of AVANT_LES_LISTES) ids[champ] = idChamp(champ);
  for (const liste of LISTES_DANS_L_ORDRE) {
    ids[liste] = idListe(liste);
    for (const entree of f[liste]) for (const champ of champsDe(liste, entree)) ids[champEntree(liste, entree.cle, champ)] = idEntree(liste, entree.cle, champ);
  }
  for (const champ of APRES_LES_LISTES) ids[champ] = idChamp(champ);
  return ids;
}

const ENTREE = /^(domaines|langues|sessions)\.(\d+)(?:\.(\w+))?$/;

/** The field's name in the error summary: "Session 2 : fin". */
export function libelleDuChamp(champ: string, f: SaisieFormulaireMission): string {
  const enEntree = ENTREE.exec(champ);
  if (enEntree) {
    const liste = enEntree[1] as ListeMission;
    const rang = f[liste].findIndex((e) => e.cle === Number(enEntree[2]));
    return `${LISTES[liste].entree} ${rang + 1} : ${LISTES[liste].champs[enEntree[3] ?? ""] ?? enEntree[3]}`;
  }
  if (champ in LISTES) return LISTES[champ as ListeMission].titre;
  return CHAMPS_SIMPLES[champ as ChampSimple] ?? champ;
}

/** What to say for a field of an entry left empty, rather than the API's list of codes. */
const VIDE: Record<string, string> = {
  "domaines.code": "choisissez un domaine du thésaurus",
  "langues.code": "choisissez une langue",
  "langues.niveau": "choisissez le niveau",
  "sessions.debut": "indiquez la date de début",
  "sessions.fin": "indiquez la date de fin",
  "sessions.jours": "indiquez le nombre de jours",
};

/**
 * The API's errors in this form's words: an entry named by its rank (`sessions.1.fin`) is named by
 * its `cle`; an error on a whole entry (`langues.1`: this language is there twice; `sessions.0`:
 * neither dates nor days) goes to its first field; a choice left empty is asked for plainly.
 * Anything else is left as the API said it.
 */
export function preciserErreurs(erreur: unknown, f: SaisieFormulaireMission): unknown {
  if (!(erreur instanceof ErreurApi) || erreur.probleme.erreurs === undefined) return erreur;
  const erreurs = erreur.probleme.erreurs.map(({ champ, message }) => {
    if (champ === "source" && f.source === "") return { champ, message: "choisissez l'origine du besoin" };
    if (champ in CHAMP_DU_FORMULAIRE) return { champ: CHAMP_DU_FORMULAIRE[champ]!, message };
    const enEntree = ENTREE.exec(champ);
    if (!enEntree) return { champ, message };
    const liste = enEntree[1] as ListeMission;
    const entree = f[liste][Number(enEntree[2])];
    if (entree === undefined) return { champ, message };
    const champs = champsDe(liste, entree);
    // A session in days has no `debut`: the API's error on its dates (an overlap) is about the session.
    const sous = enEntree[3] !== undefined && champs.includes(enEntree[3]) ? enEntree[3] : champs[0]!;
    const valeur = (entree as Record<string, unknown>)[sous];
    const vide = VIDE[`${liste}.${sous}`];
    return { champ: champEntree(liste, entree.cle, sous), message: valeur === "" && vide !== undefined ? vide : message };
  });
  return new ErreurApi({ ...erreur.probleme, erreurs });
}

/**
 * The API's errors on one session sent alone (POST or PUT /missions/:id/sessions): its fields by
 * their plain names (`debut`, `jours`), `session` for the whole of it (neither dates nor days).
 * An error the session's mode does not show (an overlap, on `debut`, of a session in days) goes to
 * its first field; an empty field is asked for plainly. Errors on the mission itself (`sessions`,
 * `dateLimiteCandidature`) are left for the general alert.
 */
export function preciserErreursSession(erreur: unknown, s: SessionSaisie): unknown {
  if (!(erreur instanceof ErreurApi) || erreur.probleme.erreurs === undefined) return erreur;
  const champs = champsSession(s);
  const erreurs = erreur.probleme.erreurs.map(({ champ, message }) => {
    if (champ !== "session" && !["debut", "fin", "jours", "libelle"].includes(champ)) return { champ, message };
    const sous = champs.includes(champ) ? champ : champs[0]!;
    const vide = VIDE[`sessions.${sous}`];
    return { champ: sous, message: (s as unknown as Record<string, unknown>)[sous] === "" && vide !== undefined ? vide : message };
  });
  return new ErreurApi({ ...erreur.probleme, erreurs });
}
