import { describe, expect, it } from "vitest";
import type { ActeurProcedure } from "./acteurs";
import { type ActeurDeTest, acteurs, AUJOURDHUI, casDeLaTable, modifie, MOTIF, uneDemandeCumul } from "./constructeurs";
import { type ContexteCumul, dateLimiteDecisionCumul, echeancesCumul, ETATS_CUMUL, type EtatCumul, EVENEMENTS_CUMUL, type EvenementCumul, evenementsPossiblesCumul, peutCumul } from "./cumul";
import { lireDemandeCumul } from "./cumul-donnees";

/** Every guard passes: the table alone decides. The request was deposited long enough ago for its deadline to have passed. */
const favorable = (acteur: ActeurDeTest, autre: Partial<ContexteCumul> = {}): ContexteCumul => ({
  acteurs: acteurs(acteur),
  aujourdhui: AUJOURDHUI,
  motif: MOTIF,
  demande: uneDemandeCumul(),
  avis: "favorable",
  motifRetrait: "interet_du_service",
  dateDepot: "2026-02-01",
  complementDemande: false,
  ...autre,
});
const par = (acteur: ActeurProcedure, autre: Partial<ContexteCumul> = {}): ContexteCumul => ({ acteurs: [acteur], aujourdhui: AUJOURDHUI, ...autre });

/** Every allowed (event, state): the table as a lawyer reads it. */
const PERMISES: [EvenementCumul, EtatCumul | null, EtatCumul][] = [
  ["ouvrir", null, "brouillon"],
  ["deposer", "brouillon", "deposee"],
  ["donnerAvis", "deposee", "avis_donne"],
  ["demanderComplement", "avis_donne", "complement_demande"],
  ["completer", "complement_demande", "avis_donne"],
  ["autoriser", "avis_donne", "autorisee"],
  ["refuser", "avis_donne", "refusee"],
  ["refuser", "complement_demande", "refusee"],
  ["constaterRejetImplicite", "deposee", "rejetee_implicitement"],
  ["constaterRejetImplicite", "avis_donne", "rejetee_implicitement"],
  ["constaterRejetImplicite", "complement_demande", "rejetee_implicitement"],
  ["retirer", "autorisee", "retiree"],
  ["signalerChangementSubstantiel", "autorisee", "remplacee"],
  ["abandonner", "brouillon", "abandonnee"],
  ["abandonner", "deposee", "abandonnee"],
  ["abandonner", "avis_donne", "abandonnee"],
  ["abandonner", "complement_demande", "abandonnee"],
];

/** Who may fire each event, and the reason given to anybody else. */
const RESERVE_A: Record<EvenementCumul, [ActeurProcedure[], string]> = {
  ouvrir: [["agent", "rh"], "seul l'agent concerné ou le service RH de l'employeur peut ouvrir une demande de cumul"],
  deposer: [["agent"], "seul l'agent concerné peut déposer la demande"],
  donnerAvis: [["superieur"], "seul le supérieur hiérarchique de l'agent peut donner l'avis du supérieur hiérarchique"],
  demanderComplement: [["autorite", "rh"], "seule l'autorité territoriale de l'employeur ou le service RH de l'employeur peut demander un complément à l'agent"],
  completer: [["agent"], "seul l'agent concerné peut compléter la demande"],
  autoriser: [["autorite"], "seule l'autorité territoriale de l'employeur peut autoriser le cumul"],
  refuser: [["autorite"], "seule l'autorité territoriale de l'employeur peut refuser le cumul"],
  constaterRejetImplicite: [["agent", "rh"], "seul l'agent concerné ou le service RH de l'employeur peut constater le rejet faute de décision"],
  retirer: [["autorite"], "seule l'autorité territoriale de l'employeur peut retirer l'autorisation"],
  signalerChangementSubstantiel: [["agent", "rh"], "seul l'agent concerné ou le service RH de l'employeur peut signaler un changement substantiel de l'activité"],
  abandonner: [["agent"], "seul l'agent concerné peut abandonner la demande"],
};
const IMPOSSIBLE: Record<EvenementCumul, string> = {
  ouvrir: "impossible d'ouvrir une demande de cumul",
  deposer: "impossible de déposer la demande",
  donnerAvis: "impossible de donner l'avis du supérieur hiérarchique",
  demanderComplement: "impossible de demander un complément à l'agent",
  completer: "impossible de compléter la demande",
  autoriser: "impossible d'autoriser le cumul",
  refuser: "impossible de refuser le cumul",
  constaterRejetImplicite: "impossible de constater le rejet faute de décision",
  retirer: "impossible de retirer l'autorisation",
  signalerChangementSubstantiel: "impossible de signaler un changement substantiel de l'activité",
  abandonner: "impossible d'abandonner la demande",
};

