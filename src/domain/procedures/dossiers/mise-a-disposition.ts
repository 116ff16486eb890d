/**
 * The mise à disposition as a case: its data is the convention's terms (annex 2 of the note),
 * drafted by HR; its events record the agent's written agreement, the sitting where the assembly
 * was informed, the signatures and the arrêté, the host's yearly reports and the reimbursements
 * received (the deadlines of M3, M5 and 6-MAD are computed from them), an early end and who asked
 * for it.
 *
 * An avenant changes the terms only once the agent agreed to it and the authority took the new
 * arrêté: until then the amended terms wait in `suivi.avenantEnCours`, and the terms in force —
 * the reports, the reimbursements, the end — stay the data's. The new arrêté makes them the data
 * and appends the avenant, with the terms it replaced, to `suivi.avenants`; a refusal drops them
 * (the history row keeps the input of `modifierParAvenant`).
 */
import { type DemandeurFin, lire } from "../champs";
import { ajouterAuSuivi, type DefinitionDossier, type Dossier, type Saisie } from "../dossier";
import {
  type ContexteMiseADisposition,
  ETATS_FINAUX_MISE_A_DISPOSITION,
  ETATS_MISE_A_DISPOSITION,
  type EtatMiseADisposition,
  EVENEMENTS_MISE_A_DISPOSITION,
  type EvenementMiseADisposition,
  evenementsPossiblesMiseADisposition,
  LIBELLES_ETAT_MISE_A_DISPOSITION,
  peutMiseADisposition,
} from "../mise-a-disposition";
import { alertesMiseADisposition, lireConventionMad, type RemboursementRecu, schemaRemboursementRecu, suiviRemboursements } from "../mise-a-disposition-donnees";
import { echeancesMiseADisposition } from "../mise-a-disposition-echeances";
import type { ContexteProcedure } from "../table";
import { chaineSaisie, dateDeLEvenement, listeDuSuivi, nombreSaisi, objetDuSuivi, objetSaisi, sansCle } from "./saisie";

/** The amended terms, besides the terms in force, until the table is asked about one event. */
type Contexte = ContexteMiseADisposition & {
  /** modifierParAvenant: the terms as the avenant amends them, given with the event (`saisie.convention`). */
  termesSaisis?: unknown;
  /** The terms of the pending avenant (`suivi.avenantEnCours.termes`). */
  termesEnCours?: unknown;
};

const AVENANT_EN_COURS = "avenantEnCours";

/** The events that only record their day, by the key they write. */
const DATES: Readonly<Record<string, string>> = {
  accepterParLAgent: "accordAgentLe",
  signerPourLEmployeur: "signatureEmployeurLe",
  signerPourLAccueil: "signatureAccueilLe",
  prendreArrete: "arreteLe",
};

function contexte(d: Dossier, base: ContexteProcedure, saisie: Saisie): Contexte {
  return {
    ...base,
    convention: d.donnees,
    termesSaisis: saisie.convention,
    termesEnCours: objetDuSuivi(d.suivi, AVENANT_EN_COURS)?.termes,
    dateInformationAssemblee: chaineSaisie(saisie.dateInformationAssemblee),
    demandeur: chaineSaisie(saisie.demandeur) as DemandeurFin | undefined,
    anneeRapport: nombreSaisi(saisie.anneeRapport),
    remboursement: objetSaisi(saisie, "remboursement"),
  };
}

/**
 * The context the table reads for one event: for the avenant's first and last steps, `convention`
 * is the amended terms. The choice is made here, knowing the event, so that amended terms sent
 * with another event (a report, `terminer`) can never stand for the terms in force.
 */
function pour(evenement: string, c: Contexte): Contexte {
  if (evenement === "modifierParAvenant") return { ...c, convention: c.termesSaisis };
  if (evenement === "prendreArreteAvenant") return { ...c, convention: c.termesEnCours };
  return c;
}

const remboursementRecu = (v: unknown): RemboursementRecu | undefined => {
  const r = lire(schemaRemboursementRecu, v, "remboursement");
  return r.ok ? r.valeur : undefined;
};

