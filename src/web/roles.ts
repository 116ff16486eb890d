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
