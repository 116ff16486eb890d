import { useEffect, useRef } from "react";
import { useLocation } from "react-router";

/**
 * After a client-side navigation, a screen reader user would otherwise stay on the link they
 * followed, with no sign that the page changed. Move focus to the new page's h1 (it carries
 * tabIndex=-1), or to <main> if a page has none, and scroll to the top as a full load would.
 * Not on first load (the browser starts at the top already), and not when only the query string
 * changes (a search page keeps focus where the user is working).
 */
export function useFocusAuChangementDePage(): void {
  const { pathname } = useLocation();
  // The path already shown: comparing with it (rather than a "first run" flag) stays right when
  // React StrictMode runs effects twice.
  const precedent = useRef(pathname);

  useEffect(() => {
    if (precedent.current === pathname) return;
    precedent.current = pathname;
    focaliserTitrePrincipal();
  }, [pathname]);
}

/** Focus on the page's h1 (or <main>), at the top: also when the control just used disappears. */
export function focaliserTitrePrincipal(): void {
  const cible = document.querySelector<HTMLElement>("main h1") ?? document.getElementById("contenu");
  window.scrollTo(0, 0);
  cible?.focus({ preventScroll: true });
}
