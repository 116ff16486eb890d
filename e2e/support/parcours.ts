/**
 * What every journey file needs, registered in its `describe`: one server and one browser for the
 * file (`beforeAll`), and a fresh browser context per test (its own cookies, storage and history),
 * closed after it.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll } from "vitest";
import { nouveauContexte, ouvrirNavigateur } from "./navigateur";
import { demarrerServeur, type OptionsServeur, type Serveur } from "./serveur";

export type Parcours = {
  /** A new page in a new context, on the test server (relative addresses work with `goto`). */
  nouvellePage(options?: BrowserContextOptions): Promise<Page>;
  /**
   * A page in another context, alongside the one of `nouvellePage` (a second browser, for the
   * same person signed in twice), closed after the test too.
   */
  autreNavigateur(options?: BrowserContextOptions): Promise<Page>;
  /** The test server (its services: a scheduled job run now). */
  serveur(): Serveur;
};

export function preparerParcours(options: OptionsServeur = {}): Parcours {
  let serveur: Serveur | undefined;
  let navigateur: Browser | undefined;
  let contexte: BrowserContext | undefined;
  let autres: BrowserContext[] = [];

  beforeAll(async () => {
    // The browser first: without it (in CI) the file fails at once, with the reason.
    navigateur = await ouvrirNavigateur();
    serveur = await demarrerServeur(options);
  });
  afterEach(async () => {
    await contexte?.close();
    contexte = undefined;
    await Promise.all(autres.map((c) => c.close()));
    autres = [];
  });
  afterAll(async () => {
    await navigateur?.close();
    await serveur?.arreter();
  });

  return {
    async nouvellePage(options = {}) {
      if (!navigateur || !serveur) throw new Error("Le navigateur ou le serveur de test n'a pas démarré.");
      await contexte?.close();
      contexte = await nouveauContexte(navigateur, serveur.url, options);
      return contexte.newPage();
    },
    serveur() {
      if (!serveur) throw new Error("Le serveur de test n'a pas démarré.");
      return serveur;
    },
    async autreNavigateur(options = {}) {
      if (!navigateur || !serveur) throw new Error("Le navigateur ou le serveur de test n'a pas démarré.");
      const autre = await nouveauContexte(navigateur, serveur.url, options);
      autres.push(autre);
      return autre.newPage();
    },
  };
}
