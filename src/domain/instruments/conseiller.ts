/**
 * The advisor: from a situation, the recommended legal instrument with everything a user needs to
 * act on it. The rules are the Publicodes files of ./regles (read by the caller: the domain does no
 * I/O), parsed once into an engine that every answer reuses. This file only feeds the engine and
 * puts its results into words; every legal decision lives in the rules.
 */
import Engine, { type EvaluatedNode, type RawPublicodes } from "publicodes";
import { analyserEntreesNumeriques, cleDeClasse, moteurDesVariables } from "./classes-de-situations";
import { decompterSessions, type Decompte } from "./decompte";
import { dateDuRapportExpeCt } from "./expe-ct";
import { type Instrument, INSTRUMENTS, type Situation } from "./situation";

export type Regles = RawPublicodes<string>;

type Reference = { titre: string; source: string };
type Message = { regle: string; titre: string; message: string };

export type Reponse = {
  date: string;
  instrument: Instrument;
  instrumentLibelle: string;
  /** The rule of the note that applied (T0…T3, X5, E1, E2, R1). */
  regle: string;
  /** What the note recommends before eligibility is checked (differs when it is not open). */
  recommandationDeLaNote: Instrument;
  joursOuvres: number;
  decompte: Decompte;
  eligibilite: { instrument: Instrument; libelle: string; ouvert: boolean; raison: string; regle: string }[];
  alternatives: { instrument: Instrument; libelle: string; description: string }[];
  consequences: {
    quiPaie: string;
    remboursement: string;
    retourAuPoste: string;
    consentements: string[];
    documents: string[];
    delais: string[];
  };
  references: Reference[];
  incertitudes: Message[];
  alertes: Message[];
  ceQuiChangerait: Message[];
  informations: Message[];
  explication: string[];
};

type Brut = {
  identifiant?: string;
  titre?: string;
  description?: string;
  texte?: string;
  message?: string;
  "raison si fermé"?: string;
  références?: Record<string, string>;
  "qui paie"?: string;
  remboursement?: string;
  "retour au poste"?: string;
  consentements?: string[];
  documents?: string[];
  délais?: string[];
};

const ELIGIBILITE: Record<Instrument, string> = {
  ordre_de_mission: "eligibilite . ordre de mission",
  cumul_activites: "eligibilite . cumul activites",
  mise_a_disposition: "eligibilite . mise a disposition",
  detachement: "eligibilite . detachement",
  disponibilite: "eligibilite . disponibilite",
  contrat_direct: "eligibilite . contrat direct",
  mandat_special: "eligibilite . mandat special",
  hors_champ: "eligibilite . hors champ",
};
const FICHE: Record<Instrument, string> = {
  ordre_de_mission: "instruments . ordre de mission",
  cumul_activites: "instruments . cumul activites",
  mise_a_disposition: "instruments . mise a disposition",
  detachement: "instruments . detachement",
  disponibilite: "instruments . disponibilite",
  contrat_direct: "instruments . contrat direct",
  mandat_special: "instruments . mandat special",
  hors_champ: "instruments . hors champ",
};

/** X4 with the date itself when the sessions are dated: two months after the last day. */
function avecDateDuRapport(m: Message, situation: Situation): Message {
  const retour = situation.sessions.reduce<string | undefined>((d, s) => ("fin" in s && (!d || s.fin > d) ? s.fin : d), undefined);
  return retour ? { ...m, message: `${m.message} Pour un retour le ${retour} : au plus tard le ${dateDuRapportExpeCt(retour)}.` } : m;
}

const nombre = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 });
const SILENCIEUX = { log() {}, warn() {}, error() {} };
/** Answers of the rules kept in memory, per class of situations (least recently used first out). */
const TAILLE_MEMO = 5_000;
/** The numeric inputs of the rules, with their unit. */
const ENTREES_NUMERIQUES = {
  "situation . jours": "jour",
  "situation . jours d'absence du poste": "jour",
  "situation . duree calendaire": "jour",
  "situation . age": "an",
} as const;
type EntreesNumeriques = Record<keyof typeof ENTREES_NUMERIQUES, number>;

function valeurNumerique(v: number, unite: string | undefined): string {
  if (unite === "jour") return `${nombre.format(v)} jour${Math.abs(v) >= 2 ? "s" : ""}`;
  if (unite === "an") return `${nombre.format(v)} ans`;
  return nombre.format(v);
}

/** Every string of an answer passed through `f` (a copy: memoised answers are shared). */
function remplacerTextes<T>(valeur: T, f: (texte: string) => string): T {
  if (typeof valeur === "string") return f(valeur) as T;
  if (Array.isArray(valeur)) return valeur.map((v: unknown) => remplacerTextes(v, f)) as T;
  if (valeur && typeof valeur === "object") return Object.fromEntries(Object.entries(valeur).map(([k, v]) => [k, remplacerTextes(v, f)])) as T;
  return valeur;
}

