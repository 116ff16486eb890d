/**
 * Parcours : une mise à disposition, de l'affectation à la convention en cours. L'affectation est
 * préparée par l'API (l'opérateur publie une mission de huit jours, l'agente candidate, le RH la
 * libère, l'opérateur la retient : le conseiller recommande la mise à disposition). Dans le
 * navigateur, le RH ouvre la procédure recommandée depuis la page de l'affectation, rédige la
 * convention (annexe 2) et l'envoie à l'agente ; l'agente la trouve dans « À traiter » et donne son
 * accord écrit ; le RH enregistre l'information de l'assemblée délibérante ; l'autorité signe pour
 * l'employeur, le RH enregistre la signature de l'organisme d'accueil, l'autorité prend l'arrêté ;
 * le RH génère la convention en PDF, en dépose la copie signée et constate le début : la
 * procédure est « En cours », la copie signée listée, chaque étape à l'historique avec son auteur.
 */
import { type APIRequestContext, request } from "playwright-core";
import { describe, expect, it } from "vitest";
import { aujourdhuiEnFrance } from "../src/services/conseil/conseil";
import { MOT_DE_PASSE_DEMO, seConnecter } from "./support/comptes";
import { attendreTitre, bientot, ignorerParcours, surveiller, verifierAccessibilite } from "./support/navigateur";
import { preparerParcours } from "./support/parcours";
import { agir, allerAMesProcedures, attendreAnnonce, attendreEtat, cocher, decaler, echapper, ouvrirDepuisATraiter, recharger } from "./support/procedures";

/** Unique to this run: the demo data and other journeys never hold it. */
const INTITULE = `Appui à la régie des eaux de Thiès ${Date.now().toString(36)}`;
const LIBELLE_CONVENTION = "Convention de mise à disposition (annexe 2)";
const COPIE_SIGNEE = "convention-mise-a-disposition-signee.pdf";

// ————————————————————————————————————————————————————————— Setup through the API

type SessionApi = {
  /** Calls the API as this person; writes carry the anti-CSRF token the session was given. */
  appeler(method: "GET" | "POST", url: string, data?: object): Promise<{ statut: number; corps: unknown }>;
  /** The name of the organisation the person acts for. */
  organisation: string;
  fermer(): Promise<void>;
};

/** A demo account signed in through the API, outside any browser: the setup is no part of the journey. */
async function sessionApi(baseURL: string, email: string): Promise<SessionApi> {
  const contexte: APIRequestContext = await request.newContext({ baseURL });
  const connexion = await contexte.post("/api/v1/auth/login", { data: { email, password: MOT_DE_PASSE_DEMO } });
  expect(connexion.status(), `connexion de ${email}`).toBe(200);
  const moi = (await (await contexte.get("/api/v1/me")).json()) as {
    csrf: string;
    appartenanceActive: string;
    appartenances: { id: string; organisation: { nom: string } }[];
  };
  const csrf = moi.csrf;
  return {
    organisation: moi.appartenances.find((a) => a.id === moi.appartenanceActive)!.organisation.nom,
    async appeler(method, url, data) {
      const r = await contexte.fetch(url, { method, headers: { "x-csrf-token": csrf }, ...(data === undefined ? {} : { data }) });
      const texte = await r.text();
      return { statut: r.status(), corps: texte === "" ? null : (JSON.parse(texte) as unknown) };
    },
    fermer: () => contexte.dispose(),
  };
}

/** The body of a call that must succeed, with the answer in the failure message otherwise. */
async function reussir<T>(appel: Promise<{ statut: number; corps: unknown }>, attendu: number, quoi: string): Promise<T> {
  const { statut, corps } = await appel;
  expect(statut, `${quoi} : ${JSON.stringify(corps)}`).toBe(attendu);
  return corps as T;
}

/**
 * Amina Diallo staffed on an operator's mission of eight days (a public operator hosts her): over
 * the six days of the note's T1, the advisor recommends a mise à disposition. Sessions given in
 * days, so that the total does not depend on the calendar.
 */
