/**
 * The convention of mise à disposition (annex 2 of the note) as its form shows it: every field of
 * the domain's `schemaConventionMad` by its path in the data, and the groups the API may name.
 * The reimbursement shows what its choice needs: the amount, the period and the time to pay when
 * the host reimburses, the justification when it is free (M3); both while nothing is chosen.
 */
import { CHAMPS_AGENT, type Champs, champsPartie, type Groupes, modeleSimple, type Valeurs } from "./saisieDonnees";

const rembourse = (v: Valeurs) => v["remboursement.gratuite"] !== "oui";
const gratuite = (v: Valeurs) => v["remboursement.gratuite"] !== "non";

export const CHAMPS_MISE_A_DISPOSITION: Champs = {
  ...CHAMPS_AGENT,
  "agent.statut": { genre: "choix", libelle: "Statut de l'agent" },
  ...champsPartie("employeur", "de l'employeur"),
  ...champsPartie("accueil", "de l'organisme d'accueil", {
    "accueil.type": { genre: "choix", libelle: "Type d'organisme d'accueil" },
    "accueil.affectation": { genre: "texte", libelle: "Direction ou service d'affectation", max: 300 },
  }),
  activites: { genre: "texteLong", libelle: "Nature des activités", max: 4000 },
  conditionsEmploi: { genre: "texteLong", libelle: "Conditions d'emploi", facultatif: true, max: 4000 },
  dateDebut: { genre: "date", libelle: "Début de la mise à disposition" },
  dateFin: { genre: "date", libelle: "Fin de la mise à disposition" },
  debutPeriode: { genre: "date", libelle: "Début de la période en cours", facultatif: true },
  quotite: { genre: "nombre", libelle: "Quotité de temps de travail (%)" },
  "remboursement.gratuite": { genre: "booleen", libelle: "Remboursement de la rémunération et des charges" },
  "remboursement.montantParPeriode": { genre: "nombre", libelle: "Montant remboursé par période (€)", visible: rembourse },
  "remboursement.periodicite": { genre: "choix", libelle: "Périodicité du remboursement", visible: rembourse },
  "remboursement.delaiPaiementJours": { genre: "nombre", libelle: "Délai de paiement (jours)", facultatif: true, visible: rembourse },
  "remboursement.justificationGratuite": { genre: "texteLong", libelle: "Justification de la gratuité", visible: gratuite, max: 2000 },
  complementRemuneration: { genre: "nombre", libelle: "Complément de rémunération (€)", facultatif: true },
  fraisEtSujetions: { genre: "texteLong", libelle: "Frais et sujétions pris en charge", facultatif: true, max: 2000 },
  preavisFinJours: { genre: "nombre", libelle: "Préavis de fin anticipée (jours)", facultatif: true },
};

export const GROUPES_MISE_A_DISPOSITION: Groupes = {
  agent: "L'agent",
  employeur: "L'employeur",
  accueil: "L'organisme d'accueil",
  remboursement: "Le remboursement",
};

export const modeleMiseADisposition = modeleSimple(CHAMPS_MISE_A_DISPOSITION, GROUPES_MISE_A_DISPOSITION);
