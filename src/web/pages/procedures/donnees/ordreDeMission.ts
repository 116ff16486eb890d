/**
 * The ordre de mission and its safety and insurance checklist as their form shows them: the
 * fields of the domain's `schemaOrdreDeMission` by their path in the data, and the modes of
 * transport as boxes to tick (a list in the data, in the order of the boxes).
 *
 * The checklist fills in over time: an item left empty is left out, and the API's `manquants`
 * (`securite.inscriptionAriane`, `securite.assurance.assureur`…) says what the order still needs
 * before it goes to signature.
 */
import {
  CHAMPS_AGENT,
  type Champs,
  donneesDepuisValeurs,
  ecrireChemin,
  type Groupes,
  lireChemin,
  type ModeleFormulaire,
  placesDesChamps,
  type Valeurs,
  valeursDepuisDonnees,
} from "./saisieDonnees";

export type SaisieOrdreDeMission = { valeurs: Valeurs; modes: string[] };

export const CHAMPS_ORDRE_DE_MISSION: Champs = {
  ...CHAMPS_AGENT,
  "agent.service": { genre: "texte", libelle: "Service de l'agent", facultatif: true, max: 300 },
  cadre: { genre: "boutons", libelle: "Cadre de la mission" },
  objet: { genre: "texteLong", libelle: "Objet de la mission", max: 4000 },
  "destination.pays": { genre: "choix", libelle: "Pays de destination" },
  "destination.ville": { genre: "texte", libelle: "Ville de destination", max: 200 },
  depart: { genre: "date", libelle: "Départ" },
  retour: { genre: "date", libelle: "Retour" },
  "transport.precisions": { genre: "texteLong", libelle: "Précisions sur le transport", facultatif: true, max: 2000 },
  priseEnChargeFrais: { genre: "texteLong", libelle: "Prise en charge des frais", facultatif: true, max: 2000 },
  "securite.niveauVigilance": { genre: "boutons", libelle: "Niveau de vigilance du pays" },
  "securite.vigilanceConsulteeLe": { genre: "date", libelle: "Conseils aux voyageurs consultés le" },
  "securite.inscriptionAriane": { genre: "booleen", libelle: "Voyageur inscrit sur Ariane" },
  "securite.assurance.rapatriement": { genre: "booleen", libelle: "Couvert par une assurance assistance et rapatriement" },
  "securite.assurance.assureur": { genre: "texte", libelle: "Assureur", max: 200 },
  "securite.assurance.contrat": { genre: "texte", libelle: "Numéro de contrat", facultatif: true, max: 100 },
};

/** The modes' path in the data: the boxes' group, where their errors go. */
export const MODES = "transport.modes";

export const GROUPES_ORDRE_DE_MISSION: Groupes = {
  agent: "L'agent",
  destination: "La destination",
  transport: "Le transport",
  securite: "La sécurité du voyageur",
  "securite.assurance": "L'assurance",
};

export function saisieOrdreDeMission(donnees: Record<string, unknown>): SaisieOrdreDeMission {
  const modes = lireChemin(donnees, MODES);
  return {
    valeurs: valeursDepuisDonnees(CHAMPS_ORDRE_DE_MISSION, donnees),
    modes: Array.isArray(modes) ? modes.filter((m): m is string => typeof m === "string") : [],
  };
}

/** The modes in the order of the boxes (`ordre`, the codes of the domain's list), any other the data held after them. */
export function cocher(modes: readonly string[], mode: string, coche: boolean, ordre: readonly string[]): string[] {
  const choisis = coche ? [...new Set([...modes, mode])] : modes.filter((m) => m !== mode);
  const rang = (m: string) => (ordre.includes(m) ? ordre.indexOf(m) : ordre.length);
  return choisis.sort((a, b) => rang(a) - rang(b));
}

export function donneesOrdreDeMission(s: SaisieOrdreDeMission): Record<string, unknown> {
  const donnees = donneesDepuisValeurs(CHAMPS_ORDRE_DE_MISSION, s.valeurs);
  if (s.modes.length > 0) ecrireChemin(donnees, MODES, [...s.modes]);
  return donnees;
}

export const modeleOrdreDeMission: ModeleFormulaire<SaisieOrdreDeMission> = {
  champs: CHAMPS_ORDRE_DE_MISSION,
  depuisDonnees: saisieOrdreDeMission,
  versDonnees: donneesOrdreDeMission,
  places: (s) => {
    const places: Record<string, string> = {};
    for (const [chemin, nom] of Object.entries(placesDesChamps(CHAMPS_ORDRE_DE_MISSION, GROUPES_ORDRE_DE_MISSION, s.valeurs))) {
      // The boxes stand before the details on the transport.
      if (chemin === "transport.precisions") places[MODES] = "Modes de transport";
      places[chemin] = nom;
    }
    return places;
  },
  premiereCase: [MODES],
};
