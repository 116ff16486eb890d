import { useEffect, useState } from "react";
import { lireBoiteEnvoi } from "../api";

// Asked once per page load, not on each navigation: the answer does not change while the app runs.
let reponse: Promise<boolean> | undefined;

/**
 * Whether this instance has the development outbox (`/dev/courriels`): /api/v1/instance does not
 * say, so its route is asked; it exists only outside production and without SMTP (404 there).
 */
export function useBoiteEnvoiDisponible(): boolean {
  const [disponible, setDisponible] = useState(false);
  useEffect(() => {
    let actif = true;
    reponse ??= lireBoiteEnvoi({ limite: 1 }).then(
      () => true,
      () => false,
    );
    void reponse.then((oui) => {
      if (actif) setDisponible(oui);
    });
    return () => {
      actif = false;
    };
  }, []);
  return disponible;
}
