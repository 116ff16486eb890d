/**
 * The guidance pages' text, one entry per instrument, written from docs LEGAL.md (the project's
 * legal reference, itself sourced): nothing here may say more than it does. The note cited is the
 * MEAE's information note on territorial expertise (about 2020); it cites laws since codified in
 * the Code général de la fonction publique (CGFP), so each guide cites both. What LEGAL.md marks
 * "to confirm" is listed under « Points à confirmer », never stated as settled.
 */
import type { Instrument } from "../../api";
import { GUIDES, type SlugGuide } from "../../chemins";

export type Reference = { texte: string; objet: string };

export type ContenuGuide = {
  instrument: Instrument;
  /** Under the h1: the instrument in one sentence. */
  resume: string;
  quoi: string[];
  qui: string[];
  quand: string[];
  quiPaie: string[];
  retourAuPoste: string[];
  etapes: string[];
  delais: string[];
  /** The texts in force (CGFP and decrees still in force). */
  references: Reference[];
  /** The texts as the note cites them, so that a reader of the note finds them again. */
  referencesDeLaNote: Reference[];
  aConfirmer: string[];
};

/** The note's thresholds (LEGAL.md §3): recommendations, not law. */
export const SEUILS = { miseADisposition: 6, detachement: 130 } as const;

const NOTE = "Note d'information du MEAE sur l'expertise territoriale";

