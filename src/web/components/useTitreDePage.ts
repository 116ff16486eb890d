import { useEffect } from "react";

/**
 * Sets the browser tab title, "Page - Vivier" as the DSFR recommends, so each page is announced
 * and listed in history by its own name (RGAA criterion 8.6).
 */
export function useTitreDePage(titre: string): void {
  useEffect(() => {
    document.title = `${titre} - Vivier`;
  }, [titre]);
}