const cas = casDeLaTable({ etats: ETATS_CUMUL, evenements: EVENEMENTS_CUMUL, permises: PERMISES, reserveA: Object.fromEntries(Object.entries(RESERVE_A).map(([e, [a]]) => [e, a])) as Record<EvenementCumul, ActeurProcedure[]> });

describe("la table du cumul d'activités, acteur par acteur", () => {
  it("a un événement par verbe de la table", () => expect([...EVENEMENTS_CUMUL].sort()).toEqual(Object.keys(RESERVE_A).sort()));

  it.each(cas.permis)("%s une demande %s : permis à %s → %s", (evenement, de, acteur, vers) =>
    expect(peutCumul(de, evenement, favorable(acteur))).toEqual({ ok: true, transition: { evenement, de, vers, motif: MOTIF } }));

  it.each(cas.interdits)("%s une demande %s : refusé à %s, qui n'a pas ce rôle", (evenement, de, acteur) =>
    expect(peutCumul(de, evenement, favorable(acteur))).toEqual({ ok: false, code: "interdit", raison: RESERVE_A[evenement][1] }));

  it.each(cas.conflits)("%s une demande %s : refusé à %s dans cet état", (evenement, de, acteur) => {
    const r = peutCumul(de, evenement, favorable(acteur));
    expect(r).toMatchObject({ ok: false, code: "conflit" });
    expect(!r.ok && r.raison.startsWith(`${IMPOSSIBLE[evenement]} : la demande de cumul `)).toBe(true);
  });

  it("dit quand l'événement est possible, et rien de plus pour un état final", () => {
    expect(peutCumul("deposee", "autoriser", par("autorite"))).toEqual({
      ok: false,
      code: "conflit",
      raison: "impossible d'autoriser le cumul : la demande de cumul attend l'avis du supérieur hiérarchique (possible seulement quand elle attend la décision de l'autorité)",
    });
    expect(peutCumul("brouillon", "ouvrir", par("agent"))).toMatchObject({
      raison: "impossible d'ouvrir une demande de cumul : la demande de cumul est en préparation (possible seulement quand elle n'existe pas encore)",
    });
    expect(peutCumul(null, "deposer", par("agent"))).toMatchObject({ raison: "impossible de déposer la demande : la demande de cumul n'existe pas encore (possible seulement quand elle est en préparation)" });
    expect(peutCumul("refusee", "retirer", par("autorite", { motif: MOTIF }))).toMatchObject({ raison: "impossible de retirer l'autorisation : la demande de cumul est refusée" });
  });

  it("une personne qui a deux rôles agit avec l'un ou l'autre", () => {
    const rhEtAutorite: ContexteCumul = { ...favorable("rh"), acteurs: ["rh", "autorite"] };
    expect(peutCumul("avis_donne", "autoriser", rhEtAutorite)).toMatchObject({ ok: true });
    expect(peutCumul("avis_donne", "demanderComplement", rhEtAutorite)).toMatchObject({ ok: true });
  });
});

