/**
 * The simulator's form as the user fills it (strings, as inputs give them), and its three
 * translations: into the situation sent to POST /api/v1/advice, into the query string of the link
 * that reopens it, and the API's field errors into this form's fields.
 *
 * The API is the one validator: the form sends what was typed, even incomplete, so that every
 * error comes back at once, field by field; only the wording of "nothing typed here" is made
 * friendlier than the API's list of codes.
 */
import { ErreurApi, type SituationConseil, TERRITOIRES, type Territoire } from "../../api";

type Agent = SituationConseil["agent"];
export type Statut = Agent["statut"];
export type Cadre = SituationConseil["cadre"];
export type TypeHote = NonNullable<SituationConseil["hote"]>["type"];

// The labels of the situation's vocabularies. Typed as records of the API's own vocabularies, so
// that a value added there fails the type check here until it has its French label.
export const LIBELLES_STATUT: Record<Statut, { libelle: string; aide?: string }> = {
  titulaire: { libelle: "Fonctionnaire titulaire" },
  stagiaire: { libelle: "Fonctionnaire stagiaire" },
  contractuel_cdi: { libelle: "Agent contractuel en CDI" },
  contractuel_cdd: { libelle: "Agent contractuel en CDD" },
  retraite: { libelle: "Retraité·e" },
  elu: { libelle: "Élu·e local·e" },
  partenaire: { libelle: "Personnel d'un organisme partenaire", aide: "Hôpital, université, agence…" },
};

export const LIBELLES_CADRE: Record<Cadre, { libelle: string; aide: string }> = {
  cooperation_decentralisee: { libelle: "Coopération décentralisée", aide: "L'action extérieure de la collectivité elle-même." },
  expe_ct: { libelle: "Mission EXPE-CT", aide: "Le programme du ministère de l'Europe et des Affaires étrangères : une semaine au plus." },
  operateur: { libelle: "Mission d'un opérateur", aide: "Expertise France ou un autre opérateur de l'assistance technique." },
};

export const LIBELLES_HOTE: Record<TypeHote, string> = {
  organisation_internationale: "Organisation internationale",
  institution_ue: "Institution ou organe de l'Union européenne",
  etat_etranger: "État étranger",
  administration_etrangere: "Administration étrangère",
  operateur_public: "Opérateur public (Expertise France…)",
  operateur_prive: "Opérateur privé (bureau d'études…)",
};

const STATUTS = Object.keys(LIBELLES_STATUT) as Statut[];
const CADRES = Object.keys(LIBELLES_CADRE) as Cadre[];
const TYPES_HOTE = Object.keys(LIBELLES_HOTE) as TypeHote[];

export type ModeSession = "dates" | "jours";

export type SessionSaisie = {
  /** Stable across additions and removals: React's key and the inputs' ids. */
  cle: number;
  mode: ModeSession;
  debut: string;
  fin: string;
  jours: string;
};

export type Saisie = {
  statut: Statut | "";
  cadre: Cadre | "";
  hote: TypeHote | "";
  territoire: Territoire;
  age: string;
  surTempsDeTravail: boolean;
  sessions: SessionSaisie[];
};

let derniereCle = 0;

export function nouvelleSession(mode: ModeSession = "jours"): SessionSaisie {
  derniereCle += 1;
  return { cle: derniereCle, mode, debut: "", fin: "", jours: "" };
}

export function saisieVide(): Saisie {
  return { statut: "", cadre: "", hote: "", territoire: "metropole", age: "", surTempsDeTravail: false, sessions: [nouvelleSession()] };
}

const facultatif = (v: string) => (v.trim() === "" ? undefined : v.trim());
/** A number input's value; `null` when empty, so that the API says the session lacks its days. */
const nombre = (v: string) => (v.trim() === "" || !Number.isFinite(Number(v)) ? null : Number(v));

/**
 * The body of POST /api/v1/advice. Sent even when incomplete (the cast), so that the API, the one
 * validator, names every missing or wrong field in one answer.
 */
export function versSituation(s: Saisie): SituationConseil {
  const age = facultatif(s.age);
  return {
    agent: { statut: s.statut, territoire: s.territoire, ...(age === undefined ? {} : { age: nombre(age) }) },
    cadre: s.cadre,
    ...(s.hote === "" ? {} : { hote: { type: s.hote } }),
    sessions: s.sessions.map((session) => (session.mode === "jours" ? { jours: nombre(session.jours) } : { debut: session.debut, fin: session.fin })),
    surTempsDeTravail: s.surTempsDeTravail,
  } as SituationConseil;
}

// ---------------------------------------------------------------------------------------------
// The link: readable parameters, so that whoever receives it sees what it holds. It holds only what
// the form asks, none of it naming anyone: status, framework, host, territory, the age (the one
// personal detail, given only if the user chose to) and the sessions' dates or days.
//   /simulateur?statut=contractuel_cdd&cadre=operateur&territoire=57&session=20&session=2026-04-01_2026-04-10

const SEPARATEUR_DATES = "_";

