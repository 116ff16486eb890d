/**
 * Parcours : l'opérateur crée un projet et y publie une mission (après une session refusée, montrée
 * sous son champ) ; l'agente qui correspond la trouve dans ses notifications et candidate ; le
 * service RH de son employeur accorde sa libération ; l'opérateur la retient, et l'affectation
 * montre l'instrument recommandé par le conseiller ; une session ajoutée fait franchir au total
 * de l'agente le seuil de 6 jours, et la page le signale.
 */
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seConnecter } from "./support/comptes";
import { attendreTitre, bientot, ignorerParcours, surveiller, verifierAccessibilite } from "./support/navigateur";
import { preparerParcours } from "./support/parcours";

const TITRE_MISSIONS = "Missions d'expertise";
/** Unique to this run: the demo data and other journeys never hold it. */
const INTITULE = `Appui au service de l'eau de Rufisque ${Date.now().toString(36)}`;

/** Ticks a DSFR radio button or checkbox as a user does: on its label (the DSFR hides the box behind it). */
async function cocher(choix: Locator): Promise<void> {
  const id = await choix.getAttribute("id");
  await choix.page().locator(`label[for="${id}"]`).click();
  await bientot(() => choix.isChecked()).toBe(true);
}

/** The message an action announces (role=status), in the page's main content. */
async function attendreAnnonce(page: Page, texte: string | RegExp): Promise<void> {
  await page.locator("main").getByRole("status").filter({ hasText: texte }).first().waitFor();
}

/** The header's link to the notifications, its unread count in its name. */
function lienNotifications(page: Page): Locator {
  return page.getByRole("banner").getByRole("link", { name: /^Notifications/ }).first();
}