describe("les gardes du cumul", () => {
  it("deposer : la demande complète de l'annexe 3, avec l'erreur de chaque champ", () => {
    const r = peutCumul("brouillon", "deposer", par("agent", { demande: modifie(uneDemandeCumul(), "activiteAccessoire.remuneration") }));
    expect(r).toEqual({
      ok: false,
      code: "validation",
      raison: "la demande ne peut être déposée : les conditions de rémunération : du texte est attendu",
      erreurs: [{ champ: "activiteAccessoire.remuneration", message: "les conditions de rémunération : du texte est attendu" }],
    });
  });
  it("deposer : pas sans la déclaration sur l'honneur", () =>
    expect(peutCumul("brouillon", "deposer", par("agent", { demande: modifie(uneDemandeCumul(), "declarationSurLHonneur.souscrite", false) }))).toMatchObject({
      ok: false,
      code: "validation",
      erreurs: [{ champ: "declarationSurLHonneur.souscrite", message: "la demande ne peut être déposée sans la déclaration sur l'honneur (code pénal art. 432-12)" }],
    }));
  it("deposer : pas de demande du tout", () => expect(peutCumul("brouillon", "deposer", par("agent"))).toMatchObject({ ok: false, code: "validation", erreurs: [{ champ: "demande" }] }));
  it("completer : la demande complétée doit être complète", () =>
    expect(peutCumul("complement_demande", "completer", par("agent", { demande: modifie(uneDemandeCumul(), "expert.grade") }))).toMatchObject({
      ok: false,
      code: "validation",
      raison: "la demande complétée est incomplète : le grade : du texte est attendu",
    }));

  it("donnerAvis : le sens de l'avis est demandé", () =>
    expect(peutCumul("deposee", "donnerAvis", par("superieur"))).toEqual({
      ok: false,
      code: "validation",
      raison: "indiquez si l'avis est favorable ou défavorable",
      erreurs: [{ champ: "avis", message: "l'avis est favorable ou défavorable" }],
    }));
  it("donnerAvis : un avis défavorable dit pourquoi, un favorable n'y est pas tenu", () => {
    expect(peutCumul("deposee", "donnerAvis", par("superieur", { avis: "defavorable", motif: " " }))).toEqual({
      ok: false,
      code: "validation",
      raison: "un avis défavorable dit pourquoi",
      erreurs: [{ champ: "motif", message: "indiquez les raisons de l'avis défavorable" }],
    });
    expect(peutCumul("deposee", "donnerAvis", par("superieur", { avis: "defavorable", motif: "Période de clôture budgétaire." }))).toMatchObject({ ok: true });
    expect(peutCumul("deposee", "donnerAvis", par("superieur", { avis: "favorable" }))).toEqual({ ok: true, transition: { evenement: "donnerAvis", de: "deposee", vers: "avis_donne" } });
  });

  it.each([
    ["demanderComplement", "avis_donne", "autorite", "demander un complément à l'agent"],
    ["refuser", "avis_donne", "autorite", "refuser le cumul"],
    ["signalerChangementSubstantiel", "autorisee", "agent", "signaler un changement substantiel de l'activité"],
  ] as const)("%s demande un motif", (evenement, de, acteur, action) =>
    expect(peutCumul(de, evenement, par(acteur))).toEqual({
      ok: false,
      code: "validation",
      raison: `un motif est obligatoire pour ${action}`,
      erreurs: [{ champ: "motif", message: `indiquez le motif pour ${action}` }],
    }));

  it("retirer : un des motifs de la loi (C4), et le motif en clair", () => {
    expect(peutCumul("autorisee", "retirer", par("autorite", { motif: MOTIF }))).toEqual({
      ok: false,
      code: "validation",
      raison: "l'autorisation ne peut être retirée que pour un des motifs de la loi (C4)",
      erreurs: [{ champ: "motifRetrait", message: "choisissez le motif légal du retrait : interet_du_service, informations_erronees, incompatibilite" }],
    });
    expect(peutCumul("autorisee", "retirer", par("autorite", { motif: MOTIF, motifRetrait: "plus_accessoire" as never }))).toMatchObject({ ok: false, code: "validation" });
    expect(peutCumul("autorisee", "retirer", par("autorite", { motifRetrait: "incompatibilite" }))).toMatchObject({ ok: false, code: "validation", erreurs: [{ champ: "motif" }] });
    expect(peutCumul("autorisee", "retirer", par("autorite", { motifRetrait: "informations_erronees", motif: MOTIF }))).toMatchObject({ ok: true });
  });

  describe("constaterRejetImplicite : le silence ne vaut pas autorisation (C5)", () => {
    const au = (aujourdhui: string, autre: Partial<ContexteCumul> = {}) => peutCumul("avis_donne", "constaterRejetImplicite", par("rh", { dateDepot: "2026-01-31", aujourdhui, ...autre }));
    it("pas le dernier jour du mois, dès le lendemain", () => {
      expect(au("2026-02-28")).toEqual({ ok: false, code: "conflit", raison: "l'autorité peut encore décider jusqu'au 2026-02-28 : le rejet ne peut être constaté avant" });
      expect(au("2026-03-01")).toMatchObject({ ok: true, transition: { vers: "rejetee_implicitement" } });
    });
    it("deux mois quand un complément a été demandé", () => {
      expect(au("2026-03-31", { complementDemande: true })).toMatchObject({ ok: false, code: "conflit" });
      expect(au("2026-04-01", { complementDemande: true })).toMatchObject({ ok: true });
    });
    it("sans date de dépôt, rien à constater", () =>
      expect(peutCumul("deposee", "constaterRejetImplicite", par("agent"))).toEqual({
        ok: false,
        code: "validation",
        raison: "la date de dépôt de la demande est nécessaire pour constater le rejet",
        erreurs: [{ champ: "dateDepot", message: "date de dépôt inconnue" }],
      }));
  });
});

