/**
 * The partnership convention (annex 1 of the note) and its financial annex as their form shows
 * them: the fields of the domain's `schemaConventionPartenariat` by their path in the data, and
 * the annex's lines as a list the user adds to and removes from.
 *
 * Each line carries a `cle` that never changes while the form is open: the API names a line by
 * its rank among the lines sent (`annexeFinanciere.lignes.1.montant`), the form by its `cle`, so
 * that an error stays on its line. A line left wholly empty is not sent.
 */
import {
  type Champs,
  champsPartie,
  donneesDepuisValeurs,
  type Groupes,
  lireChemin,
  lireNombre,
  type ModeleFormulaire,
  placesDesChamps,
  type Valeurs,
  valeursDepuisDonnees,
} from "./saisieDonnees";

export type LigneSaisie = { cle: number; nature: string; libelle: string; montant: string };
export type SaisieConventionPartenariat = { valeurs: Valeurs; lignes: LigneSaisie[] };

export const CHAMPS_CONVENTION_PARTENARIAT: Champs = {
  ...champsPartie("collectivite", "de la collectivité"),
  ...champsPartie("operateur", "de l'opérateur"),
  presentationParties: { genre: "texteLong", libelle: "Présentation des parties", max: 8000 },
  programme: { genre: "texte", libelle: "Programme ou projet", max: 500 },
  beneficiaire: { genre: "texte", libelle: "Bénéficiaire du programme", max: 500 },
  documentContractuel: { genre: "texte", libelle: "Document contractuel qui définit le projet", max: 500 },
  actions: { genre: "texteLong", libelle: "Actions à mettre en œuvre", max: 8000 },
  modalites: { genre: "texteLong", libelle: "Modalités techniques de mise en œuvre", facultatif: true, max: 8000 },
  expertiseInterne: { genre: "texteLong", libelle: "Actions confiées aux experts de la collectivité", max: 4000 },
  outilsNumeriques: { genre: "texteLong", libelle: "Outils numériques mis à disposition", facultatif: true, max: 2000 },
  missionsCourtesSurTempsDeService: { genre: "booleen", libelle: "Missions courtes sur le temps de service, avec un ordre de mission" },
  clausesDuBailleur: { genre: "booleen", libelle: "Propriété intellectuelle et communication régies par le contrat avec le bailleur" },
  joursExpertsPrevus: { genre: "nombre", libelle: "Jours d'experts prévus", facultatif: true },
  dateFin: { genre: "date", libelle: "Date d'achèvement technique du programme" },
  reunionsComiteParAn: { genre: "nombre", libelle: "Réunions du comité de pilotage par an" },
};

export const GROUPES_CONVENTION_PARTENARIAT: Groupes = { collectivite: "La collectivité", operateur: "L'opérateur" };

/** The list's path in the data: its errors, and the heading of the list in the form. */
export const LIGNES = "annexeFinanciere.lignes";
export const CHAMPS_LIGNE = { nature: "nature", libelle: "libellé", montant: "montant" } as const;
export type ChampLigne = keyof typeof CHAMPS_LIGNE;
/** A line's fields, as the data holds them (the labels are the form's, with the line's number). */
export const CHAMPS_DE_LIGNE: Champs = {
  nature: { genre: "choix", libelle: "Nature" },
  libelle: { genre: "texte", libelle: "Libellé", facultatif: true, max: 300 },
  montant: { genre: "nombre", libelle: "Montant (€)" },
};

let derniereCle = 0;
export const nouvelleLigne = (): LigneSaisie => ({ cle: ++derniereCle, nature: "", libelle: "", montant: "" });

/**
 * The path of a line's field in the form, as its error and its id name it: by the line's `cle`,
 * written apart from a rank (`lignes.c7.montant`), so that the API's path of another line
 * (`lignes.1.montant`) never reads as this one's.
 */
export const cheminLigne = (cle: number, champ: ChampLigne) => `${LIGNES}.c${cle}.${champ}`;

const estRemplie = (l: LigneSaisie) => l.nature !== "" || l.libelle.trim() !== "" || l.montant.trim() !== "";

export function saisieConventionPartenariat(donnees: Record<string, unknown>): SaisieConventionPartenariat {
  const lignes = lireChemin(donnees, LIGNES);
  return {
    valeurs: valeursDepuisDonnees(CHAMPS_CONVENTION_PARTENARIAT, donnees),
    lignes: (Array.isArray(lignes) ? (lignes as unknown[]) : []).map((l) => ({ ...nouvelleLigne(), ...valeursDepuisDonnees(CHAMPS_DE_LIGNE, l) })),
  };
}

export function donneesConventionPartenariat(s: SaisieConventionPartenariat): Record<string, unknown> {
  const donnees = donneesDepuisValeurs(CHAMPS_CONVENTION_PARTENARIAT, s.valeurs);
  const lignes = s.lignes.filter(estRemplie).map(({ nature, libelle, montant }) => donneesDepuisValeurs(CHAMPS_DE_LIGNE, { nature, libelle, montant }));
  if (lignes.length > 0) donnees.annexeFinanciere = { lignes };
  return donnees;
}

/** `annexeFinanciere.lignes.1.montant` (the API's rank among the lines sent) → the line's path by its `cle`; a whole line → its nature. */
export function traduireErreurLigne(champ: string, s: SaisieConventionPartenariat): string | undefined {
  if (champ === "annexeFinanciere") return LIGNES;
  const m = /^annexeFinanciere\.lignes\.(\d+)(?:\.(\w+))?$/.exec(champ);
  if (!m) return undefined;
  const ligne = s.lignes.filter(estRemplie)[Number(m[1])];
  if (ligne === undefined) return LIGNES;
  const sous = m[2] !== undefined && m[2] in CHAMPS_LIGNE ? (m[2] as ChampLigne) : "nature";
  return cheminLigne(ligne.cle, sous);
}

/** The totals of the annex by nature, in euros, summed in cents (a line whose amount is no number counts for nothing). */
export function totauxParNature(lignes: readonly LigneSaisie[]): Record<string, number> {
  const centimes: Record<string, number> = {};
  for (const l of lignes) {
    const montant = lireNombre(l.montant);
    if (l.nature === "" || typeof montant !== "number") continue;
    centimes[l.nature] = (centimes[l.nature] ?? 0) + Math.round(montant * 100);
  }
  return Object.fromEntries(Object.entries(centimes).map(([nature, c]) => [nature, c / 100]));
}

export const modeleConventionPartenariat: ModeleFormulaire<SaisieConventionPartenariat> = {
  champs: CHAMPS_CONVENTION_PARTENARIAT,
  depuisDonnees: saisieConventionPartenariat,
  versDonnees: donneesConventionPartenariat,
  places: (s) => {
    const places = placesDesChamps(CHAMPS_CONVENTION_PARTENARIAT, GROUPES_CONVENTION_PARTENARIAT, s.valeurs);
    places[LIGNES] = "Annexe financière";
    s.lignes.forEach((l, rang) => {
      for (const [champ, nom] of Object.entries(CHAMPS_LIGNE)) places[cheminLigne(l.cle, champ as ChampLigne)] = `Ligne ${rang + 1} : ${nom}`;
    });
    return places;
  },
  traduire: traduireErreurLigne,
};
