/**
 * How a case's data reads on its page, whatever the procedure: each field by its path in the data
 * (`remboursement.montantParPeriode`), its label, and its coded values in words. The data's
 * shapes are the domain's (src/domain/procedures/*-donnees.ts), whose modules build zod schemas
 * the browser bundle must not carry: the coded values' labels come from the domain's zod-free
 * vocabulary (vocabulaire-donnees.ts); the fields' labels, which the domain does not have, are
 * the web's.
 */
import type { TypeProcedure } from "../../../api";
import { pluriel } from "../../../components/format";
import {
  LIBELLES_MODE_TRANSPORT,
  LIBELLES_NATURE_LIGNE_FINANCIERE,
  LIBELLES_NIVEAU_VIGILANCE,
  LIBELLES_PERIODICITE,
  LIBELLES_QUOTITE,
  LIBELLES_STATUT,
  LIBELLES_TYPE_DETACHEMENT,
} from "../../../../domain/procedures/vocabulaire-donnees";
import { LIBELLES_CADRE, LIBELLES_HOTE } from "../../simulateur/saisie";
import { formaterJourCivil } from "../../vivier/libelles";
import { LIBELLES_CHAMPS_CUMUL, LIBELLES_SECTIONS_CUMUL } from "./cumul";

export {
  LIBELLES_MODE_TRANSPORT,
  LIBELLES_NATURE_LIGNE_FINANCIERE,
  LIBELLES_NIVEAU_VIGILANCE,
  LIBELLES_PERIODICITE,
  LIBELLES_STATUT,
  LIBELLES_TYPE_DETACHEMENT,
} from "../../../../domain/procedures/vocabulaire-donnees";

const PARTIE = (quoi: string) => ({ nom: `Nom ${quoi}`, representant: "Représentant", qualite: "Qualité du représentant" });
const prefixer = (racine: string, o: Record<string, string>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [`${racine}.${k}`, v]));
const AGENT = { "agent.nom": "Nom", "agent.prenom": "Prénom", "agent.grade": "Grade" };

