/**
 * The détachement as a case: its data is the terms (the agent, the host, short or long, the dates,
 * the prior convention of a cooperation mission), which the agent's written request carries; its
 * events record the request, the host's agreement, the arrêté, each renewal, an early end and who
 * asked for it, and the return.
 *
 * A renewal changes the terms themselves: the new period starts the day after the old end and
 * runs to the new one (D4 counts five years from `debutPeriode`), so `renouveler` writes both in
 * the data and keeps the old end in `suivi.renouvellements`.
 */
import type { DemandeurFin } from "../champs";
import { ajouterJours } from "../dates";
import {
  type ContexteDetachement,
  echeancesDetachement,
  ETATS_DETACHEMENT,
  ETATS_FINAUX_DETACHEMENT,
  type EtatDetachement,
  EVENEMENTS_DETACHEMENT,
  type EvenementDetachement,
  evenementsPossiblesDetachement,
  LIBELLES_ETAT_DETACHEMENT,
  peutDetachement,
} from "../detachement";
import { lireDetachement, verifierConventionPrealable } from "../detachement-donnees";
import { ajouterAuSuivi, type DefinitionDossier, type Dossier, type Saisie } from "../dossier";
import type { ContexteProcedure } from "../table";
import { booleenSaisi, chaineSaisie, dateDeLEvenement } from "./saisie";

/** The events that only record their day, by the key they write. */
const DATES: Readonly<Record<string, string>> = {
  demander: "demandeLe",
  enregistrerAccordAccueil: "accordAccueilLe",
  prendreArrete: "arreteLe",
};

function contexte(d: Dossier, base: ContexteProcedure, saisie: Saisie): ContexteDetachement {
  return {
    ...base,
    detachement: d.donnees,
    nouvelleFin: chaineSaisie(saisie.nouvelleFin),
    demandeur: chaineSaisie(saisie.demandeur) as DemandeurFin | undefined,
    surLePosteDOrigine: booleenSaisi(saisie.surLePosteDOrigine),
  };
}

export const DOSSIER_DETACHEMENT: DefinitionDossier = {
  type: "detachement",
  etats: ETATS_DETACHEMENT,
  libellesEtats: LIBELLES_ETAT_DETACHEMENT,
  finaux: ETATS_FINAUX_DETACHEMENT,
  evenements: EVENEMENTS_DETACHEMENT,
  // The request is the agent's (`demander` is theirs alone); HR may prepare it with them, as it
  // may open the case. Once filed, the host agrees and the authority decides on that request:
  // the terms then change only by renewal.
  edition: { etats: ["brouillon"], acteurs: ["agent", "rh"] },
  // D3b included: the terms freeze with the request, so the prior convention of a cooperation
  // mission must be in them by then (the host's agreement and the arrêté require it).
  verifier: (donnees) => {
    const r = lireDetachement(donnees);
    return r.ok ? verifierConventionPrealable(r.valeur) : r.erreurs;
  },
  contexte,
  peut: (etat, evenement, c) => peutDetachement(etat as EtatDetachement | null, evenement as EvenementDetachement, c as ContexteDetachement),
  evenementsPossibles: (etat, c) => evenementsPossiblesDetachement(etat as EtatDetachement | null, c as ContexteDetachement),
  effets(d, t, saisie, aujourdhui) {
    const motif = t.motif ?? null;
    switch (t.evenement) {
      case "renouveler": {
        const r = lireDetachement(d.donnees);
        const nouvelleFin = chaineSaisie(saisie.nouvelleFin);
        if (!r.ok || !nouvelleFin) return {};
        const ancienneFin = r.valeur.dateFin;
        const debutPeriode = ajouterJours(ancienneFin, 1);
        return {
          donnees: { ...d.donnees, debutPeriode, dateFin: nouvelleFin },
          suivi: ajouterAuSuivi(d.suivi, "renouvellements", { le: aujourdhui, ancienneFin, debutPeriode, nouvelleFin, motif }),
        };
      }
      case "mettreFin":
        return { suivi: { ...d.suivi, fin: { demandeur: chaineSaisie(saisie.demandeur), le: aujourdhui, motif } } };
      case "reintegrer":
        return { suivi: { ...d.suivi, reintegration: { surLePosteDOrigine: booleenSaisi(saisie.surLePosteDOrigine), le: aujourdhui, motif } } };
      default:
        return dateDeLEvenement(d.suivi, DATES, t.evenement, aujourdhui);
    }
  },
  echeances(d, aujourdhui) {
    const r = lireDetachement(d.donnees);
    return r.ok ? echeancesDetachement({ etat: d.etat as EtatDetachement, detachement: r.valeur }, aujourdhui) : [];
  },
};
