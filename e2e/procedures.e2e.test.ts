/**
 * Parcours : une demande de cumul d'activités va de l'agente au supérieur à l'autorité. L'agente
 * l'ouvre pour elle-même depuis « Mes procédures », remplit la demande (annexe 3), l'enregistre
 * et la dépose ; le supérieur la trouve dans « À traiter » et donne un avis favorable (après un
 * envoi sans avis, refusé sous son champ) ; l'autorité l'autorise ; l'agente voit « Autorisée »,
 * l'historique de chaque étape, et génère la demande en PDF. Le service RH ouvre la procédure d'une
 * affectation : celle de l'instrument recommandé par le conseiller est proposée ; une autre demande
 * une justification (refusée sans, sous son champ), gardée au dossier.
 */
import { describe, expect, it } from "vitest";
import { seConnecter } from "./support/comptes";
import { attendreTitre, bientot, ignorerParcours, surveiller, verifierAccessibilite } from "./support/navigateur";
import { preparerParcours } from "./support/parcours";
import { allerAMesProcedures, attendreAnnonce, cocher, ouvrirDepuisATraiter } from "./support/procedures";

/** Unique to this run: the demo data and other journeys never hold it. */
const INTITULE = `Expertise eau potable à Mbour ${Date.now().toString(36)}`;

