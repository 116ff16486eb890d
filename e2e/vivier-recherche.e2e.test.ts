/**
 * Parcours : un opérateur cherche des experts dans le vivier (texte libre, facettes de langue et
 * de pays), ouvre le profil d'une agente et revient à sa recherche, l'enregistre pour être alerté
 * des nouveaux profils et choisit un résumé quotidien ; il ne voit ni ce que l'agente
 * réserve à son employeur (téléphone), ni le profil qu'un autre agent a réservé au sien. Les rôles
 * qui ne cherchent pas n'ont ni l'entrée de menu ni la recherche.
 */
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seConnecter } from "./support/comptes";
import { attendreDsfr, attendreTitre, bientot, ignorerParcours, surveiller, titrePrincipal, verifierAccessibilite } from "./support/navigateur";
import { preparerParcours } from "./support/parcours";

const TITRE_RECHERCHE = "Rechercher des experts";

/** What the search page shows, found as a user (or a screen reader) finds it. */
function vivier(page: Page) {
  const resultats = page.getByRole("region", { name: "Résultats" });
  return {
    recherche: page.getByRole("searchbox", { name: /^Rechercher dans le vivier/ }),
    boutonRechercher: page.getByRole("search", { name: "Rechercher des experts" }).getByRole("button", { name: "Rechercher", exact: true }),
    filtres: page.getByRole("form", { name: "Filtrer les profils" }),
    resultats,
    /** "N profils, page x sur y.", announced to screen readers. */
    etat: resultats.getByRole("status"),
    /** One h3 (a link to the profile) per profile found. */
    noms: resultats.getByRole("heading", { level: 3 }),
  };
}

/**
 * Waits for the search to be over and to show `etat`, read in one go in the page: right after the
 * address changes, the previous results are still on screen for a moment.
 */
async function attendreFinDeRecherche(page: Page, etat: RegExp): Promise<number> {
  const lire = () =>
    vivier(page)
      .resultats.evaluate((section) => ({
        occupe: section.getAttribute("aria-busy"),
        etat: section.querySelector("[role=status]")?.textContent ?? "",
      }), undefined, { timeout: 1_000 })
      .catch(() => undefined);
  await expect.poll(lire, { timeout: 15_000 }).toMatchObject({ occupe: "false", etat: expect.stringMatching(etat) });
  const texte = (await vivier(page).etat.textContent()) ?? "";
  // "1 234 profils": French digit grouping uses a (narrow) no-break space.
  return Number(/^(?:Plus de )?([\d\s\u202f\u00a0]+) profils?/.exec(texte)?.[1]?.replace(/\D/g, "") ?? "0");
}

/** Ticks a DSFR checkbox as a user does: on its label (the DSFR hides the box itself behind it). */
async function cocher(caseACocher: Locator): Promise<void> {
  const id = await caseACocher.getAttribute("id");
  await caseACocher.page().locator(`label[for="${id}"]`).click();
  await bientot(() => caseACocher.isChecked()).toBe(true);
}

/** The value of a description list's entry on a profile page. */
function valeur(page: Page, libelle: string): Promise<string> {
  return page.locator("main dt", { hasText: libelle }).locator("xpath=following-sibling::dd[1]").innerText();
}

