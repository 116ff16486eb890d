import { envoyerJson, lireJson } from "./client";
import type { Organisation, TypeOrganisation } from "./types";

/** A member of an organisation, with all the roles they hold in it. */
export type Membre = {
  utilisateurId: string;
  email: string;
  prenom: string;
  nom: string;
  desactive: boolean;
  roles: { role: string; libelle: string }[];
  depuis: string;
};

export type EtatInvitation = "en_attente" | "acceptee" | "annulee" | "expiree";

export type InvitationEnvoyee = {
  id: string;
  email: string;
  role: string;
  roleLibelle: string;
  inviteParNom: string | null;
  creeLe: string;
  expireLe: string;
  etat: EtatInvitation;
};

const organisation = (id: string) => `/api/v1/organisations/${encodeURIComponent(id)}`;

export function lireMembres(organisationId: string, signal?: AbortSignal): Promise<{ membres: Membre[] }> {
  return lireJson(`${organisation(organisationId)}/membres`, undefined, signal);
}

function roleDuMembre(organisationId: string, utilisateurId: string, role: string): string {
  return `${organisation(organisationId)}/membres/${encodeURIComponent(utilisateurId)}/roles/${encodeURIComponent(role)}`;
}

export function ajouterRoleMembre(organisationId: string, utilisateurId: string, role: string): Promise<void> {
  return envoyerJson("PUT", roleDuMembre(organisationId, utilisateurId, role));
}

/** 409 with a French detail when it is the organisation's last administrator. */
export function retirerRoleMembre(organisationId: string, utilisateurId: string, role: string): Promise<void> {
  return envoyerJson("DELETE", roleDuMembre(organisationId, utilisateurId, role));
}

export function lireInvitations(organisationId: string, signal?: AbortSignal): Promise<{ invitations: InvitationEnvoyee[] }> {
  return lireJson(`${organisation(organisationId)}/invitations`, undefined, signal);
}

export function inviter(organisationId: string, demande: { email: string; role: string }): Promise<{ id: string; email: string; role: string; expireLe: string }> {
  return envoyerJson("POST", `${organisation(organisationId)}/invitations`, demande);
}

export function annulerInvitation(organisationId: string, invitationId: string): Promise<void> {
  return envoyerJson("DELETE", `${organisation(organisationId)}/invitations/${encodeURIComponent(invitationId)}`);
}

/** What the platform administrator may create: collectivités come from the official geography. */
export type TypeCreable = Exclude<TypeOrganisation, "collectivite" | "plateforme">;

export type NouvelleOrganisation = {
  type: TypeCreable;
  nom: string;
  nomCourt?: string;
  siren?: string;
  pays?: string;
  emailAdministrateur?: string;
};

export function creerOrganisation(
  demande: NouvelleOrganisation,
): Promise<{ organisation: Organisation; invitation: { id: string; email: string; role: string; expireLe: string } | null }> {
  return envoyerJson("POST", "/api/v1/organisations", demande);
}