export function versParams(s: Saisie): URLSearchParams {
  const p = new URLSearchParams();
  if (s.statut !== "") p.set("statut", s.statut);
  if (s.cadre !== "") p.set("cadre", s.cadre);
  if (s.hote !== "") p.set("hote", s.hote);
  if (s.territoire !== "metropole") p.set("territoire", s.territoire);
  if (s.age.trim() !== "") p.set("age", s.age.trim());
  if (s.surTempsDeTravail) p.set("temps", "oui");
  for (const session of s.sessions) p.append("session", session.mode === "jours" ? session.jours.trim() : `${session.debut}${SEPARATEUR_DATES}${session.fin}`);
  return p;
}

const parmi = <T extends string>(valeurs: readonly T[], v: string | null): T | "" => (v !== null && (valeurs as readonly string[]).includes(v) ? (v as T) : "");

/**
 * The form a link describes, or undefined when the address holds no situation. A hand-edited
 * value the form cannot show (an unknown status…) is left empty: the API then says what is missing.
 */
export function lireSaisie(p: URLSearchParams): Saisie | undefined {
  const sessions = p.getAll("session");
  if (!p.has("statut") && !p.has("cadre") && sessions.length === 0) return undefined;
  return {
    statut: parmi(STATUTS, p.get("statut")),
    cadre: parmi(CADRES, p.get("cadre")),
    hote: parmi(TYPES_HOTE, p.get("hote")),
    territoire: parmi(TERRITOIRES, p.get("territoire")) || "metropole",
    age: p.get("age") ?? "",
    surTempsDeTravail: p.get("temps") === "oui",
    sessions: (sessions.length === 0 ? [""] : sessions).map((valeur) => {
      const session = nouvelleSession();
      if (!valeur.includes(SEPARATEUR_DATES)) return { ...session, jours: valeur };
      const [debut = "", fin = ""] = valeur.split(SEPARATEUR_DATES);
      return { ...session, mode: "dates", debut, fin };
    }),
  };
}

// ---------------------------------------------------------------------------------------------
// Fields and errors

/** Where each field the API may name is, in the form's order: the id of its (first) input. */
export function idsDesChamps(s: Saisie): Record<string, string> {
  const ids: Record<string, string> = {
    "agent.statut": "simulateur-statut-0",
    cadre: "simulateur-cadre-0",
    "hote.type": "simulateur-hote",
    "agent.territoire": "simulateur-territoire",
    "agent.age": "simulateur-age",
    surTempsDeTravail: "simulateur-temps-0",
  };
  s.sessions.forEach((session, i) => {
    if (session.mode === "dates") {
      ids[`sessions.${i}.debut`] = idSession(session, "debut");
      ids[`sessions.${i}.fin`] = idSession(session, "fin");
    } else {
      ids[`sessions.${i}.jours`] = idSession(session, "jours");
    }
  });
  return ids;
}

export function idSession(session: SessionSaisie, champ: "fieldset" | "mode" | "debut" | "fin" | "jours" | "libelle"): string {
  return `simulateur-session-${session.cle}-${champ}`;
}

const CHAMPS_SESSION: Record<string, string> = { debut: "date de début", fin: "date de fin", jours: "nombre de jours" };

/** The field's name in the error summary: "Session 2 : date de fin". */
export function libelleDuChamp(champ: string): string {
  const session = /^sessions\.(\d+)\.(\w+)$/.exec(champ);
  if (session) return `Session ${Number(session[1]) + 1} : ${CHAMPS_SESSION[session[2] ?? ""] ?? session[2]}`;
  const libelles: Record<string, string> = {
    "agent.statut": "Statut de la personne",
    cadre: "Cadre de la mission",
    "hote.type": "Organisme d'accueil",
    "agent.territoire": "Territoire",
    "agent.age": "Âge",
    surTempsDeTravail: "Sur le temps de travail",
  };
  return libelles[champ] ?? champ;
}

/**
 * The API's errors in this form's words: an error on a whole session (`sessions.1`: it has neither
 * dates nor days) goes to that session's first input, and an empty field is asked for plainly
 * rather than with the API's list of codes. Anything else is left as the API said it.
 */
export function preciserErreurs(erreur: unknown, s: Saisie): unknown {
  if (!(erreur instanceof ErreurApi) || erreur.probleme.erreurs === undefined) return erreur;
  const vide = (v: string) => v.trim() === "";
  const erreurs = erreur.probleme.erreurs.map(({ champ, message }) => {
    if (champ === "agent.statut" && s.statut === "") return { champ, message: "choisissez le statut de la personne" };
    if (champ === "cadre" && s.cadre === "") return { champ, message: "choisissez le cadre de la mission" };
    const enSession = /^sessions\.(\d+)(?:\.(\w+))?$/.exec(champ);
    const session = enSession ? s.sessions[Number(enSession[1])] : undefined;
    if (!enSession || session === undefined) return { champ, message };
    const i = enSession[1];
    if (session.mode === "jours") {
      return { champ: `sessions.${i}.jours`, message: vide(session.jours) ? "indiquez le nombre de jours" : message };
    }
    const precis = enSession[2] === "fin" ? "fin" : "debut";
    if (vide(session[precis])) return { champ: `sessions.${i}.${precis}`, message: precis === "fin" ? "indiquez la date de fin" : "indiquez la date de début" };
    return { champ: `sessions.${i}.${precis}`, message };
  });
  return new ErreurApi({ ...erreur.probleme, erreurs });
}
