import { fr } from "@codegouvfr/react-dsfr";
import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import type { Moi } from "../api";
import { connexionPuisRetour } from "../chemins";
import { useSession } from "../session";
import { AlerteErreur } from "./AlerteErreur";
import { useTitreDePage } from "./useTitreDePage";

/**
 * A page for signed-in people only: signed out, the sign-in page, which comes back here after.
 * `titre` is the page's own title, shown (h1) while the session is read or could not be.
 */
export function ExigerConnexion({ titre, children }: { titre: string; children: (moi: Moi) => ReactNode }) {
  const { etat } = useSession();
  const { pathname, search } = useLocation();
  useTitreDePage(titre);
  if (etat.etat === "connecte") return children(etat.moi);
  if (etat.etat === "anonyme") return <Navigate to={connexionPuisRetour(`${pathname}${search}`)} replace />;
  return (
    <div className={fr.cx("fr-container", "fr-pt-6w")}>
      <h1 tabIndex={-1}>{titre}</h1>
      {etat.etat === "chargement" ? <p role="status">Chargement…</p> : <AlerteErreur erreur={etat.erreur} />}
    </div>
  );
}
