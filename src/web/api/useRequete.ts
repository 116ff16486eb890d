import { useEffect, useState } from "react";
import { ErreurApi, estAnnulation } from "./client";

export type EtatRequete<T> =
  /** `precedent`: the last answer, which a list can keep showing so the page does not jump. */
  | { etat: "chargement"; precedent: T | undefined }
  | { etat: "succes"; donnees: T }
  | { etat: "erreur"; erreur: ErreurApi };

/** The last answer received, with the key it answers: loading is "no answer for this key yet". */
type Reponse<T> = { cle: string; donnees: T } | { cle: string; erreur: ErreurApi };

function enErreurApi(erreur: unknown): ErreurApi {
  if (erreur instanceof ErreurApi) return erreur;
  return new ErreurApi({
    type: "about:blank",
    title: "Réponse illisible",
    status: 0,
    detail: "La réponse du serveur n'a pas pu être lue.",
    code: "reponse_illisible",
  });
}

/**
 * Runs an API call when `cle` changes and tracks its state. The previous call is aborted, so a
 * slow answer to an old search can never overwrite the answer to the current one.
 */
export function useRequete<T>(cle: string, appel: (signal: AbortSignal) => Promise<T>): EtatRequete<T> {
  const [reponse, setReponse] = useState<Reponse<T> | undefined>(undefined);

  useEffect(() => {
    const controleur = new AbortController();
    appel(controleur.signal).then(
      (donnees) => setReponse({ cle, donnees }),
      (erreur: unknown) => {
        if (!estAnnulation(erreur)) setReponse({ cle, erreur: enErreurApi(erreur) });
      },
    );
    return () => controleur.abort();
    // `appel` is a new closure on each render; `cle` names what it fetches.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cle]);

  if (reponse === undefined || reponse.cle !== cle) {
    return { etat: "chargement", precedent: reponse !== undefined && "donnees" in reponse ? reponse.donnees : undefined };
  }
  return "donnees" in reponse ? { etat: "succes", donnees: reponse.donnees } : { etat: "erreur", erreur: reponse.erreur };
}