export const DOSSIER_MISE_A_DISPOSITION: DefinitionDossier = {
  type: "mise_a_disposition",
  etats: ETATS_MISE_A_DISPOSITION,
  libellesEtats: LIBELLES_ETAT_MISE_A_DISPOSITION,
  finaux: ETATS_FINAUX_MISE_A_DISPOSITION,
  evenements: EVENEMENTS_MISE_A_DISPOSITION,
  // HR drafts the convention; the agent then agrees to that very text (annex 2, art. 9), and a
  // refusal sends it back to `projet` to be corrected. Past the agreement the terms change only
  // by avenant, which the agent agrees to in turn: the data is never edited after `projet`.
  edition: { etats: ["projet"], acteurs: ["rh"] },
  verifier: (donnees) => {
    const r = lireConventionMad(donnees);
    return r.ok ? [] : r.erreurs;
  },
  contexte,
  peut: (etat, evenement, c) => peutMiseADisposition(etat as EtatMiseADisposition | null, evenement as EvenementMiseADisposition, pour(evenement, c as Contexte)),
  // Once the avenant is accepted, the only guard reading the terms is the new arrêté's.
  evenementsPossibles: (etat, c) =>
    evenementsPossiblesMiseADisposition(etat as EtatMiseADisposition | null, etat === "avenant_accepte" ? pour("prendreArreteAvenant", c as Contexte) : (c as Contexte)),
  effets(d, t, saisie, aujourdhui) {
    const motif = t.motif ?? null;
    const enCours = objetDuSuivi(d.suivi, AVENANT_EN_COURS);
    switch (t.evenement) {
      case "informerAssemblee":
        return { suivi: { ...d.suivi, dateInformationAssemblee: chaineSaisie(saisie.dateInformationAssemblee) } };
      case "modifierParAvenant":
        return { suivi: { ...d.suivi, [AVENANT_EN_COURS]: { termes: saisie.convention, soumisLe: aujourdhui, motif } } };
      case "accepterAvenant":
        return enCours ? { suivi: { ...d.suivi, [AVENANT_EN_COURS]: { ...enCours, accepteLe: aujourdhui } } } : {};
      case "refuserAvenant":
        return { suivi: sansCle(d.suivi, AVENANT_EN_COURS) };
      case "prendreArreteAvenant": {
        const termes = enCours && objetDuSuivi(enCours, "termes");
        if (!enCours || !termes) return {};
        // The amended terms are the data now: the avenant keeps the terms it replaced, so that
        // every version of the convention can be found again (and the suivi grows by one only).
        const avenant = { ...sansCle(enCours, "termes"), arreteLe: aujourdhui, termesPrecedents: d.donnees };
        return { donnees: termes, suivi: ajouterAuSuivi(sansCle(d.suivi, AVENANT_EN_COURS), "avenants", avenant) };
      }
      case "deposerRapportAnnuel":
        return { suivi: ajouterAuSuivi(d.suivi, "rapportsRecus", saisie.anneeRapport) };
      case "enregistrerRemboursement": {
        // Recorded as the schema reads it: the deadlines read the list back with the same schema.
        const recu = remboursementRecu(objetSaisi(saisie, "remboursement"));
        return recu ? { suivi: ajouterAuSuivi(d.suivi, "remboursementsRecus", recu) } : {};
      }
      case "mettreFin":
        return { suivi: { ...d.suivi, fin: { demandeur: chaineSaisie(saisie.demandeur), le: aujourdhui, motif } } };
      default:
        return dateDeLEvenement(d.suivi, DATES, t.evenement, aujourdhui);
    }
  },
  echeances(d, aujourdhui) {
    // Deadlines run on the terms in force; a draft that does not read yet has none.
    const r = lireConventionMad(d.donnees);
    if (!r.ok) return [];
    return echeancesMiseADisposition(
      {
        etat: d.etat as EtatMiseADisposition,
        convention: r.valeur,
        rapportsRecus: listeDuSuivi(d.suivi, "rapportsRecus", nombreSaisi),
        remboursementsRecus: listeDuSuivi(d.suivi, "remboursementsRecus", remboursementRecu),
      },
      aujourdhui,
    );
  },
  alertes(d) {
    const r = lireConventionMad(d.donnees);
    return r.ok ? alertesMiseADisposition(r.valeur) : [];
  },
  remboursements(d, aujourdhui) {
    const r = lireConventionMad(d.donnees);
    return r.ok ? suiviRemboursements(r.valeur, listeDuSuivi(d.suivi, "remboursementsRecus", remboursementRecu), aujourdhui) : [];
  },
};
