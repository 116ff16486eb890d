/**
 * Debian's Chromium driven by playwright-core (never a downloaded browser), and the checks every
 * journey makes: axe-core on each page, no JavaScript error, nothing blocked by the CSP.
 *
 * Without Chromium, the journeys are skipped with one line of warning on a workstation, and fail
 * in CI (`CI=true`), where a missing browser must not pass for a green build.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { isMainThread } from "node:worker_threads";
import AxeBuilder from "@axe-core/playwright";
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Locator, type Page } from "playwright-core";
import { assert, expect } from "vitest";

export const CHEMIN_CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

export function chromiumDisponible(): boolean {
  try {
    fs.accessSync(CHEMIN_CHROMIUM, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

const enCI = process.env.CI === "true";

/**
 * Decided when the test file loads, for `describe.skipIf(ignorerParcours)`: true when Chromium is
 * missing outside CI. In CI the journeys run, and `ouvrirNavigateur()` fails in `beforeAll`.
 */
export const ignorerParcours = !chromiumDisponible() && !enCI;

if (ignorerParcours) avertirUneFois();

/**
 * One line for the whole run, not one per test file: each file loads this module afresh, so a
 * marker file, named after the process that runs all the files, remembers the warning was given.
 */
function avertirUneFois(): void {
  // Forks pool: each file's worker is a child of the Vitest process; threads pool: it is this process.
  const vitest = isMainThread ? process.ppid : process.pid;
  const marqueur = path.join(os.tmpdir(), `vivier-e2e-sans-chromium-${vitest}`);
  try {
    fs.writeFileSync(marqueur, "", { flag: "wx" });
  } catch {
    return; // Already said during this run.
  }
  console.warn(
    `Parcours navigateur ignorés : Chromium introuvable (${CHEMIN_CHROMIUM}). Installez le paquet Debian chromium pour les exécuter.`,
  );
}

/** Options that keep Chromium quiet and light in a container (whose root user cannot use its sandbox). */
const ARGUMENTS = [
  "--no-sandbox",
  "--disable-background-networking",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Launches Chromium; throws a clear error when it is missing (reached in CI only, see above). */
export async function ouvrirNavigateur(): Promise<Browser> {
  if (!chromiumDisponible()) {
    throw new Error(`Chromium introuvable (${CHEMIN_CHROMIUM}) : installez le paquet Debian chromium`);
  }
  return chromium.launch({ executablePath: CHEMIN_CHROMIUM, args: ARGUMENTS });
}

/** A fresh context (cookies, storage, history) for one test, in French, on the test server. */
export async function nouveauContexte(navigateur: Browser, baseURL: string, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const contexte = await navigateur.newContext({
    baseURL,
    locale: "fr-FR",
    timezoneId: "Europe/Paris",
    viewport: { width: 1280, height: 900 },
    reducedMotion: "reduce",
    ...options,
  });
  contexte.setDefaultTimeout(10_000);
  contexte.setDefaultNavigationTimeout(15_000);
  return contexte;
}

// ---------------------------------------------------------------------------------------------
// Accessibility

const NORMES_WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * Runs axe-core (WCAG 2.1 A and AA) on the page as it is now and fails with what to fix: rule,
 * impact, the elements concerned and axe's advice. `nom` says which page and state was checked.
 */
export async function verifierAccessibilite(page: Page, nom: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(NORMES_WCAG).analyze();
  if (violations.length === 0) return;
  const problemes = violations.map((v) => {
    const elements = v.nodes.map((n) => {
      const html = n.html.length > 160 ? `${n.html.slice(0, 160)}…` : n.html;
      const aCorriger = n.failureSummary ? `\n        ${n.failureSummary.replace(/\s*\n\s*/g, " ; ")}` : "";
      return `      - ${n.target.map(String).join(" ")}  ${html}${aCorriger}`;
    });
    return [`  [${v.impact ?? "?"}] ${v.id} : ${v.help}`, `    ${v.helpUrl}`, ...elements].join("\n");
  });
  assert.fail(`axe-core (WCAG 2.1 A/AA) : ${violations.length} règle(s) enfreinte(s) sur « ${nom} » (${page.url()}) :\n${problemes.join("\n")}`);
}

// ---------------------------------------------------------------------------------------------
// Console, page errors and CSP

export type Surveillance = {
  /** Every error seen so far, in order, with where it came from. */
  readonly erreurs: string[];
  /**
   * Lets errors matching `motif` through (checked against "message (url)"). For API errors the
   * journey provokes on purpose, e.g. the 404 of an unknown organisation. Never lets a CSP
   * violation through.
   */
  tolerer(motif: RegExp): void;
  /** Fails when any error other than the tolerated ones happened. */
  verifierAucuneErreur(): void;
};

const CSP = /Content Security Policy|ERR_BLOCKED_BY_CSP/i;

/** The console error for the 401 answer to GET /api/v1/me while signed out (tolerated by default). */
export const NON_CONNECTE = /status of 401 .*\/api\/v1\/me\)$/;