describe("les prochaines actions du cumul", () => {
  const noms = (etat: EtatCumul | null, acteur: ActeurProcedure, autre: Partial<ContexteCumul> = {}) => evenementsPossiblesCumul(etat, par(acteur, autre)).map((e) => e.evenement);
  it.each([
    [null, "agent", ["ouvrir"]],
    ["brouillon", "agent", ["deposer", "abandonner"]],
    ["deposee", "superieur", ["donnerAvis"]],
    ["deposee", "agent", ["constaterRejetImplicite", "abandonner"]],
    ["avis_donne", "autorite", ["demanderComplement", "autoriser", "refuser"]],
    ["avis_donne", "rh", ["demanderComplement", "constaterRejetImplicite"]],
    ["autorisee", "autorite", ["retirer"]],
    ["autorisee", "agent", ["signalerChangementSubstantiel"]],
    ["refusee", "autorite", []],
  ] as const)("d'une demande %s pour %s : %j", (etat, acteur, attendus) => expect(noms(etat, acteur)).toEqual(attendus));

  it("montrent ce qui bloque encore, et les champs à saisir", () => {
    const [deposer] = evenementsPossiblesCumul("brouillon", par("agent", { demande: modifie(uneDemandeCumul(), "expert.nom") }));
    expect(deposer).toMatchObject({ evenement: "deposer", vers: "deposee", bloquee: { code: "validation", erreurs: [{ champ: "expert.nom" }] } });
    expect(evenementsPossiblesCumul("autorisee", par("autorite"))).toEqual([
      // Nothing waits for a withdrawal: optional, it never puts the case on the authority's list.
      { evenement: "retirer", vers: "retiree", libelle: "retirer l'autorisation", motifObligatoire: true, champs: ["motifRetrait", "motif"], facultative: true },
    ]);
    expect(evenementsPossiblesCumul("deposee", par("superieur"))[0]).toEqual({
      evenement: "donnerAvis",
      vers: "avis_donne",
      libelle: "donner l'avis du supérieur hiérarchique",
      motifObligatoire: false,
      champs: ["avis", "motif"],
    });
  });
  it("le rejet faute de décision ne se constate qu'après le délai", () => {
    const [constater] = evenementsPossiblesCumul("deposee", par("rh", { dateDepot: "2026-03-01" }));
    expect(constater).toMatchObject({ evenement: "constaterRejetImplicite", bloquee: { code: "conflit" } });
    expect(evenementsPossiblesCumul("deposee", par("rh", { dateDepot: "2026-02-01" }))[0]).not.toHaveProperty("bloquee");
  });
  it("sont vides pour qui n'a aucun rôle sur le dossier", () => expect(evenementsPossiblesCumul("avis_donne", { acteurs: [], aujourdhui: AUJOURDHUI })).toEqual([]));
});

