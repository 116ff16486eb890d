import { createContext, useContext } from "react";
import type { Appartenance, ErreurApi, Instance, Moi } from "../api";

/** Whether someone is signed in, as far as the last /api/v1/me said. */
export type EtatSession =
  | { etat: "chargement" }
  | { etat: "anonyme" }
  | { etat: "connecte"; moi: Moi }
  /** /me failed for another reason than 401 (server down): nobody is shown as signed in. */
  | { etat: "erreur"; erreur: ErreurApi };

export type Session = {
  etat: EtatSession;
  /** The instance's description (demo mode and its accounts); undefined until it is read. */
  instance: Instance | undefined;
  /** The signed-in person, their roles and the active one (undefined when signed out). */
  utilisateur: Moi["utilisateur"] | undefined;
  appartenances: Appartenance[];
  appartenanceActive: Appartenance | undefined;
  /** Signs in, then reads /me. Throws ErreurApi (401, 400 with `erreurs`, 429) on failure. */
  connecter(email: string, motDePasse: string): Promise<void>;
  /** Signs out; a ProConnect session also leaves the app for ProConnect's sign-out, then /connexion. */
  deconnecter(): Promise<void>;
  choisirRole(appartenanceId: string): Promise<void>;
  /** Reads /me again (after a 401 elsewhere, or a change made in another tab). */
  recharger(): Promise<void>;
};

export const ContexteSession = createContext<Session | undefined>(undefined);

/** The session, anywhere below <SessionProvider>. */
export function useSession(): Session {
  const session = useContext(ContexteSession);
  if (session === undefined) throw new Error("useSession() doit être appelé sous <SessionProvider>.");
  return session;
}
