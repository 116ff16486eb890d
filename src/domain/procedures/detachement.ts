/**
 * The détachement as one table (LEGAL.md D1–D4, §6):
 *
 *   ouvrir (agent, RH) → brouillon ─demander (agent: the written request)→ demande
 *   demande ─enregistrerAccordAccueil (accueil, or RH for it; the prior convention for cooperation)→ accorde_par_l_accueil
 *   accorde_par_l_accueil ─prendreArrete (autorité)→ arrete ─activer (RH, from the first day)→ en_cours
 *   en_cours ─renouveler (autorité; long only, D3/D4)→ en_cours
 *   en_cours ─terminer (RH, after the last day) | mettreFin (autorité, early, asked by someone)→ a_reintegrer
 *   a_reintegrer ─reintegrer (autorité: same post after a short one)→ reintegre
 *   demande | accorde_par_l_accueil ─refuser (autorité)→ refuse;  before the arrêté ─abandonner (agent, RH)→ abandonne
 *
 * A short détachement is not renewable (D3, décret 86-68 art. 8); the note says « renouvelable
 * une fois »: `renouveler` refuses it and says both, and PARAMETRES_PROCEDURES holds the switch.
 */
import { refus, type Refus } from "../missions/transitions";
import { DEMANDEURS_FIN, type DemandeurFin } from "./champs";
import { ajouterJours, ajouterMois, type Echeance, estDate, niveauEcheance, parDate } from "./dates";
import { type Detachement, limiteLongue, lireDetachement, verifierConventionPrealable } from "./detachement-donnees";
import { PARAMETRES_PROCEDURES, REGLES_PROCEDURES, sourceDe } from "./regles";
import { type ContexteProcedure, pasAvant, type RegleDeTable, refusDeChamps, tableDEtats } from "./table";
import type { EtatDetachement } from "./vocabulaire";

export { ETATS_DETACHEMENT, type EtatDetachement, LIBELLES_ETAT_DETACHEMENT } from "./vocabulaire";

const EN_MOTS: Record<EtatDetachement, string> = {
  brouillon: "est en préparation",
  demande: "est demandé par l'agent",
  accorde_par_l_accueil: "a l'accord de l'organisme d'accueil",
  arrete: "a son arrêté",
  en_cours: "est en cours",
  a_reintegrer: "est terminé, l'agent à réintégrer",
  reintegre: "est terminé, l'agent réintégré",
  refuse: "est refusé",
  abandonne: "est abandonné",
};
export const ETATS_FINAUX_DETACHEMENT: readonly EtatDetachement[] = ["reintegre", "refuse", "abandonne"];

export type ContexteDetachement = ContexteProcedure & {
  /** The terms as they stand. */
  detachement?: unknown;
  /** renouveler: the last day of the renewed period; the service then sets dateFin to it and debutPeriode to the day after the old end. */
  nouvelleFin?: string;
  /** mettreFin */
  demandeur?: DemandeurFin;
  /** reintegrer: the agent returns to the post they left. */
  surLePosteDOrigine?: boolean;
};

type Regle = RegleDeTable<EtatDetachement, string, ContexteDetachement>;

const termes = (c: ContexteDetachement, quoi: string): { ok: true; detachement: Detachement } | Refus => {
  const r = lireDetachement(c.detachement);
  return r.ok ? { ok: true, detachement: r.valeur } : refusDeChamps(quoi, r.erreurs)!;
};
const avec = (quoi: string, garde: (d: Detachement, c: ContexteDetachement) => Refus | undefined) => (c: ContexteDetachement) => {
  const r = termes(c, quoi);
  return r.ok ? garde(r.detachement, c) : r;
};
const avecConventionPrealable = (quoi: string) => avec(quoi, (d) => refusDeChamps(quoi, verifierConventionPrealable(d)));

const renouvelable = avec("le détachement ne peut être renouvelé", (d) => {
  if (d.type === "longue_duree" || PARAMETRES_PROCEDURES.detachementCourtRenouvelable) return undefined;
  return refus("conflit", `un détachement de courte durée n'est pas renouvelable (D3). ${REGLES_PROCEDURES.D3.ecartAvecLaNote} Point à confirmer : ${REGLES_PROCEDURES.D3.aConfirmer}`);
});

