import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { ErreurApi } from "../api";

/** How a failed API call is shown: the server's French title and detail, and what to do next. */
export function AlerteErreur({ erreur, titre }: { erreur: ErreurApi; titre?: string }) {
  const { probleme } = erreur;
  // Network failures (status 0) and server faults are worth retrying; a 4xx is not.
  const passager = probleme.status === 0 || probleme.status >= 500;
  return (
    <Alert
      severity="error"
      as="h2"
      role="alert"
      title={titre ?? probleme.title}
      description={
        <>
          <p>
            {probleme.detail}
            {passager && " Réessayez dans quelques instants ; si le problème persiste, signalez-le à l'équipe de Vivier."}
          </p>
          {probleme.erreurs !== undefined && probleme.erreurs.length > 0 && (
            <ul>
              {probleme.erreurs.map((e) => (
                <li key={`${e.champ}-${e.message}`}>
                  {e.champ} : {e.message}
                </li>
              ))}
            </ul>
          )}
        </>
      }
    />
  );
}
