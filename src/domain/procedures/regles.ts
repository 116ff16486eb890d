/**
 * The legal rules the procedures apply, as data (LEGAL.md §2 and §6): the id a lawyer finds in
 * LEGAL.md, the rule in words, its texts (the Code général de la fonction publique and the texts
 * the note cites), since when it applies, and — shown to the user as such — what could not be
 * checked and where the note of about 2020 says otherwise. The figures the rules set are in
 * PARAMETRES_PROCEDURES, one place to change them.
 *
 * §6 has no ids: its steps are named « 6-MAD », « 6-DET »… here.
 */
export type RegleProcedure = {
  titre: string;
  texte: string;
  sources: readonly string[];
  /** AAAA-MM-JJ: the rule applies to cases from this day. */
  depuis: string;
  /** What could not be checked against the official text. */
  aConfirmer?: string;
  /** Where the note says otherwise: Vivier follows the rule and shows the difference. */
  ecartAvecLaNote?: string;
};

const CGFP = "2022-03-01";

export const REGLES_PROCEDURES = {
  C1: {
    titre: "Cumul ouvert à tout agent public",
    texte: "Le cumul d'activités est ouvert à tout agent public : titulaire, stagiaire, contractuel en CDI ou en CDD.",
    sources: ["CGFP art. L123-7", "loi n° 83-634 art. 25 septies IV (texte cité par la note)"],
    depuis: CGFP,
  },
  C3: {
    titre: "Cumul hors du temps de service",
    texte: "Les jours de cumul sont pris hors du temps de service (congé ou jour non travaillé), sans autorisation d'absence.",
    sources: ["CGFP art. L123-7", "loi n° 83-634 art. 25 septies IV (texte cité par la note)"],
    depuis: CGFP,
    aConfirmer: "Où figure aujourd'hui la règle du cumul hors du temps de service.",
  },
  C4: {
    titre: "Retrait de l'autorisation de cumul",
    texte:
      "L'autorité peut s'opposer à tout moment à la poursuite de l'activité autorisée : intérêt du service, informations erronées dans la demande, incompatibilité avec les fonctions ou les règles déontologiques (code pénal art. 432-12).",
    sources: ["CGFP art. R123-2", "décret n° 2020-69 (texte cité par la note)", "code pénal art. 432-12"],
    depuis: CGFP,
    ecartAvecLaNote: "La note cite comme troisième motif « l'activité ne revêt plus un caractère accessoire » : c'est l'ancienne rédaction.",
  },
  C5: {
    titre: "Décision sur la demande de cumul",
    texte:
      "L'autorité répond dans le mois de la demande, dans les deux mois si elle demande un complément ; sans décision écrite dans ce délai, la demande est rejetée : le silence ne vaut pas autorisation.",
    sources: ["CGFP partie réglementaire, art. R123-1 et suivants", "décret n° 2020-69 (texte cité par la note)"],
    depuis: CGFP,
    aConfirmer: "L'article qui fixe aujourd'hui le délai d'un mois et le rejet faute de décision.",
  },
  C6: {
    titre: "Changement substantiel de l'activité",
    texte: "Tout changement substantiel de l'activité accessoire demande une nouvelle demande d'autorisation.",
    sources: ["CGFP art. R123-1 et suivants", "décret n° 2020-69 (texte cité par la note)"],
    depuis: CGFP,
  },
  M1: {
    titre: "Qui peut être mis à disposition",
    texte: "La mise à disposition est ouverte au fonctionnaire titulaire, au contractuel en CDI vers certains organismes seulement ; ni au contractuel en CDD, ni au stagiaire.",
    sources: ["CGFP art. L512-6, L512-7, L512-12 et L512-13", "loi n° 84-53 art. 61 (texte cité par la note)"],
    depuis: CGFP,
    aConfirmer: "La mise à disposition d'un contractuel en CDI vers un organisme international, et l'exclusion du stagiaire.",
  },
  M2: {
    titre: "Organismes d'accueil d'une mise à disposition",
    texte:
      "L'organisme d'accueil est de ceux que la loi énumère : organisations internationales, institutions de l'Union européenne, États étrangers et leurs administrations (l'agent garde un lien fonctionnel avec son employeur). Sinon, pas de mise à disposition : détachement ou cumul.",
    sources: ["CGFP art. L512-8", "loi n° 84-53 art. 61-1 (texte cité par la note)"],
    depuis: CGFP,
    aConfirmer: "Qu'un opérateur comme Expertise France soit un organisme d'accueil admis.",
  },
  M3: {
    titre: "Remboursement de la mise à disposition",
    texte:
      "L'organisme d'accueil rembourse la rémunération et les charges ; la gratuité n'est possible qu'envers les organismes que la loi exempte (État, GIP, organisations internationales, institutions de l'Union européenne, États étrangers). Une mise à disposition gratuite auprès d'un opérateur est à soumettre à un examen juridique.",
    sources: ["CGFP art. L512-11", "décret n° 2008-580", "loi n° 84-53 art. 61-1 (texte cité par la note)"],
    depuis: CGFP,
  },
  M4: {
    titre: "Durée de la mise à disposition",
    texte: "La mise à disposition dure trois ans au plus, renouvelable par périodes de trois ans au plus, pour tout ou partie du temps de travail de l'agent.",
    sources: ["décret n° 2008-580"],
    depuis: CGFP,
    aConfirmer: "Le numéro de l'article du décret n° 2008-580 qui fixe la durée de trois ans.",
  },
  M5: {
    titre: "Rémunération pendant la mise à disposition",
    texte: "L'employeur continue de payer l'agent ; l'organisme d'accueil le rembourse, peut verser un complément de rémunération et prendre en charge frais et sujétions.",
    sources: ["CGFP art. L512-11", "décret n° 2008-580 art. 9 (cité par l'annexe 2 de la note)"],
    depuis: CGFP,
  },
  "6-MAD": {
    titre: "Étapes de la mise à disposition",
    texte:
      "La convention (annexe 2 de la note) est transmise à l'agent pour son accord écrit avant signature ; l'assemblée délibérante est informée au préalable ; un arrêté la prononce ; l'organisme d'accueil établit chaque année civile un rapport sur la manière de servir ; toute modification fait l'objet d'un avenant et d'un nouvel arrêté ; elle peut prendre fin avant son terme à la demande de l'employeur, de l'organisme d'accueil ou de l'agent.",
    sources: ["CGFP art. L512-6 à L512-13", "décret n° 2008-580", "annexe 2 de la note, art. 2, 6 et 9"],
    depuis: CGFP,
    aConfirmer: "Le délai du rapport annuel : l'annexe 2 dit « dans un délai raisonnable » ; Vivier l'attend pour le 31 janvier de l'année suivante, un paramètre.",
  },
  D1: {
    titre: "Détachement réservé aux titulaires",
    texte: "Le détachement est réservé aux fonctionnaires titulaires.",
    sources: ["CGFP art. L513-1 à L513-3", "loi n° 84-53 art. 64 (texte cité par la note)"],
    depuis: CGFP,
  },
  D2: {
    titre: "Détachement à l'international",
    texte: "Le détachement est possible pour une mission à l'étranger ou auprès d'une organisation internationale ; une mission de coopération demande une convention préalable.",
    sources: ["CGFP art. L513-20 et suivants", "décret n° 86-68"],
    depuis: CGFP,
  },
  D3: {
    titre: "Détachement de courte durée",
    texte:
      "Six mois au plus, non renouvelable ; un an au plus pour servir à l'étranger. L'agent n'est pas remplacé et retrouve le même poste à son retour.",
    sources: ["décret n° 86-68 art. 8 (version depuis 2017)"],
    depuis: CGFP,
    aConfirmer: "La rédaction exacte de la règle pour la fonction publique territoriale.",
    ecartAvecLaNote: "La note dit « 6 mois renouvelable une fois » ; le décret dit six mois au plus, non renouvelables. Vivier suit le décret.",
  },
  D3b: {
    titre: "Convention préalable pour la coopération",
    texte:
      "Un détachement pour une mission d'intérêt public de coopération internationale, ou auprès d'un organisme international d'intérêt général, demande une convention préalable entre l'employeur et l'organisme d'accueil (activités, rémunération, cotisations de retraite, évaluation).",
    sources: ["CGFP art. L513-20 et suivants", "décret n° 86-68"],
    depuis: CGFP,
  },
  D4: {
    titre: "Détachement de longue durée",
    texte:
      "Plus de six mois et cinq ans au plus, renouvelable par périodes de cinq ans au plus. Au retour, l'agent est réintégré à la première vacance, pas nécessairement sur le même poste.",
    sources: ["décret n° 86-68"],
    depuis: CGFP,
    ecartAvecLaNote: "La note dit « entre un et cinq ans, éventuellement renouvelable » ; LEGAL.md retient plus de six mois. Vivier suit LEGAL.md.",
  },
  "6-DET": {
    titre: "Étapes du détachement",
    texte: "La demande écrite de l'agent, l'accord de l'organisme d'accueil (et la convention préalable pour la coopération), l'arrêté ; un préavis de trois mois au plus peut être exigé.",
    sources: ["décret n° 86-68"],
    depuis: CGFP,
    aConfirmer: "L'article qui fixe le préavis ; Vivier compte trois mois avant la fin par défaut.",
  },
  "6-CUMUL": {
    titre: "Étapes du cumul d'activités",
    texte:
      "La demande écrite de l'agent (annexe 3 de la note : organisme, activité, durée, périodicité, rémunération, autres activités accessoires, déclaration sur l'honneur), l'avis du supérieur hiérarchique, la décision écrite de l'autorité.",
    sources: ["CGFP art. R123-1 et suivants", "annexe 3 de la note"],
    depuis: CGFP,
  },
  "6-PART": {
    titre: "Convention de partenariat avec un opérateur",
    texte:
      "La convention (annexe 1 de la note) et son annexe financière : honoraires versés à la collectivité, frais de gestion, complément de rémunération de l'expert ; un comité de pilotage qui se réunit au moins le nombre de fois prévu par an ; une évaluation au terme de la convention.",
    sources: ["annexe 1 de la note, art. 4, 5 et annexe de gestion financière"],
    depuis: CGFP,
  },
  T0: {
    titre: "Ordre de mission",
    texte: "Pour l'action extérieure de la collectivité, l'agent part sur son temps de travail avec un ordre de mission signé ; l'employeur veille à sa sécurité et à son assurance.",
    sources: ["note d'information du MEAE, II-A-1"],
    depuis: CGFP,
  },
  T1: {
    titre: "Ordre de mission pour un opérateur",
    texte: "Pour une mission d'opérateur, la collectivité peut faire partir l'expert sur son temps de travail avec un ordre de mission si elle juge que c'est son intérêt.",
    sources: ["note d'information du MEAE, II-B-1, renvoi (*)"],
    depuis: CGFP,
  },
  X2: {
    titre: "Durée d'une mission EXPE-CT",
    texte: "Une mission EXPE-CT dure une semaine au plus, soit sept jours calendaires voyage compris.",
    sources: ["règlement du programme EXPE-CT (annexe 4 de la note), III-2"],
    depuis: CGFP,
  },
  P1: {
    titre: "Disponibilité",
    texte: "La disponibilité est réservée aux fonctionnaires titulaires, accordée à la discrétion de l'employeur.",
    sources: ["CGFP art. L514-1 à L514-8"],
    depuis: CGFP,
  },
  R1: {
    titre: "Personnes retraitées",
    texte: "Une personne retraitée n'a plus d'instrument de son ancien employeur : elle contracte directement avec l'opérateur.",
    sources: ["loi n° 84-834 art. 6-1"],
    depuis: CGFP,
  },
  E1: {
    titre: "Élus",
    texte: "Un élu n'est pas un agent : sa mission se fait sous mandat spécial voté par l'assemblée délibérante.",
    sources: ["CGCT art. L2123-18 (communes ; équivalents pour les autres collectivités)"],
    depuis: CGFP,
  },
  E2: {
    titre: "Personnel des organismes partenaires",
    texte: "Le personnel d'un organisme partenaire (hôpital, université, agence) relève des règles de son propre employeur.",
    sources: ["note d'information du MEAE, annexe 4"],
    depuis: CGFP,
  },
} as const satisfies Record<string, RegleProcedure>;

