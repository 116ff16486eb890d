import { useEffect, useState } from "react";
import { lireNotifications, useRequete } from "../api";

/** Fired by a page that changed the notifications (marked read, or an action that notifies its author). */
const EVENEMENT = "vivier:notifications";
/** Others' actions notify too: the count is read again this often, and whenever the tab comes back. */
const INTERVALLE_MS = 2 * 60 * 1000;

export function signalerNotificationsChangees(): void {
  window.dispatchEvent(new Event(EVENEMENT));
}

/**
 * The signed-in person's unread notifications, for the header: read when they sign in, when a page
 * says it changed them, when the tab is shown again, and every two minutes. Not on each page
 * change: signing out moves to the home page first, and a count asked meanwhile would be refused.
 * Undefined while signed out, unknown, or unreadable (the header then shows the link alone).
 */
export function useNotificationsNonLues(utilisateurId: string | undefined): number | undefined {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const relire = () => setVersion((v) => v + 1);
    const siVisible = () => {
      if (document.visibilityState === "visible") relire();
    };
    window.addEventListener(EVENEMENT, relire);
    document.addEventListener("visibilitychange", siVisible);
    const minuterie = window.setInterval(relire, INTERVALLE_MS);
    return () => {
      window.removeEventListener(EVENEMENT, relire);
      document.removeEventListener("visibilitychange", siVisible);
      window.clearInterval(minuterie);
    };
  }, []);
  const requete = useRequete(`notifications-non-lues-${utilisateurId ?? ""}-${version}`, (signal) =>
    utilisateurId === undefined ? Promise.resolve(undefined) : lireNotifications({ parPage: 1 }, signal),
  );
  if (requete.etat === "succes") return requete.donnees?.nonLues;
  // While the count is read again, the last one stays rather than the badge blinking.
  return requete.etat === "chargement" ? requete.precedent?.nonLues : undefined;
}