/** The label of each field and section of each procedure's data, by its path. */
export const LIBELLES_DONNEES: Record<TypeProcedure, Readonly<Record<string, string>>> = {
  cumul_activites: { ...LIBELLES_SECTIONS_CUMUL, ...LIBELLES_CHAMPS_CUMUL },
  mise_a_disposition: {
    agent: "L'agent",
    ...AGENT,
    "agent.statut": "Statut",
    employeur: "L'employeur",
    ...prefixer("employeur", PARTIE("de l'employeur")),
    accueil: "L'organisme d'accueil",
    ...prefixer("accueil", PARTIE("de l'organisme d'accueil")),
    "accueil.type": "Type d'organisme",
    "accueil.affectation": "Direction ou service d'affectation",
    activites: "Nature des activités",
    conditionsEmploi: "Conditions d'emploi",
    dateDebut: "Début de la mise à disposition",
    dateFin: "Fin de la mise à disposition",
    debutPeriode: "Début de la période en cours",
    quotite: "Quotité de temps de travail (%)",
    remboursement: "Remboursement",
    "remboursement.gratuite": "Mise à disposition gratuite",
    "remboursement.montantParPeriode": "Montant remboursé par période (€)",
    "remboursement.periodicite": "Périodicité",
    "remboursement.delaiPaiementJours": "Délai de paiement (jours)",
    "remboursement.justificationGratuite": "Justification de la gratuité",
    complementRemuneration: "Complément de rémunération (€)",
    fraisEtSujetions: "Frais et sujétions pris en charge",
    preavisFinJours: "Préavis de fin (jours)",
  },
  detachement: {
    agent: "L'agent",
    ...AGENT,
    "agent.statut": "Statut",
    accueil: "L'organisme d'accueil",
    ...prefixer("accueil", PARTIE("de l'organisme d'accueil")),
    "accueil.type": "Type d'organisme",
    fonctions: "Fonctions exercées auprès de l'organisme d'accueil",
    type: "Durée du détachement",
    dateDebut: "Début du détachement",
    dateFin: "Fin du détachement",
    debutPeriode: "Début de la période en cours",
    aLEtranger: "Pour servir à l'étranger",
    cooperation: "Mission de coopération internationale",
    conventionPrealable: "Convention préalable",
    "conventionPrealable.reference": "Référence",
    "conventionPrealable.signeeLe": "Signée le",
    preavisMois: "Préavis (mois)",
  },
  convention_partenariat: {
    collectivite: "La collectivité",
    ...prefixer("collectivite", PARTIE("de la collectivité")),
    operateur: "L'opérateur",
    ...prefixer("operateur", PARTIE("de l'opérateur")),
    presentationParties: "Présentation des parties",
    programme: "Programme ou projet",
    beneficiaire: "Bénéficiaire du programme",
    documentContractuel: "Document contractuel qui définit le projet",
    actions: "Actions à mettre en œuvre",
    modalites: "Modalités techniques de mise en œuvre",
    expertiseInterne: "Actions confiées aux experts de la collectivité",
    outilsNumeriques: "Outils numériques mis à disposition",
    missionsCourtesSurTempsDeService: "Missions courtes sur le temps de service, avec un ordre de mission",
    clausesDuBailleur: "Propriété intellectuelle et communication régies par le contrat avec le bailleur",
    joursExpertsPrevus: "Jours d'experts prévus",
    dateFin: "Achèvement technique du programme",
    reunionsComiteParAn: "Réunions du comité de pilotage par an",
    annexeFinanciere: "Annexe financière",
    "annexeFinanciere.lignes": "Lignes",
    // One item of the list, numbered: « Ligne 2 : Montant (€) ».
    "annexeFinanciere.lignes[]": "Ligne",
    "annexeFinanciere.lignes.nature": "Nature",
    "annexeFinanciere.lignes.libelle": "Libellé",
    "annexeFinanciere.lignes.montant": "Montant (€)",
  },
  ordre_de_mission: {
    agent: "L'agent",
    ...AGENT,
    "agent.service": "Service",
    cadre: "Cadre de la mission",
    objet: "Objet de la mission",
    destination: "Destination",
    "destination.pays": "Pays",
    "destination.ville": "Ville",
    depart: "Départ",
    retour: "Retour",
    transport: "Transport",
    "transport.modes": "Modes de transport",
    "transport.precisions": "Précisions",
    priseEnChargeFrais: "Prise en charge des frais",
    securite: "Sécurité et assurance",
    "securite.niveauVigilance": "Niveau de vigilance du pays",
    "securite.vigilanceConsulteeLe": "Conseils aux voyageurs consultés le",
    "securite.inscriptionAriane": "Inscription sur Ariane",
    "securite.assurance": "Assurance",
    "securite.assurance.rapatriement": "Assistance et rapatriement",
    "securite.assurance.assureur": "Assureur",
    "securite.assurance.contrat": "Numéro de contrat",
  },
};

const cadres = Object.fromEntries(Object.entries(LIBELLES_CADRE).map(([k, v]) => [k, v.libelle]));

/** The coded values of each procedure's data, in words, by the field's path (list items' fields without their index). */
const VALEURS: Record<TypeProcedure, Readonly<Record<string, Record<string, string>>>> = {
  cumul_activites: { "activitePrincipale.quotite": LIBELLES_QUOTITE },
  mise_a_disposition: { "agent.statut": LIBELLES_STATUT, "accueil.type": LIBELLES_HOTE, "remboursement.periodicite": LIBELLES_PERIODICITE },
  detachement: { "agent.statut": LIBELLES_STATUT, "accueil.type": LIBELLES_HOTE, type: LIBELLES_TYPE_DETACHEMENT },
  convention_partenariat: { "annexeFinanciere.lignes.nature": LIBELLES_NATURE_LIGNE_FINANCIERE },
  ordre_de_mission: { cadre: cadres, "transport.modes": LIBELLES_MODE_TRANSPORT, "securite.niveauVigilance": LIBELLES_NIVEAU_VIGILANCE },
};