export function creerConseiller(regles: Regles, options: { classes?: boolean } = {}) {
  const moteur = new Engine(regles, { logger: SILENCIEUX });
  // See classes-de-situations.ts: answers are memoised per class of situations, and the numbers
  // that vary within a class are written into the texts by a small engine, per answer.
  const analyse = options.classes === false ? null : analyserEntreesNumeriques(moteur, Object.keys(ENTREES_NUMERIQUES));
  const variables = analyse?.variables ?? new Set<string>();
  let petitMoteur: Engine | undefined;
  const brut = (nom: string) => moteur.getRule(nom).rawNode as Brut;
  // Rules are evaluated by their parsed node: `evaluate("a . b")` would parse the name as an
  // expression at every call, which costs more than the evaluation itself.
  const evaluer = (nom: string) => moteur.evaluateNode(moteur.getRule(nom));
  const espace = (prefixe: string) => Object.keys(moteur.getParsedRules()).filter((n) => n.startsWith(`${prefixe} . `));
  const [alertes, incertitudes, changements, informations] = ["alertes", "incertitudes", "changements", "expe ct"].map((p) =>
    espace(p).filter((n) => brut(n).message !== undefined),
  ) as [string[], string[], string[], string[]];
  const libelle = (i: Instrument) => brut(FICHE[i]).titre ?? i;

  function valeur(noeud: EvaluatedNode): string {
    const v = noeud.nodeValue;
    if (typeof v === "number") return valeurNumerique(v, noeud.unit?.numerators[0]);
    if (typeof v === "string") return (INSTRUMENTS as readonly string[]).includes(v) ? libelle(v as Instrument).toLowerCase() : v;
    return v === true ? "oui" : v === false ? "non" : "—";
  }
  /** "{{règle}}" in a text becomes the rule's value in words (later, for the rules that vary within a class). */
  const rediger = (texte: string) =>
    texte.replace(/\{\{([^}]+)\}\}/g, (_, nom: string) => (variables.has(nom.trim()) ? `{{${nom.trim()}}}` : valeur(evaluer(nom.trim()))));
  /** The numbers of this very situation written into a class's answer. */
  function completer<T>(reponse: T, entrees: Record<string, string>, numeriques: EntreesNumeriques): T {
    // The inputs are written as they are; the rules derived from them need the small engine.
    let petit: Engine | undefined;
    const deriver = (nom: string) => {
      if (!petit) {
        petit = petitMoteur ??= moteurDesVariables(regles, moteur, variables, { logger: SILENCIEUX });
        const siennes = petit.getParsedRules();
        petit.setSituation(Object.fromEntries(Object.entries(entrees).filter(([n]) => n in siennes)), { keepPreviousSituation: false });
      }
      return valeur(petit.evaluateNode(petit.getRule(nom)));
    };
    const ecrire = (nom: string) =>
      nom in numeriques ? valeurNumerique(numeriques[nom as keyof EntreesNumeriques], ENTREES_NUMERIQUES[nom as keyof EntreesNumeriques]) : deriver(nom);
    return remplacerTextes(reponse, (texte) => (texte.includes("{{") ? texte.replace(/\{\{([^}]+)\}\}/g, (_, nom: string) => ecrire(nom)) : texte));
  }
  const vrai = (nom: string) => evaluer(nom).nodeValue === true;
  const messages = (noms: string[]): Message[] =>
    noms.filter(vrai).map((n) => ({ regle: brut(n).identifiant ?? "", titre: rediger(brut(n).titre ?? n), message: rediger(brut(n).message!) }));
  const references = (noms: string[]): Reference[] => {
    const vues = new Map<string, Reference>();
    for (const n of noms) for (const [titre, source] of Object.entries(brut(n).références ?? {})) if (!vues.has(titre)) vues.set(titre, { titre, source });
    return [...vues.values()];
  };

  /** What the rules say for the engine's inputs: everything of the answer but the count's details. */
  function appliquerRegles(entrees: Record<string, string>) {
    moteur.setSituation(entrees, { keepPreviousSituation: false });
    const instrument = evaluer("recommandation . instrument").nodeValue as Instrument;
    const selonLaNote = evaluer("recommandation . selon la note").nodeValue as Instrument;
    const regle = evaluer("recommandation . regle").nodeValue as string;
    const eligibilite = INSTRUMENTS.map((i) => {
      const ouvert = vrai(ELIGIBILITE[i]);
      const r = brut(ELIGIBILITE[i]);
      return { instrument: i, libelle: libelle(i), ouvert, raison: rediger((ouvert ? r.description : r["raison si fermé"]) ?? ""), regle: r.identifiant ?? "" };
    });
    const fiche = brut(FICHE[instrument]);
    const raison = (i: Instrument) => eligibilite.find((e) => e.instrument === i)!.raison;
    return {
      instrument,
      instrumentLibelle: libelle(instrument),
      regle,
      recommandationDeLaNote: selonLaNote,
      eligibilite,
      alternatives: eligibilite
        .filter((e) => e.ouvert && e.instrument !== instrument)
        .map((e) => ({ instrument: e.instrument, libelle: e.libelle, description: rediger(brut(FICHE[e.instrument]).description ?? "") })),
      consequences: {
        quiPaie: fiche["qui paie"] ?? "",
        remboursement: fiche.remboursement ?? "",
        retourAuPoste: fiche["retour au poste"] ?? "",
        consentements: fiche.consentements ?? [],
        documents: fiche.documents ?? [],
        delais: fiche.délais ?? [],
      },
      references: references([
        `recommandation . ${regle}`,
        FICHE[instrument],
        ELIGIBILITE[instrument],
        ...alertes.filter(vrai),
        ...(regle.startsWith("T") ? ["parametres . seuil mise a disposition", "parametres . seuil detachement"] : []),
      ]),
      incertitudes: messages(incertitudes),
      alertes: messages(alertes),
      ceQuiChangerait: messages(changements),
      informations: messages(informations),
      explication: [
        `Règle ${regle} — ${rediger(brut(`recommandation . ${regle}`).texte ?? "")}`,
        ...(instrument !== selonLaNote
          ? [
              `La note recommande : ${libelle(selonLaNote).toLowerCase()}. ${raison(selonLaNote)} ` +
                `Vivier propose donc l'instrument ouvert le plus proche : ${libelle(instrument).toLowerCase()}.`,
            ]
          : []),
        `${libelle(instrument)} : ${raison(instrument)}`,
      ],
    };
  }

  // The rules are a pure function of the engine's inputs, and evaluating them costs more than a
  // millisecond: the answers of the last classes are kept.
  const memo = new Map<string, { reponse: ReturnType<typeof appliquerRegles>; aCompleter: boolean }>();
  function appliquerReglesMemo(discretes: Record<string, string>, numeriques: EntreesNumeriques) {
    const entrees: Record<string, string> = { ...discretes };
    for (const [nom, unite] of Object.entries(ENTREES_NUMERIQUES)) entrees[nom] = `${numeriques[nom as keyof EntreesNumeriques]} ${unite}`;
    const cle = analyse ? cleDeClasse(analyse, discretes, numeriques) : JSON.stringify(entrees);
    let r = memo.get(cle);
    if (r) {
      memo.delete(cle);
    } else {
      const reponse = appliquerRegles(entrees);
      r = { reponse, aCompleter: JSON.stringify(reponse).includes("{{") };
      if (memo.size >= TAILLE_MEMO) memo.delete(memo.keys().next().value!);
    }
    memo.set(cle, r);
    return r.aCompleter ? completer(r.reponse, entrees, numeriques) : r.reponse;
  }

  return {
    /** The answer for a valid situation (see `lireSituation`), on `aujourdhui` unless the situation is dated. */
    conseiller(situation: Situation, aujourdhui: string): Reponse {
      const decompte = decompterSessions(situation.sessions, situation.agent.territoire);
      const r = appliquerReglesMemo(
        {
          "situation . statut": `'${situation.agent.statut}'`,
          "situation . cadre": `'${situation.cadre}'`,
          "situation . hote": `'${situation.hote?.type ?? "non_precise"}'`,
          "situation . age connu": situation.agent.age === undefined ? "non" : "oui",
          "situation . sur temps de travail": situation.surTempsDeTravail ? "oui" : "non",
        },
        {
          "situation . jours": decompte.jours,
          "situation . jours d'absence du poste": decompte.joursOuvresAbsence,
          "situation . duree calendaire": decompte.dureeCalendaire,
          "situation . age": situation.agent.age ?? 0,
        },
      );
      return {
        ...r,
        date: situation.date ?? aujourdhui,
        joursOuvres: decompte.jours,
        decompte,
        // The calendar's own doubts (a holiday's date not checked against the text) touch the count.
        incertitudes: [
          ...r.incertitudes,
          ...decompte.feriesAConfirmer.map((f) => ({ regle: "§5", titre: `Jour férié à confirmer : ${f.nom} (${f.date})`, message: f.message })),
        ],
        informations: situation.cadre === "expe_ct" ? r.informations.map((m) => (m.regle === "X4" ? avecDateDuRapport(m, situation) : m)) : [],
        explication: [decompte.explication, ...r.explication],
      };
    },

    /** A parameter's value (thresholds…), for other rules of the platform (T5 re-evaluation). */
    parametre(nom: string): number {
      return evaluer(`parametres . ${nom}`).nodeValue as number;
    },
  };
}
export type Conseiller = ReturnType<typeof creerConseiller>;
