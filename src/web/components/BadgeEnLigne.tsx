import { Badge } from "@codegouvfr/react-dsfr/Badge";
import type { ReactNode } from "react";

/** A small badge after a cell's text ("Expiré", "Session actuelle"…), a space apart. */
export function BadgeEnLigne({ severite, children }: { severite?: "info" | "success" | "warning" | "error" | "new"; children: NonNullable<ReactNode> }) {
  return (
    <>
      {" "}
      <Badge as="span" small severity={severite}>
        {children}
      </Badge>
    </>
  );
}