export type IdRegleProcedure = keyof typeof REGLES_PROCEDURES;

/**
 * The rules a case page shows with each procedure, with their texts, what is still to confirm
 * and where the note says otherwise (the short détachement's renewal, D3). Keys are the
 * procedures' types (choix-instrument.ts), written out to keep this module free of imports.
 */
export const REGLES_PAR_PROCEDURE: Readonly<Record<"cumul_activites" | "mise_a_disposition" | "detachement" | "convention_partenariat" | "ordre_de_mission", readonly IdRegleProcedure[]>> = {
  cumul_activites: ["C1", "C3", "C4", "C5", "C6", "6-CUMUL"],
  mise_a_disposition: ["M1", "M2", "M3", "M4", "M5", "6-MAD"],
  detachement: ["D1", "D2", "D3", "D4", "6-DET"],
  convention_partenariat: ["6-PART"],
  ordre_de_mission: ["T0", "T1", "X2"],
};

/** What the law leaves open for a case: shown with it, never blocking. */
export type AlerteProcedure = { regle: IdRegleProcedure; message: string };

/** « C5 — CGFP partie réglementaire… ; décret n° 2020-69… », the `source` of a deadline or a refusal. */
export function sourceDe(id: IdRegleProcedure): string {
  return `${id} — ${REGLES_PROCEDURES[id].sources.join(" ; ")}`;
}

/** The figures of the rules: change them here, and every table, check and deadline follows. */
export const PARAMETRES_PROCEDURES = {
  /** C5 */
  delaiDecisionCumulMois: 1,
  delaiDecisionCumulAvecComplementMois: 2,
  /** M4 */
  dureeMaxMiseADispositionMois: 36,
  /** 6-MAD: the report on year N is expected on this day (MM-JJ) of year N + 1. */
  rapportAnnuelAttenduLe: "01-31",
  /** 6-MAD: days after the end of a period for the host to reimburse it, unless the convention says otherwise. */
  delaiRemboursementJours: 30,
  /** D3 */
  detachementCourtMaxMois: 6,
  detachementCourtEtrangerMaxMois: 12,
  /** D3: false as the decree says; the note says once. */
  detachementCourtRenouvelable: false,
  /** D4 */
  detachementLongMaxMois: 60,
  /** 6-DET */
  preavisDetachementMaxMois: 3,
  /** X2: calendar days, travel included. */
  dureeMaxExpeCtJours: 7,
} as const;
