// DSFR styles are imported here (not copied to public/) so that Vite bundles them with the
// Marianne fonts and icons, fingerprinted, and served from 'self' as the CSP requires.
import "@codegouvfr/react-dsfr/dsfr/dsfr.min.css";
import "@codegouvfr/react-dsfr/dsfr/utility/icons/icons.min.css";
import "./styles.css";

import { startReactDsfr } from "@codegouvfr/react-dsfr/spa";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { BrowserRouter, Link } from "react-router";
import { App } from "./App";

// Lets react-dsfr components take react-router's `to` in their linkProps.
declare module "@codegouvfr/react-dsfr/spa" {
  interface RegisterLink {
    Link: typeof Link;
  }
}

// Sets data-fr-scheme/data-fr-theme from JavaScript: no inline script in index.html is needed.
startReactDsfr({ defaultColorScheme: "system", Link });

const racine = document.getElementById("root");
if (racine === null) throw new Error("L'élément #root est absent de index.html.");

createRoot(racine).render(
  <StrictMode>
    <BrowserRouter>
      <App />
    </BrowserRouter>
  </StrictMode>,
);
