/**
 * A candidacy to a mission and the employer's agreement to release the agent, as one table
 * (ARCHITECTURE.md, « State machines as tables »).
 *
 *   deposer (the expert) ─────────────→ deposee → preselectionnee → retenue → affectee
 *   proposer (HR) → proposee ─confirmer─↗      (the owner)          (the owner)  (automatic)
 *   retirer (the expert, until affectee) → retiree; decliner (the owner, with a reason) → declinee
 *   (cancelling the mission declines every candidacy still in progress, with the cancellation's reason)
 *
 * The employer's agreement (accordEmployeur) moves on its own, fired by the employer's HR:
 * en_attente → accorde | refuse, with a reason for a refusal; `non_requis` when nobody has to
 * release the person (a retiree, an elected official without an employer). The staffing
 * (affectee) follows automatically when the candidacy is retenue AND the agreement accorde or
 * non_requis, whichever comes last: the event that completes the pair returns it as `suite`.
 *
 * A refusal keeps the candidacy in its state (retenue stays retenue) rather than leading to a
 * state of its own: the guard of `affecter` stops the staffing while the agreement is refused, and
 * the employer may still change its mind (accorderLiberation from refuse), which staffs a retained
 * candidacy at once. The owner sees « retenue, libération refusée » and declines it, or waits.
 */
import { ETATS_MISSION_EN_MOTS, ETATS_MISSION_OUVERTS, type EtatMission } from "./etats-mission";
import { de, lireMotif, refus, type Refus } from "./transitions";

export const ETATS_CANDIDATURE = ["proposee", "deposee", "preselectionnee", "retenue", "affectee", "declinee", "retiree"] as const;
export type EtatCandidature = (typeof ETATS_CANDIDATURE)[number];
export const LIBELLES_ETAT_CANDIDATURE: Record<EtatCandidature, string> = {
  proposee: "Proposée par l'employeur, à confirmer par l'agent",
  deposee: "Déposée",
  preselectionnee: "Présélectionnée",
  retenue: "Retenue",
  affectee: "Affectée",
  declinee: "Déclinée",
  retiree: "Retirée",
};
/** « la candidature est … », for the reasons. */
export const ETATS_CANDIDATURE_EN_MOTS: Record<EtatCandidature, string> = {
  proposee: "proposée",
  deposee: "déposée",
  preselectionnee: "présélectionnée",
  retenue: "retenue",
  affectee: "affectée",
  declinee: "déclinée",
  retiree: "retirée",
};
export const ETATS_FINAUX_CANDIDATURE: readonly EtatCandidature[] = ["affectee", "declinee", "retiree"];

export const ACCORDS_EMPLOYEUR = ["en_attente", "accorde", "refuse", "non_requis"] as const;
export type AccordEmployeur = (typeof ACCORDS_EMPLOYEUR)[number];
export const LIBELLES_ACCORD_EMPLOYEUR: Record<AccordEmployeur, string> = {
  en_attente: "Libération en attente de l'employeur",
  accorde: "Libération accordée par l'employeur",
  refuse: "Libération refusée par l'employeur",
  non_requis: "Pas d'employeur à consulter",
};
/** The agreements with which a retained candidacy becomes a staffing. */
const ACCORDS_SUFFISANTS: readonly AccordEmployeur[] = ["accorde", "non_requis"];

export type ActeurCandidature = "expert" | "rh" | "proprietaire";
const SEUL: Record<ActeurCandidature, string> = {
  expert: "seul l'expert titulaire du profil",
  rh: "seul le service RH de l'employeur de l'agent",
  proprietaire: "seule l'organisation propriétaire de la mission",
};

/**
 * Who acts, as the service knows it (one person may be several: an HR officer applying for
 * themself), and what the guards need.
 */
export type ContexteCandidature = {
  /** The actor is the person of the profile (titulaire). */
  estTitulaire: boolean;
  /** The actor is HR of the agent's employer. */
  estRhEmployeur: boolean;
  /** The actor acts for the organisation that owns the mission. */
  estProprietaireMission: boolean;
  etatMission: EtatMission;
  /** At creation: does an employer have to release the person? (no for a retiree, for instance). True by default. */
  liberationRequise?: boolean;
  motif?: string;
};

