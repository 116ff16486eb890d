/**
 * The dated deadlines of a mise à disposition: its end and the three-year limit of its period
 * (M4), the yearly report of the host for each civil year (6-MAD), and each reimbursement not
 * (fully) received once its period is over (M3, M5).
 */
import { anneeDe, type Echeance, niveauEcheance, parDate } from "./dates";
import { ETATS_MAD_EN_COURS, type EtatMiseADisposition } from "./mise-a-disposition";
import { type ConventionMad, limiteDeLaPeriodeMad, type RemboursementRecu, suiviRemboursements } from "./mise-a-disposition-donnees";
import { PARAMETRES_PROCEDURES, REGLES_PROCEDURES, sourceDe } from "./regles";

export type CasMiseADisposition = {
  etat: EtatMiseADisposition;
  convention: ConventionMad;
  /** The civil years whose report was received. */
  rapportsRecus?: readonly number[];
  remboursementsRecus?: readonly RemboursementRecu[];
};

/** Reminders start this many days before: a renewal needs an avenant, the agent's agreement and an arrêté. */
const PROCHE = { fin: 90, rapport: 30, remboursement: 15 } as const;

const SIGNEE_OU_EN_COURS: readonly EtatMiseADisposition[] = ["signee", "arretee", ...ETATS_MAD_EN_COURS];
const SUIVIE: readonly EtatMiseADisposition[] = [...ETATS_MAD_EN_COURS, "terminee", "terminee_avant_terme"];

const formatEuros = (n: number) => `${n.toLocaleString("fr-FR", { minimumFractionDigits: 2, maximumFractionDigits: 2 })} €`;

export function echeancesMiseADisposition(cas: CasMiseADisposition, aujourdhui: string): Echeance[] {
  const { convention: c, etat } = cas;
  const echeances: Echeance[] = [];
  if (SIGNEE_OU_EN_COURS.includes(etat)) {
    echeances.push({
      code: "fin_mise_a_disposition",
      libelle: "Fin de la mise à disposition : renouveler par avenant et nouvel arrêté, ou préparer le retour de l'agent",
      date: c.dateFin,
      niveau: niveauEcheance(c.dateFin, aujourdhui, PROCHE.fin),
      source: sourceDe("6-MAD"),
    });
    const limite = limiteDeLaPeriodeMad(c.debutPeriode ?? c.dateDebut);
    echeances.push({
      code: "limite_trois_ans",
      libelle: "Limite de trois ans de la période en cours : au-delà, un renouvellement (trois ans au plus)",
      date: limite,
      niveau: niveauEcheance(limite, aujourdhui, PROCHE.fin),
      source: sourceDe("M4"),
      aConfirmer: REGLES_PROCEDURES.M4.aConfirmer,
    });
  }
  if (SUIVIE.includes(etat)) {
    const recus = new Set(cas.rapportsRecus ?? []);
    const derniere = Math.min(anneeDe(c.dateFin), anneeDe(aujourdhui));
    for (let annee = anneeDe(c.dateDebut); annee <= derniere; annee++) {
      if (recus.has(annee)) continue;
      const date = `${annee + 1}-${PARAMETRES_PROCEDURES.rapportAnnuelAttenduLe}`;
      echeances.push({
        code: `rapport_annuel_${annee}`,
        libelle: `Rapport de l'organisme d'accueil sur la manière de servir en ${annee}`,
        date,
        niveau: niveauEcheance(date, aujourdhui, PROCHE.rapport),
        source: sourceDe("6-MAD"),
        aConfirmer: REGLES_PROCEDURES["6-MAD"].aConfirmer,
      });
    }
    for (const p of suiviRemboursements(c, cas.remboursementsRecus ?? [], aujourdhui)) {
      if (p.statut === "solde" || p.statut === "pas_encore_du") continue;
      echeances.push({
        code: `remboursement_${p.periode}`,
        libelle: `Remboursement de la période du ${p.debut} au ${p.fin} : ${formatEuros(p.reste)} à recevoir sur ${formatEuros(p.montant)}`,
        date: p.dueLe,
        niveau: niveauEcheance(p.dueLe, aujourdhui, PROCHE.remboursement),
        source: sourceDe("M3"),
      });
    }
  }
  return echeances.sort(parDate);
}