describe.skipIf(ignorerParcours)("Parcours : missions, candidature et affectation", () => {
  const { nouvellePage, autreNavigateur, serveur } = preparerParcours();

  it("l'opérateur publie, l'agente candidate, le RH la libère, l'opérateur la retient, le seuil de 6 jours est signalé", { timeout: 240_000 }, async () => {
    // ————————————————————————————— The operator publishes a mission
    const operateur = await nouvellePage();
    const surveillanceOperateur = await surveiller(operateur);
    // The session refused on purpose, below.
    surveillanceOperateur.tolerer(/status of 400 .*\/api\/v1\/projets\/[0-9a-f-]{36}\/missions\)$/);
    await seConnecter(operateur, "operateur@demo.vivier.test", "Farid");
    const contenu = operateur.locator("main");

    await operateur.getByRole("navigation", { name: "Menu principal" }).getByRole("link", { name: "Missions" }).click();
    await operateur.waitForURL((url) => url.pathname === "/missions");
    await attendreTitre(operateur, TITRE_MISSIONS);
    await contenu.getByRole("region", { name: "Résultats" }).getByRole("status").filter({ hasText: /missions?|Aucune mission/ }).waitFor();
    await verifierAccessibilite(operateur, "Missions, vues par un opérateur");

    await contenu.getByRole("link", { name: "Publier une mission" }).click();
    await attendreTitre(operateur, "Publier une mission");
    await verifierAccessibilite(operateur, "Les projets de l'opérateur");
    await contenu.getByRole("link", { name: "Créer un projet" }).click();
    await attendreTitre(operateur, "Créer un projet");
    await contenu.getByRole("textbox", { name: /^Intitulé du projet/ }).fill(`Gouvernance de l'eau au Sénégal (${INTITULE.slice(-6)})`);
    await contenu.getByRole("textbox", { name: /^Bailleur de fonds/ }).fill("Agence française de développement");
    await verifierAccessibilite(operateur, "Créer un projet");
    await contenu.getByRole("button", { name: "Créer le projet" }).click();
    await operateur.waitForURL((url) => /^\/projets\/[0-9a-f-]{36}$/.test(url.pathname));
    await attendreAnnonce(operateur, "Le projet est créé");
    await verifierAccessibilite(operateur, "Un projet de l'opérateur");

    await contenu.getByRole("link", { name: "Ajouter une mission" }).click();
    await attendreTitre(operateur, "Nouvelle mission");
    await contenu.getByRole("combobox", { name: /^Pays/ }).waitFor();
    await verifierAccessibilite(operateur, "Nouvelle mission");
    await contenu.getByRole("textbox", { name: /^Intitulé de la mission/ }).fill(INTITULE);
    expect(await contenu.getByRole("combobox", { name: /^Origine du besoin/ }).inputValue()).toBe("operateur");
    await contenu.getByRole("combobox", { name: /^Pays/ }).selectOption({ label: "Sénégal" });
    await contenu.getByRole("textbox", { name: /^Bénéficiaire/ }).fill("Commune de Rufisque");
    await contenu.getByRole("textbox", { name: /^Termes de référence/ }).fill("Diagnostic du réseau d'eau potable.\n\nPlan d'action pour la régie.");
    // The session: dated first, its end before its start, which the API refuses under the field.
    await contenu.getByRole("textbox", { name: /^Début de la session 1/ }).fill("2031-03-05");
    await contenu.getByRole("textbox", { name: /^Fin de la session 1/ }).fill("2031-03-03");
    await contenu.getByRole("button", { name: "Ajouter un domaine" }).click();
    await contenu.getByRole("combobox", { name: /^Domaine d'expertise 1/ }).selectOption({ label: "Production et distribution d'eau potable" });
    await contenu.getByRole("combobox", { name: /^Niveau minimal du domaine 1/ }).selectOption({ label: "confirmé" });
    await contenu.getByRole("button", { name: "Ajouter une langue" }).click();
    await contenu.getByRole("combobox", { name: /^Langue 1/ }).selectOption({ label: "anglais" });
    await contenu.getByRole("combobox", { name: /^Niveau attendu de la langue 1/ }).selectOption("B2");
    await contenu.getByRole("button", { name: "Enregistrer le brouillon" }).click();
    const resume = contenu.getByRole("heading", { level: 2, name: "Un champ est à corriger" });
    await resume.waitFor();
    const fin = contenu.getByRole("textbox", { name: /^Fin de la session 1/ });
    await bientot(() => fin.evaluate((e) => e === document.activeElement)).toBe(true);
    expect(await fin.getAttribute("aria-invalid")).toBe("true");
    await verifierAccessibilite(operateur, "Nouvelle mission, une session refusée");
    // Three days without dates instead: the days count as written.
    await cocher(contenu.getByRole("radio", { name: "Un nombre de jours" }));
    await contenu.getByRole("spinbutton", { name: /^Nombre de jours d'expertise de la session 1/ }).fill("3");
    await contenu.getByRole("button", { name: "Enregistrer le brouillon" }).click();
    await operateur.waitForURL((url) => /^\/missions\/[0-9a-f-]{36}$/.test(url.pathname));
    const adresseMission = new URL(operateur.url()).pathname;
    await attendreTitre(operateur, INTITULE);
    await attendreAnnonce(operateur, "Le brouillon de la mission est enregistré");
    // The state badge (upper-cased by the DSFR stylesheet once it is loaded).
    expect(await contenu.innerText()).toMatch(/\bBrouillon\b/i);
    await contenu.getByRole("heading", { level: 2, name: "Historique" }).waitFor();
    await verifierAccessibilite(operateur, "Une mission en brouillon, vue par son opérateur");

    // The draft changes with the same form, filled with what was saved.
    await contenu.getByRole("link", { name: "Modifier le brouillon" }).click();
    await attendreTitre(operateur, "Modifier la mission");
    const beneficiaire = contenu.getByRole("textbox", { name: /^Bénéficiaire/ });
    await bientot(() => beneficiaire.inputValue()).toBe("Commune de Rufisque");
    expect(await contenu.getByRole("spinbutton", { name: /^Nombre de jours d'expertise de la session 1/ }).inputValue()).toBe("3");
    await verifierAccessibilite(operateur, "Modifier une mission en brouillon");
    await beneficiaire.fill("Commune de Rufisque, régie des eaux");
    await contenu.getByRole("button", { name: "Enregistrer le brouillon" }).click();
    await operateur.waitForURL((url) => url.pathname === adresseMission);
    await attendreAnnonce(operateur, "Le brouillon de la mission est enregistré.");
    await contenu.getByText("Commune de Rufisque, régie des eaux").waitFor();

    await contenu.getByRole("button", { name: "Publier la mission" }).click();
    await attendreAnnonce(operateur, "La mission est désormais : publiée.");
    expect(await contenu.getByRole("table", { name: "Historique de la mission" }).innerText()).toMatch(/Brouillon → Publiée/);
    await verifierAccessibilite(operateur, "Une mission publiée, vue par son opérateur");

    // The list finds it by its title, and by its state.
    await operateur.getByRole("navigation", { name: "Menu principal" }).getByRole("link", { name: "Missions" }).click();
    await attendreTitre(operateur, TITRE_MISSIONS);
    await contenu.getByRole("searchbox", { name: /^Rechercher une mission/ }).fill(INTITULE.slice(-8));
    await contenu.getByRole("search", { name: "Rechercher des missions" }).getByRole("button", { name: "Rechercher", exact: true }).click();
    const resultats = contenu.getByRole("region", { name: "Résultats" });
    await resultats.getByRole("status").filter({ hasText: /^1 mission\.$/ }).waitFor();
    await cocher(contenu.getByRole("checkbox", { name: "Publiée" }));
    await operateur.waitForURL((url) => url.searchParams.get("etat") === "publiee");
    const carte = resultats.getByRole("listitem").filter({ has: operateur.getByRole("heading", { level: 3, name: INTITULE }) });
    await carte.waitFor();
    expect(await carte.innerText()).toMatch(/Publiée[\s\S]*Sénégal[\s\S]*Production et distribution d'eau potable/i);
    await verifierAccessibilite(operateur, "Missions, une mission trouvée");
    surveillanceOperateur.verifierAucuneErreur();

    // ————————————————————————————— The expert who fits is told, and applies
    // The published missions are announced by a job every five minutes (docs/missions.md "Alertes"): run now.
    const annonce = await serveur().services.alertes.annoncerMissionsPubliees();
    expect(annonce.alertes).toBeGreaterThan(0);
    const agente = await autreNavigateur();
    const surveillanceAgente = await surveiller(agente);
    await seConnecter(agente, "agent@demo.vivier.test", "Amina");
    await bientot(() => lienNotifications(agente).innerText()).toMatch(/non lue/i);
    await lienNotifications(agente).click();
    await attendreTitre(agente, "Notifications");
    const alerte = agente.locator("main").getByRole("article").filter({ hasText: INTITULE }).first();
    await alerte.waitFor();
    await verifierAccessibilite(agente, "Notifications de l'agente");
    await alerte.getByRole("link").first().click();
    await agente.waitForURL((url) => url.pathname === adresseMission);
    await attendreTitre(agente, INTITULE);
    const contenuAgente = agente.locator("main");
    await contenuAgente.getByRole("heading", { level: 2, name: "Votre candidature" }).waitFor();
    await verifierAccessibilite(agente, "Une mission publiée, vue par une agente");
    await contenuAgente.getByRole("button", { name: "Candidater" }).click();
    await attendreAnnonce(agente, /^Votre candidature est déposée/);
    const maLigne = contenuAgente.getByRole("table", { name: "Votre candidature" }).getByRole("row").filter({ hasText: "Amina Diallo" });
    await bientot(() => maLigne.innerText()).toMatch(/Déposée[\s\S]*Libération en attente de l'employeur/i);
    await verifierAccessibilite(agente, "Une mission, après la candidature de l'agente");
    surveillanceAgente.verifierAucuneErreur();

    // ————————————————————————————— HR releases her
    const rh = await autreNavigateur();
    const surveillanceRh = await surveiller(rh);
    await seConnecter(rh, "rh@demo.vivier.test", "Bruno");
    await lienNotifications(rh).click();
    await attendreTitre(rh, "Notifications");
    const depot = rh.locator("main").getByRole("article").filter({ hasText: INTITULE }).filter({ hasText: "Amina Diallo" }).first();
    await depot.waitFor();
    await depot.getByRole("link").first().click();
    await rh.waitForURL((url) => /^\/candidatures\/[0-9a-f-]{36}$/.test(url.pathname));
    const adresseCandidature = new URL(rh.url()).pathname;
    await attendreTitre(rh, "Candidature de Amina Diallo");
    await verifierAccessibilite(rh, "Une candidature, vue par le RH de l'employeur");
    await rh.locator("main").getByRole("button", { name: "Accorder la libération de l'agent" }).click();
    await attendreAnnonce(rh, /Libération accordée par l'employeur/i);
    expect(await rh.locator("main").getByRole("table", { name: "Historique de la candidature" }).innerText()).toContain("Libération accordée par l'employeur");
    await verifierAccessibilite(rh, "Une candidature, libération accordée");
    surveillanceRh.verifierAucuneErreur();

    // ————————————————————————————— The operator retains her: the staffing and its instrument
    await operateur.goto(adresseMission);
    await attendreTitre(operateur, INTITULE);
    const candidatures = contenu.getByRole("table", { name: "Candidatures" });
    const ligne = candidatures.getByRole("row").filter({ hasText: "Amina Diallo" });
    await ligne.waitFor();
    expect(await ligne.innerText()).toMatch(/Libération accordée par l'employeur/i);
    await verifierAccessibilite(operateur, "Une mission et ses candidatures, vues par son opérateur");
    await ligne.getByRole("button", { name: /^Retenir la candidature/ }).click();
    await attendreAnnonce(operateur, /affectée/);
    await bientot(() => ligne.innerText()).toMatch(/Affectée/i);
    await ligne.getByRole("link", { name: "Amina Diallo" }).click();
    await operateur.waitForURL((url) => url.pathname === adresseCandidature);
    await attendreTitre(operateur, "Candidature de Amina Diallo");
    await contenu.getByRole("heading", { level: 2, name: "Affectation et instrument juridique" }).waitFor();
    const instrument = contenu.getByRole("heading", { level: 3, name: /^Instrument recommandé : / });
    await instrument.waitFor();
    expect(await contenu.innerText()).toMatch(/3 jours d'expertise de Amina Diallo sur le projet/);
    await contenu.getByRole("heading", { level: 3, name: "Sources" }).waitFor();
    await verifierAccessibilite(operateur, "L'affectation d'Amina Diallo et son instrument");
    const instrumentAvant = await instrument.innerText();

    // ————————————————————————————— A new session crosses 6 days: the warning
    await operateur.goto(adresseMission);
    await attendreTitre(operateur, INTITULE);
    const ajout = contenu.getByRole("form", { name: "Ajouter une session" });
    await cocher(ajout.getByRole("radio", { name: "Un nombre de jours" }));
    await ajout.getByRole("spinbutton", { name: /^Nombre de jours d'expertise de la nouvelle session/ }).fill("4");
    await ajout.getByRole("textbox", { name: /^Libellé de la nouvelle session/ }).fill("Atelier de restitution");
    await ajout.getByRole("button", { name: "Ajouter la session" }).click();
    const avertissement = contenu.getByRole("alert").filter({ hasText: "Seuil franchi : Amina Diallo passe de 3 jours à 7 jours sur le projet" });
    await avertissement.waitFor();
    expect(await avertissement.innerText()).toMatch(/pour les jours restants/);
    expect(await contenu.getByRole("table", { name: "Sessions de la mission" }).innerText()).toContain("Atelier de restitution");
    await verifierAccessibilite(operateur, "Une session ajoutée fait franchir le seuil de 6 jours");

    // Cancelling asks for a reason first, in place; going back on it changes nothing.
    await contenu.getByRole("button", { name: "Annuler la mission" }).click();
    const motif = contenu.getByRole("textbox", { name: /^Motif : annuler la mission/ });
    await bientot(() => motif.evaluate((e) => e === document.activeElement)).toBe(true);
    await verifierAccessibilite(operateur, "Le motif de l'annulation d'une mission");
    await contenu.getByRole("button", { name: "Annuler", exact: true }).click();
    expect(await motif.count()).toBe(0);
    expect(await contenu.innerText()).toMatch(/Publiée/i);

    // The staffing now says it too, with the instrument for the new total.
    await avertissement.getByRole("link", { name: "Voir l'affectation et l'instrument recommandé" }).click();
    await operateur.waitForURL((url) => url.pathname === adresseCandidature);
    await contenu.getByRole("heading", { name: "6 jours ou plus sur le projet" }).waitFor();
    expect(await contenu.innerText()).toMatch(/7 jours d'expertise de Amina Diallo sur le projet/);
    expect(await contenu.getByRole("heading", { level: 3, name: /^Instrument recommandé : / }).innerText()).not.toBe(instrumentAvant);
    await verifierAccessibilite(operateur, "L'affectation d'Amina Diallo après le seuil");
    surveillanceOperateur.verifierAucuneErreur();

    // ————————————————————————————— HR: told of the threshold, follows its agents' days
    await rh.goto("/notifications");
    await attendreTitre(rh, "Notifications");
    await rh.locator("main").getByRole("article").filter({ hasText: "Seuil de jours franchi : Amina Diallo" }).first().waitFor();
    await rh.locator("main").getByRole("button", { name: "Tout marquer comme lu" }).click();
    await attendreAnnonce(rh, /marquées? comme lues?/);
    await rh.locator("main").getByRole("heading", { level: 2, name: "Aucune notification non lue" }).waitFor();
    await bientot(() => lienNotifications(rh).innerText()).not.toMatch(/non lue/i);
    await verifierAccessibilite(rh, "Notifications du RH, toutes lues");
    await rh.getByRole("navigation", { name: "Menu principal" }).getByRole("link", { name: "Missions" }).click();
    await attendreTitre(rh, TITRE_MISSIONS);
    await rh.locator("main").getByRole("link", { name: "Les missions de nos agents" }).click();
    await attendreTitre(rh, "Les missions de nos agents");
    // Released and staffed: no longer among the releases to decide on.
    const liberations = rh.locator("main").getByRole("region", { name: "Libérations à décider" });
    await liberations.locator("ul, p:not([role=status])").first().waitFor();
    expect(await liberations.innerText()).not.toContain(INTITULE);
    const affectation = rh.locator("main").getByRole("table", { name: "Les affectations des agents, par projet" }).getByRole("row").filter({ hasText: INTITULE });
    await affectation.waitFor();
    expect(await affectation.innerText()).toMatch(/Amina Diallo[\s\S]*7 jours[\s\S]*de 6 à 130 jours/i);
    await verifierAccessibilite(rh, "Les affectations des agents de Saint-Étienne");
    surveillanceRh.verifierAucuneErreur();

    // ————————————————————————————— The agent: her candidacies and her days
    await agente.goto("/missions");
    await attendreTitre(agente, TITRE_MISSIONS);
    await agente.locator("main").getByRole("link", { name: "Mes candidatures" }).click();
    await attendreTitre(agente, "Mes candidatures");
    const candidature = agente.locator("main").getByRole("table", { name: "Mes candidatures" }).getByRole("row").filter({ hasText: INTITULE });
    expect(await candidature.innerText()).toMatch(/Affectée/i);
    const jours = agente.locator("main").getByRole("table", { name: "Mes jours d'expertise par projet" });
    expect(await jours.innerText()).toMatch(/7 jours/);
    await verifierAccessibilite(agente, "Mes candidatures, une affectation");
    surveillanceAgente.verifierAucuneErreur();
  });
  it("le RH propose une agente, qui confirme ; l'opérateur décline avec un motif", { timeout: 180_000 }, async () => {
    // A published mission, made through the API as the operator's pages do (the first journey shows those pages).
    const operateur = await nouvellePage();
    const surveillanceOperateur = await surveiller(operateur);
    await seConnecter(operateur, "operateur@demo.vivier.test", "Farid");
    const intitule = `Schéma directeur d'assainissement ${Date.now().toString(36)}`;
    const missionId = await operateur.evaluate(async (titre) => {
      const { csrf } = (await (await fetch("/api/v1/me")).json()) as { csrf: string };
      const ecrire = async (url: string, corps: unknown) => {
        const reponse = await fetch(url, { method: "POST", headers: { "content-type": "application/json", "x-csrf-token": csrf }, body: JSON.stringify(corps) });
        if (!reponse.ok) throw new Error(`${url} : ${reponse.status} ${await reponse.text()}`);
        return (await reponse.json()) as { id: string };
      };
      const projet = await ecrire("/api/v1/projets", { intitule: `Assainissement au Maroc (${titre.slice(-6)})` });
      const mission = await ecrire(`/api/v1/projets/${projet.id}/missions`, {
        intitule: titre,
        source: "operateur",
        pays: "MA",
        beneficiaire: "Commune d'Agadir",
        termesDeReference: "Schéma directeur.",
        domaines: [{ code: "EAU-POTABLE" }],
        sessions: [{ jours: 2 }],
      });
      await ecrire(`/api/v1/missions/${mission.id}/transitions`, { evenement: "publier" });
      return mission.id;
    }, intitule);

    // HR finds one of its agents in its pool and proposes her.
    const rh = await autreNavigateur();
    const surveillanceRh = await surveiller(rh);
    await seConnecter(rh, "rh@demo.vivier.test", "Bruno");
    await rh.goto(`/missions/${missionId}`);
    await attendreTitre(rh, intitule);
    const contenuRh = rh.locator("main");
    await contenuRh.getByRole("heading", { level: 2, name: "Candidatures de vos agents" }).waitFor();
    await contenuRh.getByRole("searchbox", { name: /^Chercher un agent de votre vivier/ }).fill("Amina Diallo");
    await contenuRh.getByRole("search", { name: "Chercher un agent à proposer" }).getByRole("button", { name: "Chercher" }).click();
    const amina = contenuRh.getByRole("radio", { name: /^Amina Diallo/ });
    await amina.waitFor();
    await verifierAccessibilite(rh, "Une mission, vue par le RH qui propose un agent");
    await cocher(amina);
    await contenuRh.getByRole("button", { name: "Proposer l'agent" }).click();
    await attendreAnnonce(rh, /^Amina Diallo est proposé·e/);
    await bientot(() => contenuRh.getByRole("table", { name: "Candidatures de vos agents" }).innerText()).toMatch(/Proposée par l'employeur/i);
    surveillanceRh.verifierAucuneErreur();

    // The agent confirms from her candidacies.
    const agente = await autreNavigateur();
    const surveillanceAgente = await surveiller(agente);
    await seConnecter(agente, "agent@demo.vivier.test", "Amina");
    await agente.goto("/mes-candidatures");
    await attendreTitre(agente, "Mes candidatures");
    const ligne = agente.locator("main").getByRole("table", { name: "Mes candidatures" }).getByRole("row").filter({ hasText: intitule });
    await ligne.getByRole("button", { name: /^Confirmer la candidature proposée/ }).click();
    await attendreAnnonce(agente, `Votre candidature à « ${intitule} » est déposée.`);
    await bientot(() => ligne.innerText()).toMatch(/Déposée/i);
    await verifierAccessibilite(agente, "Mes candidatures, une candidature confirmée");
    surveillanceAgente.verifierAucuneErreur();

    // The operator declines it: the reason is asked for, refused when empty, kept in the history.
    surveillanceOperateur.tolerer(/status of 400 .*\/api\/v1\/candidatures\/[0-9a-f-]{36}\/transitions\)$/);
    await operateur.goto(`/missions/${missionId}`);
    await attendreTitre(operateur, intitule);
    const contenu = operateur.locator("main");
    const candidature = contenu.getByRole("table", { name: "Candidatures" }).getByRole("row").filter({ hasText: "Amina Diallo" });
    await candidature.getByRole("button", { name: /^Décliner la candidature/ }).click();
    const motif = candidature.getByRole("textbox", { name: /^Motif : décliner la candidature/ });
    await bientot(() => motif.evaluate((e) => e === document.activeElement)).toBe(true);
    await candidature.getByRole("button", { name: /^Confirmer : décliner la candidature/ }).click();
    await bientot(() => motif.getAttribute("aria-invalid")).toBe("true");
    await verifierAccessibilite(operateur, "Décliner une candidature, sans motif");
    await motif.fill("Le profil ne couvre pas l'assainissement.");
    await candidature.getByRole("button", { name: /^Confirmer : décliner la candidature/ }).click();
    await attendreAnnonce(operateur, /Amina Diallo : déclinée/);
    await bientot(() => candidature.innerText()).toMatch(/Déclinée[\s\S]*Motif : Le profil ne couvre pas l'assainissement\./i);
    surveillanceOperateur.verifierAucuneErreur();
  });
});
