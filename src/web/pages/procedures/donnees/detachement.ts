/**
 * The détachement (LEGAL.md D1–D4) as its form shows it: every field of the domain's
 * `schemaDetachement` by its path in the data. What depends on a choice shows once the choice
 * allows it, and only what shows is sent: the current period of a renewal is a long détachement's
 * (a short one is not renewable, D3), the prior convention a cooperation mission's (D3b).
 */
import { CHAMPS_AGENT, type Champs, champsPartie, type Groupes, modeleSimple, type Valeurs } from "./saisieDonnees";

const renouvelable = (v: Valeurs) => v.type !== "courte_duree";
/** D3b: the prior convention, unless the mission is said not to be one of cooperation. */
export const avecConventionPrealable = (v: Valeurs) => v.cooperation !== "non";

export const CHAMPS_DETACHEMENT: Champs = {
  ...CHAMPS_AGENT,
  "agent.statut": { genre: "choix", libelle: "Statut de l'agent" },
  ...champsPartie("accueil", "de l'organisme d'accueil", { "accueil.type": { genre: "choix", libelle: "Type d'organisme d'accueil" } }),
  fonctions: { genre: "texteLong", libelle: "Fonctions exercées auprès de l'organisme d'accueil", max: 4000 },
  type: { genre: "boutons", libelle: "Type de détachement" },
  dateDebut: { genre: "date", libelle: "Début du détachement" },
  dateFin: { genre: "date", libelle: "Fin du détachement" },
  debutPeriode: { genre: "date", libelle: "Début de la période en cours", facultatif: true, visible: renouvelable },
  preavisMois: { genre: "nombre", libelle: "Préavis (mois)", facultatif: true },
  aLEtranger: { genre: "booleen", libelle: "Détaché pour servir à l'étranger" },
  cooperation: { genre: "booleen", libelle: "Mission de coopération internationale" },
  "conventionPrealable.reference": { genre: "texte", libelle: "Référence de la convention préalable", visible: avecConventionPrealable, max: 200 },
  "conventionPrealable.signeeLe": { genre: "date", libelle: "Date de signature de la convention préalable", visible: avecConventionPrealable },
};

export const GROUPES_DETACHEMENT: Groupes = {
  agent: "L'agent",
  accueil: "L'organisme d'accueil",
  conventionPrealable: "La convention préalable",
};

export const modeleDetachement = modeleSimple(CHAMPS_DETACHEMENT, GROUPES_DETACHEMENT);