const nouvelleFinAdmise = (c: ContexteDetachement): Refus | undefined => {
  const r = termes(c, "le détachement ne peut être renouvelé");
  if (!r.ok) return r;
  const champ = (message: string) => refus("validation", message, [{ champ: "nouvelleFin", message }]);
  const fin = c.nouvelleFin;
  if (!estDate(fin)) return champ("indiquez la nouvelle date de fin (AAAA-MM-JJ)");
  const { dateFin } = r.detachement;
  if (fin <= dateFin) return champ(`la nouvelle fin doit suivre la fin actuelle (${dateFin})`);
  const limite = limiteLongue(ajouterJours(dateFin, 1));
  return fin > limite ? champ(`D4 : un renouvellement dure cinq ans au plus (jusqu'au ${limite})`) : undefined;
};

const demandeurConnu = (c: ContexteDetachement): Refus | undefined =>
  c.demandeur && (DEMANDEURS_FIN as readonly string[]).includes(c.demandeur)
    ? undefined
    : refus("validation", "indiquez qui demande la fin du détachement", [{ champ: "demandeur", message: `la fin est demandée par : ${DEMANDEURS_FIN.join(", ")}` }]);

const retourAuPoste = (c: ContexteDetachement): Refus | undefined => {
  const r = termes(c, "l'agent ne peut être réintégré");
  if (!r.ok) return r;
  if (typeof c.surLePosteDOrigine !== "boolean") {
    return refus("validation", "indiquez si l'agent retrouve son poste d'origine", [{ champ: "surLePosteDOrigine", message: "l'agent retrouve-t-il son poste d'origine ? (oui ou non)" }]);
  }
  if (r.detachement.type === "courte_duree" && !c.surLePosteDOrigine) {
    const message = "D3 : après un détachement de courte durée, l'agent retrouve le même poste";
    return refus("validation", message, [{ champ: "surLePosteDOrigine", message }]);
  }
  return undefined;
};

const REGLES = [
  { evenement: "ouvrir", de: [null], vers: "brouillon", acteurs: ["agent", "rh"], libelle: "ouvrir une demande de détachement" },
  { evenement: "demander", de: ["brouillon"], vers: "demande", acteurs: ["agent"], libelle: "déposer la demande écrite de détachement", garde: avecConventionPrealable("la demande ne peut être déposée") },
  {
    evenement: "enregistrerAccordAccueil",
    de: ["demande"],
    vers: "accorde_par_l_accueil",
    acteurs: ["accueil", "rh"],
    libelle: "enregistrer l'accord de l'organisme d'accueil",
    garde: avecConventionPrealable("l'accord ne peut être enregistré"),
  },
  { evenement: "refuser", de: ["demande", "accorde_par_l_accueil"], vers: "refuse", acteurs: ["autorite"], libelle: "refuser le détachement", motifObligatoire: true },
  {
    evenement: "prendreArrete",
    de: ["accorde_par_l_accueil"],
    vers: "arrete",
    acteurs: ["autorite"],
    libelle: "prendre l'arrêté de détachement",
    garde: avecConventionPrealable("l'arrêté ne peut être pris"),
  },
  {
    evenement: "activer",
    de: ["arrete"],
    vers: "en_cours",
    acteurs: ["rh"],
    libelle: "constater le début du détachement",
    garde: avec("le détachement ne peut commencer", (d, c) => pasAvant(d.dateDebut, c.aujourdhui, (date) => `le détachement commence le ${date} : il ne peut être en cours avant`)),
  },
  {
    evenement: "renouveler",
    de: ["en_cours"],
    vers: "en_cours",
    acteurs: ["autorite"],
    libelle: "renouveler le détachement",
    facultative: true,
    garde: renouvelable,
    saisie: nouvelleFinAdmise,
    champs: ["nouvelleFin"],
  },
  {
    evenement: "terminer",
    de: ["en_cours"],
    vers: "a_reintegrer",
    acteurs: ["rh"],
    libelle: "constater la fin du détachement",
    garde: avec("la fin ne peut être constatée", (d, c) =>
      c.aujourdhui > d.dateFin ? undefined : refus("conflit", `le détachement court jusqu'au ${d.dateFin} inclus : mettez-y fin avant son terme, ou attendez`),
    ),
  },
  {
    evenement: "mettreFin",
    de: ["en_cours"],
    vers: "a_reintegrer",
    acteurs: ["autorite"],
    libelle: "mettre fin au détachement avant son terme",
    facultative: true,
    motifObligatoire: true,
    saisie: demandeurConnu,
    champs: ["demandeur", "motif"],
  },
  { evenement: "reintegrer", de: ["a_reintegrer"], vers: "reintegre", acteurs: ["autorite"], libelle: "réintégrer l'agent", saisie: retourAuPoste, champs: ["surLePosteDOrigine"] },
  { evenement: "abandonner", de: ["brouillon", "demande", "accorde_par_l_accueil"], vers: "abandonne", acteurs: ["agent", "rh"], libelle: "abandonner la demande de détachement", facultative: true },
] as const satisfies readonly Regle[];