export const CONTENU_GUIDES: Record<SlugGuide, ContenuGuide> = {
  "ordre-de-mission": {
    instrument: "ordre_de_mission",
    resume: "L'agent part en mission pour le compte de son employeur, sur son temps de travail, et reste sous son autorité.",
    quoi: [
      "L'ordre de mission est signé par l'autorité territoriale. L'agent reste à son poste et sous l'autorité de son employeur : il accomplit une mission pour sa collectivité, qui continue de le rémunérer.",
      "C'est l'instrument de l'action extérieure propre de la collectivité (la coopération décentralisée) et des missions du programme EXPE-CT.",
    ],
    qui: [
      "Les agents publics de la collectivité : fonctionnaires titulaires et stagiaires, agents contractuels en CDI ou en CDD.",
      "Pas les personnes retraitées (elles contractent directement avec l'opérateur), ni les élu·es (leur mission relève d'un mandat spécial voté par l'assemblée), ni les personnels des organismes partenaires (les règles de leur propre employeur s'appliquent).",
    ],
    quand: [
      "Coopération décentralisée : quelle que soit la durée ; l'employeur vérifie la sécurité et l'assurance (règle T0).",
      "Mission EXPE-CT : toujours, pour une semaine au plus, soit 7 jours calendaires voyage compris ; l'agent reste sous l'autorité de son employeur (règles X2 et X5).",
      `Mission d'un opérateur de moins de ${SEUILS.miseADisposition} jours ouvrés d'expertise : si la collectivité juge la mission dans son intérêt, ou si une convention de partenariat couvre le temps de travail ; sinon, le cumul d'activités hors du temps de service (règle T1).`,
    ],
    quiPaie: [
      "L'employeur maintient la rémunération ; les frais de déplacement suivent les règles territoriales.",
      "Mission EXPE-CT : le ministère paie le transport international, l'institution d'accueil paie le séjour (règle X3).",
      "Mission d'un opérateur : une convention de partenariat entre la collectivité et l'opérateur peut prévoir, dans son annexe financière, les honoraires versés à la collectivité, les frais de gestion et un complément de rémunération de l'expert.",
    ],
    retourAuPoste: ["L'agent ne quitte pas son poste."],
    etapes: [
      "L'accord de l'agent pour partir en mission.",
      "L'ordre de mission, signé par l'autorité territoriale.",
      "La vérification de la sécurité (niveau de vigilance du pays, inscription Ariane) et de l'assurance.",
      "Mission EXPE-CT : la mission est demandée par la DAECT et validée par l'ambassade de France dans le pays (règle X7) ; l'organisme labellisé informe la DAECT de toute demande qu'il reçoit du fait de son label (règle X6).",
      "Mission EXPE-CT : le rapport de mission, validé par l'organisme labellisé (règle X4).",
      "Mission d'un opérateur sous convention de partenariat : la convention (annexe 1 de la note) et son annexe financière, avec un comité de pilotage et une évaluation.",
    ],
    delais: [
      "L'ordre de mission est signé avant le départ.",
      "Mission EXPE-CT : le rapport est dû dans les deux mois qui suivent le retour (le même jour du mois, ou le dernier jour du mois s'il n'en a pas). Sans rapport, la DAECT peut demander le remboursement des frais.",
    ],
    references: [{ texte: `${NOTE}, §3`, objet: "recommandation selon le cadre et la durée de la mission" }],
    referencesDeLaNote: [
      { texte: `${NOTE}, programme EXPE-CT`, objet: "modalités des missions (durée, financement, rapport)" },
      { texte: `${NOTE}, annexe 1`, objet: "convention de partenariat entre la collectivité et l'opérateur" },
    ],
    aConfirmer: [],
  },

  "cumul-d-activites": {
    instrument: "cumul_activites",
    resume: "L'agent exerce l'expertise à titre accessoire, hors de son temps de service, avec l'autorisation de son employeur ; l'opérateur le rémunère.",
    quoi: [
      "Le cumul d'activités permet à un agent public d'exercer une activité accessoire à côté de son emploi, avec l'autorisation écrite de son autorité.",
      "Les jours de mission sont pris hors du temps de service : l'agent est en congé ou ne travaille pas ce jour-là ; aucune autorisation d'absence n'est accordée pour cette activité (règle C3).",
    ],
    qui: [
      "Tout agent public : fonctionnaire titulaire ou stagiaire, agent contractuel en CDI ou en CDD (règle C1).",
      "L'activité doit être d'un genre autorisé : une expertise, ou une mission de coopération internationale (CGFP art. R123-8 ; règle C2).",
    ],
    quand: [
      `Mission d'un opérateur de moins de ${SEUILS.miseADisposition} jours ouvrés d'expertise (règle T1) : 5 jours, ou 5,5 jours (les demi-journées comptent), relèvent du cumul ; 6 jours relèvent déjà de la mise à disposition.`,
      "Quand l'instrument que recommande la note n'est pas ouvert à la personne : par exemple un agent contractuel en CDD pour une mission de 20 jours, à qui la mise à disposition n'est pas ouverte.",
      "Les seuils sont des recommandations de la note, pas des règles de droit : l'utilisateur peut choisir un autre instrument que la loi permet, en justifiant son choix.",
    ],
    quiPaie: ["L'opérateur rémunère l'expert directement pour l'activité accessoire. L'employeur ne paie pas ces jours : il n'y a rien à rembourser."],
    retourAuPoste: ["L'agent ne quitte pas son poste ; les jours de mission sont des jours de congé."],
    etapes: [
      "La demande écrite de l'agent (annexe 3 de la note) : l'organisme d'accueil, l'activité, sa durée, sa fréquence, sa rémunération, les autres activités accessoires, et une déclaration sur l'honneur au regard de la prise illégale d'intérêts (code pénal art. 432-12).",
      "L'avis du supérieur hiérarchique.",
      "La décision écrite de l'autorité territoriale.",
      "Une nouvelle demande pour tout changement substantiel de l'activité (règle C6).",
    ],
    delais: [
      "L'autorité répond dans le mois, ou dans les deux mois si elle demande un complément d'information. Son silence ne vaut pas autorisation (règle C5).",
      "L'autorité peut retirer l'autorisation à tout moment : dans l'intérêt du service, si la demande contenait des informations fausses, ou si l'activité devient incompatible avec les fonctions de l'agent ou avec les règles de déontologie (code pénal art. 432-12) (règle C4). La note cite un troisième motif, « l'activité n'a plus un caractère accessoire » : c'est l'ancienne rédaction.",
    ],
    references: [
      { texte: "CGFP art. L123-7", objet: "activités accessoires (voir aussi L123-1, L123-9 et L123-10)" },
      { texte: "CGFP art. R123-1 et suivants", objet: "procédure : R123-2 (retrait), R123-7 (autorisation), R123-8 (liste des activités)" },
      { texte: "Code pénal art. 432-12", objet: "prise illégale d'intérêts" },
      { texte: `${NOTE}, §3 et annexe 3`, objet: "recommandation et modèle de demande" },
    ],
    referencesDeLaNote: [
      { texte: "Loi n° 83-634 du 13 juillet 1983, art. 25 septies IV", objet: "activité accessoire, aujourd'hui CGFP art. L123-7" },
      { texte: "Décret n° 2020-69 du 30 janvier 2020", objet: "liste, procédure et retrait, aujourd'hui CGFP art. R123-1 et suivants" },
      { texte: "« Code pénal L432-12 »", objet: "l'article 432-12 du code pénal (sans « L »)" },
    ],
    aConfirmer: [
      "Où figure aujourd'hui la règle selon laquelle le cumul s'exerce hors du temps de service (jours de congé, sans autorisation d'absence).",
      "L'article qui prévoit aujourd'hui le délai de réponse d'un mois et que le silence de l'autorité ne vaut pas autorisation.",
    ],
  },

  "mise-a-disposition": {
    instrument: "mise_a_disposition",
    resume: "L'agent reste dans son emploi et son administration, mais travaille pour l'organisme d'accueil, qui rembourse sa rémunération.",
    quoi: [
      "L'agent mis à disposition reste dans son emploi et son administration, qui continue de le rémunérer, mais il travaille pour un organisme d'accueil, pour tout ou partie de son temps de travail.",
      "Une mise à disposition dure trois ans au plus, renouvelables par périodes de trois ans au plus (décret n° 2008-580 ; règle M4).",
    ],
    qui: [
      "Le fonctionnaire titulaire. Un agent contractuel en CDI, seulement auprès de certains organismes. Ni l'agent contractuel en CDD, ni le fonctionnaire stagiaire (règle M1).",
      "L'organisme d'accueil doit être de ceux qu'énumère le CGFP (art. L512-8), parmi lesquels les organisations internationales, les institutions et organes de l'Union européenne et les États étrangers ; auprès d'un État étranger ou de ses organismes, l'agent garde un lien fonctionnel avec son employeur. Sinon, pas de mise à disposition : le détachement ou le cumul d'activités (règle M2).",
    ],
    quand: [
      `Mission d'un opérateur de ${SEUILS.miseADisposition} à ${SEUILS.detachement} jours ouvrés d'expertise, bornes comprises (règle T2) : 6 jours comme 130 jours relèvent de la mise à disposition.`,
      "Le nombre de jours est le total des jours d'expertise d'un agent sur un projet, toutes sessions additionnées. Si une nouvelle session fait franchir un seuil, Vivier le signale et recommande le changement d'instrument pour les jours restants, sans requalifier les jours déjà faits (règle T5).",
      "La note, dans son texte principal, dit « moins de 6 jours » et « entre 6 et 130 jours » ; son annexe 1 dit « 5 jours ou moins » et « plus de 6 jours », ce qui laisse 6 jours sans réponse : Vivier suit le texte principal.",
    ],
    quiPaie: [
      "L'employeur continue de verser la rémunération ; l'organisme d'accueil la rembourse, charges comprises : c'est la règle (règles M3 et M5).",
      "La mise à disposition gratuite n'est possible qu'envers les organismes que la loi exempte : l'État, les groupements d'intérêt public, les organisations internationales, les institutions de l'Union européenne, les États étrangers. Une mise à disposition gratuite auprès d'un opérateur (« partenariat à titre gracieux ») doit être soumise à un examen juridique.",
      "L'organisme d'accueil peut verser un complément de rémunération et prendre en charge les frais et sujétions de la mission.",
    ],
    retourAuPoste: ["L'agent retrouve son poste à la fin de la mise à disposition."],
    etapes: [
      "La convention de mise à disposition avec l'organisme d'accueil (annexe 2 de la note) : les activités, les conditions d'emploi, l'encadrement, l'évaluation, le remboursement, la durée, les conditions de fin anticipée, l'éventuel complément de rémunération.",
      "Le projet de convention transmis d'abord à l'agent, pour son accord écrit.",
      "L'information préalable de l'assemblée délibérante.",
      "L'arrêté de mise à disposition.",
      "Chaque année, un rapport de l'organisme d'accueil sur l'activité de l'agent.",
      "Tout changement par avenant à la convention et nouvel arrêté.",
    ],
    delais: [
      "L'accord écrit de l'agent et l'information de l'assemblée délibérante précèdent l'arrêté.",
      "Trois ans au plus, renouvelables par périodes de trois ans au plus.",
    ],
    references: [
      { texte: "CGFP art. L512-6, L512-7, L512-12 et L512-13", objet: "accord de l'agent, convention, information de l'assemblée délibérante" },
      { texte: "CGFP art. L512-8", objet: "organismes d'accueil possibles" },
      { texte: "CGFP art. L512-11", objet: "remboursement par l'organisme d'accueil" },
      { texte: "Décret n° 2008-580 du 18 juin 2008", objet: "régime de la mise à disposition dans la fonction publique territoriale (en vigueur)" },
      { texte: `${NOTE}, §3 et annexe 2`, objet: "recommandation et modèle de convention" },
    ],
    referencesDeLaNote: [
      { texte: "Loi n° 84-53 du 26 janvier 1984, art. 61", objet: "accord, convention, information de l'assemblée ; aujourd'hui CGFP art. L512-6, L512-7, L512-12 et L512-13" },
      { texte: "Loi n° 84-53 du 26 janvier 1984, art. 61-1", objet: "organismes d'accueil, remboursement ; aujourd'hui CGFP art. L512-8 et L512-11" },
      { texte: "Décret n° 2008-580 du 18 juin 2008", objet: "toujours en vigueur" },
    ],
    aConfirmer: [
      "Le numéro de l'article qui fixe la durée de trois ans renouvelable.",
      "La mise à disposition d'un agent contractuel en CDI auprès d'un organisme international.",
      "L'exclusion du fonctionnaire stagiaire.",
      "Si un opérateur comme Expertise France fait partie des organismes d'accueil qu'énumère l'article L512-8 : indiquez le type de l'organisme d'accueil dans le simulateur, Vivier le montre dans sa réponse.",
    ],
  },

  detachement: {
    instrument: "detachement",
    resume: "Le fonctionnaire est placé hors de son cadre d'emplois d'origine et travaille pour l'organisme d'accueil, qui le rémunère.",
    quoi: [
      "Le détachement place le fonctionnaire hors de son corps ou cadre d'emplois d'origine, auprès d'un organisme d'accueil pour lequel il travaille et qui le rémunère.",
      "Parmi les cas de détachement, deux concernent l'international : une mission à l'étranger, ou auprès d'une organisation internationale (règle D2).",
      "Détachement de courte durée : six mois au plus, non renouvelable ; un an au plus pour un agent détaché pour servir à l'étranger (ou dans les collectivités des articles 74 et 77 de la Constitution). L'agent n'est pas remplacé (décret n° 86-68, art. 8, dans sa rédaction depuis 2017 ; règle D3).",
      "Détachement de longue durée : plus de six mois et jusqu'à cinq ans, renouvelable par périodes de cinq ans au plus (règle D4).",
    ],
    qui: ["Les fonctionnaires titulaires seulement (règle D1)."],
    quand: [
      `Mission d'un opérateur de plus de ${SEUILS.detachement} jours ouvrés d'expertise (règle T3) : 131 jours relèvent du détachement de longue durée, ou de la disponibilité.`,
      "Une mission de coopération internationale d'intérêt public, ou auprès d'un organisme international d'intérêt général, demande une convention préalable entre l'employeur et l'organisme d'accueil (règle D3b).",
    ],
    quiPaie: [
      "L'organisme d'accueil rémunère l'agent ; il n'y a pas de remboursement à l'employeur.",
      "Pour une mission de coopération, la convention préalable fixe la nature des activités, la rémunération, les cotisations de retraite et l'évaluation.",
    ],
    retourAuPoste: [
      "Détachement de courte durée : l'agent retrouve le même poste.",
      "Détachement de longue durée : l'agent est réintégré à la première vacance, pas nécessairement sur le même poste.",
    ],
    etapes: [
      "La demande écrite de l'agent.",
      "L'accord de l'organisme d'accueil, et pour une mission de coopération la convention préalable entre l'employeur et l'organisme d'accueil.",
      "L'arrêté de détachement.",
    ],
    delais: [
      "Un préavis allant jusqu'à trois mois peut être exigé.",
      "Courte durée : six mois au plus, non renouvelable (un an pour servir à l'étranger). Longue durée : cinq ans au plus, renouvelable par périodes de cinq ans au plus.",
    ],
    references: [
      { texte: "CGFP art. L513-1 à L513-3, L513-20 et suivants", objet: "le détachement" },
      { texte: "Décret n° 86-68 du 13 janvier 1986", objet: "cas et durées du détachement (modifié en 2025) ; art. 8 : détachement de courte durée" },
      { texte: `${NOTE}, §3`, objet: "recommandation au-delà de 130 jours" },
    ],
    referencesDeLaNote: [
      { texte: "Loi n° 84-53 du 26 janvier 1984, art. 64", objet: "aujourd'hui CGFP art. L513-1 à L513-3 et L513-20 et suivants" },
      { texte: "Décret n° 86-68 du 13 janvier 1986", objet: "toujours en vigueur (modifié en 2025)" },
    ],
    aConfirmer: [
      "La rédaction exacte, pour la fonction publique territoriale, de la règle du détachement de courte durée. La note indique « six mois renouvelables une fois » ; le décret n° 86-68, dans sa rédaction depuis 2017, dit six mois non renouvelables (un an pour servir à l'étranger).",
    ],
  },

  disponibilite: {
    instrument: "disponibilite",
    resume: "Le fonctionnaire cesse temporairement d'exercer, sans rémunération de son employeur.",
    quoi: [
      "En disponibilité, le fonctionnaire cesse temporairement d'exercer ses fonctions, et son employeur cesse de le rémunérer.",
      "Elle est accordée à la discrétion de l'employeur.",
    ],
    qui: ["Les fonctionnaires titulaires seulement (règle P1)."],
    quand: [
      `Mission d'un opérateur de plus de ${SEUILS.detachement} jours ouvrés d'expertise (règle T3) : la note recommande le détachement de longue durée, ou la disponibilité.`,
    ],
    quiPaie: ["L'organisme d'accueil ou l'opérateur rémunère la personne ; l'employeur ne verse rien, et il n'y a rien à rembourser."],
    retourAuPoste: ["La réintégration suit les règles de la disponibilité, pas nécessairement sur le même poste."],
    etapes: ["La demande écrite de l'agent.", "L'arrêté de mise en disponibilité.", "La déclaration préalable de toute activité privée exercée pendant la disponibilité."],
    delais: ["La demande et la déclaration de l'activité précèdent le début de l'activité."],
    references: [
      { texte: "CGFP art. L514-1 à L514-8", objet: "la disponibilité" },
      { texte: "Décret n° 86-68 du 13 janvier 1986", objet: "cas et durées de la disponibilité (modifié en 2025)" },
      { texte: `${NOTE}, §3`, objet: "recommandation au-delà de 130 jours" },
    ],
    referencesDeLaNote: [
      { texte: "Loi n° 84-53 du 26 janvier 1984, art. 72", objet: "aujourd'hui CGFP art. L514-1 à L514-8" },
      { texte: "Décret n° 86-68 du 13 janvier 1986", objet: "toujours en vigueur (modifié en 2025)" },
    ],
    aConfirmer: [],
  },
};

