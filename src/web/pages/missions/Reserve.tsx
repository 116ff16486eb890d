import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { ReactNode } from "react";
import type { Appartenance } from "../../api";
import { Page } from "../../components/Page";
import { useSession } from "../../session";

type Props = {
  titre: string;
  parents?: { label: string; to: string }[];
  /** Whether a role may see the page (the API decides in the end: 403). */
  permis: (a: Appartenance) => boolean;
  /** What the roles that may are, to complete « Cette page est réservée … ». */
  qui: string;
  children: ReactNode;
};

/**
 * A page for some roles only: to any other, what the page is for and, when the person holds such
 * a role elsewhere, how to switch to it — rather than a request the API would refuse.
 */
export function Reserve({ titre, parents, permis, qui, children }: Props) {
  const { appartenanceActive, appartenances } = useSession();
  if (appartenanceActive !== undefined && permis(appartenanceActive)) return <>{children}</>;
  const autre = appartenances.find(permis);
  return (
    <Page titre={titre} parents={parents} lecture>
      <Alert
        severity="info"
        as="h2"
        title="Votre rôle ne donne pas accès à cette page"
        description={
          <>
            <p>Cette page est réservée {qui}.</p>
            {autre !== undefined && (
              <p>
                Vous avez aussi le rôle « {autre.roleLibelle} » ({autre.organisation.nom}) : choisissez-le dans l'en-tête, puis revenez sur cette page.
              </p>
            )}
          </>
        }
      />
    </Page>
  );
}

export const QUI_PUBLIE = "aux organisations qui publient des missions : opérateurs, ministère (DAECT) et chargés de relations internationales des collectivités";