export type Candidature = { etat: EtatCandidature; accordEmployeur: AccordEmployeur };

/** What the history row needs; `accordEmployeur` when the agreement changed (from null at creation). */
export type TransitionCandidature = {
  evenement: EvenementCandidature;
  de: EtatCandidature | null;
  vers: EtatCandidature;
  accordEmployeur?: { de: AccordEmployeur | null; vers: AccordEmployeur };
  motif?: string;
};

type RegleTransition = {
  /** null: the event creates the candidacy. */
  de: readonly (EtatCandidature | null)[];
  /** Absent: the state of the candidacy does not change (the event is on the agreement). */
  vers?: EtatCandidature;
  accord?: { de: readonly AccordEmployeur[]; vers: AccordEmployeur };
  /** Empty: nobody fires it, it follows another event. */
  acteurs: readonly ActeurCandidature[];
  libelle: string;
  motifObligatoire?: boolean;
  /** The mission must take candidacies (published or in selection). */
  missionOuverte?: boolean;
};

/** Candidacies still in progress: neither staffed nor closed. */
export const CANDIDATURES_EN_COURS: readonly EtatCandidature[] = ["proposee", "deposee", "preselectionnee", "retenue"];
const EN_COURS = CANDIDATURES_EN_COURS;

export const TRANSITIONS_CANDIDATURE = {
  deposer: { de: [null], vers: "deposee", acteurs: ["expert"], libelle: "déposer une candidature", missionOuverte: true },
  proposer: { de: [null], vers: "proposee", acteurs: ["rh"], libelle: "proposer un agent", missionOuverte: true },
  confirmer: { de: ["proposee"], vers: "deposee", acteurs: ["expert"], libelle: "confirmer la candidature proposée" },
  retirer: { de: EN_COURS, vers: "retiree", acteurs: ["expert"], libelle: "retirer la candidature" },
  preselectionner: { de: ["deposee"], vers: "preselectionnee", acteurs: ["proprietaire"], libelle: "présélectionner la candidature", missionOuverte: true },
  retenir: { de: ["deposee", "preselectionnee"], vers: "retenue", acteurs: ["proprietaire"], libelle: "retenir la candidature", missionOuverte: true },
  // Also a proposed one the agent has not confirmed yet: the owner sees it, and closes it when the mission is cancelled.
  decliner: { de: EN_COURS, vers: "declinee", acteurs: ["proprietaire"], libelle: "décliner la candidature", motifObligatoire: true },
  accorderLiberation: {
    de: EN_COURS,
    accord: { de: ["en_attente", "refuse"], vers: "accorde" },
    acteurs: ["rh"],
    libelle: "accorder la libération de l'agent",
  },
  refuserLiberation: {
    de: EN_COURS,
    accord: { de: ["en_attente", "accorde"], vers: "refuse" },
    acteurs: ["rh"],
    libelle: "refuser la libération de l'agent",
    motifObligatoire: true,
  },
  affecter: { de: ["retenue"], vers: "affectee", acteurs: [], libelle: "confirmer l'affectation" },
} as const satisfies Record<string, RegleTransition>;

export type EvenementCandidature = keyof typeof TRANSITIONS_CANDIDATURE;
export const EVENEMENTS_CANDIDATURE = Object.keys(TRANSITIONS_CANDIDATURE) as EvenementCandidature[];

const ACCORD_EN_MOTS: Record<AccordEmployeur, string> = { en_attente: "en attente", accorde: "accordée", refuse: "refusée", non_requis: "non requise" };

function acteursDu(contexte: ContexteCandidature): ActeurCandidature[] {
  return (
    [
      [contexte.estTitulaire, "expert"],
      [contexte.estRhEmployeur, "rh"],
      [contexte.estProprietaireMission, "proprietaire"],
    ] as const
  )
    .filter(([est]) => est)
    .map(([, acteur]) => acteur);
}