describe("la demande de cumul (annexe 3)", () => {
  it("une demande complète est lue, un champ facultatif laissé vide est absent", () => {
    const r = lireDemandeCumul(modifie(uneDemandeCumul(), "expert.telephone", "  "));
    expect(r.ok).toBe(true);
    expect(r.ok && r.valeur.expert.telephone).toBeUndefined();
  });

  it.each([
    ["expert.nom", "le nom : du texte est attendu"],
    ["expert.prenom", "le prénom : du texte est attendu"],
    ["expert.grade", "le grade : du texte est attendu"],
    ["expert.service", "le bureau, la direction ou le service : du texte est attendu"],
    ["expert.adresseProfessionnelle", "l'adresse professionnelle : du texte est attendu"],
    ["expert.courriel", "l'adresse électronique n'est pas valide"],
    ["activitePrincipale.fonctions", "les fonctions exercées : du texte est attendu"],
    ["activitePrincipale.quotite", "indiquez si les fonctions sont exercées à temps complet ou à temps partiel"],
    ["activiteAccessoire.description", "la description de l'activité envisagée : du texte est attendu"],
    ["activiteAccessoire.organisme.identite", "l'identité de l'organisme : du texte est attendu"],
    ["activiteAccessoire.organisme.nature", "la nature de l'organisme : du texte est attendu"],
    ["activiteAccessoire.organisme.secteur", "le secteur d'activité de l'organisme : du texte est attendu"],
    ["activiteAccessoire.nature", "la nature de l'activité accessoire : du texte est attendu"],
    ["activiteAccessoire.dateDebut", "le début de l'activité : une date AAAA-MM-JJ qui existe est attendue"],
    ["activiteAccessoire.dateFin", "la fin de l'activité : une date AAAA-MM-JJ qui existe est attendue"],
    ["activiteAccessoire.dureePeriodiciteHoraires", "la durée, la périodicité et les horaires approximatifs : du texte est attendu"],
    ["activiteAccessoire.remuneration", "les conditions de rémunération : du texte est attendu"],
    ["autresActivitesAccessoires.exerce", "indiquez si vous exercez déjà une ou plusieurs activités accessoires (oui ou non)"],
    ["declarationSurLHonneur.souscrite", "la déclaration sur l'honneur est à cocher"],
    ["declarationSurLHonneur.faitA", "le lieu de la déclaration : du texte est attendu"],
    ["declarationSurLHonneur.le", "la date de la déclaration : une date AAAA-MM-JJ qui existe est attendue"],
  ])("%s manquant : « %s »", (champ, message) => expect(lireDemandeCumul(modifie(uneDemandeCumul(), champ))).toEqual({ ok: false, erreurs: [{ champ, message }] }));

  it.each([
    ["expert.nom", "  ", "le nom est obligatoire"],
    ["activiteAccessoire.dateFin", "2026-02-30", "la fin de l'activité : une date AAAA-MM-JJ qui existe est attendue"],
    ["activiteAccessoire.dateFin", "2026-04-06", "la fin de l'activité précède son début"],
    ["activitePrincipale.quotite", "temps_partiel", "indiquez la quotité du temps partiel"],
    ["autresActivitesAccessoires.exerce", true, "décrivez les activités accessoires que vous exercez déjà"],
    ["declarationSurLHonneur.souscrite", false, "la demande ne peut être déposée sans la déclaration sur l'honneur (code pénal art. 432-12)"],
  ])("%s = %j : « %s »", (champ, valeur, message) => {
    const r = lireDemandeCumul(modifie(uneDemandeCumul(), champ, valeur));
    expect(r.ok ? [] : r.erreurs.map((e) => e.message)).toContain(message);
  });
  it("la quotité d'un temps partiel est de 50 à 99 %", () => {
    const partiel = modifie(uneDemandeCumul(), "activitePrincipale.quotite", "temps_partiel");
    expect(lireDemandeCumul(modifie(partiel, "activitePrincipale.quotitePourcentage", 80)).ok).toBe(true);
    expect(lireDemandeCumul(modifie(partiel, "activitePrincipale.quotitePourcentage", 40))).toMatchObject({
      ok: false,
      erreurs: [{ champ: "activitePrincipale.quotitePourcentage", message: "la quotité de temps partiel est d'au moins 50 %" }],
    });
  });
  it("refuse un champ inconnu", () =>
    expect(lireDemandeCumul({ ...uneDemandeCumul(), urgence: true })).toEqual({ ok: false, erreurs: [{ champ: "urgence", message: "champ inconnu" }] }));
});

