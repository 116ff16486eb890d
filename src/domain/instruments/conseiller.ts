/**
 * The advisor: from a situation, the recommended legal instrument with everything a user needs to
 * act on it. The rules are the Publicodes files of ./regles (read by the caller: the domain does no
 * I/O), parsed once into an engine that every answer reuses. This file only feeds the engine and
 * puts its results into words; every legal decision lives in the rules.
 */
import Engine, { type EvaluatedNode, type RawPublicodes } from "publicodes";
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
/** Answers of the rules kept in memory (least recently used first out). */
const TAILLE_MEMO = 5_000;

export function creerConseiller(regles: Regles) {
  const moteur = new Engine(regles, { logger: SILENCIEUX });
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
    if (typeof v === "number") {
      const unite = noeud.unit?.numerators[0];
      if (unite === "jour") return `${nombre.format(v)} jour${Math.abs(v) >= 2 ? "s" : ""}`;
      if (unite === "an") return `${nombre.format(v)} ans`;
      return nombre.format(v);
    }
    if (typeof v === "string") return (INSTRUMENTS as readonly string[]).includes(v) ? libelle(v as Instrument).toLowerCase() : v;
    return v === true ? "oui" : v === false ? "non" : "—";
  }
  /** "{{règle}}" in a text becomes the rule's value in words. */
  const rediger = (texte: string) => texte.replace(/\{\{([^}]+)\}\}/g, (_, nom: string) => valeur(evaluer(nom.trim())));
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
  // millisecond: the last answers are kept (situations repeat: same durations, same statuses).
  const memo = new Map<string, ReturnType<typeof appliquerRegles>>();
  function appliquerReglesMemo(entrees: Record<string, string>) {
    const cle = JSON.stringify(entrees);
    let r = memo.get(cle);
    if (r) {
      memo.delete(cle);
    } else {
      r = appliquerRegles(entrees);
      if (memo.size >= TAILLE_MEMO) memo.delete(memo.keys().next().value!);
    }
    memo.set(cle, r);
    return r;
  }

  return {
    /** The answer for a valid situation (see `lireSituation`), on `aujourdhui` unless the situation is dated. */
    conseiller(situation: Situation, aujourdhui: string): Reponse {
      const decompte = decompterSessions(situation.sessions, situation.agent.territoire);
      const r = appliquerReglesMemo({
        "situation . statut": `'${situation.agent.statut}'`,
        "situation . cadre": `'${situation.cadre}'`,
        "situation . hote": `'${situation.hote?.type ?? "non_precise"}'`,
        "situation . jours": `${decompte.jours} jour`,
        "situation . jours d'absence du poste": `${decompte.joursOuvresAbsence} jour`,
        "situation . duree calendaire": `${decompte.dureeCalendaire} jour`,
        "situation . age": `${situation.agent.age ?? 0} an`,
        "situation . age connu": situation.agent.age === undefined ? "non" : "oui",
        "situation . sur temps de travail": situation.surTempsDeTravail ? "oui" : "non",
      });
      return {
        ...r,
        date: situation.date ?? aujourdhui,
        joursOuvres: decompte.jours,
        decompte,
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
