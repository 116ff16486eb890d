import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The web app lives in src/web; the server serves the built files from dist/web.
const racineWeb = fileURLToPath(new URL("./src/web", import.meta.url));

// In development the API runs beside Vite, on port 3000 unless VIVIER_API_URL says otherwise.
// The web app's own API client lives in src/web/api/, so in dev its modules are requested as
// /api/client.ts…: those are files Vite must serve itself, not calls to forward to the server.
const proxy = {
  "/api": {
    target: process.env.VIVIER_API_URL ?? "http://127.0.0.1:3000",
    bypass: (requete: { url?: string }) => {
      const chemin = (requete.url ?? "").split("?")[0] ?? "";
      return existsSync(`${racineWeb}${chemin}`) && /\.tsx?$/.test(chemin) ? requete.url : undefined;
    },
  },
};

// Same policy as the server sends, so that `vite preview` shows CSP breakage before production does.
// (Not applied to `vite dev`: React Fast Refresh needs an inline script there.)
const csp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
].join("; ");

export default defineConfig({
  root: racineWeb,
  publicDir: "public",
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL("./dist/web", import.meta.url)),
    emptyOutDir: true,
    // The DSFR icon sheet names ~1,200 SVG files; inlined, they would make a 2 MB stylesheet that
    // every visitor downloads. As files, a browser fetches only the few icons a page shows.
    assetsInlineLimit: (fichier) => (fichier.endsWith(".svg") ? false : undefined),
  },
  server: { port: 5173, strictPort: true, proxy },
  preview: { proxy, headers: { "Content-Security-Policy": csp } },
});
