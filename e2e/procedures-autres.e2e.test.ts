/**
 * Parcours : les trois procédures qu'aucun autre parcours ne visite, de bout en bout dans le
 * navigateur.
 *
 * Un ordre de mission : le RH l'ouvre à la main pour une de ses agentes depuis « Mes procédures »,
 * remplit la mission puis, en deux fois, la liste de contrôle sécurité et assurance (niveau de
 * vigilance du pays, inscription sur Ariane, assurance) : « Ce qui manque encore » raccourcit à
 * chaque enregistrement, la soumission reste impossible, avec sa raison, tant qu'il manque quelque
 * chose. Soumis, l'autorité le signe : sans la raison impérative qu'exige un pays déconseillé, c'est
 * refusé sous son champ. Signé, le retour ne peut être constaté avant sa date (la raison est dite) ;
 * le RH génère l'ordre de mission en PDF.
 *
 * Un détachement de courte durée : le RH l'ouvre à la main pour la même agente et en prépare les
 * termes (l'organisme d'accueil, qui n'est pas sur Vivier, y est saisi) ; une fin au-delà de six
 * mois est signalée (D3) jusqu'à ce que l'agente soit dite détachée pour servir à l'étranger. La
 * page montre les règles D3 et D4 et leur écart avec la note du ministère. L'agente dépose sa
 * demande, le RH enregistre l'accord de l'organisme d'accueil, l'autorité prend l'arrêté, le RH
 * constate le début ; en cours, l'autorité ne peut le renouveler : la page dit pourquoi (D3, et ce
 * que dit la note).
 *
 * Une convention de partenariat : la chargée de relations internationales de la Région l'ouvre
 * avec Expertise France, en rédige les termes et l'annexe financière (sans ligne d'honoraires,
 * c'est signalé), puis la soumet aux signatures ; l'opérateur la signe dans son navigateur. La
 * Région n'a pas de compte de démonstration pour son autorité : l'administratrice de la plateforme
 * donne ce rôle à Laure Chevalier, qui en change dans l'en-tête et signe pour la Région. En
 * vigueur, la chargée de RI enregistre une réunion du comité de pilotage et son compte rendu (une
 * date à venir est refusée sous son champ) : les réunions encore dues dans l'année diminuent ; elle
 * génère l'annexe financière en PDF.
 *
 * Une convention ouverte de l'autre côté : l'opérateur l'ouvre depuis « Mes procédures » en
 * cherchant la Région parmi les collectivités (sans choix, c'est refusé sous le champ) ; les noms
 * des deux parties sont préremplis.
 *
 * Une mise à disposition auprès d'un organisme d'accueil qui est sur Vivier : le RH l'ouvre à la
 * main en nommant Expertise France (l'employeur lui-même est refusé sous le champ, le focus y va) ;
 * la page montre l'organisme d'accueil, et l'opérateur trouve le dossier dans « Mes procédures »,
 * où il agit comme organisme d'accueil.
 */
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { aujourdhuiEnFrance } from "../src/services/conseil/conseil";
import { seConnecter } from "./support/comptes";
import { attendreDsfr, attendreTitre, bientot, ignorerParcours, surveiller, verifierAccessibilite } from "./support/navigateur";
import { preparerParcours } from "./support/parcours";
import { agir, allerAMesProcedures, attendreAnnonce, attendreEtat, cocher, decaler, echapper, ouvrirDepuisATraiter, recharger } from "./support/procedures";

/** Unique to this run: the demo data and other journeys never hold it. */
const SUFFIXE = Date.now().toString(36);
const INTITULE_ORDRE = `Appui au service des eaux de Ziguinchor ${SUFFIXE}`;
const INTITULE_DETACHEMENT = `Détachement auprès de l'ONAS à Dakar ${SUFFIXE}`;
const INTITULE_CONVENTION = `Partenariat Nouvelle-Aquitaine – Expertise France, eau au Sénégal ${SUFFIXE}`;
const INTITULE_CONVENTION_OPERATEUR = `Partenariat Expertise France – Nouvelle-Aquitaine, climat au Maroc ${SUFFIXE}`;
const INTITULE_MISE_A_DISPOSITION = `Mise à disposition auprès d'Expertise France, assainissement à Thiès ${SUFFIXE}`;
const REGION = "Région Nouvelle-Aquitaine";
const LIBELLE_ANNEXE = "Annexe financière de la convention de partenariat";

/** « Oui » or « Non » of a yes-or-no question of a data form, found by its legend. */
const reponse = (formulaire: Locator, question: RegExp, oui: boolean) => formulaire.getByRole("group", { name: question }).getByRole("radio", { name: oui ? "Oui" : "Non", exact: true });

/** « Ouvrir une procédure » from « Mes procédures », its title typed. */
async function commencerOuverture(page: Page, intitule: string): Promise<void> {
  const contenu = page.locator("main");
  await allerAMesProcedures(page);
  await contenu.getByRole("link", { name: "Ouvrir une procédure" }).click();
  await attendreTitre(page, "Ouvrir une procédure");
  await contenu.getByRole("textbox", { name: /^Intitulé/ }).fill(intitule);
}

/** Searches with a choice's search field (Enter, as a user does) and waits for what it finds. */
async function chercher(page: Page, champ: RegExp, texte: string): Promise<void> {
  const contenu = page.locator("main");
  const recherche = contenu.getByRole("searchbox", { name: champ });
  await recherche.fill(texte);
  await recherche.press("Enter");
  await contenu.getByRole("status").filter({ hasText: new RegExp(`pour « ${echapper(texte)} »`) }).waitFor();
}

/** Opens the procedure the form holds, and returns the case's address. */
async function envoyerOuverture(page: Page, intitule: string): Promise<string> {
  await page.locator("main").getByRole("button", { name: "Ouvrir la procédure" }).click();
  await page.waitForURL((url) => /^\/procedures\/[0-9a-f-]{36}$/.test(url.pathname));
  await attendreTitre(page, intitule);
  return new URL(page.url()).pathname;
}

