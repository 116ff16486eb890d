/**
 * Who is told about a step of a mission or a candidacy: the expert (their account, once they
 * claimed their profile), the HR of the expert's employer, and the mission's owner — the person
 * who created the mission while they still act for its organisation, else everyone who does.
 */
import { PROPRIETAIRES_MISSION } from "../../domain/acces";
import type { DbOrTx } from "../../db/client";
import type { Destinataire, ServiceNotifications } from "./notifications";

export function creerDestinataires(notifications: ServiceNotifications) {
  return {
    async proprietaire(tx: DbOrTx, mission: { organisationId: string; creePar: string | null }): Promise<Destinataire[]> {
      const tous = await notifications.membresAvecRoles(tx, mission.organisationId, PROPRIETAIRES_MISSION);
      const auteur = tous.filter((d) => d.utilisateurId === mission.creePar);
      return auteur.length ? auteur : tous;
    },
    rh: (tx: DbOrTx, employeurId: string) => notifications.membresAvecRoles(tx, employeurId, ["gestionnaire_rh"]),
    expert: (tx: DbOrTx, utilisateurId: string | null) => (utilisateurId ? notifications.utilisateursActifs(tx, [utilisateurId]) : Promise.resolve([])),
  };
}
export type Destinataires = ReturnType<typeof creerDestinataires>;
