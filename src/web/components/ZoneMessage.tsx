import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { type ReactNode, type RefObject, useRef, useState } from "react";

export type Message = { succes: boolean; texte: NonNullable<ReactNode> };

/**
 * What an action on a list (close a session, revoke a token, cancel an invitation…) did. The
 * button pressed often goes away with its row: focus then goes to the message, so that keyboard
 * and screen reader users hear what happened and are not left on a vanished element.
 */
export function useMessage() {
  const [message, setMessage] = useState<Message | undefined>(undefined);
  const zone = useRef<HTMLDivElement>(null);
  return {
    message,
    zone,
    effacer: () => setMessage(undefined),
    annoncer(nouveau: Message) {
      setMessage(nouveau);
      window.setTimeout(() => zone.current?.focus(), 0);
    },
  };
}

/** Where `useMessage` shows its message (always in the page, so that it can take focus). */
export function ZoneMessage({ message, zone }: { message: Message | undefined; zone: RefObject<HTMLDivElement | null> }) {
  return (
    <div ref={zone} tabIndex={-1}>
      {message !== undefined && (
        <Alert
          className={fr.cx("fr-mb-3w")}
          severity={message.succes ? "success" : "error"}
          small
          role={message.succes ? "status" : "alert"}
          description={message.texte}
        />
      )}
    </div>
  );
}