/** The guide of an instrument, when it has one (retirees, elected officials… have none). */
export function guideDeLInstrument(instrument: Instrument): (typeof GUIDES)[number] | undefined {
  return GUIDES.find((g) => CONTENU_GUIDES[g.slug].instrument === instrument);
}

/** The situations no instrument of the employer covers (LEGAL.md R1, E1, E2), for the guides' index. */
export const AUTRES_SITUATIONS: { titre: string; texte: string[]; aConfirmer: string[] }[] = [
  {
    titre: "Les personnes retraitées",
    texte: [
      "Aucun instrument de l'ancien employeur ne s'applique : la personne contracte directement avec l'opérateur.",
      "Les contrats de droit public sont fermés à partir de 67 ans (loi n° 84-834, art. 6-1), sauf une mission ponctuelle sans lien de subordination.",
      "Le cumul de la pension et de la rémunération est intégral ou plafonné selon l'âge et les droits : renseignez-vous auprès de votre caisse de retraite (CNRACL, info-retraite.fr). Vivier ne calcule aucun montant.",
    ],
    aConfirmer: ["Les règles actuelles du cumul emploi-retraite : une réforme a été proposée en 2026."],
  },
  {
    titre: "Les élu·es",
    texte: ["Un élu n'est pas un agent : sa mission demande un mandat spécial, voté par l'assemblée délibérante."],
    aConfirmer: [],
  },
  {
    titre: "Les personnels des organismes partenaires",
    texte: ["Pour les personnels d'un hôpital, d'une université ou d'une agence, ce sont les règles de leur propre employeur qui s'appliquent."],
    aConfirmer: [],
  },
];
