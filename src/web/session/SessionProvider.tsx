import { type ReactNode, useCallback, useEffect, useMemo, useState } from "react";
import {
  changerRole,
  ErreurApi,
  estAnnulation,
  type Instance,
  lireInstance,
  lireMoi,
  retenirJetonCsrf,
  seConnecter,
  seDeconnecter,
} from "../api";
import { ContexteSession, type EtatSession, type Session } from "./contexte";

/** /me's answer turned into a state: 401 means signed out, not a failure. */
async function lireEtat(signal?: AbortSignal): Promise<EtatSession> {
  try {
    return { etat: "connecte", moi: await lireMoi(signal) };
  } catch (erreur) {
    if (estAnnulation(erreur)) throw erreur;
    retenirJetonCsrf(undefined);
    if (erreur instanceof ErreurApi && erreur.statut === 401) return { etat: "anonyme" };
    return {
      etat: "erreur",
      erreur:
        erreur instanceof ErreurApi
          ? erreur
          : new ErreurApi({ type: "about:blank", title: "Réponse illisible", status: 0, detail: "La réponse du serveur n'a pas pu être lue.", code: "reponse_illisible" }),
    };
  }
}

/** Reads who is signed in once, at start, and gives the whole app the session and its actions. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [etat, setEtat] = useState<EtatSession>({ etat: "chargement" });
  const [instance, setInstance] = useState<Instance | undefined>(undefined);

  useEffect(() => {
    const controleur = new AbortController();
    lireEtat(controleur.signal).then(setEtat, () => undefined);
    lireInstance(controleur.signal).then(setInstance, () => undefined);
    return () => controleur.abort();
  }, []);

  const recharger = useCallback(async () => {
    setEtat(await lireEtat());
  }, []);

  const connecter = useCallback(async (email: string, motDePasse: string) => {
    await seConnecter(email, motDePasse);
    setEtat(await lireEtat());
  }, []);

  const deconnecter = useCallback(async () => {
    let redirection: string | undefined;
    try {
      redirection = await seDeconnecter();
    } catch (erreur) {
      // Already signed out (the session was closed elsewhere): that is what was asked.
      if (!(erreur instanceof ErreurApi && erreur.statut === 401)) throw erreur;
    }
    retenirJetonCsrf(undefined);
    setEtat({ etat: "anonyme" });
    // Signed in with ProConnect: its own session ends at its address, which comes back to /connexion.
    if (redirection !== undefined) window.location.assign(redirection);
  }, []);

  const choisirRole = useCallback(async (appartenanceId: string) => {
    setEtat({ etat: "connecte", moi: await changerRole(appartenanceId) });
  }, []);

  const session = useMemo<Session>(() => {
    const moi = etat.etat === "connecte" ? etat.moi : undefined;
    return {
      etat,
      instance,
      utilisateur: moi?.utilisateur,
      appartenances: moi?.appartenances ?? [],
      appartenanceActive: moi?.appartenances.find((a) => a.id === moi.appartenanceActive),
      connecter,
      deconnecter,
      choisirRole,
      recharger,
    };
  }, [etat, instance, connecter, deconnecter, choisirRole, recharger]);

  return <ContexteSession.Provider value={session}>{children}</ContexteSession.Provider>;
}
