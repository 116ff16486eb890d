/** Who a person is on a case: the one place where their active membership meets the tables' abstract actors. */
import type { Acteur } from "../../domain/acces";
import { type ActeurProcedure, acteursProcedure } from "../../domain/procedures";
import type { LigneProcedure } from "../../db/repositories/procedures";

export type Parties = Pick<LigneProcedure, "organisationId" | "accueilId" | "operateurId" | "agentId">;

/** The abstract actors this person is on the case, with the membership they act with now. */
export function acteursSur(acteur: Acteur, p: Parties): ActeurProcedure[] {
  const roles = (id: string | null) => (id !== null && acteur.organisationId === id ? [acteur.role] : []);
  return acteursProcedure({
    estAgentConcerne: p.agentId !== null && p.agentId === acteur.utilisateurId,
    rolesChezEmployeur: roles(p.organisationId),
    rolesChezAccueil: roles(p.accueilId),
    rolesChezOperateur: roles(p.operateurId),
  });
}

