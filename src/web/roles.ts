import { rolesAutorises } from "../domain/acces/politique";
import type { Appartenance } from "./api";

/** The administrator of an organisation, or of the platform (whose organisation is the platform). */
export function estAdministrateur(appartenance: Appartenance): boolean {
  return appartenance.role === "administrateur_organisation" || appartenance.role === "administrateur";
}

/**
 * Whether the role acted with may manage this organisation's members and invitations: its own
 * administrator, or the platform's (who may act on any). The API decides in the end (403/404).
 */
export function peutGererOrganisation(active: Appartenance | undefined, organisationId: string): boolean {
  if (active === undefined) return false;
  return active.role === "administrateur" || (active.role === "administrateur_organisation" && active.organisation.id === organisationId);
}

/**
 * The roles that may search the pool of experts, from the server's own policy table, so that the
 * menu and the page never disagree with the API. The platform administrator may too, but finds
 * only what agents consented to show them, which is nothing: the menu leaves it out.
 */
const ROLES_RECHERCHE_VIVIER: readonly string[] = rolesAutorises("vivier.rechercher");

/** Whether the role acted with may search the pool of experts (the API decides in the end: 403). */
export function peutRechercherVivier(active: Appartenance | undefined): boolean {
  return active !== undefined && ROLES_RECHERCHE_VIVIER.includes(active.role);
}

const ROLES_PUBLIER_MISSIONS: readonly string[] = rolesAutorises("missions.publier");
const ROLES_SUIVRE_AFFECTATIONS: readonly string[] = rolesAutorises("missions.suivre_affectations");

/**
 * Whether the role acted with publishes missions for its organisation (an operator's staff, the
 * DAECT, a collectivité's international relations), from the server's policy table. The platform
 * administrator may too, but publishes nothing of its own: the buttons leave it out.
 */
export function peutPublierMissions(active: Appartenance | undefined): boolean {
  return active !== undefined && ROLES_PUBLIER_MISSIONS.includes(active.role);
}

/** Whether the role acted with follows its organisation's agents' staffings (HR, international relations). */
export function peutSuivreAffectations(active: Appartenance | undefined): boolean {
  return active !== undefined && ROLES_SUIVRE_AFFECTATIONS.includes(active.role);
}

/**
 * The roles that have statutory procedures' cases (docs/procedures.md « Qui agit »): the agent
 * concerned, the employer's HR, superior, authority and international relations, the host's or
 * partner's operator. The API shows each only the cases they are on.
 */
const ROLES_PROCEDURES: readonly string[] = ["agent", "gestionnaire_rh", "superieur_hierarchique", "autorite_territoriale", "charge_ri", "operateur"];

/** Whether the role acted with has cases of procedures (« Procédures » in the main navigation). */
export function peutSuivreProcedures(active: Appartenance | undefined): boolean {
  return active !== undefined && ROLES_PROCEDURES.includes(active.role);
}