describe("les échéances du cumul", () => {
  it.each([
    ["2026-03-16", false, "2026-04-16"],
    ["2026-01-31", false, "2026-02-28"],
    ["2028-01-31", false, "2028-02-29"],
    ["2026-12-31", false, "2027-01-31"],
    ["2026-03-31", false, "2026-04-30"],
    ["2026-01-31", true, "2026-03-31"],
    ["2025-12-31", true, "2026-02-28"],
  ] as const)("déposée le %s (complément demandé : %s) : décision au plus tard le %s", (depot, complement, limite) => expect(dateLimiteDecisionCumul(depot, complement)).toBe(limite));

  const decision = (aujourdhui: string) => echeancesCumul({ etat: "deposee", dateDepot: "2026-03-16" }, aujourdhui)[0]!;
  it("exactement un mois après le dépôt, avec sa source et son point à confirmer", () =>
    expect(decision("2026-03-20")).toEqual({
      code: "decision_cumul",
      libelle: "Décision de l'autorité sur la demande de cumul ; sans décision à cette date, la demande est rejetée (le silence ne vaut pas autorisation)",
      date: "2026-04-16",
      niveau: "a_venir",
      source: "C5 — CGFP partie réglementaire, art. R123-1 et suivants ; décret n° 2020-69 (texte cité par la note)",
      aConfirmer: "L'article qui fixe aujourd'hui le délai d'un mois et le rejet faute de décision.",
    }));
  it.each([
    ["2026-04-08", "a_venir"],
    ["2026-04-09", "proche"],
    ["2026-04-16", "proche"],
    ["2026-04-17", "depassee"],
  ] as const)("le %s : %s", (aujourdhui, niveau) => expect(decision(aujourdhui).niveau).toBe(niveau));

  it("seulement tant que la décision est attendue", () => {
    for (const etat of ["brouillon", "autorisee", "refusee", "rejetee_implicitement", "abandonnee"] as const) expect(echeancesCumul({ etat, dateDepot: "2026-03-16" }, AUJOURDHUI)).toEqual([]);
    expect(echeancesCumul({ etat: "complement_demande", dateDepot: "2026-03-16", complementDemande: true }, AUJOURDHUI)[0]!.date).toBe("2026-05-16");
  });
  it("la fin de l'activité autorisée, jusqu'à ce jour : passée, l'autorisation est épuisée et rien n'est plus dû", () => {
    expect(echeancesCumul({ etat: "autorisee", finActivite: "2026-04-14" }, AUJOURDHUI)).toEqual([
      expect.objectContaining({ code: "fin_activite_cumul", date: "2026-04-14", niveau: "proche", source: expect.stringMatching(/^C6 — /) }),
    ]);
    expect(echeancesCumul({ etat: "autorisee", finActivite: "2026-04-14" }, "2026-04-14")).toHaveLength(1);
    expect(echeancesCumul({ etat: "autorisee", finActivite: "2026-04-14" }, "2026-04-15")).toEqual([]);
  });
});