async function affectationRecommandantUneMiseADisposition(baseURL: string): Promise<{ candidatureId: string; employeur: string; accueil: string }> {
  const [operateur, agente, rh] = await Promise.all([
    sessionApi(baseURL, "operateur@demo.vivier.test"),
    sessionApi(baseURL, "agent@demo.vivier.test"),
    sessionApi(baseURL, "rh@demo.vivier.test"),
  ]);
  try {
    const annee = new Date().getFullYear() + 1;
    const projet = await reussir<{ id: string }>(
      operateur.appeler("POST", "/api/v1/projets", { intitule: `Eau potable à Thiès (${INTITULE.slice(-6)})`, programme: "PAGoDA", bailleur: "Union européenne" }),
      201,
      "projet",
    );
    const mission = await reussir<{ id: string }>(
      operateur.appeler("POST", `/api/v1/projets/${projet.id}/missions`, {
        intitule: INTITULE,
        source: "operateur",
        termesDeReference: "Diagnostic du réseau d'eau potable de Thiès et plan d'actions de la régie.",
        pays: "SN",
        beneficiaire: "Commune de Thiès",
        domaines: [{ code: "EAU-POTABLE", niveauMin: "confirme" }],
        langues: [{ code: "fr", niveau: "C1" }],
        nombreExperts: 1,
        remuneration: { honorairesJournaliers: 450, perDiem: 96.5 },
        dateLimiteCandidature: `${annee}-01-15`,
        cadre: "operateur",
        hote: { type: "operateur_public" },
        sessions: [{ jours: 8, libelle: "Diagnostic et plan d'actions" }],
      }),
      201,
      "mission",
    );
    await reussir(operateur.appeler("POST", `/api/v1/missions/${mission.id}/transitions`, { evenement: "publier" }), 200, "publication");
    const candidature = await reussir<{ id: string }>(agente.appeler("POST", `/api/v1/missions/${mission.id}/candidatures`, {}), 201, "candidature");
    await reussir(rh.appeler("POST", `/api/v1/candidatures/${candidature.id}/transitions`, { evenement: "accorderLiberation" }), 200, "libération");
    const retenue = await reussir<{ etat: string }>(operateur.appeler("POST", `/api/v1/candidatures/${candidature.id}/transitions`, { evenement: "retenir" }), 200, "affectation");
    expect(retenue.etat).toBe("affectee");
    // The journey is about the recommended procedure: it must be the mise à disposition.
    const lue = await reussir<{ affectation: { jours: number; instrument: string | null } }>(rh.appeler("GET", `/api/v1/candidatures/${candidature.id}`), 200, "lecture");
    expect(lue.affectation).toMatchObject({ jours: 8, instrument: "mise_a_disposition" });
    return { candidatureId: candidature.id, employeur: rh.organisation, accueil: operateur.organisation };
  } finally {
    await Promise.all([operateur, agente, rh].map((s) => s.fermer()));
  }
}

// ————————————————————————————————————————————————————————— Reading and acting on the page

