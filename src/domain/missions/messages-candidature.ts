/**
 * The words of a candidacy's notifications: one title per step and, when someone has to act
 * next, what they do. Shared by the candidacies' service and the demo, which writes the
 * notifications the same steps would have sent.
 */
import { type AccordEmployeur, type EvenementCandidature, LIBELLES_ACCORD_EMPLOYEUR, LIBELLES_ETAT_CANDIDATURE, type TransitionCandidature } from "./etats-candidature";

/** What each step is called in the notifications' titles. */
const TITRES: Record<EvenementCandidature, string> = {
  deposer: "Nouvelle candidature",
  proposer: "Candidature proposée par l'employeur",
  confirmer: "Candidature confirmée",
  retirer: "Candidature retirée",
  preselectionner: "Candidature présélectionnée",
  retenir: "Candidature retenue",
  decliner: "Candidature déclinée",
  accorderLiberation: "Libération accordée par l'employeur",
  refuserLiberation: "Libération refusée par l'employeur",
  affecter: "Affectation confirmée",
};

const ETUDE = "Le service RH de l'employeur accorde ou refuse la libération de l'agent ; l'organisation de la mission étudie la candidature.";

/** What the next person has to do after each step, when someone has. */
const A_FAIRE: Partial<Record<EvenementCandidature, string>> = {
  deposer: ETUDE,
  proposer: "L'agent confirme la candidature, ou la retire.",
  confirmer: ETUDE,
  affecter: "Le conseiller indique, sur la page de l'affectation, l'instrument juridique recommandé pour le total de jours de l'agent sur le projet.",
};

/** The title and text telling that `qui`'s candidacy to the mission `intitule` went through this step. */
export function messageCandidature(qui: string, intitule: string, t: Pick<TransitionCandidature, "evenement" | "vers" | "motif">, accord: AccordEmployeur): { titre: string; texte: string } {
  return {
    titre: `${TITRES[t.evenement]} : ${qui}, mission « ${intitule} »`,
    texte: [
      `La candidature de ${qui} à la mission « ${intitule} » est ${LIBELLES_ETAT_CANDIDATURE[t.vers].toLowerCase()} (${LIBELLES_ACCORD_EMPLOYEUR[accord].toLowerCase()}).`,
      ...(t.motif ? [`Motif : ${t.motif}`] : []),
      ...(A_FAIRE[t.evenement] ? [A_FAIRE[t.evenement]!] : []),
    ].join(" "),
  };
}
