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
