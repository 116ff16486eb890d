/**
 * The cumul d'activités as a case: its data is the agent's request (annex 3); its events record
 * the day of the deposit (the authority's month runs from it, C5), a request for more (two
 * months then), the superior's opinion, the decision and a withdrawal with its legal ground.
 */
import {
  ETATS_CUMUL,
  ETATS_FINAUX_CUMUL,
  echeancesCumul,
  type EtatCumul,
  EVENEMENTS_CUMUL,
  type EvenementCumul,
  evenementsPossiblesCumul,
  LIBELLES_ETAT_CUMUL,
  peutCumul,
  type ContexteCumul,
  type MotifRetraitCumul,
  type SensAvis,
} from "../cumul";
import { lireDemandeCumul } from "../cumul-donnees";
import { estDate } from "../dates";
import { type DefinitionDossier, type Dossier, texteSaisi } from "../dossier";

const dateDe = (v: unknown) => (estDate(v) ? v : undefined);

function contexte(d: Dossier, base: ContexteCumul, saisie: Record<string, unknown>): ContexteCumul {
  const dateDepot = dateDe(d.suivi.dateDepot);
  return {
    ...base,
    demande: d.donnees,
    ...(typeof saisie.avis === "string" ? { avis: saisie.avis as SensAvis } : {}),
    ...(typeof saisie.motifRetrait === "string" ? { motifRetrait: saisie.motifRetrait as MotifRetraitCumul } : {}),
    ...(dateDepot ? { dateDepot } : {}),
    complementDemande: d.suivi.complementDemande === true,
  };
}

export const DOSSIER_CUMUL: DefinitionDossier = {
  type: "cumul_activites",
  etats: ETATS_CUMUL,
  libellesEtats: LIBELLES_ETAT_CUMUL,
  finaux: ETATS_FINAUX_CUMUL,
  evenements: EVENEMENTS_CUMUL,
  // The request is the agent's; HR may prepare it with them. Completed when the authority asks.
  edition: { etats: ["brouillon", "complement_demande"], acteurs: ["agent", "rh"] },
  verifier: (donnees) => {
    const r = lireDemandeCumul(donnees);
    return r.ok ? [] : r.erreurs;
  },
  contexte,
  peut: (etat, evenement, c) => peutCumul(etat as EtatCumul | null, evenement as EvenementCumul, c),
  evenementsPossibles: (etat, c) => evenementsPossiblesCumul(etat as EtatCumul | null, c),
  effets(d, t, saisie, aujourdhui) {
    const motif = t.motif ?? null;
    switch (t.evenement) {
      case "deposer":
        return { suivi: { ...d.suivi, dateDepot: aujourdhui } };
      case "demanderComplement":
        return { suivi: { ...d.suivi, complementDemande: true } };
      case "donnerAvis":
        return { suivi: { ...d.suivi, avis: { sens: saisie.avis, le: aujourdhui, motif } } };
      case "autoriser":
      case "refuser":
        return { suivi: { ...d.suivi, decision: { sens: t.evenement === "autoriser" ? "autorisation" : "refus", le: aujourdhui, motif } } };
      case "constaterRejetImplicite":
        return { suivi: { ...d.suivi, decision: { sens: "rejet_implicite", le: aujourdhui, motif } } };
      case "retirer":
        return { suivi: { ...d.suivi, retrait: { motifLegal: texteSaisi(saisie.motifRetrait), le: aujourdhui, motif } } };
      default:
        return {};
    }
  },
  echeances(d, aujourdhui) {
    const dateDepot = dateDe(d.suivi.dateDepot);
    const accessoire = d.donnees.activiteAccessoire as { dateFin?: unknown } | undefined;
    const finActivite = dateDe(accessoire?.dateFin);
    return echeancesCumul(
      { etat: d.etat as EtatCumul, complementDemande: d.suivi.complementDemande === true, ...(dateDepot ? { dateDepot } : {}), ...(finActivite ? { finActivite } : {}) },
      aujourdhui,
    );
  },
  // C6: the changed activity needs a new request; it starts from the old one, to be corrected.
  relance: (d, t) => (t.evenement === "signalerChangementSubstantiel" ? { donnees: d.donnees } : undefined),
};
