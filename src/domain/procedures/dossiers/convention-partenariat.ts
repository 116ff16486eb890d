/**
 * The partnership convention as a case: its data is the convention and its financial annex
 * (annex 1 of the note), drafted by the two parties; its events record the signatures and the day
 * it took effect (art. 8: on the second signature), each steering committee meeting with its
 * minutes (the deadlines count the year's meetings from their dates), the avenants — their amended
 * terms become the data, the terms they replaced kept with them — and the final evaluation its
 * art. 5 asks for.
 */
import { lire } from "../champs";
import {
  type ContexteConventionPartenariat,
  echeancesConventionPartenariat,
  ETATS_CONVENTION_PARTENARIAT,
  ETATS_FINAUX_CONVENTION_PARTENARIAT,
  type EtatConventionPartenariat,
  EVENEMENTS_CONVENTION_PARTENARIAT,
  type EvenementConventionPartenariat,
  evenementsPossiblesConventionPartenariat,
  LIBELLES_ETAT_CONVENTION_PARTENARIAT,
  peutConventionPartenariat,
} from "../convention-partenariat";
import { alertesConventionPartenariat, lireConventionPartenariat, schemaEvaluation, schemaReunionComite } from "../convention-partenariat-donnees";
import { ajouterAuSuivi, type DefinitionDossier, type Dossier, type Saisie } from "../dossier";
import type { ContexteProcedure } from "../table";
import { dateDe, dateDeLEvenement, listeDuSuivi, objetSaisi } from "./saisie";

const DATES: Readonly<Record<string, string>> = {
  signerPourLaCollectivite: "signatureCollectiviteLe",
  signerPourLOperateur: "signatureOperateurLe",
};

function contexte(d: Dossier, base: ContexteProcedure, saisie: Saisie): ContexteConventionPartenariat {
  return {
    ...base,
    convention: d.donnees,
    reunion: objetSaisi(saisie, "reunion"),
    evaluation: objetSaisi(saisie, "evaluation"),
    ...(saisie.convention === undefined ? {} : { termesAvenant: saisie.convention }),
  };
}

/** A meeting's date as recorded (`reunionsComite` holds { date, compteRendu, participants? }). */
const dateDeReunion = (v: unknown) => (typeof v === "object" && v !== null ? dateDe((v as { date?: unknown }).date) : undefined);

export const DOSSIER_CONVENTION_PARTENARIAT: DefinitionDossier = {
  type: "convention_partenariat",
  etats: ETATS_CONVENTION_PARTENARIAT,
  libellesEtats: LIBELLES_ETAT_CONVENTION_PARTENARIAT,
  finaux: ETATS_FINAUX_CONVENTION_PARTENARIAT,
  evenements: EVENEMENTS_CONVENTION_PARTENARIAT,
  // Both parties draft the convention (each may open and submit it), and `demanderModification`
  // sends it back to `projet` to be corrected. Once submitted, the parties sign that text; once in
  // force, it changes only by an avenant signed by both.
  edition: { etats: ["projet"], acteurs: ["charge_ri", "operateur"] },
  verifier: (donnees) => {
    const r = lireConventionPartenariat(donnees);
    return r.ok ? [] : r.erreurs;
  },
  contexte,
  peut: (etat, evenement, c) =>
    peutConventionPartenariat(etat as EtatConventionPartenariat | null, evenement as EvenementConventionPartenariat, c as ContexteConventionPartenariat),
  evenementsPossibles: (etat, c) => evenementsPossiblesConventionPartenariat(etat as EtatConventionPartenariat | null, c as ContexteConventionPartenariat),
  effets(d, t, saisie, aujourdhui) {
    switch (t.evenement) {
      case "tenirComite": {
        const r = lire(schemaReunionComite, objetSaisi(saisie, "reunion"), "reunion");
        return r.ok ? { suivi: ajouterAuSuivi(d.suivi, "reunionsComite", r.valeur) } : {};
      }
      case "evaluer": {
        const r = lire(schemaEvaluation, objetSaisi(saisie, "evaluation"), "evaluation");
        return r.ok ? { suivi: { ...d.suivi, evaluation: r.valeur } } : {};
      }
      case "modifierParAvenant": {
        // Signed by both parties before it is recorded: the amended terms are the data at once;
        // the avenant keeps the terms it replaced, so that the signed convention reads as signed.
        const termes = objetSaisi(saisie, "convention");
        const avenant = { le: aujourdhui, motif: t.motif ?? null, ...(termes ? { termesPrecedents: d.donnees } : {}) };
        return { ...(termes ? { donnees: termes } : {}), suivi: ajouterAuSuivi(d.suivi, "avenants", avenant) };
      }
      case "signerPourLaCollectivite":
      case "signerPourLOperateur": {
        const signee = dateDeLEvenement(d.suivi, DATES, t.evenement, aujourdhui).suivi ?? d.suivi;
        return { suivi: t.vers === "en_vigueur" ? { ...signee, entreeEnVigueurLe: aujourdhui } : signee };
      }
      default:
        return {};
    }
  },
  echeances(d, aujourdhui) {
    const r = lireConventionPartenariat(d.donnees);
    if (!r.ok) return [];
    return echeancesConventionPartenariat(
      { etat: d.etat as EtatConventionPartenariat, convention: r.valeur, reunionsComite: listeDuSuivi(d.suivi, "reunionsComite", dateDeReunion) },
      aujourdhui,
    );
  },
  alertes(d) {
    const r = lireConventionPartenariat(d.donnees);
    return r.ok ? alertesConventionPartenariat(r.valeur) : [];
  },
};