describe.skipIf(ignorerParcours)("Parcours : une demande de cumul d'activités", () => {
  const { nouvellePage, autreNavigateur } = preparerParcours();

  it("l'agente l'ouvre, la remplit et la dépose ; le supérieur donne son avis ; l'autorité l'autorise", { timeout: 240_000 }, async () => {
    // ————————————————————————————— The agent opens a cumul for herself
    const agente = await nouvellePage();
    const surveillanceAgente = await surveiller(agente);
    await seConnecter(agente, "agent@demo.vivier.test", "Amina");
    const contenu = agente.locator("main");
    await allerAMesProcedures(agente);
    await verifierAccessibilite(agente, "Mes procédures, vues par une agente");

    await contenu.getByRole("link", { name: "Ouvrir une procédure" }).click();
    await attendreTitre(agente, "Ouvrir une procédure");
    await contenu.getByText("(vous-même)").waitFor();
    await verifierAccessibilite(agente, "Ouvrir une procédure, pour soi-même");
    await contenu.getByRole("combobox", { name: /^Procédure/ }).selectOption({ label: "Cumul d'activités" });
    await contenu.getByRole("textbox", { name: /^Intitulé/ }).fill(INTITULE);
    await contenu.getByRole("button", { name: "Ouvrir la procédure" }).click();
    await agente.waitForURL((url) => /^\/procedures\/[0-9a-f-]{36}$/.test(url.pathname));
    const adresse = new URL(agente.url()).pathname;
    await attendreTitre(agente, INTITULE);
    await attendreAnnonce(agente, `La procédure « ${INTITULE} » est ouverte : demande en préparation.`);
    // Deposit waits for the request: shown disabled, with what is missing.
    const deposer = contenu.getByRole("button", { name: "Déposer la demande" });
    expect(await deposer.isDisabled()).toBe(true);
    await contenu.getByRole("heading", { level: 3, name: "Ce qui manque encore" }).waitFor();
    await verifierAccessibilite(agente, "Une demande de cumul ouverte, à compléter");

    // ————————————————————————————— The request (annex 3), prefilled from her profile
    await contenu.getByRole("button", { name: "Compléter les données" }).click();
    const formulaire = contenu.getByRole("form", { name: "Demande d'autorisation de cumul d'activités (annexe 3)" });
    await formulaire.waitFor();
    expect(await formulaire.getByRole("textbox", { name: /^Nom/ }).inputValue()).toBe("Diallo");
    await verifierAccessibilite(agente, "Le formulaire de la demande de cumul");
    const texte = (nom: RegExp) => formulaire.getByRole("textbox", { name: nom });
    await texte(/^Grade/).fill("Ingénieure principale");
    await texte(/^Bureau, direction ou service/).fill("Direction de l'eau et de l'assainissement");
    await texte(/^Adresse professionnelle/).fill("2 avenue Grüner, 42000 Saint-Étienne");
    await texte(/^Adresse électronique/).fill("amina.diallo@saint-etienne.example");
    await texte(/^Fonctions exercées/).fill("Responsable du service de l'eau potable");
    await cocher(formulaire.getByRole("radio", { name: "À temps complet" }));
    await texte(/^Description de l'activité envisagée/).fill("Diagnostic du réseau d'eau potable de Mbour et plan d'actions");
    await texte(/^Identité de l'organisme/).fill("Expertise France");
    await texte(/^Nature de l'organisme/).fill("Établissement public");
    await texte(/^Secteur d'activité de l'organisme/).fill("Coopération technique internationale");
    await texte(/^Nature de l'activité accessoire/).fill("Expertise");
    await formulaire.getByLabel(/^Début de l'activité/).fill("2031-04-07");
    await formulaire.getByLabel(/^Fin de l'activité/).fill("2031-04-12");
    await texte(/^Durée, périodicité et horaires approximatifs/).fill("Six jours, pris sur des congés");
    await texte(/^Conditions de rémunération/).fill("450 € par jour et per diem");
    await cocher(formulaire.getByRole("radio", { name: "Non" }));
    await cocher(formulaire.getByRole("checkbox", { name: /^Je déclare sur l'honneur/ }));
    await texte(/^Fait à/).fill("Saint-Étienne");
    await formulaire.getByLabel("Le", { exact: true }).fill("2031-03-10");
    await formulaire.getByRole("button", { name: "Enregistrer la demande" }).click();
    await attendreAnnonce(agente, "Les données sont enregistrées : rien ne manque pour l'étape suivante.");
    // Read back in words.
    await contenu.getByRole("heading", { name: "Activité accessoire envisagée" }).waitFor();
    expect(await contenu.innerText()).toMatch(/Temps de travail\s*À temps complet/);
    await verifierAccessibilite(agente, "Une demande de cumul complète, en préparation");

    await bientot(() => deposer.isDisabled()).toBe(false);
    await deposer.click();
    await attendreAnnonce(agente, "« Déposer la demande » : c'est fait. La procédure est désormais « Déposée, en attente de l'avis du supérieur hiérarchique ».");
    await contenu.getByRole("table", { name: "Échéances de la procédure" }).waitFor();
    expect(await contenu.getByRole("table", { name: "Échéances de la procédure" }).innerText()).toMatch(/Décision de l'autorité sur la demande de cumul/);
    await verifierAccessibilite(agente, "Une demande de cumul déposée, vue par l'agente");
    surveillanceAgente.verifierAucuneErreur();

    // ————————————————————————————— The superior gives a favourable opinion
    const superieur = await autreNavigateur();
    const surveillanceSuperieur = await surveiller(superieur);
    // Sent without an opinion on purpose, below.
    surveillanceSuperieur.tolerer(/status of 400 .*\/api\/v1\/procedures\/[0-9a-f-]{36}\/evenements\)$/);
    await seConnecter(superieur, "superieur@demo.vivier.test", "David");
    await allerAMesProcedures(superieur);
    await ouvrirDepuisATraiter(superieur, INTITULE, /Donner l'avis du supérieur hiérarchique/, `Mes procédures, « ${INTITULE} » à traiter par le supérieur`);
    const contenuSuperieur = superieur.locator("main");
    await verifierAccessibilite(superieur, "Une demande de cumul déposée, vue par le supérieur");
    const donnerAvis = contenuSuperieur.getByRole("button", { name: "Donner l'avis du supérieur hiérarchique", exact: true });
    await donnerAvis.click();
    expect(await donnerAvis.getAttribute("aria-expanded")).toBe("true");
    const formulaireAvis = contenuSuperieur.getByRole("form", { name: "Donner l'avis du supérieur hiérarchique" });
    const favorable = formulaireAvis.getByRole("radio", { name: "Favorable", exact: true });
    await bientot(() => favorable.evaluate((e) => e === document.activeElement)).toBe(true);
    // Without an opinion: the API says so under the field, which takes focus.
    await formulaireAvis.getByRole("button", { name: /^Confirmer/ }).click();
    await formulaireAvis.getByText("L'avis est favorable ou défavorable.").waitFor();
    await bientot(() => favorable.evaluate((e) => e === document.activeElement)).toBe(true);
    await verifierAccessibilite(superieur, "L'avis du supérieur, refusé sans avis");
    await cocher(favorable);
    await formulaireAvis.getByRole("button", { name: /^Confirmer/ }).click();
    await attendreAnnonce(superieur, "La procédure est désormais « En attente de la décision de l'autorité territoriale ».");
    await bientot(() => contenuSuperieur.getByRole("button", { name: "Donner l'avis du supérieur hiérarchique", exact: true }).count()).toBe(0);
    await verifierAccessibilite(superieur, "Une demande de cumul après l'avis du supérieur");
    surveillanceSuperieur.verifierAucuneErreur();

    // ————————————————————————————— The authority authorises
    const autorite = await autreNavigateur();
    const surveillanceAutorite = await surveiller(autorite);
    await seConnecter(autorite, "autorite@demo.vivier.test", "Élise");
    await allerAMesProcedures(autorite);
    await ouvrirDepuisATraiter(autorite, INTITULE, /Autoriser le cumul[\s\S]*Refuser le cumul/, `Mes procédures, « ${INTITULE} » à traiter par l'autorité`);
    await verifierAccessibilite(autorite, "Une demande de cumul à décider, vue par l'autorité");
    await autorite.locator("main").getByRole("button", { name: "Autoriser le cumul" }).click();
    await attendreAnnonce(autorite, "« Autoriser le cumul » : c'est fait. La procédure est désormais « Autorisée ».");
    await verifierAccessibilite(autorite, "Une demande de cumul autorisée, vue par l'autorité");
    surveillanceAutorite.verifierAucuneErreur();

    // ————————————————————————————— The agent sees it authorised, its history, and generates the request
    await agente.goto(adresse);
    await attendreTitre(agente, INTITULE);
    await bientot(() => contenu.locator(".fr-badges-group").first().innerText()).toMatch(/^Autorisée$/i);
    const historique = contenu.getByRole("table", { name: "Historique de la procédure" });
    const lignes = await historique.innerText();
    expect(lignes).toMatch(/Ouvrir une demande de cumul[\s\S]*Amina Diallo/);
    expect(lignes).toMatch(/Déposer la demande[\s\S]*Demande en préparation → Déposée, en attente de l'avis du supérieur hiérarchique[\s\S]*Amina Diallo/);
    expect(lignes).toMatch(/Donner l'avis du supérieur hiérarchique[\s\S]*David Moreau[\s\S]*Avis du supérieur hiérarchique : Favorable/);
    expect(lignes).toMatch(/Autoriser le cumul[\s\S]*En attente de la décision de l'autorité territoriale → Autorisée[\s\S]*Élise Fournier/);
    await verifierAccessibilite(agente, "Une demande de cumul autorisée, vue par l'agente");

    const documents = contenu.getByRole("region", { name: "Documents" });
    const generer = documents.getByRole("form", { name: "Générer un document" });
    await generer.getByRole("combobox", { name: /^Document/ }).selectOption({ label: "Demande d'autorisation de cumul d'activités (annexe 3)" });
    expect(await generer.getByRole("radio", { name: /^PDF/ }).isChecked()).toBe(true);
    await generer.getByRole("button", { name: "Générer le document" }).click();
    await attendreAnnonce(agente, "Le document « Demande d'autorisation de cumul d'activités (annexe 3) » est généré (version 1)");
    const lien = documents.getByRole("link", { name: /^Demande d'autorisation de cumul d'activités \(annexe 3\), version 1 : / });
    await lien.waitFor();
    expect(await lien.innerText()).toMatch(/PDF – \d+ ko, ajouté le /);
    const telecharge = await agente.request.get((await lien.getAttribute("href"))!);
    expect(telecharge.status()).toBe(200);
    expect((await telecharge.body()).subarray(0, 5).toString()).toBe("%PDF-");
    await verifierAccessibilite(agente, "Une demande de cumul autorisée, sa demande générée");

    // The list finds it by its state.
    await allerAMesProcedures(agente);
    await contenu.getByRole("combobox", { name: /^État/ }).selectOption({ label: "Autorisée" });
    await contenu.getByRole("button", { name: "Appliquer les filtres" }).click();
    await agente.waitForURL((url) => url.searchParams.get("etat") === "autorisee" && url.searchParams.get("type") === "cumul_activites");
    const carte = contenu.getByRole("region", { name: "Résultats" }).getByRole("listitem").filter({ has: agente.getByRole("heading", { level: 3, name: INTITULE }) });
    await carte.waitFor();
    expect(await carte.innerText()).toMatch(/Autorisée[\s\S]*Amina Diallo/i);
    await verifierAccessibilite(agente, "Mes procédures, filtrées par état");
    surveillanceAgente.verifierAucuneErreur();
  });
  it("le RH ouvre la procédure d'une affectation : l'instrument du conseiller proposé, un autre choix justifié", { timeout: 120_000 }, async () => {
    const rh = await nouvellePage();
    const surveillance = await surveiller(rh);
    // Another procedure than the recommended one, sent without a justification on purpose, below.
    surveillance.tolerer(/status of 400 .*\/api\/v1\/procedures\)$/);
    await seConnecter(rh, "rh@demo.vivier.test", "Bruno");
    const contenu = rh.locator("main");
    await rh.getByRole("navigation", { name: "Menu principal" }).getByRole("link", { name: "Missions" }).click();
    await attendreTitre(rh, "Missions d'expertise");
    await contenu.getByRole("link", { name: "Les missions de nos agents" }).click();
    await attendreTitre(rh, "Les missions de nos agents");
    // Amina Diallo, staffed in the demo: her first mission's candidacy.
    const ligne = contenu.getByRole("row").filter({ hasText: "Amina Diallo" }).first();
    await ligne.waitFor();
    await ligne.locator('a[href^="/candidatures/"]').first().click();
    await attendreTitre(rh, "Candidature de Amina Diallo");
    const section = contenu.getByRole("region", { name: "Ouvrir la procédure" });
    await section.waitFor();
    const recommandee = section.getByRole("radio", { name: /\(recommandée par le conseiller\)$/ });
    expect(await recommandee.isChecked()).toBe(true);
    await verifierAccessibilite(rh, "Une affectation, la procédure à ouvrir proposée au RH");

    // Another choice: an ordre de mission (open to any agent), or a cumul when that is the recommendation.
    const autre = (await recommandee.getAttribute("value")) === "ordre_de_mission" ? "Cumul d'activités" : "Ordre de mission";
    await cocher(section.getByRole("radio", { name: autre, exact: true }));
    const justification = section.getByRole("textbox", { name: /^Justification du choix/ });
    await justification.waitFor();
    await section.getByRole("textbox", { name: /^Intitulé/ }).fill(`${INTITULE} (affectation)`);
    await section.getByRole("button", { name: "Ouvrir la procédure" }).click();
    await section.getByText(/^Indiquez pourquoi vous choisissez /).waitFor();
    await bientot(() => justification.evaluate((e) => e === document.activeElement)).toBe(true);
    expect(await justification.getAttribute("aria-invalid")).toBe("true");
    await verifierAccessibilite(rh, "Ouvrir la procédure d'une affectation, sans la justification demandée");

    await justification.fill("La collectivité prend la mission à son compte, sur le temps de travail de l'agente.");
    await section.getByRole("button", { name: "Ouvrir la procédure" }).click();
    await rh.waitForURL((url) => /^\/procedures\/[0-9a-f-]{36}$/.test(url.pathname));
    await attendreTitre(rh, `${INTITULE} (affectation)`);
    await attendreAnnonce(rh, /est ouverte/);
    await contenu.getByRole("heading", { level: 2, name: /^Instrument recommandé par le conseiller : / }).waitFor();
    expect(await contenu.innerText()).toContain("Justification du choix : La collectivité prend la mission à son compte");
    expect(await contenu.getByRole("table", { name: "Historique de la procédure" }).innerText()).toMatch(/Bruno Martin\s*La collectivité prend la mission à son compte/);
    await verifierAccessibilite(rh, "Une procédure ouverte depuis une affectation, vue par le RH");
    surveillance.verifierAucuneErreur();
  });
  it("le RH ouvre à la main un cumul pour une de ses agentes, trouvée parmi les agents de sa collectivité", { timeout: 120_000 }, async () => {
    const rh = await nouvellePage();
    const surveillance = await surveiller(rh);
    await seConnecter(rh, "rh@demo.vivier.test", "Bruno");
    const contenu = rh.locator("main");
    await allerAMesProcedures(rh);
    await contenu.getByRole("link", { name: "Ouvrir une procédure" }).click();
    await attendreTitre(rh, "Ouvrir une procédure");
    await contenu.getByRole("status").filter({ hasText: /^\d+ résultats?\.$/ }).waitFor();
    await verifierAccessibilite(rh, "Ouvrir une procédure, vue par le RH");
    await contenu.getByRole("combobox", { name: /^Procédure/ }).selectOption({ label: "Cumul d'activités" });
    // Sent before choosing the agent: said under the choice, before any call.
    await contenu.getByRole("button", { name: "Ouvrir la procédure" }).click();
    await contenu.getByText("Choisissez l'agent concerné.").waitFor();
    await contenu.getByRole("searchbox", { name: /^Rechercher l'agent concerné/ }).fill("Diallo");
    await contenu.getByRole("searchbox", { name: /^Rechercher l'agent concerné/ }).press("Enter");
    await contenu.getByRole("status").filter({ hasText: /pour « Diallo »/ }).waitFor();
    await cocher(contenu.getByRole("radio", { name: /^Amina Diallo/ }));
    await verifierAccessibilite(rh, "Ouvrir une procédure, l'agente choisie");
    await contenu.getByRole("button", { name: "Ouvrir la procédure" }).click();
    await rh.waitForURL((url) => /^\/procedures\/[0-9a-f-]{36}$/.test(url.pathname));
    await attendreTitre(rh, "Cumul d'activités");
    expect(await contenu.innerText()).toMatch(/Agent\s*Amina Diallo/);
    expect(await contenu.innerText()).toMatch(/Vous agissez comme\s*Service RH de l'employeur/);
    await verifierAccessibilite(rh, "Un cumul ouvert par le RH");
    surveillance.verifierAucuneErreur();
  });
});