/**
 * Records, from now on, the page's uncaught exceptions, its console errors (which include
 * "Failed to load resource" for HTTP errors) and any request or resource blocked by the CSP.
 */
export async function surveiller(page: Page): Promise<Surveillance> {
  const erreurs: string[] = [];
  // Signed out, the app's first question, GET /api/v1/me, is answered 401 by design: the browser
  // logs it as a failed resource, on every page load of a signed-out visitor.
  const toleres: RegExp[] = [NON_CONNECTE];

  // Chromium logs CSP violations in the console; this also reports them from the page's own
  // event, in case a future Chromium stops logging one kind (added by the DevTools protocol,
  // which the CSP does not apply to).
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(`Content Security Policy : ${e.effectiveDirective} a bloqué ${e.blockedURI || "(en ligne)"} (${e.sourceFile}:${e.lineNumber})`);
    });
  });

  page.on("pageerror", (erreur) => erreurs.push(`Exception non rattrapée : ${erreur.stack ?? erreur.message}`));
  page.on("console", (message) => {
    const texte = message.text();
    const url = message.location().url;
    if (message.type() === "error") erreurs.push(`console.error : ${texte}${url ? ` (${url})` : ""}`);
    else if (CSP.test(texte)) erreurs.push(`console.${message.type()} : ${texte}`);
  });
  page.on("requestfailed", (requete) => {
    const echec = requete.failure()?.errorText ?? "";
    if (CSP.test(echec)) erreurs.push(`Requête bloquée par la CSP : ${requete.url()} (${echec})`);
  });

  return {
    erreurs,
    tolerer: (motif) => {
      toleres.push(motif);
    },
    verifierAucuneErreur: () => {
      const restantes = erreurs.filter((e) => CSP.test(e) || !toleres.some((m) => m.test(e)));
      if (restantes.length > 0) assert.fail(`${restantes.length} erreur(s) dans le navigateur :\n${restantes.join("\n")}`);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Reading the page (playwright-core has no auto-retrying assertions: these poll)

/** `expect.poll` with a delay fit for a browser on a busy machine (Vitest's default is 1 s). */
export function bientot<T>(lire: () => T | Promise<T>) {
  return expect.poll(lire, { timeout: 10_000 });
}

/** The page's own h1 (the DSFR header mounts another one, hidden, in its display settings dialog). */
export function titrePrincipal(page: Page): Locator {
  return page.locator("main").getByRole("heading", { level: 1 });
}

/** Waits until the page's h1 reads `texte` (exactly, or matching a RegExp). */
export async function attendreTitre(page: Page, texte: string | RegExp): Promise<void> {
  await expect.poll(() => titrePrincipal(page).textContent({ timeout: 1_000 }).catch(() => "(aucun h1 dans main)"), { timeout: 10_000 }).toMatch(
    typeof texte === "string" ? new RegExp(`^${echapper(texte)}$`) : texte,
  );
}

/**
 * Waits until the DSFR's JavaScript has taken `element` in hand (it marks it `data-fr-js-…`):
 * a menu button or a collapse clicked before that would do nothing. The DSFR starts after the
 * page's first render, and picks up elements rendered later on its own time.
 */
export async function attendreDsfr(element: Locator): Promise<void> {
  await expect
    .poll(() => element.evaluate((e) => Object.keys((e as HTMLElement).dataset).some((cle) => cle.startsWith("frJs")), undefined, { timeout: 1_000 }).catch(() => false), {
      timeout: 10_000,
    })
    .toBe(true);
}

function echapper(texte: string): string {
  return texte.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