export type EvenementDetachement = (typeof REGLES)[number]["evenement"];

export const TABLE_DETACHEMENT = tableDEtats<EtatDetachement, EvenementDetachement, ContexteDetachement>({
  sujet: "le détachement",
  pronom: "il",
  enMots: EN_MOTS,
  finaux: ETATS_FINAUX_DETACHEMENT,
  regles: REGLES,
});
export const EVENEMENTS_DETACHEMENT = TABLE_DETACHEMENT.evenements;

export const peutDetachement = (etat: EtatDetachement | null, evenement: EvenementDetachement, contexte: ContexteDetachement) => TABLE_DETACHEMENT.peut(etat, evenement, contexte);
export const evenementsPossiblesDetachement = (etat: EtatDetachement | null, contexte: ContexteDetachement) => TABLE_DETACHEMENT.evenementsPossibles(etat, contexte);

export type CasDetachement = { etat: EtatDetachement; detachement: Detachement };

const PROCHE = { fin: 90, preavis: 30 } as const;

/**
 * The end of the détachement, and the notice before it: the day by which the agent says whether
 * they ask a renewal or their return (three months by default, the most that may be required).
 */
export function echeancesDetachement(cas: CasDetachement, aujourdhui: string): Echeance[] {
  const { detachement: d, etat } = cas;
  const echeances: Echeance[] = [];
  if (etat === "arrete" || etat === "en_cours") {
    echeances.push({
      code: "fin_detachement",
      libelle: d.type === "courte_duree" ? "Fin du détachement de courte durée (non renouvelable) : retour sur le même poste" : "Fin du détachement : renouvellement ou réintégration",
      date: d.dateFin,
      niveau: niveauEcheance(d.dateFin, aujourdhui, PROCHE.fin),
      source: sourceDe(d.type === "courte_duree" ? "D3" : "D4"),
      ...(d.type === "courte_duree" ? { aConfirmer: REGLES_PROCEDURES.D3.aConfirmer } : {}),
    });
  }
  const preavis = d.preavisMois ?? PARAMETRES_PROCEDURES.preavisDetachementMaxMois;
  if (etat === "en_cours" && preavis > 0) {
    const date = ajouterMois(d.dateFin, -preavis);
    echeances.push({
      code: "preavis_detachement",
      libelle: `Préavis de ${preavis} mois : l'agent fait connaître sa demande de ${d.type === "courte_duree" ? "réintégration" : "renouvellement ou de réintégration"}`,
      date,
      niveau: niveauEcheance(date, aujourdhui, PROCHE.preavis),
      source: sourceDe("6-DET"),
      aConfirmer: REGLES_PROCEDURES["6-DET"].aConfirmer,
    });
  }
  return echeances.sort(parDate);
}
