import { fr } from "@codegouvfr/react-dsfr";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import type { ReactNode } from "react";
import { chemins } from "../chemins";
import { useTitreDePage } from "./useTitreDePage";

type Segment = { label: string; to: string };

type Props = {
  /** The h1, the last breadcrumb item and the tab title. */
  titre: string;
  /** Tab title when it must differ from the h1 (e.g. while loading). */
  titreDocument?: string;
  /** Pages between the home page and this one. */
  parents?: Segment[];
  /** Text right under the h1. */
  chapo?: ReactNode;
  /** Reading pages keep lines short (about 80 characters); lists and tables use the full width. */
  lecture?: boolean;
  children: ReactNode;
};

/** An inner page: breadcrumb, one h1 (focusable, see useFocusAuChangementDePage), content. */
export function Page({ titre, titreDocument, parents = [], chapo, lecture = false, children }: Props) {
  useTitreDePage(titreDocument ?? titre);
  return (
    <div className={fr.cx("fr-container")}>
      <Breadcrumb
        homeLinkProps={{ to: chemins.accueil }}
        segments={parents.map((p) => ({ label: p.label, linkProps: { to: p.to } }))}
        currentPageLabel={titre}
      />
      <div className={fr.cx("fr-grid-row")}>
        <div className={fr.cx("fr-col-12", lecture && "fr-col-lg-9")}>
          <h1 tabIndex={-1}>{titre}</h1>
          {chapo !== undefined && <p className={fr.cx("fr-text--lead")}>{chapo}</p>}
          {children}
        </div>
      </div>
    </div>
  );
}
