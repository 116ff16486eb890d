/**
 * The ordre de mission as one table (LEGAL.md T0, X5, T1 and §6):
 *
 *   ouvrir (RH, RI) → brouillon ─soumettre (RH, RI; checklist complete)→ a_signer
 *   a_signer ─signer (autorité; checklist complete, by the departure, the imperative reason for
 *             a country advised against)→ signe      (renvoyer → brouillon, with what to correct)
 *   signe ─terminer (RH, RI, agent; from the return)→ effectue
 *   brouillon | a_signer | signe ─annuler (RH, RI, autorité)→ annule
 *
 * The order is signed before the departure: the agent travels under it, insured.
 */
import { refus, type Refus } from "../missions/transitions";
import { type Echeance, niveauEcheance } from "./dates";
import { LIBELLES_NIVEAU_VIGILANCE, lireOrdreDeMission, NIVEAUX_DECONSEILLES, type OrdreDeMission, verifierChecklistSecurite } from "./ordre-de-mission-donnees";
import { sourceDe } from "./regles";
import { type ContexteProcedure, type RegleDeTable, refusDeChamps, tableDEtats } from "./table";
import type { EtatOrdreDeMission } from "./vocabulaire";

export { ETATS_ORDRE_DE_MISSION, type EtatOrdreDeMission, LIBELLES_ETAT_ORDRE_DE_MISSION } from "./vocabulaire";

const EN_MOTS: Record<EtatOrdreDeMission, string> = {
  brouillon: "est en préparation",
  a_signer: "attend la signature de l'autorité",
  signe: "est signé",
  effectue: "est effectué",
  annule: "est annulé",
};
export const ETATS_FINAUX_ORDRE_DE_MISSION: readonly EtatOrdreDeMission[] = ["effectue", "annule"];

export type ContexteOrdreDeMission = ContexteProcedure & { ordre?: unknown };

type Regle = RegleDeTable<EtatOrdreDeMission, string, ContexteOrdreDeMission>;

const ordreComplet =
  (quoi: string, suite?: (o: OrdreDeMission, c: ContexteOrdreDeMission) => Refus | undefined) =>
  (c: ContexteOrdreDeMission): Refus | undefined => {
    const r = lireOrdreDeMission(c.ordre);
    if (!r.ok) return refusDeChamps(quoi, r.erreurs);
    return refusDeChamps(quoi, verifierChecklistSecurite(r.valeur, c.aujourdhui)) ?? suite?.(r.valeur, c);
  };

const avantLeDepart = (o: OrdreDeMission, c: ContexteOrdreDeMission) =>
  c.aujourdhui > o.depart ? refus("conflit", `la mission est partie le ${o.depart} : l'ordre de mission se signe avant le départ`) : undefined;

const raisonImperative = (c: ContexteOrdreDeMission): Refus | undefined => {
  const r = lireOrdreDeMission(c.ordre);
  const niveau = r.ok ? r.valeur.securite.niveauVigilance : undefined;
  if (!niveau || !NIVEAUX_DECONSEILLES.includes(niveau) || c.motif?.trim()) return undefined;
  const message = `le pays est classé « ${LIBELLES_NIVEAU_VIGILANCE[niveau]} » : indiquez la raison impérative de la mission`;
  return refus("validation", message, [{ champ: "motif", message }]);
};

const RH_OU_RI = ["rh", "charge_ri"] as const;

const REGLES = [
  { evenement: "ouvrir", de: [null], vers: "brouillon", acteurs: RH_OU_RI, libelle: "ouvrir un ordre de mission" },
  {
    evenement: "soumettre",
    de: ["brouillon"],
    vers: "a_signer",
    acteurs: RH_OU_RI,
    libelle: "soumettre l'ordre de mission à la signature",
    garde: ordreComplet("l'ordre de mission ne peut être soumis à la signature"),
  },
  { evenement: "renvoyer", de: ["a_signer"], vers: "brouillon", acteurs: ["autorite"], libelle: "renvoyer l'ordre de mission pour correction", motifObligatoire: true, facultative: true },
  {
    evenement: "signer",
    de: ["a_signer"],
    vers: "signe",
    acteurs: ["autorite"],
    libelle: "signer l'ordre de mission",
    garde: ordreComplet("l'ordre de mission ne peut être signé", avantLeDepart),
    saisie: raisonImperative,
    champs: ["motif"],
  },
  {
    evenement: "terminer",
    de: ["signe"],
    vers: "effectue",
    acteurs: [...RH_OU_RI, "agent"],
    libelle: "constater le retour de mission",
    garde: (c: ContexteOrdreDeMission) => {
      const r = lireOrdreDeMission(c.ordre);
      if (!r.ok) return refusDeChamps("le retour ne peut être constaté", r.erreurs);
      return c.aujourdhui < r.valeur.retour ? refus("conflit", `le retour est prévu le ${r.valeur.retour} : il ne peut être constaté avant`) : undefined;
    },
  },
  { evenement: "annuler", de: ["brouillon", "a_signer", "signe"], vers: "annule", acteurs: [...RH_OU_RI, "autorite"], libelle: "annuler l'ordre de mission", motifObligatoire: true, facultative: true },
] as const satisfies readonly Regle[];

export type EvenementOrdreDeMission = (typeof REGLES)[number]["evenement"];

export const TABLE_ORDRE_DE_MISSION = tableDEtats<EtatOrdreDeMission, EvenementOrdreDeMission, ContexteOrdreDeMission>({
  sujet: "l'ordre de mission",
  pronom: "il",
  enMots: EN_MOTS,
  finaux: ETATS_FINAUX_ORDRE_DE_MISSION,
  regles: REGLES,
});
export const EVENEMENTS_ORDRE_DE_MISSION = TABLE_ORDRE_DE_MISSION.evenements;

export const peutOrdreDeMission = (etat: EtatOrdreDeMission | null, evenement: EvenementOrdreDeMission, contexte: ContexteOrdreDeMission) =>
  TABLE_ORDRE_DE_MISSION.peut(etat, evenement, contexte);
export const evenementsPossiblesOrdreDeMission = (etat: EtatOrdreDeMission | null, contexte: ContexteOrdreDeMission) =>
  TABLE_ORDRE_DE_MISSION.evenementsPossibles(etat, contexte);

export type CasOrdreDeMission = { etat: EtatOrdreDeMission; ordre: OrdreDeMission };

/** The order is signed by the departure day. */
export function echeancesOrdreDeMission(cas: CasOrdreDeMission, aujourdhui: string): Echeance[] {
  if (cas.etat !== "brouillon" && cas.etat !== "a_signer") return [];
  const date = cas.ordre.depart;
  return [
    {
      code: "signature_ordre_de_mission",
      libelle: "Signature de l'ordre de mission, sécurité et assurance vérifiées, avant le départ",
      date,
      niveau: niveauEcheance(date, aujourdhui, 7),
      source: sourceDe("T0"),
    },
  ];
}