/** HR starts a procedure by hand for Amina Diallo, found among the agents of its collectivité, from « Mes procédures ». */
async function preparerPourAmina(page: Page, procedure: string, intitule: string): Promise<void> {
  const contenu = page.locator("main");
  await commencerOuverture(page, intitule);
  await contenu.getByRole("combobox", { name: /^Procédure/ }).selectOption({ label: procedure });
  await chercher(page, /^Rechercher l'agent concerné/, "Diallo");
  await cocher(contenu.getByRole("radio", { name: /^Amina Diallo/ }));
}

/** HR opens a procedure by hand for Amina Diallo; returns the case's address. */
async function ouvrirPourAmina(page: Page, procedure: string, intitule: string): Promise<string> {
  await preparerPourAmina(page, procedure, intitule);
  await verifierAccessibilite(page, `Ouvrir une procédure : ${procedure}, pour Amina Diallo`);
  return envoyerOuverture(page, intitule);
}

/** The id of the element that has focus. */
const focus = (page: Page) => page.evaluate(() => document.activeElement?.id ?? "");

/** The items of « Ce qui manque encore », as the page lists them (none when the alert is gone). */
async function manquants(page: Page): Promise<string[]> {
  const alerte = page.locator("main").locator(".fr-alert").filter({ has: page.getByRole("heading", { level: 3, name: "Ce qui manque encore" }) });
  if ((await alerte.count()) === 0) return [];
  return alerte.getByRole("listitem").allInnerTexts();
}

/**
 * A rule of « Règles de droit », opened as a user opens it (its accordion), and its text as shown.
 * The accordion's button reads « À confirmer » first when the rule is still to confirm.
 */
async function lireRegle(page: Page, titre: RegExp): Promise<string> {
  const section = page.locator("main").getByRole("region", { name: "Règles de droit" });
  const bouton = section.getByRole("button", { name: titre });
  const volet = section.locator(`#${await bouton.getAttribute("aria-controls")}`);
  await attendreDsfr(volet);
  await bouton.click();
  expect(await bouton.getAttribute("aria-expanded")).toBe("true");
  await volet.getByText(/^Sources : /).waitFor();
  return volet.innerText();
}

/** The history's cells for one step (date apart): from which state to which, by whom, why. */
async function etapeHistorique(page: Page, etape: string): Promise<string[]> {
  const historique = page.locator("main").getByRole("table", { name: "Historique de la procédure" });
  const cellules = historique.getByRole("row").filter({ has: page.getByRole("rowheader", { name: etape, exact: true }) }).getByRole("cell");
  return (await cellules.allInnerTexts()).slice(1);
}

describe.skipIf(ignorerParcours)("Parcours : ordre de mission, détachement, convention de partenariat", () => {
  const { nouvellePage, autreNavigateur } = preparerParcours();

  it(
    "le RH prépare un ordre de mission et sa liste de contrôle sécurité, l'autorité le signe avec la raison impérative, le RH génère l'ordre en PDF",
    { timeout: 240_000 },
    async () => {
      const aujourdhui = aujourdhuiEnFrance();
      const depart = decaler(aujourdhui, 30);
      const retour = decaler(aujourdhui, 36);

      // ————————————————————————————— HR opens the order for Amina Diallo
      const rh = await nouvellePage();
      const surveillanceRh = await surveiller(rh);
      await seConnecter(rh, "rh@demo.vivier.test", "Bruno");
      const contenu = rh.locator("main");
      const adresse = await ouvrirPourAmina(rh, "Ordre de mission", INTITULE_ORDRE);
      await attendreAnnonce(rh, `La procédure « ${INTITULE_ORDRE} » est ouverte : en préparation.`);
      await attendreEtat(rh, "En préparation");
      const fiche = await contenu.innerText();
      expect(fiche).toMatch(/Agent\s*Amina Diallo/);
      expect(fiche).toMatch(/Vous agissez comme\s*Service RH de l'employeur/);
      // Submitting waits for the order: shown disabled, with why.
      const soumettre = contenu.getByRole("button", { name: "Soumettre l'ordre de mission à la signature" });
      expect(await soumettre.isDisabled()).toBe(true);
      const raisonSoumission = contenu.locator(`#${await soumettre.getAttribute("aria-describedby")}`);
      expect(await raisonSoumission.innerText()).toMatch(/^L'ordre de mission ne peut être soumis à la signature\.\s*Ce qui manque est listé dans la section « Données »\.$/);
      const auDepart = await manquants(rh);
      expect(auDepart.length).toBeGreaterThan(5);
      await verifierAccessibilite(rh, "Un ordre de mission ouvert, à compléter");

      // ————————————————————————————— The mission first, the checklist left for later
      await contenu.getByRole("button", { name: "Compléter les données" }).click();
      const formulaire = contenu.getByRole("form", { name: "Ordre de mission" });
      await formulaire.waitFor();
      // Prefilled from her profile.
      expect(await formulaire.getByRole("textbox", { name: /^Nom de l'agent/ }).inputValue()).toBe("Diallo");
      expect(await formulaire.getByRole("textbox", { name: /^Grade de l'agent/ }).inputValue()).toBe("Ingénieur principal");
      await verifierAccessibilite(rh, "Le formulaire de l'ordre de mission");
      await formulaire.getByRole("textbox", { name: /^Service de l'agent/ }).fill("Direction de l'eau et de l'assainissement");
      await cocher(formulaire.getByRole("radio", { name: /^Coopération décentralisée/ }));
      await formulaire.getByRole("textbox", { name: /^Objet de la mission/ }).fill("Appui au service des eaux de Ziguinchor : diagnostic du réseau et plan de renouvellement des conduites.");
      await formulaire.getByLabel(/^Départ/).fill(depart);
      await formulaire.getByLabel(/^Retour/).fill(retour);
      await formulaire.getByRole("combobox", { name: /^Pays de destination/ }).selectOption({ label: "Sénégal" });
      await formulaire.getByRole("textbox", { name: /^Ville de destination/ }).fill("Ziguinchor");
      await cocher(formulaire.getByRole("checkbox", { name: "Avion", exact: true }));
      await cocher(formulaire.getByRole("checkbox", { name: "Transports en commun", exact: true }));
      await formulaire.getByRole("textbox", { name: /^Précisions sur le transport/ }).fill("Vol Paris–Dakar, puis liaison Dakar–Ziguinchor");
      await formulaire.getByRole("textbox", { name: /^Prise en charge des frais/ }).fill("Frais réels, avancés par la collectivité");
      await formulaire.getByRole("button", { name: "Enregistrer les données" }).click();
      await attendreAnnonce(rh, "Les données sont enregistrées. Il manque encore 5 éléments avant l'étape suivante (voir « Ce qui manque encore »).");
      // Only the checklist is left.
      expect(await manquants(rh)).toEqual([
        "Niveau de vigilance du pays : relevez le niveau de vigilance du pays (Conseils aux voyageurs de France Diplomatie)",
        "Conseils aux voyageurs consultés le : indiquez quand les conseils aux voyageurs ont été consultés",
        "Inscription sur Ariane : inscrivez le voyageur sur Ariane (France Diplomatie)",
        "Assistance et rapatriement : vérifiez que le voyageur est couvert par une assurance assistance et rapatriement",
        "Assureur : indiquez l'assureur qui couvre le voyageur",
      ]);
      expect(await soumettre.isDisabled()).toBe(true);
      await verifierAccessibilite(rh, "Un ordre de mission sans sa liste de contrôle");

      // ————————————————————————————— The country's travel advice, read today
      await contenu.getByRole("button", { name: "Compléter les données" }).click();
      await formulaire.waitFor();
      await cocher(formulaire.getByRole("radio", { name: /^Déconseillé sauf raison impérative \(orange\)/ }));
      await formulaire.getByLabel(/^Conseils aux voyageurs consultés le/).fill(aujourdhui);
      await formulaire.getByRole("button", { name: "Enregistrer les données" }).click();
      await attendreAnnonce(rh, "Les données sont enregistrées. Il manque encore 3 éléments avant l'étape suivante (voir « Ce qui manque encore »).");
      expect(await manquants(rh)).toEqual([
        "Inscription sur Ariane : inscrivez le voyageur sur Ariane (France Diplomatie)",
        "Assistance et rapatriement : vérifiez que le voyageur est couvert par une assurance assistance et rapatriement",
        "Assureur : indiquez l'assureur qui couvre le voyageur",
      ]);

      // ————————————————————————————— Registered on Ariane, insured
      await contenu.getByRole("button", { name: "Compléter les données" }).click();
      await formulaire.waitFor();
      await cocher(reponse(formulaire, /^Voyageur inscrit sur Ariane/, true));
      await cocher(reponse(formulaire, /^Couvert par une assurance assistance et rapatriement/, true));
      await formulaire.getByRole("textbox", { name: /^Assureur/ }).fill("Mutuelle des collectivités");
      await formulaire.getByRole("textbox", { name: /^Numéro de contrat/ }).fill("MC-2026-0042");
      await formulaire.getByRole("button", { name: "Enregistrer les données" }).click();
      await attendreAnnonce(rh, "Les données sont enregistrées : rien ne manque pour l'étape suivante.");
      expect(await manquants(rh)).toEqual([]);
      // Read back in words.
      const donnees = await contenu.getByRole("region", { name: "Données" }).innerText();
      expect(donnees).toMatch(/Niveau de vigilance du pays\s*Déconseillé sauf raison impérative \(orange\)/);
      expect(donnees).toMatch(/Inscription sur Ariane\s*Oui/);
      expect(donnees).toMatch(/Modes de transport\s*Avion, Transports en commun/);
      await verifierAccessibilite(rh, "Un ordre de mission complet, en préparation");

      await bientot(() => soumettre.isDisabled()).toBe(false);
      await agir(rh, "Soumettre l'ordre de mission à la signature", "À signer par l'autorité");
      expect(await contenu.getByRole("table", { name: "Échéances de la procédure" }).innerText()).toMatch(
        /Signature de l'ordre de mission, sécurité et assurance vérifiées, avant le départ/,
      );
      // Submitted: no more changes.
      expect(await contenu.getByRole("button", { name: "Modifier les données" }).count()).toBe(0);
      await verifierAccessibilite(rh, "Un ordre de mission à signer, vu par le RH");
      surveillanceRh.verifierAucuneErreur();

      // ————————————————————————————— The authority signs, with the imperative reason
      const autorite = await autreNavigateur();
      const surveillanceAutorite = await surveiller(autorite);
      // Signed without the imperative reason on purpose, below.
      surveillanceAutorite.tolerer(/status of 400 .*\/api\/v1\/procedures\/[0-9a-f-]{36}\/evenements\)$/);
      await seConnecter(autorite, "autorite@demo.vivier.test", "Élise");
      await allerAMesProcedures(autorite);
      await ouvrirDepuisATraiter(autorite, INTITULE_ORDRE, /Signer l'ordre de mission/, `Mes procédures, « ${INTITULE_ORDRE} » à signer par l'autorité`);
      const contenuAutorite = autorite.locator("main");
      const signer = contenuAutorite.getByRole("button", { name: "Signer l'ordre de mission", exact: true });
      await signer.click();
      expect(await signer.getAttribute("aria-expanded")).toBe("true");
      const formulaireSignature = contenuAutorite.getByRole("form", { name: "Signer l'ordre de mission" });
      const raison = formulaireSignature.getByRole("textbox", { name: /^Raison impérative de la mission/ });
      await bientot(() => raison.evaluate((e) => e === document.activeElement)).toBe(true);
      await verifierAccessibilite(autorite, "La signature de l'ordre de mission, à confirmer");
      // A country advised against: no signature without the imperative reason, said under its field.
      await formulaireSignature.getByRole("button", { name: /^Confirmer/ }).click();
      await formulaireSignature.getByText("Le pays est classé « Déconseillé sauf raison impérative (orange) » : indiquez la raison impérative de la mission.").waitFor();
      expect(await raison.getAttribute("aria-invalid")).toBe("true");
      await verifierAccessibilite(autorite, "La signature de l'ordre de mission, refusée sans raison impérative");
      await raison.fill("Remise en service de la station de pompage avant la saison des pluies, demandée par la commune de Ziguinchor.");
      await formulaireSignature.getByRole("button", { name: /^Confirmer/ }).click();
      await attendreAnnonce(autorite, "« Signer l'ordre de mission » : c'est fait. La procédure est désormais « Signé ».");
      await attendreEtat(autorite, "Signé");
      await verifierAccessibilite(autorite, "Un ordre de mission signé, vu par l'autorité");
      surveillanceAutorite.verifierAucuneErreur();

      // ————————————————————————————— HR: the return cannot be observed before it; the order in PDF
      await recharger(rh, adresse, INTITULE_ORDRE);
      await attendreEtat(rh, "Signé");
      const terminer = contenu.getByRole("button", { name: "Constater le retour de mission" });
      expect(await terminer.isDisabled()).toBe(true);
      expect(await contenu.locator(`#${await terminer.getAttribute("aria-describedby")}`).innerText()).toBe(`Le retour est prévu le ${retour} : il ne peut être constaté avant.`);

      const documents = contenu.getByRole("region", { name: "Documents" });
      const generer = documents.getByRole("form", { name: "Générer un document" });
      await generer.getByText("Ordre de mission", { exact: true }).waitFor();
      expect(await generer.getByRole("radio", { name: /^PDF/ }).isChecked()).toBe(true);
      // What the case does not hold, asked now.
      await generer.getByRole("textbox", { name: /^Qualité de l'autorité territoriale qui signe/ }).fill("Le Maire de Saint-Étienne");
      await generer.getByRole("textbox", { name: /^Nom de l'autorité territoriale ou de son délégataire/ }).fill("Mme Élise Fournier");
      await generer.getByRole("textbox", { name: /^Civilité de l'agent/ }).fill("Mme");
      await generer.getByRole("textbox", { name: /^Correspondant de la collectivité joignable pendant la mission/ }).fill("Bruno Martin, service RH, 04 77 00 00 00");
      await generer.getByRole("textbox", { name: /^Lieu de signature/ }).fill("Saint-Étienne");
      await verifierAccessibilite(rh, "L'ordre de mission, à générer");
      await generer.getByRole("button", { name: "Générer le document" }).click();
      await attendreAnnonce(rh, "Le document « Ordre de mission » est généré (version 1)");
      const lien = documents.getByRole("link", { name: /^Ordre de mission, version 1 : / });
      await lien.waitFor();
      expect(await lien.innerText()).toMatch(/PDF – \d+ ko, ajouté le /);
      const telecharge = await rh.request.get((await lien.getAttribute("href"))!);
      expect(telecharge.status()).toBe(200);
      expect((await telecharge.body()).subarray(0, 5).toString()).toBe("%PDF-");

      // One row per step, the imperative reason kept with the signature.
      expect(await etapeHistorique(rh, "Ouvrir un ordre de mission")).toEqual(["Ouverture : En préparation", "Bruno Martin", expect.any(String)]);
      expect(await etapeHistorique(rh, "Soumettre l'ordre de mission à la signature")).toEqual(["En préparation → À signer par l'autorité", "Bruno Martin", expect.any(String)]);
      expect(await etapeHistorique(rh, "Signer l'ordre de mission")).toEqual([
        "À signer par l'autorité → Signé",
        "Élise Fournier",
        expect.stringMatching(/^Remise en service de la station de pompage/),
      ]);
      await verifierAccessibilite(rh, "Un ordre de mission signé, son PDF généré");
      surveillanceRh.verifierAucuneErreur();
    },
  );

  it(
    "le RH prépare un détachement de courte durée, la page en dit les règles et l'écart avec la note ; demandé, accordé, arrêté, en cours, il ne peut être renouvelé",
    { timeout: 240_000 },
    async () => {
      const aujourdhui = aujourdhuiEnFrance();
      // Ten months: over the six of a short détachement, within the year allowed to serve abroad (D3).
      const fin = decaler(aujourdhui, 300);

      // ————————————————————————————— HR opens the détachement for Amina Diallo
      const rh = await nouvellePage();
      const surveillanceRh = await surveiller(rh);
      await seConnecter(rh, "rh@demo.vivier.test", "Bruno");
      const contenu = rh.locator("main");
      const adresse = await ouvrirPourAmina(rh, "Détachement", INTITULE_DETACHEMENT);
      await attendreAnnonce(rh, `La procédure « ${INTITULE_DETACHEMENT} » est ouverte : demande en préparation.`);
      await attendreEtat(rh, "Demande en préparation");
      expect(await contenu.innerText()).toMatch(/Agent\s*Amina Diallo/);
      // The request is the agent's to file: HR may only prepare it, or abandon it.
      expect(await contenu.getByRole("button", { name: "Déposer la demande écrite de détachement" }).count()).toBe(0);
      expect(await contenu.getByRole("button", { name: "Abandonner la demande de détachement" }).isEnabled()).toBe(true);
      expect((await manquants(rh)).length).toBeGreaterThan(0);
      await verifierAccessibilite(rh, "Un détachement ouvert par le RH, à compléter");

      // ————————————————————————————— The terms: a host that is not on Vivier, ten months
      await contenu.getByRole("button", { name: "Compléter les données" }).click();
      const formulaire = contenu.getByRole("form", { name: "Détachement" });
      await formulaire.waitFor();
      // Prefilled from her profile: a titulaire, as D1 requires.
      expect(await formulaire.getByRole("textbox", { name: /^Nom de l'agent/ }).inputValue()).toBe("Diallo");
      expect(await formulaire.getByRole("combobox", { name: /^Statut de l'agent/ }).inputValue()).toBe("titulaire");
      await verifierAccessibilite(rh, "Le formulaire du détachement");
      await formulaire.getByRole("textbox", { name: /^Nom de l'organisme d'accueil/ }).fill("Office national de l'assainissement du Sénégal (ONAS)");
      await formulaire.getByRole("combobox", { name: /^Type d'organisme d'accueil/ }).selectOption({ label: "Administration étrangère" });
      await formulaire.getByRole("textbox", { name: /^Représentant de l'organisme d'accueil/ }).fill("M. Ousmane Sow");
      await formulaire.getByRole("textbox", { name: /^Qualité du représentant de l'organisme d'accueil/ }).fill("Directeur général");
      await formulaire.getByRole("textbox", { name: /^Fonctions exercées auprès de l'organisme d'accueil/ }).fill("Cheffe de projet du schéma directeur d'assainissement de Dakar");
      await cocher(formulaire.getByRole("radio", { name: /^Détachement de courte durée/ }));
      // A short one is not renewable: no current period to give.
      expect(await formulaire.getByLabel(/^Début de la période en cours/).count()).toBe(0);
      await formulaire.getByLabel(/^Début du détachement/).fill(aujourdhui);
      await formulaire.getByLabel(/^Fin du détachement/).fill(fin);
      await cocher(reponse(formulaire, /^Détaché pour servir à l'étranger/, false));
      await cocher(reponse(formulaire, /^Mission de coopération internationale/, true));
      await formulaire.getByRole("textbox", { name: /^Référence de la convention préalable/ }).fill("Convention Saint-Étienne – ONAS n° 2026-07");
      await formulaire.getByLabel(/^Date de signature de la convention préalable/).fill(decaler(aujourdhui, -20));
      await formulaire.getByRole("button", { name: "Enregistrer les données" }).click();
      await attendreAnnonce(rh, "Les données sont enregistrées. Il manque encore 1 élément avant l'étape suivante (voir « Ce qui manque encore »).");
      // Ten months in France: over the six months of a short détachement (D3).
      const [d3] = await manquants(rh);
      expect(d3).toMatch(/^Fin du détachement : D3 : un détachement de courte durée dure six mois au plus \(jusqu'au \d{4}-\d{2}-\d{2}\) ; au-delà, c'est un détachement de longue durée$/);
      await verifierAccessibilite(rh, "Un détachement de courte durée trop long");

      // To serve abroad, a short détachement may last a year.
      await contenu.getByRole("button", { name: "Compléter les données" }).click();
      await formulaire.waitFor();
      await cocher(reponse(formulaire, /^Détaché pour servir à l'étranger/, true));
      await formulaire.getByRole("button", { name: "Enregistrer les données" }).click();
      await attendreAnnonce(rh, "Les données sont enregistrées : rien ne manque pour l'étape suivante.");
      expect(await manquants(rh)).toEqual([]);
      const donnees = await contenu.getByRole("region", { name: "Données" }).innerText();
      expect(donnees).toMatch(/Durée du détachement\s*Détachement de courte durée/);
      expect(donnees).toMatch(/Pour servir à l'étranger\s*Oui/);

      // ————————————————————————————— The rules, and where the ministry's note says otherwise
      const regleCourte = await lireRegle(rh, /Détachement de courte durée \(D3\)$/);
      expect(regleCourte).toContain("Six mois au plus, non renouvelable ; un an au plus pour servir à l'étranger.");
      expect(regleCourte).toContain("Écart avec la note : La note dit « 6 mois renouvelable une fois » ; le décret dit six mois au plus, non renouvelables. Vivier suit le décret.");
      expect(regleCourte).toContain("À confirmer : La rédaction exacte de la règle pour la fonction publique territoriale.");
      expect(await contenu.getByRole("region", { name: "Règles de droit" }).getByRole("button", { name: /Détachement de courte durée \(D3\)$/ }).innerText()).toMatch(/^À confirmer/i);
      const regleLongue = await lireRegle(rh, /Détachement de longue durée \(D4\)$/);
      expect(regleLongue).toContain("Plus de six mois et cinq ans au plus, renouvelable par périodes de cinq ans au plus.");
      expect(regleLongue).toContain("Écart avec la note : La note dit « entre un et cinq ans, éventuellement renouvelable » ; LEGAL.md retient plus de six mois. Vivier suit LEGAL.md.");
      await verifierAccessibilite(rh, "Un détachement prêt à être demandé, ses règles ouvertes");
      surveillanceRh.verifierAucuneErreur();

      // ————————————————————————————— The agent files her written request
      const agente = await autreNavigateur();
      const surveillanceAgente = await surveiller(agente);
      await seConnecter(agente, "agent@demo.vivier.test", "Amina");
      await allerAMesProcedures(agente);
      await ouvrirDepuisATraiter(agente, INTITULE_DETACHEMENT, /Déposer la demande écrite de détachement/, `Mes procédures, « ${INTITULE_DETACHEMENT} » à déposer par l'agente`);
      // She reads the terms she asks for.
      expect(await agente.locator("main").getByRole("region", { name: "Données" }).innerText()).toMatch(/Office national de l'assainissement du Sénégal \(ONAS\)/);
      await verifierAccessibilite(agente, "Un détachement à demander, vu par l'agente");
      await agir(agente, "Déposer la demande écrite de détachement", "Demandé par l'agent");
      await verifierAccessibilite(agente, "Un détachement demandé, vu par l'agente");
      surveillanceAgente.verifierAucuneErreur();

      // ————————————————————————————— HR records the host's agreement (the host is not on Vivier)
      await recharger(rh, adresse, INTITULE_DETACHEMENT);
      await attendreEtat(rh, "Demandé par l'agent");
      await agir(rh, "Enregistrer l'accord de l'organisme d'accueil", "Accord de l'organisme d'accueil");
      await verifierAccessibilite(rh, "Un détachement accordé par l'organisme d'accueil, vu par le RH");

      // ————————————————————————————— The authority takes the arrêté
      const autorite = await autreNavigateur();
      const surveillanceAutorite = await surveiller(autorite);
      await seConnecter(autorite, "autorite@demo.vivier.test", "Élise");
      await allerAMesProcedures(autorite);
      await ouvrirDepuisATraiter(autorite, INTITULE_DETACHEMENT, /Refuser le détachement[\s\S]*Prendre l'arrêté de détachement/, `Mes procédures, « ${INTITULE_DETACHEMENT} » à arrêter par l'autorité`);
      await verifierAccessibilite(autorite, "Un détachement à arrêter, vu par l'autorité");
      await agir(autorite, "Prendre l'arrêté de détachement", "Arrêté pris");
      const echeances = await autorite.locator("main").getByRole("table", { name: "Échéances de la procédure" }).innerText();
      expect(echeances).toMatch(/Fin du détachement de courte durée \(non renouvelable\) : retour sur le même poste\s*À confirmer/i);
      expect(echeances).toContain("D3 — décret n° 86-68 art. 8 (version depuis 2017)");

      // ————————————————————————————— HR records the first day
      await recharger(rh, adresse, INTITULE_DETACHEMENT);
      await agir(rh, "Constater le début du détachement", "En cours");
      // Its end cannot be observed before its last day.
      const terminer = contenu.getByRole("button", { name: "Constater la fin du détachement" });
      expect(await terminer.isDisabled()).toBe(true);
      expect(await contenu.locator(`#${await terminer.getAttribute("aria-describedby")}`).innerText()).toBe(
        `Le détachement court jusqu'au ${fin} inclus : mettez-y fin avant son terme, ou attendez.`,
      );
      await verifierAccessibilite(rh, "Un détachement en cours, vu par le RH");
      surveillanceRh.verifierAucuneErreur();

      // ————————————————————————————— Under way: the authority cannot renew a short one, and reads why
      await recharger(autorite, adresse, INTITULE_DETACHEMENT);
      await attendreEtat(autorite, "En cours");
      const contenuAutorite = autorite.locator("main");
      const renouveler = contenuAutorite.getByRole("button", { name: "Renouveler le détachement" });
      expect(await renouveler.isDisabled()).toBe(true);
      expect(await contenuAutorite.locator(`#${await renouveler.getAttribute("aria-describedby")}`).innerText()).toBe(
        "Un détachement de courte durée n'est pas renouvelable (D3). La note dit « 6 mois renouvelable une fois » ; le décret dit six mois au plus, non renouvelables. Vivier suit le décret. Point à confirmer : La rédaction exacte de la règle pour la fonction publique territoriale.",
      );
      // Ending it early stays open to her.
      expect(await contenuAutorite.getByRole("button", { name: "Mettre fin au détachement avant son terme" }).isEnabled()).toBe(true);
      await verifierAccessibilite(autorite, "Un détachement de courte durée en cours, non renouvelable, vu par l'autorité");

      const historique = contenuAutorite.getByRole("table", { name: "Historique de la procédure" });
      const etapes: [etape: string, deVers: string, qui: string][] = [
        ["Ouvrir une demande de détachement", "Ouverture : Demande en préparation", "Bruno Martin"],
        ["Déposer la demande écrite de détachement", "Demande en préparation → Demandé par l'agent", "Amina Diallo"],
        ["Enregistrer l'accord de l'organisme d'accueil", "Demandé par l'agent → Accord de l'organisme d'accueil", "Bruno Martin"],
        ["Prendre l'arrêté de détachement", "Accord de l'organisme d'accueil → Arrêté pris", "Élise Fournier"],
        ["Constater le début du détachement", "Arrêté pris → En cours", "Bruno Martin"],
      ];
      expect(await historique.locator("tbody tr").count()).toBe(etapes.length);
      for (const [etape, deVers, qui] of etapes) expect(await etapeHistorique(autorite, etape), etape).toEqual([deVers, qui, expect.any(String)]);
      surveillanceAutorite.verifierAucuneErreur();
    },
  );

  it(
    "la chargée de RI rédige une convention avec Expertise France et son annexe financière ; l'opérateur et l'autorité de la Région la signent ; un comité de pilotage est enregistré",
    { timeout: 240_000 },
    async () => {
      const aujourdhui = aujourdhuiEnFrance();
      const annee = aujourdhui.slice(0, 4);
      const achevement = decaler(aujourdhui, 730);
      /** Amounts as the page writes them (spaces of any kind made plain). */
      const texteDe = async (zone: Locator) => (await zone.innerText()).replace(/\s/g, " ");

      // ————————————————————————————— The Region's international relations open it with the operator
      const ri = await nouvellePage();
      const surveillanceRi = await surveiller(ri);
      // A committee meeting dated tomorrow, refused on purpose, below.
      surveillanceRi.tolerer(/status of 400 .*\/api\/v1\/procedures\/[0-9a-f-]{36}\/evenements\)$/);
      await seConnecter(ri, "ri@demo.vivier.test", "Claire");
      const contenu = ri.locator("main");
      await allerAMesProcedures(ri);
      await contenu.getByRole("link", { name: "Ouvrir une procédure" }).click();
      await attendreTitre(ri, "Ouvrir une procédure");
      await contenu.getByRole("combobox", { name: /^Procédure/ }).selectOption({ label: "Convention de partenariat avec un opérateur" });
      await contenu.getByRole("textbox", { name: /^Intitulé/ }).fill(INTITULE_CONVENTION);
      // A convention binds the Region to an operator: no agent to choose.
      expect(await contenu.getByRole("searchbox", { name: /^Rechercher l'agent concerné/ }).count()).toBe(0);
      const recherche = contenu.getByRole("searchbox", { name: /^Rechercher l'opérateur/ });
      await recherche.fill("Expertise France");
      await recherche.press("Enter");
      await contenu.getByRole("status").filter({ hasText: /pour « Expertise France »/ }).waitFor();
      await cocher(contenu.getByRole("radio", { name: "Expertise France", exact: true }));
      await verifierAccessibilite(ri, "Ouvrir une convention de partenariat, l'opérateur choisi");
      await contenu.getByRole("button", { name: "Ouvrir la procédure" }).click();
      await ri.waitForURL((url) => /^\/procedures\/[0-9a-f-]{36}$/.test(url.pathname));
      const adresse = new URL(ri.url()).pathname;
      await attendreTitre(ri, INTITULE_CONVENTION);
      await attendreAnnonce(ri, `La procédure « ${INTITULE_CONVENTION} » est ouverte : projet.`);
      await attendreEtat(ri, "Projet");
      const fiche = await contenu.innerText();
      expect(fiche).toMatch(new RegExp(`Employeur\\s*${echapper(REGION)}`));
      expect(fiche).toMatch(/Opérateur\s*Expertise France/);
      expect(fiche).toMatch(/Vous agissez comme\s*Relations internationales de l'employeur/);
      expect(await contenu.getByRole("button", { name: "Soumettre la convention aux signatures" }).isDisabled()).toBe(true);
      await verifierAccessibilite(ri, "Une convention de partenariat ouverte, à rédiger");

      // ————————————————————————————— The convention, its annex without fees at first
      await contenu.getByRole("button", { name: "Compléter les données" }).click();
      const formulaire = contenu.getByRole("form", { name: "Convention de partenariat avec un opérateur (annexe 1 et annexe financière)" });
      await formulaire.waitFor();
      await verifierAccessibilite(ri, "Le formulaire de la convention de partenariat");
      const texte = (nom: RegExp) => formulaire.getByRole("textbox", { name: nom });
      await texte(/^Nom de la collectivité/).fill(REGION);
      await texte(/^Représentant de la collectivité/).fill("M. Alain Rousset");
      await texte(/^Qualité du représentant de la collectivité/).fill("Président du conseil régional");
      await texte(/^Nom de l'opérateur/).fill("Expertise France");
      await texte(/^Représentant de l'opérateur/).fill("M. Jérémie Pellet");
      await texte(/^Qualité du représentant de l'opérateur/).fill("Directeur général");
      await texte(/^Programme ou projet/).fill("PAGoDA – eau potable et assainissement au Sénégal");
      await texte(/^Présentation des parties/).fill(
        "La Région Nouvelle-Aquitaine coopère avec les collectivités du Sénégal sur l'eau et l'assainissement.\nExpertise France met en œuvre le programme PAGoDA pour le compte de l'Union européenne.",
      );
      await texte(/^Bénéficiaire du programme/).fill("Office national de l'assainissement du Sénégal et communes de la région de Thiès");
      await texte(/^Document contractuel qui définit le projet/).fill("le cadre logique annexé à la convention de financement entre l'Union européenne et Expertise France");
      await texte(/^Actions à mettre en œuvre/).fill("Diagnostic des réseaux\nFormation des agents des régies\nPlan d'investissement");
      await texte(/^Modalités techniques de mise en œuvre/).fill("Missions courtes d'experts de la Région, appui à distance entre les missions.");
      await texte(/^Actions confiées aux experts de la collectivité/).fill("Le diagnostic des réseaux et la formation des agents des régies, soit 3 experts et 60 jours-experts");
      await cocher(reponse(formulaire, /^Missions courtes sur le temps de service/, true));
      await cocher(reponse(formulaire, /^Propriété intellectuelle et communication régies par le contrat avec le bailleur/, true));
      await texte(/^Jours d'experts prévus/).fill("60");
      await formulaire.getByLabel(/^Date d'achèvement technique du programme/).fill(achevement);
      await texte(/^Réunions du comité de pilotage par an/).fill("2");
      const annexe = formulaire.getByRole("region", { name: "Annexe financière" });
      await annexe.getByText("Aucune ligne : l'annexe financière en demande au moins une").waitFor();
      await annexe.getByRole("button", { name: "Ajouter une ligne" }).click();
      await annexe.getByRole("combobox", { name: /^Nature de la ligne 1/ }).selectOption({ label: "Frais de gestion versés à la collectivité" });
      await annexe.getByRole("textbox", { name: /^Libellé \(facultatif\) de la ligne 1/ }).fill("Frais de gestion du partenariat");
      await annexe.getByRole("textbox", { name: /^Montant \(€\) de la ligne 1/ }).fill("1 500");
      await formulaire.getByRole("button", { name: "Enregistrer les données" }).click();
      await attendreAnnonce(ri, "Les données sont enregistrées. Il manque encore 1 élément avant l'étape suivante (voir « Ce qui manque encore »).");
      const [honoraires] = await manquants(ri);
      expect(honoraires).toMatch(/: l'annexe financière dit les honoraires versés à la collectivité \(0 € pour un partenariat à titre gracieux\)$/);
      await verifierAccessibilite(ri, "Une convention de partenariat sans honoraires");

      // The fees, and the expert's complement: the totals by nature as they are typed.
      await contenu.getByRole("button", { name: "Compléter les données" }).click();
      await formulaire.waitFor();
      // The amount saved comes back as the page writes numbers.
      expect((await annexe.getByRole("textbox", { name: /^Montant \(€\) de la ligne 1/ }).inputValue()).replace(/\s/g, " ")).toBe("1 500");
      await annexe.getByRole("button", { name: "Ajouter une ligne" }).click();
      await annexe.getByRole("combobox", { name: /^Nature de la ligne 2/ }).selectOption({ label: "Honoraires versés à la collectivité (rémunération, primes, cotisations, frais et sujétions de l'agent)" });
      await annexe.getByRole("textbox", { name: /^Montant \(€\) de la ligne 2/ }).fill("12 000");
      await annexe.getByRole("button", { name: "Ajouter une ligne" }).click();
      await annexe.getByRole("combobox", { name: /^Nature de la ligne 3/ }).selectOption({ label: "Complément de rémunération versé à l'expert" });
      await annexe.getByRole("textbox", { name: /^Montant \(€\) de la ligne 3/ }).fill("2 400,50");
      const totaux = await texteDe(formulaire);
      expect(totaux).toContain("Honoraires versés à la collectivité (rémunération, primes, cotisations, frais et sujétions de l'agent) : 12 000 €");
      expect(totaux).toContain("Frais de gestion versés à la collectivité : 1 500 €");
      expect(totaux).toContain("Complément de rémunération versé à l'expert : 2 400,50 €");
      await verifierAccessibilite(ri, "L'annexe financière, trois lignes");
      await formulaire.getByRole("button", { name: "Enregistrer les données" }).click();
      await attendreAnnonce(ri, "Les données sont enregistrées : rien ne manque pour l'étape suivante.");
      expect(await manquants(ri)).toEqual([]);
      const donnees = await texteDe(contenu.getByRole("region", { name: "Données" }));
      expect(donnees).toMatch(/Nature\s*Honoraires versés à la collectivité/);
      expect(donnees).toMatch(/Montant \(€\)\s*12 000/);
      await verifierAccessibilite(ri, "Une convention de partenariat complète, en projet");

      await agir(ri, "Soumettre la convention aux signatures", "Soumise aux signatures");
      // The Region's signature is its authority's, not hers.
      expect(await contenu.getByRole("button", { name: "Signer la convention pour la collectivité" }).count()).toBe(0);
      await verifierAccessibilite(ri, "Une convention soumise aux signatures, vue par la chargée de RI");
      surveillanceRi.verifierAucuneErreur();

      // ————————————————————————————— The operator signs
      const operateur = await autreNavigateur();
      const surveillanceOperateur = await surveiller(operateur);
      await seConnecter(operateur, "operateur@demo.vivier.test", "Farid");
      await allerAMesProcedures(operateur);
      await ouvrirDepuisATraiter(operateur, INTITULE_CONVENTION, /Signer la convention pour l'opérateur/, `Mes procédures, « ${INTITULE_CONVENTION} » à signer par l'opérateur`);
      expect(await operateur.locator("main").innerText()).toMatch(/Vous agissez comme\s*Opérateur partie à la convention/);
      await verifierAccessibilite(operateur, "Une convention à signer, vue par l'opérateur");
      await agir(operateur, "Signer la convention pour l'opérateur", "Signée par l'opérateur, en attente de la collectivité");
      await verifierAccessibilite(operateur, "Une convention signée par l'opérateur, vue par lui");
      surveillanceOperateur.verifierAucuneErreur();

      // ————————————————————————————— The platform administrator gives the Region an authority
      const admin = await autreNavigateur();
      const surveillanceAdmin = await surveiller(admin);
      await seConnecter(admin, "admin@demo.vivier.test", "Karima");
      const contenuAdmin = admin.locator("main");
      await admin.getByRole("navigation", { name: "Menu principal" }).getByRole("link", { name: "Annuaire des organisations" }).click();
      await attendreTitre(admin, "Annuaire des collectivités et organisations");
      await contenuAdmin.getByRole("searchbox", { name: /^Rechercher une collectivité ou une organisation/ }).fill(REGION);
      await contenuAdmin.getByRole("button", { name: "Rechercher", exact: true }).click();
      await contenuAdmin.getByRole("region", { name: "Résultats" }).getByRole("link", { name: REGION, exact: true }).click();
      await attendreTitre(admin, REGION);
      await contenuAdmin.getByRole("link", { name: "Gérer les membres et les invitations" }).click();
      await attendreTitre(admin, `Membres et invitations — ${REGION}`);
      const laure = contenuAdmin.getByRole("table", { name: /^Membres/ }).getByRole("row").filter({ hasText: "multi@demo.vivier.test" });
      await laure.getByRole("combobox", { name: "Rôle à donner à Laure Chevalier" }).selectOption({ label: "Autorité territoriale" });
      await laure.getByRole("button", { name: "Ajouter ce rôle à Laure Chevalier" }).click();
      await attendreAnnonce(admin, "Le rôle « Autorité territoriale » a été donné à Laure Chevalier.");
      await verifierAccessibilite(admin, "Membres de la Région, une autorité nommée");
      surveillanceAdmin.verifierAucuneErreur();

      // ————————————————————————————— She acts as the Region's authority, and signs
      const presidente = await autreNavigateur();
      const surveillancePresidente = await surveiller(presidente);
      await seConnecter(presidente, "multi@demo.vivier.test", "Laure");
      const entete = presidente.getByRole("banner");
      await entete.getByRole("combobox", { name: "Rôle actif" }).selectOption({ label: `Autorité territoriale — ${REGION}` });
      await entete.getByRole("button", { name: "Changer de rôle" }).click();
      await presidente.waitForURL((url) => url.pathname === "/");
      await bientot(() => presidente.getByRole("region", { name: "Bonjour Laure" }).innerText({ timeout: 1_000 }).catch(() => "")).toContain("Autorité territoriale");
      await allerAMesProcedures(presidente);
      await ouvrirDepuisATraiter(presidente, INTITULE_CONVENTION, /Signer la convention pour la collectivité/, `Mes procédures, « ${INTITULE_CONVENTION} » à signer pour la Région`);
      expect(await presidente.locator("main").innerText()).toMatch(/Vous agissez comme\s*Autorité territoriale de l'employeur/);
      await verifierAccessibilite(presidente, "Une convention signée par l'opérateur, vue par l'autorité de la Région");
      await agir(presidente, "Signer la convention pour la collectivité", "En vigueur");
      await verifierAccessibilite(presidente, "Une convention en vigueur, vue par l'autorité de la Région");
      surveillancePresidente.verifierAucuneErreur();

      // ————————————————————————————— In force: a steering committee meeting and its minutes
      await recharger(ri, adresse, INTITULE_CONVENTION);
      await attendreEtat(ri, "En vigueur");
      const echeances = contenu.getByRole("table", { name: "Échéances de la procédure" });
      expect(await echeances.innerText()).toContain(`Comité de pilotage : 2 réunions encore à tenir en ${annee} (2 par an au moins)`);
      expect(await echeances.innerText()).toContain("Évaluation finale du partenariat, au terme de la convention");
      const tenir = contenu.getByRole("button", { name: "Enregistrer une réunion du comité de pilotage et son compte rendu", exact: true });
      await tenir.click();
      expect(await tenir.getAttribute("aria-expanded")).toBe("true");
      const formulaireComite = contenu.getByRole("form", { name: "Enregistrer une réunion du comité de pilotage et son compte rendu" });
      const date = formulaireComite.getByLabel(/^Date de la réunion du comité de pilotage/);
      await bientot(() => date.evaluate((e) => e === document.activeElement)).toBe(true);
      await formulaireComite.getByRole("textbox", { name: /^Compte rendu/ }).fill("Lancement du programme : calendrier des missions validé, première mission de diagnostic à Thiès au prochain trimestre.");
      await formulaireComite.getByRole("textbox", { name: /^Participants/ }).fill("Région Nouvelle-Aquitaine, Expertise France, ONAS");
      // Tomorrow's meeting has not been held yet: said under its field.
      await date.fill(decaler(aujourdhui, 1));
      await formulaireComite.getByRole("button", { name: /^Confirmer/ }).click();
      await formulaireComite.getByText("La date est à venir.").waitFor();
      expect(await date.getAttribute("aria-invalid")).toBe("true");
      await verifierAccessibilite(ri, "Une réunion du comité de pilotage, refusée à une date à venir");
      await date.fill(aujourdhui);
      await formulaireComite.getByRole("button", { name: /^Confirmer/ }).click();
      await attendreAnnonce(
        ri,
        "« Enregistrer une réunion du comité de pilotage et son compte rendu » : c'est enregistré. La procédure reste « En vigueur ».",
      );
      await bientot(() => echeances.innerText()).toContain(`Comité de pilotage : 1 réunion encore à tenir en ${annee} (2 par an au moins)`);
      const reunion = await etapeHistorique(ri, "Enregistrer une réunion du comité de pilotage et son compte rendu");
      expect(reunion.slice(0, 2)).toEqual(["En vigueur (inchangé)", "Claire Lefèvre"]);
      expect(reunion[2]).toContain("Compte rendu : Lancement du programme : calendrier des missions validé");
      expect(reunion[2]).toContain("Participants : Région Nouvelle-Aquitaine, Expertise France, ONAS");
      expect(reunion[2]).toMatch(/Date de la réunion du comité de pilotage : \d{1,2}(er)? \S+ \d{4}/);
      await verifierAccessibilite(ri, "Une convention en vigueur, une réunion du comité de pilotage enregistrée");

      // ————————————————————————————— The financial annex in PDF
      const documents = contenu.getByRole("region", { name: "Documents" });
      const generer = documents.getByRole("form", { name: "Générer un document" });
      await generer.getByRole("combobox", { name: /^Document/ }).selectOption({ label: LIBELLE_ANNEXE });
      await generer.getByRole("textbox", { name: /^Désignation de la collectivité dans la convention/ }).fill("la Région");
      await generer.getByRole("button", { name: "Générer le document" }).click();
      await attendreAnnonce(ri, `Le document « ${LIBELLE_ANNEXE} » est généré (version 1)`);
      const lien = documents.getByRole("link", { name: new RegExp(`^${echapper(LIBELLE_ANNEXE)}, version 1 : `) });
      await lien.waitFor();
      expect(await lien.innerText()).toMatch(/PDF – \d+ ko, ajouté le /);
      const telecharge = await ri.request.get((await lien.getAttribute("href"))!);
      expect(telecharge.status()).toBe(200);
      expect((await telecharge.body()).subarray(0, 5).toString()).toBe("%PDF-");

      const etapes: [etape: string, deVers: string, qui: string][] = [
        ["Ouvrir une convention de partenariat", "Ouverture : Projet", "Claire Lefèvre"],
        ["Soumettre la convention aux signatures", "Projet → Soumise aux signatures", "Claire Lefèvre"],
        ["Signer la convention pour l'opérateur", "Soumise aux signatures → Signée par l'opérateur, en attente de la collectivité", "Farid Benali"],
        ["Signer la convention pour la collectivité", "Signée par l'opérateur, en attente de la collectivité → En vigueur", "Laure Chevalier"],
      ];
      for (const [etape, deVers, qui] of etapes) expect((await etapeHistorique(ri, etape)).slice(0, 2), etape).toEqual([deVers, qui]);
      await verifierAccessibilite(ri, "Une convention en vigueur, son annexe financière générée");
      surveillanceRi.verifierAucuneErreur();
    },
  );

  it("l'opérateur ouvre une convention de partenariat avec la Région : les noms des deux parties sont préremplis", { timeout: 120_000 }, async () => {
    const operateur = await nouvellePage();
    const surveillance = await surveiller(operateur);
    await seConnecter(operateur, "operateur@demo.vivier.test", "Farid");
    const contenu = operateur.locator("main");
    await allerAMesProcedures(operateur);
    await verifierAccessibilite(operateur, "Mes procédures, vues par l'opérateur");
    await commencerOuverture(operateur, INTITULE_CONVENTION_OPERATEUR);
    // The only procedure an operator opens: said, not chosen; no agent, the collectivité instead.
    expect(await contenu.innerText()).toContain("Procédure : Convention de partenariat avec un opérateur");
    expect(await contenu.getByRole("combobox", { name: /^Procédure/ }).count()).toBe(0);
    expect(await contenu.getByRole("searchbox", { name: /^Rechercher l'agent concerné/ }).count()).toBe(0);
    const collectivites = contenu.getByRole("group", { name: /^Collectivité partie à la convention/ });
    // Before anything is typed, the most populated collectivités are offered.
    await collectivites.getByRole("radio").first().waitFor();
    await verifierAccessibilite(operateur, "Ouvrir une convention de partenariat, vue par l'opérateur");

    // Without a collectivité: said under the choice, focus on it.
    await contenu.getByRole("button", { name: "Ouvrir la procédure" }).click();
    await collectivites.getByText("Choisissez la collectivité partie à la convention.").waitFor();
    await bientot(() => focus(operateur)).toBe("nouvelle-procedure-collectivite-choix-0");
    await verifierAccessibilite(operateur, "Ouvrir une convention de partenariat, sans collectivité");

    await chercher(operateur, /^Rechercher la collectivité/, "Nouvelle-Aquitaine");
    await cocher(collectivites.getByRole("radio", { name: new RegExp(`^${echapper(REGION)}`) }));
    await verifierAccessibilite(operateur, "Ouvrir une convention de partenariat, la Région choisie");
    await envoyerOuverture(operateur, INTITULE_CONVENTION_OPERATEUR);
    await attendreAnnonce(operateur, `La procédure « ${INTITULE_CONVENTION_OPERATEUR} » est ouverte : projet.`);
    await attendreEtat(operateur, "Projet");
    const fiche = await contenu.innerText();
    expect(fiche).toMatch(new RegExp(`Employeur\\s*${echapper(REGION)}`));
    expect(fiche).toMatch(/Opérateur\s*Expertise France/);
    expect(fiche).toMatch(/Vous agissez comme\s*Opérateur partie à la convention/);
    // Both parties' names, prefilled in the data.
    const donnees = await contenu.getByRole("region", { name: "Données" }).innerText();
    expect(donnees).toMatch(new RegExp(`Nom de la collectivité\\s*${echapper(REGION)}`));
    expect(donnees).toMatch(/Nom de l'opérateur\s*Expertise France/);
    expect(await etapeHistorique(operateur, "Ouvrir une convention de partenariat")).toEqual(["Ouverture : Projet", "Farid Benali", expect.any(String)]);
    await verifierAccessibilite(operateur, "Une convention de partenariat ouverte par l'opérateur");
    surveillance.verifierAucuneErreur();
  });

  it(
    "le RH ouvre une mise à disposition auprès d'Expertise France, sur Vivier : la page montre l'organisme d'accueil, l'opérateur trouve le dossier",
    { timeout: 120_000 },
    async () => {
      const rh = await nouvellePage();
      const surveillanceRh = await surveiller(rh);
      // The employer named as host, refused on purpose, below.
      surveillanceRh.tolerer(/status of 400 .*\/api\/v1\/procedures\)$/);
      await seConnecter(rh, "rh@demo.vivier.test", "Bruno");
      const contenu = rh.locator("main");
      await preparerPourAmina(rh, "Mise à disposition", INTITULE_MISE_A_DISPOSITION);
      const accueil = contenu.getByRole("group", { name: /^Organisme d'accueil sur Vivier \(facultatif\)/ });
      // Optional: nothing chosen at first, the operators offered.
      const aucun = accueil.getByRole("radio", { name: /^Aucun : l'organisme d'accueil n'est pas sur Vivier/ });
      await aucun.waitFor();
      expect(await aucun.isChecked()).toBe(true);
      // Its hint says what to do when the host is not on Vivier.
      expect(await contenu.getByRole("searchbox", { name: /^Rechercher l'organisme d'accueil \(facultatif\).*son nom se saisit dans les données de la procédure et le service RH enregistre ses actes/ }).count()).toBe(1);
      await verifierAccessibilite(rh, "Ouvrir une mise à disposition, l'organisme d'accueil à choisir");

      // The employer itself is no host: refused under the choice, focus on it.
      await chercher(rh, /^Rechercher l'organisme d'accueil/, "Saint-Étienne");
      await cocher(accueil.getByRole("radio", { name: /^Saint-Étienne\s*Commune/ }).first());
      await contenu.getByRole("button", { name: "Ouvrir la procédure" }).click();
      await accueil.getByText("L'organisme d'accueil est une autre organisation que l'employeur.").waitFor();
      await bientot(() => focus(rh)).toBe("nouvelle-procedure-accueil-choix-0");
      expect(new URL(rh.url()).pathname).toBe("/procedures/nouvelle");
      await verifierAccessibilite(rh, "Ouvrir une mise à disposition, l'employeur refusé comme organisme d'accueil");

      await chercher(rh, /^Rechercher l'organisme d'accueil/, "Expertise France");
      await cocher(accueil.getByRole("radio", { name: /^Expertise France/ }));
      await verifierAccessibilite(rh, "Ouvrir une mise à disposition auprès d'Expertise France");
      const adresse = await envoyerOuverture(rh, INTITULE_MISE_A_DISPOSITION);
      await attendreAnnonce(rh, `La procédure « ${INTITULE_MISE_A_DISPOSITION} » est ouverte : projet de convention.`);
      await attendreEtat(rh, "Projet de convention");
      const fiche = await contenu.innerText();
      expect(fiche).toMatch(/Agent\s*Amina Diallo/);
      expect(fiche).toMatch(/Organisme d'accueil\s*Expertise France/);
      expect(fiche).toMatch(/Vous agissez comme\s*Service RH de l'employeur/);
      expect(await contenu.getByRole("region", { name: "Données" }).innerText()).toMatch(/Nom de l'organisme d'accueil\s*Expertise France/);
      await verifierAccessibilite(rh, "Une mise à disposition ouverte auprès d'Expertise France");
      surveillanceRh.verifierAucuneErreur();

      // ————————————————————————————— The host's people find it in « Mes procédures »
      const operateur = await autreNavigateur();
      const surveillanceOperateur = await surveiller(operateur);
      await seConnecter(operateur, "operateur@demo.vivier.test", "Farid");
      await allerAMesProcedures(operateur);
      const lien = operateur.locator("main").getByRole("region", { name: "Résultats" }).getByRole("link", { name: INTITULE_MISE_A_DISPOSITION });
      await lien.waitFor();
      await verifierAccessibilite(operateur, "Mes procédures, la mise à disposition vue par l'organisme d'accueil");
      await lien.click();
      await operateur.waitForURL((url) => url.pathname === adresse);
      await attendreTitre(operateur, INTITULE_MISE_A_DISPOSITION);
      expect(await operateur.locator("main").innerText()).toMatch(/Vous agissez comme\s*Organisme d'accueil/);
      await verifierAccessibilite(operateur, "Une mise à disposition ouverte, vue par l'organisme d'accueil");
      surveillanceOperateur.verifierAucuneErreur();
    },
  );
});
