/**
 * Parcours : une personne, sans compte, demande au simulateur quel cadre juridique convient à une
 * mission. Un agent contractuel en CDD pour 20 jours auprès d'un opérateur : la mise à disposition
 * ne lui est pas ouverte, Vivier recommande le cumul d'activités, avec ses alertes et ses points à
 * confirmer. Elle ajoute une session datée en Moselle (jours fériés locaux), se trompe de date, se
 * corrige, copie le lien qui rouvre la même situation, puis lit le guide d'un instrument. Au
 * clavier autant que possible, et axe sur chaque page et chaque état.
 */
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { TITRE_ACCUEIL } from "./support/comptes";
import { attendreTitre, bientot, ignorerParcours, surveiller, titrePrincipal, verifierAccessibilite } from "./support/navigateur";
import { preparerParcours } from "./support/parcours";

const TITRE = "Quel cadre juridique pour ma mission ?";
/** The field errors below are provoked on purpose: the API answers them 400. */
const REFUS_VOULU = /status of 400 .*\/api\/v1\/advice\)$/;

const contenu = (page: Page) => page.locator("main");
const reponse = (page: Page) => contenu(page).getByRole("region", { name: /^Réponse :/ });
/** Waits until the answer's heading reads "Réponse : <instrument>". */
const attendreReponse = (page: Page, instrument: string) =>
  bientot(() => reponse(page).getByRole("heading", { level: 2 }).textContent().catch(() => "")).toBe(`Réponse : ${instrument}`);
const estActif = (element: Locator) => element.evaluate((e) => e === document.activeElement);

/** Checks a radio button with the keyboard (focus, then Space), as a keyboard user would. */
async function cocher(page: Page, radio: Locator): Promise<void> {
  await radio.focus();
  await page.keyboard.press("Space");
  await bientot(() => radio.isChecked()).toBe(true);
}

/** Types into a field from the keyboard, replacing what it held. */
async function taper(page: Page, champ: Locator, texte: string): Promise<void> {
  await champ.focus();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type(texte);
}

/** The decompte's row for session `n`, as its cells read. */
async function ligneSession(page: Page, n: number): Promise<string[]> {
  return reponse(page).getByRole("table", { name: "Décompte par session" }).getByRole("row").filter({ hasText: `Session ${n}` }).getByRole("cell").allInnerTexts();
}