describe.skipIf(ignorerParcours)("Parcours : une mise à disposition recommandée par le conseiller", () => {
  const { nouvellePage, autreNavigateur, serveur } = preparerParcours();

  it(
    "le RH l'ouvre depuis l'affectation et rédige la convention ; l'agente l'accepte ; l'assemblée est informée ; la convention est signée, l'arrêté pris, la copie signée déposée : elle est en cours",
    { timeout: 240_000 },
    async () => {
      const { candidatureId, employeur, accueil } = await affectationRecommandantUneMiseADisposition(serveur().url);
      // The server's today (Paris): the activation is refused before the first day, so it starts today.
      const aujourdhui = aujourdhuiEnFrance();
      const fin = decaler(aujourdhui, 364);
      const seance = decaler(aujourdhui, -7);

      // ————————————————————————————— HR opens the recommended procedure from the staffing
      const rh = await nouvellePage();
      const surveillanceRh = await surveiller(rh);
      await seConnecter(rh, "rh@demo.vivier.test", "Bruno");
      const contenu = rh.locator("main");
      await rh.goto(`/candidatures/${candidatureId}`);
      await attendreTitre(rh, "Candidature de Amina Diallo");
      const section = contenu.getByRole("region", { name: "Ouvrir la procédure" });
      await section.waitFor();
      const recommandee = section.getByRole("radio", { name: "Mise à disposition (recommandée par le conseiller)" });
      expect(await recommandee.isChecked()).toBe(true);
      // The advisor's choice needs no justification.
      expect(await section.getByRole("textbox", { name: /^Justification du choix/ }).count()).toBe(0);
      expect(await section.getByRole("textbox", { name: /^Intitulé/ }).inputValue()).toBe(INTITULE);
      await verifierAccessibilite(rh, "Une affectation, la mise à disposition recommandée proposée au RH");
      await section.getByRole("button", { name: "Ouvrir la procédure" }).click();
      await rh.waitForURL((url) => /^\/procedures\/[0-9a-f-]{36}$/.test(url.pathname));
      const adresse = new URL(rh.url()).pathname;
      await attendreTitre(rh, INTITULE);
      await attendreAnnonce(rh, `La procédure « ${INTITULE} » est ouverte : projet de convention.`);
      await contenu.getByRole("heading", { level: 2, name: "Instrument recommandé par le conseiller : Mise à disposition" }).waitFor();
      expect(await contenu.innerText()).toContain("La procédure ouverte suit la recommandation du conseiller pour l'affectation.");
      // The parties come from the staffing: the agent's employer, and the mission's operator as host.
      const fiche = await contenu.innerText();
      expect(fiche).toMatch(new RegExp(`Employeur\\s*${echapper(employeur)}`));
      expect(fiche).toMatch(new RegExp(`Organisme d'accueil\\s*${echapper(accueil)}`));
      expect(fiche).toMatch(/Agent\s*Amina Diallo/);
      expect(fiche).toMatch(/Vous agissez comme\s*Service RH de l'employeur/);
      // Sending waits for the convention: shown disabled, with what is missing.
      expect(await contenu.getByRole("button", { name: "Envoyer le projet de convention à l'agent" }).isDisabled()).toBe(true);
      await contenu.getByRole("heading", { level: 3, name: "Ce qui manque encore" }).waitFor();
      await verifierAccessibilite(rh, "Une mise à disposition ouverte, la convention à rédiger");

      // ————————————————————————————— The convention (annex 2), prefilled from the staffing
      await contenu.getByRole("button", { name: "Compléter les données" }).click();
      const formulaire = contenu.getByRole("form", { name: LIBELLE_CONVENTION });
      await formulaire.waitFor();
      const texte = (nom: RegExp) => formulaire.getByRole("textbox", { name: nom });
      const choix = (nom: RegExp) => formulaire.getByRole("combobox", { name: nom });
      // What Vivier knows: the agent, her employer, the host (the mission's operator) and its type.
      expect(await texte(/^Nom de l'agent/).inputValue()).toBe("Diallo");
      expect(await texte(/^Prénom de l'agent/).inputValue()).toBe("Amina");
      expect(await texte(/^Nom de l'employeur/).inputValue()).toBe(employeur);
      expect(await texte(/^Nom de l'organisme d'accueil/).inputValue()).toBe(accueil);
      expect(await choix(/^Type d'organisme d'accueil/).inputValue()).toBe("operateur_public");
      expect(await formulaire.getByRole("textbox", { name: /^Nature des activités/ }).inputValue()).toContain("Diagnostic du réseau d'eau potable de Thiès");
      await verifierAccessibilite(rh, "Le formulaire de la convention de mise à disposition");

      await texte(/^Grade de l'agent/).fill("Ingénieure principale");
      await choix(/^Statut de l'agent/).selectOption({ label: "Fonctionnaire titulaire" });
      await texte(/^Représentant de l'employeur/).fill("M. Paul Verdier");
      await texte(/^Qualité du représentant de l'employeur/).fill("Maire de Saint-Étienne");
      await texte(/^Direction ou service d'affectation/).fill("Département eau et assainissement, pôle Afrique de l'Ouest");
      await texte(/^Représentant de l'organisme d'accueil/).fill("Mme Claire Lenoir");
      await texte(/^Qualité du représentant de l'organisme d'accueil/).fill("Directrice du département eau");
      await texte(/^Conditions d'emploi/).fill("Horaires de l'organisme d'accueil ; missions à Thiès de deux semaines au plus.");
      await formulaire.getByLabel(/^Début de la mise à disposition/).fill(aujourdhui);
      await formulaire.getByLabel(/^Fin de la mise à disposition/).fill(fin);
      await texte(/^Quotité de temps de travail/).fill("20");
      await cocher(formulaire.getByRole("radio", { name: "Remboursée par l'organisme d'accueil" }));
      await texte(/^Montant remboursé par période/).fill("4 250,50");
      await choix(/^Périodicité du remboursement/).selectOption({ label: "Trimestrielle" });
      await texte(/^Délai de paiement/).fill("30");
      await texte(/^Préavis de fin anticipée/).fill("60");
      await formulaire.getByRole("button", { name: "Enregistrer les données" }).click();
      await attendreAnnonce(rh, "Les données sont enregistrées : rien ne manque pour l'étape suivante.");
      // Nothing left missing, on the page and for the API.
      expect(await contenu.getByRole("heading", { level: 3, name: "Ce qui manque encore" }).count()).toBe(0);
      const lue = await rh.request.get(`/api/v1${adresse}`);
      expect(((await lue.json()) as { manquants: unknown[] }).manquants).toEqual([]);
      await verifierAccessibilite(rh, "Une convention de mise à disposition complète, en projet");

      await agir(rh, "Envoyer le projet de convention à l'agent", "Soumise à l'accord écrit de l'agent");
      await verifierAccessibilite(rh, "Une convention soumise à l'agente, vue par le RH");
      surveillanceRh.verifierAucuneErreur();

      // ————————————————————————————— The agent gives her written agreement
      const agente = await autreNavigateur();
      const surveillanceAgente = await surveiller(agente);
      await seConnecter(agente, "agent@demo.vivier.test", "Amina");
      await allerAMesProcedures(agente);
      await ouvrirDepuisATraiter(agente, INTITULE, /Donner son accord écrit au projet de convention/, `Mes procédures, « ${INTITULE} » à traiter par l'agente`);
      // She reads the terms she agrees to.
      expect(await agente.locator("main").innerText()).toMatch(/Département eau et assainissement, pôle Afrique de l'Ouest/);
      await verifierAccessibilite(agente, "Une convention soumise à l'agente, vue par elle");
      await agir(agente, "Donner son accord écrit au projet de convention", "Acceptée par l'agent");
      await verifierAccessibilite(agente, "Une convention acceptée, vue par l'agente");
      surveillanceAgente.verifierAucuneErreur();

      // ————————————————————————————— HR records the information of the deliberative assembly
      await recharger(rh, adresse, INTITULE);
      await attendreEtat(rh, "Acceptée par l'agent");
      const informer = contenu.getByRole("button", { name: "Enregistrer l'information de l'assemblée délibérante", exact: true });
      await informer.click();
      expect(await informer.getAttribute("aria-expanded")).toBe("true");
      const formulaireSeance = contenu.getByRole("form", { name: "Enregistrer l'information de l'assemblée délibérante" });
      const dateSeance = formulaireSeance.getByLabel(/^Date de la séance où l'assemblée délibérante a été informée/);
      await bientot(() => dateSeance.evaluate((e) => e === document.activeElement)).toBe(true);
      await dateSeance.fill(seance);
      await verifierAccessibilite(rh, "L'information de l'assemblée délibérante, à enregistrer");
      await formulaireSeance.getByRole("button", { name: /^Confirmer/ }).click();
      await attendreAnnonce(rh, "La procédure est désormais « Assemblée délibérante informée ».");
      await attendreEtat(rh, "Assemblée délibérante informée");
      await verifierAccessibilite(rh, "Une mise à disposition, l'assemblée délibérante informée");
      surveillanceRh.verifierAucuneErreur();

      // ————————————————————————————— The authority signs for the employer
      const autorite = await autreNavigateur();
      const surveillanceAutorite = await surveiller(autorite);
      await seConnecter(autorite, "autorite@demo.vivier.test", "Élise");
      await allerAMesProcedures(autorite);
      await ouvrirDepuisATraiter(autorite, INTITULE, /Signer la convention pour l'employeur/, `Mes procédures, « ${INTITULE} » à signer par l'autorité`);
      await verifierAccessibilite(autorite, "Une convention à signer, vue par l'autorité");
      await agir(autorite, "Signer la convention pour l'employeur", "Signée par l'employeur, en attente de l'organisme d'accueil");
      await verifierAccessibilite(autorite, "Une convention signée par l'employeur, vue par l'autorité");

      // ————————————————————————————— HR records the host's signature (the operator signed on paper)
      await recharger(rh, adresse, INTITULE);
      await agir(rh, "Enregistrer la signature de l'organisme d'accueil", "Convention signée");
      await verifierAccessibilite(rh, "Une convention signée, vue par le RH");

      // ————————————————————————————— The authority takes the arrêté
      await recharger(autorite, adresse, INTITULE);
      await agir(autorite, "Prendre l'arrêté de mise à disposition", "Arrêté pris");
      await verifierAccessibilite(autorite, "Une mise à disposition, l'arrêté pris, vue par l'autorité");
      surveillanceAutorite.verifierAucuneErreur();

      // ————————————————————————————— HR generates the convention, uploads its signed copy
      await recharger(rh, adresse, INTITULE);
      await attendreEtat(rh, "Arrêté pris");
      const documents = contenu.getByRole("region", { name: "Documents" });
      const generer = documents.getByRole("form", { name: "Générer un document" });
      await generer.getByRole("combobox", { name: /^Document/ }).selectOption({ label: LIBELLE_CONVENTION });
      expect(await generer.getByRole("radio", { name: /^PDF/ }).isChecked()).toBe(true);
      // What the case does not hold, asked now; the signatories are the convention's own.
      await generer.getByRole("textbox", { name: /^Civilité de l'agent/ }).fill("Mme");
      await generer.getByRole("textbox", { name: /^Lieu de signature/ }).fill("Saint-Étienne");
      await verifierAccessibilite(rh, "La convention de mise à disposition, à générer");
      await generer.getByRole("button", { name: "Générer le document" }).click();
      await attendreAnnonce(rh, `Le document « ${LIBELLE_CONVENTION} » est généré (version 1)`);
      const lien = documents.getByRole("link", { name: /^Convention de mise à disposition \(annexe 2\), version 1 : / });
      await lien.waitFor();
      expect(await lien.innerText()).toMatch(/PDF – \d+ ko, ajouté le /);
      const genere = await rh.request.get((await lien.getAttribute("href"))!);
      expect(genere.status()).toBe(200);
      const pdf = await genere.body();
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");

      // The generated PDF, printed, signed and scanned: here, the same file back.
      const depot = documents.getByRole("region", { name: "Déposer une copie signée" });
      await depot.getByLabel(/^Copie signée(?! de)/).setInputFiles({ name: COPIE_SIGNEE, mimeType: "application/pdf", buffer: pdf });
      await depot.getByRole("combobox", { name: /^Copie signée de/ }).selectOption({ label: LIBELLE_CONVENTION });
      await verifierAccessibilite(rh, "La copie signée de la convention, à déposer");
      await depot.getByRole("button", { name: "Déposer la copie signée" }).click();
      await attendreAnnonce(rh, `La copie signée « ${COPIE_SIGNEE} » est déposée.`);
      const copie = documents.getByRole("link", { name: `${LIBELLE_CONVENTION} : ${COPIE_SIGNEE}` });
      await copie.waitFor();

      // ————————————————————————————— HR records the first day: the mise à disposition is under way
      await agir(rh, "Constater le début de la mise à disposition", "En cours");
      await rh.reload();
      await attendreTitre(rh, INTITULE);
      await attendreEtat(rh, "En cours");
      await copie.waitFor();
      expect(await copie.innerText()).toMatch(/PDF – \d+ ko, ajouté le /);
      // One row per step: what, from which state to which, by whom.
      const historique = contenu.getByRole("table", { name: "Historique de la procédure" });
      const etapes: [etape: string, deVers: string, qui: string][] = [
        ["Ouvrir une mise à disposition", "Ouverture : Projet de convention", "Bruno Martin"],
        ["Envoyer le projet de convention à l'agent", "Projet de convention → Soumise à l'accord écrit de l'agent", "Bruno Martin"],
        ["Donner son accord écrit au projet de convention", "Soumise à l'accord écrit de l'agent → Acceptée par l'agent", "Amina Diallo"],
        ["Enregistrer l'information de l'assemblée délibérante", "Acceptée par l'agent → Assemblée délibérante informée", "Bruno Martin"],
        ["Signer la convention pour l'employeur", "Assemblée délibérante informée → Signée par l'employeur, en attente de l'organisme d'accueil", "Élise Fournier"],
        ["Enregistrer la signature de l'organisme d'accueil", "Signée par l'employeur, en attente de l'organisme d'accueil → Convention signée", "Bruno Martin"],
        ["Prendre l'arrêté de mise à disposition", "Convention signée → Arrêté pris", "Élise Fournier"],
        ["Constater le début de la mise à disposition", "Arrêté pris → En cours", "Bruno Martin"],
      ];
      expect(await historique.locator("tbody tr").count()).toBe(etapes.length);
      for (const [etape, deVers, qui] of etapes) {
        const cellules = historique.getByRole("row").filter({ has: rh.getByRole("rowheader", { name: etape, exact: true }) }).getByRole("cell");
        expect(await cellules.allInnerTexts(), etape).toEqual([expect.any(String), deVers, qui, expect.any(String)]);
      }
      // The sitting's day in words, as the page writes a civil day (« 1er mars 2027 »).
      const seanceEnMots = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${seance}T00:00:00Z`)).replace(/^1 /, "1er ");
      expect(await historique.innerText()).toContain(`Date de la séance où l'assemblée délibérante a été informée : ${seanceEnMots}`);
      await verifierAccessibilite(rh, "Une mise à disposition en cours, sa copie signée déposée");
      surveillanceRh.verifierAucuneErreur();
    },
  );
});