function verifier(evenement: EvenementCandidature, candidature: Candidature | undefined, contexte: ContexteCandidature): Refus | undefined {
  const regle: RegleTransition = TRANSITIONS_CANDIDATURE[evenement];
  const premier = regle.acteurs[0];
  if (!premier) return refus("interdit", "l'affectation est confirmée d'elle-même quand la candidature est retenue et la libération accordée");
  if (!regle.acteurs.some((a) => acteursDu(contexte).includes(a))) return refus("interdit", `${SEUL[premier]} peut ${regle.libelle}`);
  const etat = candidature?.etat ?? null;
  if (!regle.de.includes(etat)) {
    return refus("conflit", etat === null ? `impossible ${de(regle.libelle)} : la candidature n'existe pas` : `impossible ${de(regle.libelle)} : la candidature est ${ETATS_CANDIDATURE_EN_MOTS[etat]}`);
  }
  if (candidature && regle.accord && !regle.accord.de.includes(candidature.accordEmployeur)) {
    const accord = candidature.accordEmployeur;
    const raison = accord === "non_requis" ? "aucun employeur n'a à libérer cette personne" : `la libération est déjà ${ACCORD_EN_MOTS[accord]}`;
    return refus("conflit", `impossible ${de(regle.libelle)} : ${raison}`);
  }
  if (regle.missionOuverte && !ETATS_MISSION_OUVERTS.includes(contexte.etatMission)) {
    return refus("conflit", `impossible ${de(regle.libelle)} : la mission n'est pas ouverte aux candidatures (elle est ${ETATS_MISSION_EN_MOTS[contexte.etatMission]})`);
  }
  return undefined;
}

/** The staffing that follows when a candidacy is retained and its release agreed (or not needed). */
export function suite(candidature: Candidature): TransitionCandidature | undefined {
  return candidature.etat === "retenue" && ACCORDS_SUFFISANTS.includes(candidature.accordEmployeur) ? { evenement: "affecter", de: "retenue", vers: "affectee" } : undefined;
}

/**
 * May this actor fire the event on this candidacy (undefined for the events that create one)?
 * If so, the transition to write with its history row, and the automatic staffing that follows
 * it, if any (a second history row).
 */
export function peutCandidature(
  evenement: EvenementCandidature,
  candidature: Candidature | undefined,
  contexte: ContexteCandidature,
): ({ ok: true; suite?: TransitionCandidature } & TransitionCandidature) | Refus {
  const regle: RegleTransition = TRANSITIONS_CANDIDATURE[evenement];
  const r = verifier(evenement, candidature, contexte) ?? lireMotif(contexte.motif, regle.motifObligatoire ?? false, regle.libelle);
  if (!r.ok) return r;
  const avant = candidature?.accordEmployeur ?? null;
  const accord = regle.accord?.vers ?? candidature?.accordEmployeur ?? (contexte.liberationRequise === false ? "non_requis" : "en_attente");
  const etat = candidature?.etat ?? null;
  // An event without `vers` leaves from existing states only (`de` has no null): etat is set.
  const vers = regle.vers ?? etat!;
  const prochaine = suite({ etat: vers, accordEmployeur: accord });
  return {
    ok: true,
    evenement,
    de: etat,
    vers,
    ...(accord !== avant ? { accordEmployeur: { de: avant, vers: accord } } : {}),
    ...(r.motif ? { motif: r.motif } : {}),
    ...(prochaine ? { suite: prochaine } : {}),
  };
}

/** The events this actor may fire now, for the page's next actions (the reason is asked when needed). */
export function evenementsPossiblesCandidature(
  candidature: Candidature | undefined,
  contexte: ContexteCandidature,
): { evenement: EvenementCandidature; libelle: string; motifObligatoire: boolean }[] {
  return EVENEMENTS_CANDIDATURE.filter((e) => !verifier(e, candidature, contexte)).map((e) => {
    const regle: RegleTransition = TRANSITIONS_CANDIDATURE[e];
    return { evenement: e, libelle: regle.libelle, motifObligatoire: regle.motifObligatoire ?? false };
  });
}
