/**
 * The ordre de mission as a case: its data is the order with its safety and insurance checklist,
 * prepared by HR or the international relations service; its events record the signature (with
 * the imperative reason given for a country advised against, which the signed order carries) and
 * the return observed. Its one deadline, the signature by the departure, comes from the data.
 */
import type { DefinitionDossier, Dossier } from "../dossier";
import {
  type ContexteOrdreDeMission,
  echeancesOrdreDeMission,
  ETATS_FINAUX_ORDRE_DE_MISSION,
  ETATS_ORDRE_DE_MISSION,
  type EtatOrdreDeMission,
  EVENEMENTS_ORDRE_DE_MISSION,
  type EvenementOrdreDeMission,
  evenementsPossiblesOrdreDeMission,
  LIBELLES_ETAT_ORDRE_DE_MISSION,
  peutOrdreDeMission,
} from "../ordre-de-mission";
import { lireOrdreDeMission, verifierChecklistSecurite } from "../ordre-de-mission-donnees";
import type { ContexteProcedure } from "../table";
import { dateDeLEvenement } from "./saisie";

const DATES: Readonly<Record<string, string>> = { terminer: "retourConstateLe" };

/**
 * `verifier` has no today: it lists what the checklist lacks, with a day after any date so that
 * it never calls a consultation date « à venir » — the guards of `soumettre` and `signer`, which
 * know the day, refuse that.
 */
const SANS_JOUR = "9999-12-31";

const contexte = (d: Dossier, base: ContexteProcedure): ContexteOrdreDeMission => ({ ...base, ordre: d.donnees });

export const DOSSIER_ORDRE_DE_MISSION: DefinitionDossier = {
  type: "ordre_de_mission",
  etats: ETATS_ORDRE_DE_MISSION,
  libellesEtats: LIBELLES_ETAT_ORDRE_DE_MISSION,
  finaux: ETATS_FINAUX_ORDRE_DE_MISSION,
  evenements: EVENEMENTS_ORDRE_DE_MISSION,
  // HR or the RI service prepare the order and fill in the checklist over time; the authority
  // signs the text submitted, and sends it back to `brouillon` (`renvoyer`) to be corrected.
  edition: { etats: ["brouillon"], acteurs: ["rh", "charge_ri"] },
  verifier: (donnees) => {
    const r = lireOrdreDeMission(donnees);
    return r.ok ? verifierChecklistSecurite(r.valeur, SANS_JOUR) : r.erreurs;
  },
  contexte,
  peut: (etat, evenement, c) => peutOrdreDeMission(etat as EtatOrdreDeMission | null, evenement as EvenementOrdreDeMission, c as ContexteOrdreDeMission),
  evenementsPossibles: (etat, c) => evenementsPossiblesOrdreDeMission(etat as EtatOrdreDeMission | null, c as ContexteOrdreDeMission),
  effets(d, t, _saisie, aujourdhui) {
    if (t.evenement === "signer") return { suivi: { ...d.suivi, signature: { le: aujourdhui, motif: t.motif ?? null } } };
    return dateDeLEvenement(d.suivi, DATES, t.evenement, aujourdhui);
  },
  echeances(d, aujourdhui) {
    const r = lireOrdreDeMission(d.donnees);
    return r.ok ? echeancesOrdreDeMission({ etat: d.etat as EtatOrdreDeMission, ordre: r.valeur }, aujourdhui) : [];
  },
};