describe.skipIf(ignorerParcours)("Parcours : la recherche dans le vivier d'experts", () => {
  const { nouvellePage, autreNavigateur } = preparerParcours();

  it("l'opérateur cherche « eau potable », filtre par langue et par pays, et ouvre le profil d'Amina Diallo", async () => {
    const page = await nouvellePage();
    const surveillance = await surveiller(page);
    const v = vivier(page);
    await seConnecter(page, "operateur@demo.vivier.test", "Farid");

    // From the main navigation, shown to the roles that may search.
    const navigation = page.getByRole("navigation", { name: "Menu principal" });
    await navigation.getByRole("link", { name: "Vivier d'experts" }).click();
    await page.waitForURL((url) => url.pathname === "/vivier");
    await attendreTitre(page, TITRE_RECHERCHE);
    // The operator sees more than a search reads (1,000, ADR 0004): "Plus de 1 000 profils".
    await attendreFinDeRecherche(page, /^Plus de 1[\s\u202f]000 profils, page 1\.$/);
    await v.filtres.getByRole("group", { name: /^Langues/ }).waitFor();
    expect(await navigation.getByRole("link", { name: "Vivier d'experts" }).getAttribute("aria-current")).toBe("page");
    await verifierAccessibilite(page, "Vivier, sans recherche");

    // Free text, sent with the button.
    await v.recherche.click();
    await v.recherche.pressSequentially("eau potable");
    await v.boutonRechercher.click();
    await page.waitForURL((url) => url.searchParams.get("q") === "eau potable");
    const eauPotable = await attendreFinDeRecherche(page, /^[\d\s\u202f]+ profils?/);
    expect(eauPotable).toBeGreaterThan(0);
    expect(eauPotable).toBeLessThan(1_000);
    await bientot(() => page.title()).toBe("Recherche « eau potable » - Vivier d'experts - Vivier");

    // A language at a minimal level: applied as soon as it is ticked; focus stays on the box.
    const anglais = v.filtres.getByRole("checkbox", { name: /^anglais C1 ou plus \(/ });
    await cocher(anglais);
    await page.waitForURL((url) => url.searchParams.getAll("langue").includes("en:C1"));
    const enAnglais = await attendreFinDeRecherche(page, /^[\d\s\u202f]+ profils?/);
    expect(enAnglais).toBeGreaterThan(0);
    expect(enAnglais).toBeLessThan(eauPotable);
    expect(await anglais.evaluate((e) => e === document.activeElement)).toBe(true);

    // And a country.
    const senegal = v.filtres.getByRole("checkbox", { name: /^Sénégal \(/ });
    await cocher(senegal);
    await page.waitForURL((url) => url.searchParams.getAll("pays").includes("SN") && url.searchParams.get("q") === "eau potable");
    const auSenegal = await attendreFinDeRecherche(page, /^[\d\s\u202f]+ profils?/);
    expect(auSenegal).toBeLessThanOrEqual(enAnglais);
    await v.noms.filter({ hasText: "Amina Diallo" }).waitFor();
    const carte = v.resultats.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Amina Diallo" }) });
    expect(await carte.innerText()).toMatch(/anglais C1/);
    expect(await carte.innerText()).toMatch(/Sénégal/);
    // An operator reaches the agent by e-mail, never by phone: not even in the list.
    expect(await v.resultats.innerText()).not.toMatch(/04 77 48 77 48/);
    await verifierAccessibilite(page, "Vivier, « eau potable », anglais C1 et Sénégal");

    // Her profile.
    const adresseRecherche = new URL(page.url()).search;
    await v.noms.getByRole("link", { name: "Amina Diallo" }).click();
    await page.waitForURL(/\/vivier\/profils\/[0-9a-f-]{36}$/);
    await attendreTitre(page, "Amina Diallo");
    const contenu = page.locator("main");
    await contenu.getByRole("heading", { level: 3, name: "Domaines d'expertise" }).waitFor();
    await bientot(() => page.title()).toBe("Amina Diallo - Vivier");
    const domaines = await contenu.getByRole("heading", { level: 3, name: "Domaines d'expertise" }).locator("xpath=following-sibling::ul[1]").innerText();
    expect(domaines).toContain("Production et distribution d'eau potable — expert");
    expect(domaines).toContain("Tri sélectif et collecte séparée — confirmé");
    const langues = await contenu.getByRole("heading", { level: 3, name: "Langues" }).locator("xpath=following-sibling::ul[1]").innerText();
    expect(langues).toContain("anglais — C1 — autonome");
    expect(langues).toContain("wolof — B1 — niveau seuil");
    expect(await valeur(page, "Employeur")).toBe("Saint-Étienne");
    expect(await contenu.innerText()).toMatch(/Visible : Mon employeur et les opérateurs/);
    // What only the agent and her employer see is not on the page: no phone, no agent number, no birth date.
    expect(await contenu.locator("dt", { hasText: "Téléphone" }).count()).toBe(0);
    expect(await contenu.locator("dt", { hasText: "Date de naissance" }).count()).toBe(0);
    expect(await contenu.innerText()).not.toMatch(/04 77 48 77 48|SE-004218/);
    // An operator reads; writing is for the agent and her employer's HR.
    expect(await contenu.getByRole("link", { name: "Modifier" }).count()).toBe(0);
    expect(await contenu.getByRole("button", { name: /Confirmer|Effacer/ }).count()).toBe(0);
    await verifierAccessibilite(page, "Profil d'Amina Diallo, vu par un opérateur");

    // The breadcrumb leads back to the same search.
    await page.getByRole("navigation", { name: "vous êtes ici :" }).getByRole("link", { name: TITRE_RECHERCHE }).click();
    await page.waitForURL((url) => url.pathname === "/vivier" && url.search === adresseRecherche);
    await attendreFinDeRecherche(page, /^[\d\s\u202f]+ profils?/);
    expect(await v.recherche.inputValue()).toBe("eau potable");
    expect(await v.filtres.getByRole("checkbox", { name: /^anglais C1 ou plus \(/ }).isChecked()).toBe(true);
    await v.noms.filter({ hasText: "Amina Diallo" }).waitFor();

    // Saves the search, to be told of the new profiles it finds.
    await page.getByText("Être prévenu·e des nouveaux profils de cette recherche").click();
    const nom = page.getByRole("textbox", { name: "Nom de la recherche" });
    expect(await nom.inputValue()).toBe("eau potable");
    await nom.fill("Eau potable, anglais, Sénégal");
    await page.getByRole("button", { name: "Enregistrer la recherche" }).click();
    await page.getByText("La recherche « Eau potable, anglais, Sénégal » est enregistrée").waitFor();
    await verifierAccessibilite(page, "Vivier, recherche enregistrée");

    // On the notifications page: the saved search, which reopens it, and how to be alerted.
    await page.getByRole("link", { name: "Voir mes recherches enregistrées et ma préférence d'alertes" }).click();
    await attendreTitre(page, "Notifications");
    const recherches = page.getByRole("region", { name: "Mes recherches enregistrées" });
    await recherches.getByRole("link", { name: "Eau potable, anglais, Sénégal" }).waitFor();
    const preference = page.getByRole("group", { name: /^Être prévenu·e des missions/ });
    await preference.getByText("Un résumé par jour").click();
    await page.getByRole("button", { name: "Enregistrer ma préférence" }).click();
    await page.getByText("Votre préférence est enregistrée : un résumé par jour.").waitFor();
    await verifierAccessibilite(page, "Notifications et alertes");
    await recherches.getByRole("link", { name: "Eau potable, anglais, Sénégal" }).click();
    await page.waitForURL((url) => url.pathname === "/vivier" && url.searchParams.get("q") === "eau potable" && url.searchParams.getAll("pays").includes("SN"));
    await attendreFinDeRecherche(page, /^[\d\s\u202f]+ profils?/);
    await page.goBack();
    await attendreTitre(page, "Notifications");
    await recherches.getByRole("button", { name: "Supprimer la recherche « Eau potable, anglais, Sénégal »" }).click();
    await recherches.getByText(/^Aucune\./).waitFor();

    surveillance.verifierAucuneErreur();
  });

  it("n'ouvre pas à l'opérateur un profil que l'agent réserve à son employeur", async () => {
    // Saint-Étienne's HR sees its whole pool: it finds one of its profiles kept for the employer only.
    const rh = await nouvellePage();
    const surveillanceRh = await surveiller(rh);
    await seConnecter(rh, "rh@demo.vivier.test", "Bruno");
    const reserve = await rh.evaluate(async () => {
      const lire = async (url: string) => {
        const reponse = await fetch(url, { headers: { Accept: "application/json" } });
        if (!reponse.ok) throw new Error(`${url} : ${reponse.status}`);
        return reponse.json();
      };
      const { resultats } = (await lire("/api/v1/profils?parPage=50")) as { resultats: { id: string }[] };
      for (const { id } of resultats) {
        const profil = (await lire(`/api/v1/profils/${id}`)) as { id: string; prenom: string; nom: string; visibilite: string };
        if (profil.visibilite === "employeur") return { id: profil.id, nom: `${profil.prenom} ${profil.nom}` };
      }
      return undefined;
    });
    if (reserve === undefined) throw new Error("Aucun profil réservé à l'employeur parmi les 50 premiers de Saint-Étienne");

    // Its HR opens it, and may act on it.
    await rh.goto(`/vivier/profils/${reserve.id}`);
    await attendreTitre(rh, reserve.nom);
    await rh.locator("main").getByRole("heading", { level: 2, name: "Identité et contact" }).waitFor();
    expect(await valeur(rh, "Téléphone")).toMatch(/^04 77/);
    expect(await rh.locator("main").getByRole("link", { name: "Modifier" }).count()).toBe(1);
    expect(await rh.locator("main").getByRole("button", { name: "Confirmer que le profil est à jour" }).count()).toBe(1);
    surveillanceRh.verifierAucuneErreur();

    // The operator gets the same answer as for a profile that does not exist.
    const operateur = await autreNavigateur();
    const surveillance = await surveiller(operateur);
    surveillance.tolerer(new RegExp(`status of 404 .*/api/v1/profils/${reserve.id}\\)$`));
    await seConnecter(operateur, "operateur@demo.vivier.test", "Farid");
    await operateur.goto(`/vivier/profils/${reserve.id}`);
    await attendreTitre(operateur, "Profil introuvable");
    await operateur.locator("main").getByText(/Aucun profil ne correspond à cette adresse/).waitFor();
    expect(await operateur.locator("main").innerText()).not.toContain(reserve.nom);
    await verifierAccessibilite(operateur, "Profil réservé à l'employeur, vu par un opérateur");

    surveillance.verifierAucuneErreur();
  });

  it("le service RH confirme un profil « à confirmer », invite l'agent à le reprendre, y voit son CV, puis l'efface", async () => {
    const page = await nouvellePage();
    const surveillance = await surveiller(page);
    await seConnecter(page, "rh@demo.vivier.test", "Bruno");

    // A stale profile of Saint-Étienne, found through the search: the least recently confirmed
    // come last, on the last page.
    await page.getByRole("navigation", { name: "Menu principal" }).getByRole("link", { name: "Vivier d'experts" }).click();
    await attendreTitre(page, TITRE_RECHERCHE);
    await attendreFinDeRecherche(page, /^[\d\s\u202f]+ profils, page 1 sur/);
    await page.getByRole("navigation", { name: "Pagination" }).getByRole("link", { name: "Dernière page" }).click();
    await attendreFinDeRecherche(page, /^[\d\s\u202f]+ profils, page (\d+) sur \1\.$/);
    const carte = vivier(page)
      .resultats.getByRole("listitem")
      .filter({ has: page.getByRole("heading", { level: 3 }) })
      .filter({ hasText: "À confirmer" })
      .first();
    const nom = await carte.getByRole("heading", { level: 3 }).innerText();
    await carte.getByRole("link", { name: nom }).click();
    await attendreTitre(page, nom);
    const contenu = page.locator("main");
    await contenu.getByRole("heading", { level: 2, name: /^Ce profil n'a pas été confirmé depuis plus de 12 mois$/ }).waitFor();

    // Confirmed: the warning goes, the date is today's.
    await contenu.getByRole("button", { name: "Confirmer que le profil est à jour" }).click();
    await contenu.getByRole("status").filter({ hasText: "Le profil est confirmé à jour à la date d'aujourd'hui." }).waitFor();
    expect(await contenu.getByRole("heading", { name: /^Ce profil n'a pas été confirmé/ }).count()).toBe(0);
    expect(await contenu.getByText("À confirmer", { exact: true }).count()).toBe(0);

    // The agent is invited to claim it (no demo agent but Amina Diallo has claimed theirs).
    await contenu.getByRole("button", { name: "Inviter l'agent à reprendre son profil" }).click();
    await contenu.getByRole("status").filter({ hasText: /^Une invitation à reprendre son profil a été envoyée à .+@/ }).waitFor();

    // A CV added through the API (as the profile form does), then offered for download on the page.
    const idProfil = new URL(page.url()).pathname.split("/").pop() ?? "";
    const depot = await page.evaluate(async (id) => {
      const { csrf } = (await (await fetch("/api/v1/me")).json()) as { csrf: string };
      const reponse = await fetch(`/api/v1/profils/${id}/documents?nom=cv.pdf&type=cv`, {
        method: "POST",
        headers: { "content-type": "application/pdf", "x-csrf-token": csrf },
        body: "%PDF-1.7\n1 0 obj\n",
      });
      return reponse.status;
    }, idProfil);
    expect(depot).toBe(201);
    await page.reload();
    await attendreTitre(page, nom);
    const cv = contenu.getByRole("link", { name: /^Curriculum vitæ : cv\.pdf PDF – 1 ko, déposé le / });
    await cv.waitFor();
    const telechargement = await page.evaluate(async (href) => {
      const reponse = await fetch(href ?? "");
      return { statut: reponse.status, texte: await reponse.text() };
    }, await cv.getAttribute("href"));
    expect(telechargement).toEqual({ statut: 200, texte: "%PDF-1.7\n1 0 obj\n" });
    await verifierAccessibilite(page, `Profil de ${nom}, confirmé, avec un CV, vu par son employeur`);

    // Erased after confirming in a dialog; back to the search, which says it.
    const adresseProfil = new URL(page.url()).pathname;
    await attendreDsfr(page.locator("dialog#vivier-confirmation"));
    await contenu.getByRole("button", { name: "Effacer le profil" }).click();
    const dialogue = page.getByRole("dialog", { name: "Effacer le profil" });
    await dialogue.waitFor();
    expect(await dialogue.innerText()).toContain(`Effacer le profil de ${nom} ?`);
    await verifierAccessibilite(page, "Confirmation de l'effacement d'un profil");
    await dialogue.getByRole("button", { name: "Effacer le profil" }).click();
    await page.waitForURL((url) => url.pathname === "/vivier");
    await attendreTitre(page, TITRE_RECHERCHE);
    await contenu.getByRole("status").filter({ hasText: `Le profil de ${nom} a été effacé.` }).waitFor();
    // Its address now leads nowhere.
    surveillance.tolerer(new RegExp(`status of 404 .*/api/v1/profils/${adresseProfil.split("/").pop()}\\)$`));
    await page.goto(adresseProfil);
    await attendreTitre(page, "Profil introuvable");

    surveillance.verifierAucuneErreur();
  });

  it("sans rôle de recherche : ni entrée de menu ni recherche ; déconnecté : la page de connexion", async () => {
    const page = await nouvellePage();
    const surveillance = await surveiller(page);

    // Signed out, the search sends to the sign-in page, which will come back to it.
    await page.goto("/vivier?q=urbanisme");
    await page.waitForURL((url) => url.pathname === "/connexion" && url.searchParams.get("retour") === "/vivier?q=urbanisme");
    await attendreTitre(page, "Connexion");

    await seConnecter(page, "agent@demo.vivier.test", "Amina");
    const navigation = page.getByRole("navigation", { name: "Menu principal" });
    await navigation.getByRole("link", { name: "Annuaire des organisations" }).waitFor();
    expect(await navigation.getByRole("link", { name: "Vivier d'experts" }).count()).toBe(0);
    await page.goto("/vivier");
    await attendreTitre(page, TITRE_RECHERCHE);
    await page.locator("main").getByRole("heading", { level: 2, name: "Votre rôle ne permet pas de rechercher dans le vivier" }).waitFor();
    expect(await page.getByRole("searchbox").count()).toBe(0);
    expect(await titrePrincipal(page).count()).toBe(1);
    await verifierAccessibilite(page, "Vivier, rôle sans recherche");

    surveillance.verifierAucuneErreur();
  });
});
