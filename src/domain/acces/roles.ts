/**
 * The roles of PRODUCT.md, and which kind of organisation each one belongs to. A person holds
 * roles through memberships (user × organisation × role) and acts with one of them at a time.
 */
import { LIBELLES_TYPE_ORGANISATION, type TypeOrganisation } from "../organisations/types";
import { invalide } from "../shared";

export const ROLES = [
  "agent",
  "gestionnaire_rh",
  "charge_ri",
  "superieur_hierarchique",
  "autorite_territoriale",
  "operateur",
  "agent_daect",
  "membre_comite",
  "agent_ambassade",
  "administrateur_organisation",
  "administrateur",
] as const;
export type Role = (typeof ROLES)[number];

export const LIBELLES_ROLE: Record<Role, string> = {
  agent: "Agent ou expert",
  gestionnaire_rh: "Gestionnaire RH",
  charge_ri: "Chargé·e de relations internationales",
  superieur_hierarchique: "Supérieur·e hiérarchique",
  autorite_territoriale: "Autorité territoriale",
  operateur: "Chargé·e de projet d'un opérateur",
  agent_daect: "Agent de la DAECT",
  membre_comite: "Membre du comité de sélection",
  agent_ambassade: "Agent d'ambassade",
  administrateur_organisation: "Administrateur·rice de l'organisation",
  administrateur: "Administrateur·rice de la plateforme",
};

/** The roles an organisation of each type can give. */
export const ROLES_PAR_TYPE: Record<TypeOrganisation, readonly Role[]> = {
  collectivite: ["agent", "gestionnaire_rh", "charge_ri", "superieur_hierarchique", "autorite_territoriale", "administrateur_organisation"],
  association_elus: ["agent", "charge_ri", "administrateur_organisation"],
  operateur: ["operateur", "administrateur_organisation"],
  ministere: ["agent_daect", "membre_comite", "administrateur_organisation"],
  ambassade: ["agent_ambassade", "administrateur_organisation"],
  organisme_partenaire: ["agent", "administrateur_organisation"],
  plateforme: ["administrateur"],
};

export function roleAdmisPour(type: TypeOrganisation, role: Role): boolean {
  return ROLES_PAR_TYPE[type].includes(role);
}

/** The role, if this type of organisation gives it; else a field error on `role`. */
export function exigerRoleAdmis(type: TypeOrganisation, role: Role): void {
  if (!roleAdmisPour(type, role)) {
    throw invalide([{ champ: "role", message: `ce rôle n'existe pas dans une organisation de type « ${LIBELLES_TYPE_ORGANISATION[type]} »` }]);
  }
}
