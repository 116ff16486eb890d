import { envoyerJson } from "./client";

/** What an invitation link invites to (POST /api/v1/invitations/consultation). */
export type InvitationConsultee = {
  email: string;
  organisationNom: string;
  role: string;
  roleLibelle: string;
  expireLe: string;
  /** The address already has an account: it must sign in with it to accept. */
  compteExistant: boolean;
  /** Accepting also hands over the profile of the pool of experts that HR created for this person. */
  profil?: boolean;
};

export type Acceptation = { jeton: string; prenom?: string; nom?: string; motDePasse?: string };

// The link's token goes in request bodies, never in a URL that logs or a Referer could keep.

export function consulterInvitation(jeton: string): Promise<InvitationConsultee> {
  return envoyerJson("POST", "/api/v1/invitations/consultation", { jeton });
}

/** For a new account, the server also opens its session (cookie): read /me again after. */
export function accepterInvitation(acceptation: Acceptation): Promise<{ compteCree: boolean }> {
  return envoyerJson("POST", "/api/v1/invitations/acceptation", acceptation);
}
