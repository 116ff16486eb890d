/**
 * Parcours : une personne cherche une collectivité ou une organisation dans l'annuaire, feuillette
 * les résultats, ouvre une fiche, revient à sa recherche, filtre par type, et tombe sur une
 * recherche sans réponse.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  attendreTitre,
  bientot,
  ignorerParcours,
  surveiller,
  verifierAccessibilite,
} from "./support/navigateur";
import { preparerParcours } from "./support/parcours";

const TITRE_ANNUAIRE = "Annuaire des collectivités et organisations";

/** What the directory page shows, found as a user (or a screen reader) finds it. */
function annuaire(page: Page) {
  const resultats = page.getByRole("region", { name: "Résultats" });
  return {
    recherche: page.getByRole("searchbox", { name: /Rechercher une collectivité ou une organisation/ }),
    type: page.getByRole("combobox", { name: "Type d'organisation" }),
    boutonRechercher: page.getByRole("button", { name: "Rechercher", exact: true }),
    resultats,
    /** The "N organisations trouvées. Page x sur y." line, announced to screen readers. */
    etat: resultats.getByRole("status"),
    tableau: resultats.getByRole("table"),
    /** The row headers: one organisation name (a link to its page) per row. */
    noms: resultats.getByRole("table").getByRole("rowheader"),
    pagination: page.getByRole("navigation", { name: "Pagination" }),
  };
}

/**
 * Waits for the search to be over and to show `etat` (and `legende`, the table's caption, when
 * given). Read in one go in the page: right after the address changes, the previous results are
 * briefly still on screen, and reading their parts one by one could mix two renders.
 */
async function attendreFinDeRecherche(page: Page, etat: RegExp, legende?: RegExp): Promise<void> {
  const lire = () =>
    annuaire(page)
      .resultats.evaluate((section) => ({
        occupe: section.getAttribute("aria-busy"),
        etat: section.querySelector("[role=status]")?.textContent ?? "",
        legende: section.querySelector("caption")?.textContent ?? "",
      }), undefined, { timeout: 1_000 })
      .catch(() => undefined);
  await expect
    .poll(lire, { timeout: 15_000 })
    .toMatchObject({ occupe: "false", etat: expect.stringMatching(etat), ...(legende ? { legende: expect.stringMatching(legende) } : {}) });
}

/** The cells of the first result row, by column header. */
async function premiereLigne(page: Page): Promise<Record<string, string>> {
  const tableau = annuaire(page).tableau;
  const entetes = await tableau.locator("thead th").allInnerTexts();
  const cellules = await tableau.locator("tbody tr").first().locator("th, td").allInnerTexts();
  return Object.fromEntries(entetes.map((e, i) => [e, cellules[i] ?? ""]));
}

/** The addresses of the organisations listed on the page, in order. */
function liensDesResultats(page: Page): Promise<string[]> {
  return annuaire(page).noms.getByRole("link").evaluateAll((liens) => liens.map((l) => l.getAttribute("href") ?? ""));
}

