import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { type ReactNode, useState } from "react";

// react-dsfr wants its modals created once, outside any component: one dialog, reused by whatever
// the page asks to confirm (one page asks one thing at a time).
const modale = createModal({ id: "vivier-confirmation", isOpenedByDefault: false });

type Demande = {
  titre: string;
  texte: ReactNode;
  /** The confirming button's text: says what it does ("Retirer le rôle"), never just "OK". */
  bouton: string;
  action: () => void;
};

/**
 * Asks before an action that cannot simply be undone, in the DSFR's dialog (focus kept inside,
 * Escape and "Annuler" close it). `element` must be rendered by the page, once.
 */
export function useConfirmation(): { demander: (demande: Demande) => void; element: ReactNode } {
  const [demande, setDemande] = useState<Demande | undefined>(undefined);
  return {
    demander(nouvelle) {
      setDemande(nouvelle);
      modale.open();
    },
    element: (
      <modale.Component
        title={demande?.titre ?? ""}
        // The page keeps its one h1.
        titleAs="h2"
        buttons={[
          { children: "Annuler", priority: "secondary" },
          { children: demande?.bouton ?? "Confirmer", onClick: () => demande?.action() },
        ]}
      >
        {demande?.texte}
      </modale.Component>
    ),
  };
}