/** « activiteAccessoire.organisme.nature » → « Nature » when no label is known: the last segment, split at its capitals. */
function enMots(chemin: string): string {
  const dernier = chemin.slice(chemin.lastIndexOf(".") + 1).replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  return dernier.charAt(0).toUpperCase() + dernier.slice(1);
}

/** A list item's field is labelled as every item's: `annexeFinanciere.lignes.0.montant` → `annexeFinanciere.lignes.montant`. */
const sansIndices = (chemin: string) => chemin.replace(/\.\d+(?=\.|$)/g, "");

/**
 * The entries of an object of the data in the order of its form (the labels' order): the database
 * keeps JSON objects with their keys reordered, which would mix the fields up on the page. Fields
 * without a label come last, in their order.
 */
export function ordonner<T>(type: TypeProcedure, chemin: string, entrees: [string, T][]): [string, T][] {
  const cles = Object.keys(LIBELLES_DONNEES[type]);
  const rang = (cle: string) => {
    const i = cles.indexOf(sansIndices(chemin === "" ? cle : `${chemin}.${cle}`));
    return i === -1 ? cles.length : i;
  };
  return entrees.map((e, i) => [e, i] as const).sort(([a, i], [b, j]) => rang(a[0]) - rang(b[0]) || i - j).map(([e]) => e);
}

export function libelleDonnee(type: TypeProcedure, chemin: string): string {
  return LIBELLES_DONNEES[type][sansIndices(chemin)] ?? enMots(chemin);
}

/** The label of one item of a list (« Ligne »), numbered by the caller; the list's own label if none is given. */
export function libelleElement(type: TypeProcedure, chemin: string): string {
  return LIBELLES_DONNEES[type][`${sansIndices(chemin)}[]`] ?? libelleDonnee(type, chemin);
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A leaf value in words: a coded value by its label, a day in full, yes or no, a number the French way. */
export function valeurEnMots(type: TypeProcedure, chemin: string, valeur: string | number | boolean): string {
  if (typeof valeur === "boolean") return valeur ? "Oui" : "Non";
  if (typeof valeur === "number") return new Intl.NumberFormat("fr-FR").format(valeur);
  const codes = VALEURS[type][sansIndices(chemin)];
  if (codes !== undefined && valeur in codes) return codes[valeur]!;
  if (DATE.test(valeur)) return formaterJourCivil(valeur);
  return valeur;
}

/**
 * What is missing, as a person reads it: the field's label, then the API's message. A message
 * that describes a whole section's shape (« … s'écrit { … } », for a section not filled in at
 * all) says instead that the section is to fill in.
 */
export function manquantEnMots(type: TypeProcedure, m: { champ: string; message: string }): { libelle: string; message: string } {
  const racine = ["demande", "convention", "detachement", "ordre"].includes(m.champ);
  const libelle = racine ? "Les données" : libelleDonnee(type, m.champ);
  // The schema's wording for a value of the wrong form (« la fin de l'activité : une date AAAA-MM-JJ qui
  // existe est attendue ») repeats the label the list already shows: what the user has to do is say it.
  const message =
    /s'écri(?:t|vent) \{/.test(m.message) || /est un objet JSON/.test(m.message) || /: du texte est attendu$/.test(m.message)
      ? "à remplir"
      : /: une date AAAA-MM-JJ qui existe est attendue$/.test(m.message)
        ? "une date à indiquer (jour, mois, année)"
        : m.message;
  return { libelle, message };
}

/** What a save of the data says: that nothing is missing any more, or how much still is. */
export function phraseEnregistrement(manquants: number): string {
  return manquants === 0
    ? "Les données sont enregistrées : rien ne manque pour l'étape suivante."
    : `Les données sont enregistrées. Il manque encore ${pluriel(manquants, "élément")} avant l'étape suivante (voir « Ce qui manque encore »).`;
}