describe.skipIf(ignorerParcours)("Parcours : l'annuaire des organisations", () => {
  const { nouvellePage } = preparerParcours();

  it("cherche « saint-etienne », feuillette les résultats, ouvre une fiche et revient à sa recherche", async () => {
    const page = await nouvellePage();
    const surveillance = await surveiller(page);
    const a = annuaire(page);

    // From the home page, through the main navigation.
    await page.goto("/");
    await page.getByRole("navigation", { name: "Menu principal" }).getByRole("link", { name: "Annuaire des organisations" }).click();
    await page.waitForURL("**/organisations");
    await attendreTitre(page, TITRE_ANNUAIRE);
    await attendreFinDeRecherche(page, /organisations trouvées/);
    await verifierAccessibilite(page, "Annuaire, sans recherche");

    // The search, typed as a person would, sent with the button.
    await a.recherche.click();
    await a.recherche.pressSequentially("saint-etienne");
    await a.boutonRechercher.click();
    await page.waitForURL((url) => url.pathname === "/organisations" && url.searchParams.get("q") === "saint-etienne");
    await attendreFinDeRecherche(page, /^\d+ organisations trouvées\. Page 1 sur \d+\.$/, /^Résultats pour « saint-etienne », page 1 sur \d+$/);
    await bientot(() => page.title()).toBe("Recherche « saint-etienne » - Annuaire des organisations - Vivier");
    // Typed without accents, the search finds the city, first.
    expect(await premiereLigne(page)).toMatchObject({ Nom: "Saint-Étienne", Type: "Commune", "Code INSEE": "42218", Département: "42" });
    const nombrePages = Number(/sur (\d+)\.$/.exec((await a.etat.textContent()) ?? "")?.[1]);
    expect(nombrePages).toBeGreaterThan(1);
    expect(await a.noms.count()).toBe(20);
    const liensPage1 = await liensDesResultats(page);
    await verifierAccessibilite(page, "Annuaire, résultats de « saint-etienne »");

    // Page 2, with the pagination below the table.
    await a.pagination.getByRole("link", { name: "2", exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get("page") === "2");
    await attendreFinDeRecherche(page, new RegExp(`^\\d+ organisations trouvées\\. Page 2 sur ${nombrePages}\\.$`));
    expect(await a.pagination.getByRole("link", { name: "2", exact: true }).getAttribute("aria-current")).toBe("true");
    const nomsPage2 = await a.noms.allInnerTexts();
    expect(nomsPage2.length).toBeGreaterThan(0);
    // Other organisations than on page 1 (compared by address: two communes may share a name).
    expect((await liensDesResultats(page)).filter((lien) => liensPage1.includes(lien))).toEqual([]);
    expect(nomsPage2.every((n) => /saint[- ]?[ée]tienne/i.test(n))).toBe(true);
    // Focus goes back to the top of the results, as after a page load.
    await bientot(() => page.evaluate(() => document.activeElement?.id)).toBe("titre-resultats");
    await verifierAccessibilite(page, "Annuaire, page 2 des résultats");

    // An organisation's page, from a result link.
    const ligne = await premiereLigne(page);
    const nom = ligne.Nom ?? "";
    await a.noms.first().getByRole("link").click();
    await page.waitForURL(/\/organisations\/[0-9a-f-]{36}$/);
    await attendreTitre(page, nom);
    await bientot(() => page.title()).toBe(`${nom} - Vivier`);
    const fiche = page.locator("main");
    expect(await fiche.getByRole("heading", { level: 2 }).allInnerTexts()).toEqual(["Identification", "Territoire"]);
    const valeur = (libelle: string) => fiche.locator("dt", { hasText: libelle }).locator("xpath=following-sibling::dd[1]").innerText();
    expect(await valeur("Type d'organisation")).toBe("Collectivité territoriale");
    expect(await valeur("Code INSEE")).toBe(ligne["Code INSEE"]);
    expect(await valeur("Numéro SIREN")).toBe(ligne.SIREN);
    expect(await valeur("Code du département")).toBe(ligne.Département);
    expect(await valeur("Population")).toBe(`${ligne.Population} habitants`);
    await verifierAccessibilite(page, `Fiche de ${nom}`);

    // Back to the same results with the breadcrumb.
    const filAriane = page.getByRole("navigation", { name: "vous êtes ici :" });
    expect(await filAriane.locator("[aria-current=page]").innerText()).toBe(nom);
    await filAriane.getByRole("link", { name: "Annuaire des organisations" }).click();
    await page.waitForURL((url) => url.pathname === "/organisations" && url.search === "?q=saint-etienne&page=2");
    await attendreTitre(page, TITRE_ANNUAIRE);
    await attendreFinDeRecherche(page, new RegExp(`Page 2 sur ${nombrePages}\\.$`));
    expect(await a.recherche.inputValue()).toBe("saint-etienne");
    expect(await a.noms.allInnerTexts()).toEqual(nomsPage2);

    // The address is the search: reloading (or sharing the link) shows the same results.
    await page.reload();
    await attendreTitre(page, TITRE_ANNUAIRE);
    await attendreFinDeRecherche(page, new RegExp(`Page 2 sur ${nombrePages}\\.$`));
    expect(await a.recherche.inputValue()).toBe("saint-etienne");
    expect(await a.noms.allInnerTexts()).toEqual(nomsPage2);
    await verifierAccessibilite(page, "Annuaire, page 2 rechargée");

    // Back to the first page, by the "previous page" link.
    await a.pagination.getByRole("link", { name: "Page précédente" }).click();
    await page.waitForURL((url) => url.search === "?q=saint-etienne");
    await attendreFinDeRecherche(page, /Page 1 sur/);
    expect(await a.noms.first().innerText()).toBe("Saint-Étienne");
    expect(await a.pagination.getByRole("link", { name: "1", exact: true }).getAttribute("aria-current")).toBe("true");

    surveillance.verifierAucuneErreur();
  });

  it("filtre par type : les 10 ambassades de France, et la fiche de l'une d'elles", async () => {
    const page = await nouvellePage();
    const surveillance = await surveiller(page);
    const a = annuaire(page);

    await page.goto("/organisations");
    await attendreTitre(page, TITRE_ANNUAIRE);
    await attendreFinDeRecherche(page, /organisations trouvées/);

    await a.type.selectOption({ label: "Ambassade de France" });
    await a.boutonRechercher.click();
    await page.waitForURL((url) => url.search === "?type=ambassade");
    await attendreFinDeRecherche(page, /^10 organisations trouvées\.$/);
    expect(await a.pagination.count()).toBe(0); // one page only
    const noms = await a.noms.allInnerTexts();
    expect(noms).toHaveLength(10);
    expect(noms).toContain("Ambassade de France au Sénégal");
    expect(noms.every((n) => n.startsWith("Ambassade de France "))).toBe(true);
    const types = await a.tableau.locator("tbody td:nth-of-type(1)").allInnerTexts();
    expect(new Set(types)).toEqual(new Set(["Ambassade de France"]));
    await verifierAccessibilite(page, "Annuaire, filtre « Ambassade de France »");

    // An embassy's page says its country; the browser's back button returns to the filtered list.
    await a.tableau.getByRole("link", { name: "Ambassade de France au Sénégal" }).click();
    await attendreTitre(page, "Ambassade de France au Sénégal");
    const fiche = page.locator("main");
    expect(await fiche.locator("dt", { hasText: "Pays" }).locator("xpath=following-sibling::dd[1]").innerText()).toBe("Sénégal");
    expect(await fiche.getByRole("heading", { level: 2, name: "Territoire" }).count()).toBe(0); // collectivités only
    await verifierAccessibilite(page, "Fiche de l'ambassade de France au Sénégal");

    await page.goBack();
    await page.waitForURL((url) => url.search === "?type=ambassade");
    await attendreFinDeRecherche(page, /^10 organisations trouvées\.$/);
    expect(await a.type.inputValue()).toBe("ambassade");

    surveillance.verifierAucuneErreur();
  });

  it("dit « Aucun résultat » pour une recherche sans réponse, et trouve une commune par son code INSEE", async () => {
    const page = await nouvellePage();
    const surveillance = await surveiller(page);
    const a = annuaire(page);

    await page.goto("/organisations");
    await attendreTitre(page, TITRE_ANNUAIRE);
    await a.recherche.fill("xqzwykj");
    await a.recherche.press("Enter");
    await page.waitForURL((url) => url.searchParams.get("q") === "xqzwykj");
    await attendreFinDeRecherche(page, /^Aucun résultat\.$/);
    expect(await a.resultats.getByText("Aucune organisation ne correspond à « xqzwykj ».").isVisible()).toBe(true);
    expect(await a.tableau.count()).toBe(0);
    expect(await a.pagination.count()).toBe(0);
    await verifierAccessibilite(page, "Annuaire, recherche sans résultat");

    // A code is searched as a code: exactly one commune.
    await a.recherche.fill("42218");
    await a.boutonRechercher.click();
    await page.waitForURL((url) => url.searchParams.get("q") === "42218");
    await attendreFinDeRecherche(page, /^1 organisation trouvée\.$/);
    expect(await a.noms.allInnerTexts()).toEqual(["Saint-Étienne"]);
    await verifierAccessibilite(page, "Annuaire, recherche par code INSEE");

    // The browser's back button goes back to the previous search, field included.
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get("q") === "xqzwykj");
    await attendreFinDeRecherche(page, /^Aucun résultat\.$/);
    expect(await a.recherche.inputValue()).toBe("xqzwykj");

    surveillance.verifierAucuneErreur();
  });
});