describe.skipIf(ignorerParcours)("Parcours : le simulateur du cadre juridique", () => {
  const { nouvellePage, autreNavigateur } = preparerParcours();

  it("recommande le cumul d'activités à un contractuel en CDD, compte les jours fériés de Moselle, signale une date fausse et rouvre la situation par son lien", async () => {
    const page = await nouvellePage({ permissions: ["clipboard-read", "clipboard-write"] });
    const surveillance = await surveiller(page);
    surveillance.tolerer(REFUS_VOULU);

    // From the home page's card, then the main navigation shows where one is.
    await page.goto("/");
    await attendreTitre(page, TITRE_ACCUEIL);
    await contenu(page).getByRole("link", { name: TITRE }).click();
    await page.waitForURL((url) => url.pathname === "/simulateur");
    await attendreTitre(page, TITRE);
    await bientot(() => page.title()).toBe(`${TITRE} - Vivier`);
    const navigation = page.getByRole("navigation", { name: "Menu principal" });
    expect(await navigation.getByRole("link", { name: "Simulateur" }).getAttribute("aria-current")).toBe("page");
    await verifierAccessibilite(page, "Simulateur, formulaire vide");

    // The situation, with the keyboard: a CDD contractual agent, an operator's mission, 20 days.
    const formulaire = contenu(page).getByRole("form", { name: "Votre situation" });
    await cocher(page, formulaire.getByRole("radio", { name: "Agent contractuel en CDD", exact: true }));
    await cocher(page, formulaire.getByRole("radio", { name: /^Mission d'un opérateur/ }));
    const jours1 = formulaire.getByRole("spinbutton", { name: /^Nombre de jours d'expertise de la session 1/ });
    await taper(page, jours1, "20");
    await page.keyboard.press("Enter");

    // The answer: focus on its heading; the note's MAD is not open to a CDD, the cumul is recommended.
    const titreReponse = reponse(page).getByRole("heading", { level: 2 });
    await attendreReponse(page, "cumul d'activités");
    await bientot(() => estActif(titreReponse)).toBe(true);
    expect(await reponse(page).getByRole("heading", { name: "Cadre recommandé : Cumul d'activités" }).isVisible()).toBe(true);
    expect(await reponse(page).getByText("La note recommande : mise à disposition ; cet instrument n'est pas ouvert à la personne").isVisible()).toBe(true);
    const eligibilite = reponse(page).getByRole("table", { name: /ouvert ou non à cette personne/ });
    expect(await eligibilite.getByRole("row").filter({ hasText: "Mise à disposition" }).getByRole("cell").first().innerText()).toBe("Non");
    expect(await eligibilite.getByRole("row").filter({ hasText: "Cumul d'activités" }).getByRole("cell").first().innerText()).toBe("Oui");
    // The alerts (DSFR warning alerts) and the points to confirm, marked as such.
    const alertes = reponse(page).getByRole("region", { name: "Alertes" });
    expect(await alertes.getByRole("heading", { name: "Instrument recommandé par la note non ouvert" }).isVisible()).toBe(true);
    const aConfirmer = reponse(page).getByRole("region", { name: "À confirmer" });
    expect(await aConfirmer.isVisible()).toBe(true);
    expect(await aConfirmer.getByRole("listitem").count()).toBeGreaterThan(0);
    expect(await aConfirmer.getByRole("listitem").first().innerText()).toMatch(/^À CONFIRMER|^À confirmer/);
    expect(await reponse(page).getByRole("region", { name: "Ce qui changerait la réponse" }).isVisible()).toBe(true);
    expect(await reponse(page).getByRole("region", { name: "Les textes de référence" }).getByText(/CGFP art\. L123-7/).first().isVisible()).toBe(true);
    expect(await ligneSession(page, 1)).toEqual(["20 jours déclarés", "20 jours", "Aucun : le nombre de jours déclaré est compté tel quel."]);
    // The address now holds the situation (readable), so that the link reopens it.
    expect(new URL(page.url()).search).toBe("?statut=contractuel_cdd&cadre=operateur&session=20");
    await verifierAccessibilite(page, "Simulateur, réponse");

    // Moselle, and a dated session: 1–10 April 2026 has Good Friday and Easter Monday off there.
    await formulaire.getByRole("combobox", { name: /^Territoire de l'employeur/ }).selectOption({ label: "Moselle (57)" });
    const ajouter = formulaire.getByRole("button", { name: "Ajouter une session" });
    await ajouter.focus();
    await page.keyboard.press("Enter");
    // Focus goes into the new session, and the addition is announced.
    const modeJours2 = formulaire.getByRole("group", { name: "Session 2", exact: true }).getByRole("radio", { name: "Un nombre de jours" });
    await bientot(() => estActif(modeJours2)).toBe(true);
    expect(await formulaire.getByRole("status").innerText()).toBe("Session 2 ajoutée.");
    await page.keyboard.press("ArrowRight"); // to "Des dates", as radio groups go
    const session2 = formulaire.getByRole("group", { name: "Session 2", exact: true });
    await bientot(() => session2.getByRole("radio", { name: "Des dates" }).isChecked()).toBe(true);
    const debut2 = session2.getByLabel(/^Début de la session 2/);
    const fin2 = session2.getByLabel(/^Fin de la session 2/);
    await debut2.fill("2026-04-01");
    await fin2.fill("2026-04-10");
    await formulaire.getByRole("button", { name: "Connaître le cadre juridique" }).click();
    await bientot(() => ligneSession(page, 2)).toEqual([
      "Du 1 avril 2026 au 10 avril 2026 (10 jours)",
      "6 jours ouvrés",
      "2 jours de week-end ; Vendredi saint (3 avril 2026) ; Lundi de Pâques (6 avril 2026)",
    ]);
    const joursComptes = reponse(page).getByRole("region", { name: "Les jours ouvrés comptés" });
    expect(await joursComptes.getByText("26 jours d'expertise").isVisible()).toBe(true);
    expect(await joursComptes.getByText(/selon le calendrier de Moselle \(57\)/).isVisible()).toBe(true);
    expect(new URL(page.url()).searchParams.getAll("session")).toEqual(["20", "2026-04-01_2026-04-10"]);
    await verifierAccessibilite(page, "Simulateur, deux sessions en Moselle");

    // A session that ends before it starts: the API's message under the right input, which takes
    // focus, and a summary above the form; nothing typed is lost.
    await fin2.fill("2026-03-25");
    await formulaire.getByRole("button", { name: "Connaître le cadre juridique" }).click();
    // The message the DSFR puts under a field, and links to it (aria-describedby).
    const messageSous = async (champ: Locator) => page.locator(`[id="${await champ.getAttribute("id")}-desc-error"]`);
    const messageFin = await messageSous(fin2);
    await bientot(() => messageFin.textContent().catch(() => "")).toBe("La fin de la session précède son début.");
    expect(await fin2.getAttribute("aria-invalid")).toBe("true");
    await bientot(() => estActif(fin2)).toBe(true);
    expect(await fin2.getAttribute("aria-describedby")).toContain(await messageFin.getAttribute("id"));
    expect(await (await messageSous(debut2)).count()).toBe(0);
    const resume = contenu(page).getByRole("heading", { name: "Un champ est à corriger" });
    expect(await resume.isVisible()).toBe(true);
    const lienErreur = contenu(page).getByRole("link", { name: "Session 2 : date de fin : La fin de la session précède son début." });
    expect(await lienErreur.isVisible()).toBe(true);
    expect(await jours1.inputValue()).toBe("20");
    expect(await debut2.inputValue()).toBe("2026-04-01");
    expect(await formulaire.getByRole("radio", { name: "Agent contractuel en CDD", exact: true }).isChecked()).toBe(true);
    await verifierAccessibilite(page, "Simulateur, date de fin avant le début");
    // The summary's link leads into the field.
    await jours1.focus();
    await lienErreur.click();
    await bientot(() => estActif(fin2)).toBe(true);
    expect(new URL(page.url()).hash).toBe("");

    // Corrected: the answer is back, the error gone.
    await fin2.fill("2026-04-10");
    await page.keyboard.press("Enter");
    await bientot(() => ligneSession(page, 2).catch(() => [])).toEqual(expect.arrayContaining(["6 jours ouvrés"]));
    expect(await messageFin.count()).toBe(0);
    expect(await resume.count()).toBe(0);

    // Printing shows the answer and the situation in words, not the navigation nor the form.
    await page.emulateMedia({ media: "print" });
    expect(await formulaire.isVisible()).toBe(false);
    expect(await navigation.isVisible()).toBe(false);
    expect(await reponse(page).getByRole("heading", { name: "La situation étudiée" }).isVisible()).toBe(true);
    expect(await reponse(page).getByRole("button", { name: "Imprimer" }).isVisible()).toBe(false);
    await page.emulateMedia({ media: "screen" });
    expect(await reponse(page).getByRole("heading", { name: "La situation étudiée" }).isVisible()).toBe(false);

    // The link: copied, and opened in another browser it gives the same situation and answer.
    const lien = await reponse(page).getByRole("link", { name: "Lien vers cette situation" }).getAttribute("href");
    expect(lien).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/simulateur\?statut=contractuel_cdd&cadre=operateur&territoire=57&session=20&session=2026-04-01_2026-04-10$/);
    await reponse(page).getByRole("button", { name: "Copier le lien" }).click();
    await reponse(page).getByRole("status").filter({ hasText: "Lien copié" }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(lien);

    const autre = await autreNavigateur();
    const surveillanceAutre = await surveiller(autre);
    await autre.goto(lien ?? "");
    await attendreTitre(autre, TITRE);
    await attendreReponse(autre, "cumul d'activités");
    const formulaireAutre = contenu(autre).getByRole("form", { name: "Votre situation" });
    expect(await formulaireAutre.getByRole("radio", { name: "Agent contractuel en CDD", exact: true }).isChecked()).toBe(true);
    expect(await formulaireAutre.getByRole("radio", { name: /^Mission d'un opérateur/ }).isChecked()).toBe(true);
    expect(await formulaireAutre.getByRole("combobox", { name: /^Territoire de l'employeur/ }).inputValue()).toBe("57");
    expect(await formulaireAutre.getByLabel(/^Fin de la session 2/).inputValue()).toBe("2026-04-10");
    expect(await ligneSession(autre, 2)).toEqual(await ligneSession(page, 2));
    expect(await reponse(autre).getByRole("region", { name: "L'éligibilité de chaque instrument" }).innerText()).toBe(
      await reponse(page).getByRole("region", { name: "L'éligibilité de chaque instrument" }).innerText(),
    );
    // Opened from a link, the page starts at its top: focus is not moved into the answer.
    expect(await estActif(reponse(autre).getByRole("heading", { level: 2 }))).toBe(false);
    await verifierAccessibilite(autre, "Simulateur ouvert par son lien");
    surveillanceAutre.verifierAucuneErreur();

    // Removing a session: announced, focus on the session now first.
    await formulaire.getByRole("group", { name: "Session 1", exact: true }).getByRole("button", { name: "Retirer la session 1" }).click();
    expect(await formulaire.getByRole("status").innerText()).toBe("Session 1 retirée ; il reste 1 session.");
    const restante = formulaire.getByRole("group", { name: "Session 1", exact: true });
    await bientot(() => estActif(restante)).toBe(true);
    expect(await restante.getByLabel(/^Début de la session 1/).inputValue()).toBe("2026-04-01");
    expect(await formulaire.getByRole("button", { name: /^Retirer/ }).count()).toBe(0);

    // From the answer to an instrument's guide.
    await reponse(page).getByRole("link", { name: "Mise à disposition" }).first().click();
    await page.waitForURL((url) => url.pathname === "/guide/mise-a-disposition");
    await attendreTitre(page, "La mise à disposition");
    await bientot(() => estActif(titrePrincipal(page))).toBe(true);
    expect(await contenu(page).getByRole("heading", { name: "Quand la note le recommande" }).isVisible()).toBe(true);
    expect(await contenu(page).getByText(/de 6 à 130 jours ouvrés/).isVisible()).toBe(true);
    const pointsGuide = contenu(page).getByRole("region", { name: "Points à confirmer" });
    expect(await pointsGuide.getByRole("listitem").count()).toBe(4);
    expect(await contenu(page).getByText("CGFP art. L512-8", { exact: true }).isVisible()).toBe(true);
    expect(await contenu(page).getByText("Loi n° 84-53 du 26 janvier 1984, art. 61-1").isVisible()).toBe(true);
    await verifierAccessibilite(page, "Guide de la mise à disposition");

    // Back: the simulator reopens the situation its address holds.
    await page.goBack();
    await page.waitForURL((url) => url.pathname === "/simulateur");
    await attendreTitre(page, TITRE);
    await attendreReponse(page, "cumul d'activités");

    surveillance.verifierAucuneErreur();
  });

  it("sur un téléphone, conseille une mission EXPE-CT avec ses informations et l'alerte de durée", async () => {
    const page = await nouvellePage({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    const surveillance = await surveiller(page);
    await page.goto("/simulateur?statut=titulaire&cadre=expe_ct&hote=etat_etranger&territoire=57&session=2026-04-01_2026-04-10");
    await attendreTitre(page, TITRE);
    await attendreReponse(page, "ordre de mission");
    expect(await reponse(page).getByRole("heading", { name: "Mission EXPE-CT de plus d'une semaine" }).isVisible()).toBe(true);
    const expeCt = reponse(page).getByRole("region", { name: "Le programme EXPE-CT" });
    expect(await expeCt.getByText(/au plus tard le 2026-06-10/).isVisible()).toBe(true);
    // Nothing wider than the screen but the tables, which scroll in their own frame.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await verifierAccessibilite(page, "Simulateur sur téléphone, mission EXPE-CT");
    surveillance.verifierAucuneErreur();
  });

  it("présente les guides des instruments depuis la navigation principale", async () => {
    const page = await nouvellePage();
    const surveillance = await surveiller(page);
    await page.goto("/");
    await attendreTitre(page, TITRE_ACCUEIL);
    await page.getByRole("navigation", { name: "Menu principal" }).getByRole("link", { name: "Guides juridiques" }).click();
    await page.waitForURL((url) => url.pathname === "/guide");
    await attendreTitre(page, "Guides des instruments juridiques");
    expect(await contenu(page).getByRole("heading", { name: "Les personnes retraitées" }).isVisible()).toBe(true);
    await verifierAccessibilite(page, "Guides des instruments juridiques");

    const guides = [
      { lien: "L'ordre de mission", chemin: "/guide/ordre-de-mission", texte: "Note d'information du MEAE sur l'expertise territoriale, §3" },
      { lien: "Le cumul d'activités", chemin: "/guide/cumul-d-activites", texte: "CGFP art. L123-7" },
      { lien: "La mise à disposition", chemin: "/guide/mise-a-disposition", texte: "CGFP art. L512-11" },
      { lien: "Le détachement", chemin: "/guide/detachement", texte: "CGFP art. L513-1 à L513-3, L513-20 et suivants" },
      { lien: "La disponibilité", chemin: "/guide/disponibilite", texte: "CGFP art. L514-1 à L514-8" },
    ];
    for (const { lien, chemin, texte } of guides) {
      await contenu(page).getByRole("link", { name: lien, exact: true }).click();
      await page.waitForURL((url) => url.pathname === chemin);
      await attendreTitre(page, lien);
      // Every guide says who, when, what it implies, the steps, the deadlines and the texts.
      for (const section of ["Ce que c'est", "Qui peut en bénéficier", "Quand la note le recommande", "Qui paie", "Le retour au poste", "Les étapes et les documents", "Les délais", "Les textes de référence"]) {
        expect(await contenu(page).getByRole("heading", { level: 2, name: section }).count(), `${chemin} : ${section}`).toBe(1);
      }
      expect(await contenu(page).getByText(texte, { exact: true }).isVisible(), chemin).toBe(true);
      await verifierAccessibilite(page, `Guide ${lien}`);
      await page.getByRole("navigation", { name: "vous êtes ici :" }).getByRole("link", { name: "Guides des instruments juridiques" }).click();
      await page.waitForURL((url) => url.pathname === "/guide");
      await attendreTitre(page, "Guides des instruments juridiques");
    }
    // An unknown guide is a page not found.
    await page.goto("/guide/inconnu");
    await attendreTitre(page, "Page non trouvée");
    surveillance.verifierAucuneErreur();
  });
});
