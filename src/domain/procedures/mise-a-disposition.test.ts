import { describe, expect, it } from "vitest";
import type { ActeurProcedure } from "./acteurs";
import { type ActeurDeTest, acteurs, AUJOURDHUI, casDeLaTable, modifie, MOTIF, uneConventionMad } from "./constructeurs";
import {
  type ContexteMiseADisposition,
  ETATS_MISE_A_DISPOSITION,
  type EtatMiseADisposition,
  EVENEMENTS_MISE_A_DISPOSITION,
  type EvenementMiseADisposition,
  evenementsPossiblesMiseADisposition,
  peutMiseADisposition,
} from "./mise-a-disposition";

const REMBOURSEMENT = { periode: "2026-01-01/2026-03-31", montant: 12_000, recuLe: "2026-03-10" };

/** Every guard passes: the table alone decides. The end is observed the day after the last day. */
const favorable = (acteur: ActeurDeTest, evenement?: EvenementMiseADisposition): ContexteMiseADisposition => ({
  acteurs: acteurs(acteur),
  aujourdhui: evenement === "terminer" ? "2026-07-01" : AUJOURDHUI,
  motif: MOTIF,
  convention: uneConventionMad(),
  dateInformationAssemblee: "2025-12-15",
  demandeur: "accueil",
  anneeRapport: 2026,
  remboursement: REMBOURSEMENT,
});
const par = (acteur: ActeurProcedure, autre: Partial<ContexteMiseADisposition> = {}): ContexteMiseADisposition => ({
  acteurs: [acteur],
  aujourdhui: AUJOURDHUI,
  convention: uneConventionMad(),
  ...autre,
});

const SIGNEE_A_EN_COURS = ["signee_par_l_employeur", "signee_par_l_accueil", "signee", "arretee", "active", "avenant_soumis", "avenant_accepte"] as const;
const SUIVIES = ["active", "avenant_soumis", "avenant_accepte", "terminee", "terminee_avant_terme"] as const;

const PERMISES: [EvenementMiseADisposition, EtatMiseADisposition | null, EtatMiseADisposition][] = [
  ["ouvrir", null, "projet"],
  ["envoyerALAgent", "projet", "soumise_a_l_agent"],
  ["refuserParLAgent", "soumise_a_l_agent", "projet"],
  ["accepterParLAgent", "soumise_a_l_agent", "acceptee_par_l_agent"],
  ["informerAssemblee", "acceptee_par_l_agent", "assemblee_informee"],
  ["signerPourLEmployeur", "assemblee_informee", "signee_par_l_employeur"],
  ["signerPourLEmployeur", "signee_par_l_accueil", "signee"],
  ["signerPourLAccueil", "assemblee_informee", "signee_par_l_accueil"],
  ["signerPourLAccueil", "signee_par_l_employeur", "signee"],
  ["prendreArrete", "signee", "arretee"],
  ["activer", "arretee", "active"],
  ["modifierParAvenant", "active", "avenant_soumis"],
  ["accepterAvenant", "avenant_soumis", "avenant_accepte"],
  ["refuserAvenant", "avenant_soumis", "active"],
  ["prendreArreteAvenant", "avenant_accepte", "active"],
  ["terminer", "active", "terminee"],
  ...SIGNEE_A_EN_COURS.map((de) => ["mettreFin", de, "terminee_avant_terme"] as [EvenementMiseADisposition, EtatMiseADisposition, EtatMiseADisposition]),
  ...(["projet", "soumise_a_l_agent", "acceptee_par_l_agent", "assemblee_informee"] as const).map(
    (de) => ["abandonner", de, "abandonnee"] as [EvenementMiseADisposition, EtatMiseADisposition, EtatMiseADisposition],
  ),
  // Recorded in the history; the state does not change.
  ...SUIVIES.flatMap((de) => (["deposerRapportAnnuel", "enregistrerRemboursement"] as const).map((e) => [e, de, de] as [EvenementMiseADisposition, EtatMiseADisposition, EtatMiseADisposition])),
];

const RESERVE_A: Record<EvenementMiseADisposition, [ActeurProcedure[], string]> = {
  ouvrir: [["rh"], "seul le service RH de l'employeur peut ouvrir une mise à disposition"],
  envoyerALAgent: [["rh"], "seul le service RH de l'employeur peut envoyer le projet de convention à l'agent"],
  refuserParLAgent: [["agent"], "seul l'agent concerné peut refuser le projet de convention"],
  accepterParLAgent: [["agent"], "seul l'agent concerné peut donner son accord écrit au projet de convention"],
  informerAssemblee: [["rh"], "seul le service RH de l'employeur peut enregistrer l'information de l'assemblée délibérante"],
  signerPourLEmployeur: [["autorite"], "seule l'autorité territoriale de l'employeur peut signer la convention pour l'employeur"],
  signerPourLAccueil: [["accueil", "rh"], "seul l'organisme d'accueil ou le service RH de l'employeur peut enregistrer la signature de l'organisme d'accueil"],
  prendreArrete: [["autorite"], "seule l'autorité territoriale de l'employeur peut prendre l'arrêté de mise à disposition"],
  activer: [["rh"], "seul le service RH de l'employeur peut constater le début de la mise à disposition"],
  modifierParAvenant: [["rh"], "seul le service RH de l'employeur peut soumettre un avenant à l'agent"],
  accepterAvenant: [["agent"], "seul l'agent concerné peut donner son accord écrit à l'avenant"],
  refuserAvenant: [["agent"], "seul l'agent concerné peut refuser l'avenant"],
  prendreArreteAvenant: [["autorite"], "seule l'autorité territoriale de l'employeur peut signer l'avenant et prendre le nouvel arrêté"],
  terminer: [["rh"], "seul le service RH de l'employeur peut constater la fin de la mise à disposition"],
  mettreFin: [["autorite"], "seule l'autorité territoriale de l'employeur peut mettre fin à la mise à disposition avant son terme"],
  abandonner: [["rh"], "seul le service RH de l'employeur peut abandonner la mise à disposition"],
  deposerRapportAnnuel: [["accueil", "rh"], "seul l'organisme d'accueil ou le service RH de l'employeur peut enregistrer le rapport annuel de l'organisme d'accueil"],
  enregistrerRemboursement: [["rh"], "seul le service RH de l'employeur peut enregistrer un remboursement reçu"],
};

const cas = casDeLaTable({
  etats: ETATS_MISE_A_DISPOSITION,
  evenements: EVENEMENTS_MISE_A_DISPOSITION,
  permises: PERMISES,
  reserveA: Object.fromEntries(Object.entries(RESERVE_A).map(([e, [a]]) => [e, a])) as Record<EvenementMiseADisposition, ActeurProcedure[]>,
});

describe("la table de la mise à disposition, acteur par acteur", () => {
  it("a un événement par verbe de la table", () => expect([...EVENEMENTS_MISE_A_DISPOSITION].sort()).toEqual(Object.keys(RESERVE_A).sort()));

  it.each(cas.permis)("%s une mise à disposition %s : permis à %s → %s", (evenement, de, acteur, vers) =>
    expect(peutMiseADisposition(de, evenement, favorable(acteur, evenement))).toEqual({ ok: true, transition: { evenement, de, vers, motif: MOTIF } }));

  it.each(cas.interdits)("%s une mise à disposition %s : refusé à %s, qui n'a pas ce rôle", (evenement, de, acteur) =>
    expect(peutMiseADisposition(de, evenement, favorable(acteur, evenement))).toEqual({ ok: false, code: "interdit", raison: RESERVE_A[evenement][1] }));

  it.each(cas.conflits)("%s une mise à disposition %s : refusé à %s dans cet état", (evenement, de, acteur) => {
    const r = peutMiseADisposition(de, evenement, favorable(acteur, evenement));
    expect(r).toMatchObject({ ok: false, code: "conflit" });
    expect(!r.ok && r.raison).toMatch(/^impossible (de |d').+ : la mise à disposition /);
  });

  it("rien n'est signé avant l'accord écrit de l'agent et l'information de l'assemblée", () => {
    expect(peutMiseADisposition("soumise_a_l_agent", "signerPourLEmployeur", par("autorite"))).toEqual({
      ok: false,
      code: "conflit",
      raison:
        "impossible de signer la convention pour l'employeur : la mise à disposition attend l'accord écrit de l'agent (possible seulement quand elle a été présentée à l'assemblée délibérante ou est signée par l'organisme d'accueil seulement)",
    });
    expect(peutMiseADisposition("acceptee_par_l_agent", "signerPourLAccueil", par("accueil"))).toMatchObject({ ok: false, code: "conflit" });
  });
  it("la seconde signature, dans un ordre ou dans l'autre, rend la convention signée", () => {
    const employeur = peutMiseADisposition("assemblee_informee", "signerPourLEmployeur", par("autorite"));
    expect(employeur).toMatchObject({ ok: true, transition: { vers: "signee_par_l_employeur" } });
    expect(peutMiseADisposition("signee_par_l_employeur", "signerPourLEmployeur", par("autorite"))).toMatchObject({ ok: false, code: "conflit" });
    expect(peutMiseADisposition("signee_par_l_employeur", "signerPourLAccueil", par("accueil"))).toMatchObject({ ok: true, transition: { vers: "signee" } });
  });
});

describe("les gardes de la mise à disposition", () => {
  it.each([
    ["agent.statut", "contractuel_cdd", "M1 : la mise à disposition n'est pas ouverte à un contractuel en CDD ; voyez le cumul d'activités"],
    ["agent.statut", "stagiaire", "M1 : la mise à disposition n'est pas ouverte à un fonctionnaire stagiaire (à confirmer) ; voyez le cumul d'activités"],
    ["accueil.type", "operateur_prive", "M2 : un organisme privé ne peut accueillir une mise à disposition ; voyez le détachement ou le cumul d'activités"],
  ])("envoyerALAgent : %s = %s est refusé (%s)", (champ, valeur, message) =>
    expect(peutMiseADisposition("projet", "envoyerALAgent", par("rh", { convention: modifie(uneConventionMad(), champ, valeur) }))).toEqual({
      ok: false,
      code: "validation",
      raison: `la convention ne peut être envoyée à l'agent : ${message}`,
      erreurs: [{ champ, message }],
    }));

  it("informerAssemblee : la date d'une séance passée, avant la mise à disposition", () => {
    const informer = (date?: string) => peutMiseADisposition("acceptee_par_l_agent", "informerAssemblee", par("rh", { dateInformationAssemblee: date }));
    expect(informer()).toMatchObject({ ok: false, code: "validation", erreurs: [{ champ: "dateInformationAssemblee", message: "indiquez la date de la séance où l'assemblée délibérante a été informée (AAAA-MM-JJ)" }] });
    expect(informer("2026-02-30")).toMatchObject({ ok: false, code: "validation", erreurs: [{ champ: "dateInformationAssemblee" }] });
    expect(informer("2026-03-17")).toMatchObject({ erreurs: [{ message: "la séance de l'assemblée délibérante ne peut être à venir" }] });
    expect(informer("2026-01-02")).toMatchObject({ erreurs: [{ message: "l'assemblée délibérante est informée avant la mise à disposition, qui commence le 2026-01-01" }] });
    expect(informer("2026-01-01")).toMatchObject({ ok: true });
  });

  it("activer : pas avant le premier jour", () => {
    const convention = modifie(modifie(uneConventionMad(), "dateDebut", "2026-04-01"), "dateFin", "2026-09-30");
    expect(peutMiseADisposition("arretee", "activer", par("rh", { convention, aujourdhui: "2026-03-31" }))).toEqual({
      ok: false,
      code: "conflit",
      raison: "la mise à disposition commence le 2026-04-01 : elle ne peut être en cours avant",
    });
    expect(peutMiseADisposition("arretee", "activer", par("rh", { convention, aujourdhui: "2026-04-01" }))).toMatchObject({ ok: true });
  });
  it("terminer : après le dernier jour ; avant, mettre fin", () => {
    expect(peutMiseADisposition("active", "terminer", par("rh", { aujourdhui: "2026-06-30" }))).toEqual({
      ok: false,
      code: "conflit",
      raison: "la mise à disposition court jusqu'au 2026-06-30 inclus : mettez-y fin avant son terme, ou attendez",
    });
    expect(peutMiseADisposition("active", "terminer", par("rh", { aujourdhui: "2026-07-01" }))).toMatchObject({ ok: true });
  });

  it("mettreFin : qui la demande, et pourquoi", () => {
    expect(peutMiseADisposition("active", "mettreFin", par("autorite", { motif: MOTIF }))).toEqual({
      ok: false,
      code: "validation",
      raison: "indiquez qui demande la fin de la mise à disposition",
      erreurs: [{ champ: "demandeur", message: "la fin est demandée par : employeur, accueil, agent" }],
    });
    expect(peutMiseADisposition("active", "mettreFin", par("autorite", { demandeur: "agent" }))).toMatchObject({ ok: false, erreurs: [{ champ: "motif" }] });
    for (const demandeur of ["employeur", "accueil", "agent"] as const) expect(peutMiseADisposition("active", "mettreFin", par("autorite", { demandeur, motif: MOTIF }))).toMatchObject({ ok: true });
  });

  it.each([
    ["refuserParLAgent", "soumise_a_l_agent", "agent", "refuser le projet de convention"],
    ["modifierParAvenant", "active", "rh", "soumettre un avenant à l'agent"],
    ["refuserAvenant", "avenant_soumis", "agent", "refuser l'avenant"],
    ["abandonner", "projet", "rh", "abandonner la mise à disposition"],
  ] as const)("%s demande un motif", (evenement, de, acteur, action) =>
    expect(peutMiseADisposition(de, evenement, par(acteur))).toEqual({
      ok: false,
      code: "validation",
      raison: `un motif est obligatoire pour ${action}`,
      erreurs: [{ champ: "motif", message: `indiquez le motif pour ${action}` }],
    }));

  it("modifierParAvenant : un renouvellement est une nouvelle période de trois ans au plus (M4)", () => {
    const renouvelee = modifie(modifie(uneConventionMad(), "debutPeriode", "2026-07-01"), "dateFin", "2029-06-30");
    expect(peutMiseADisposition("active", "modifierParAvenant", par("rh", { convention: renouvelee, motif: "Renouvellement" }))).toMatchObject({ ok: true });
    expect(peutMiseADisposition("active", "modifierParAvenant", par("rh", { convention: modifie(renouvelee, "dateFin", "2029-07-01"), motif: "Renouvellement" }))).toEqual({
      ok: false,
      code: "validation",
      raison: "l'avenant ne peut être soumis : M4 : une période de mise à disposition dure trois ans au plus (jusqu'au 2029-06-30) ; renouvelez-la par avenant",
      erreurs: [{ champ: "dateFin", message: "M4 : une période de mise à disposition dure trois ans au plus (jusqu'au 2029-06-30) ; renouvelez-la par avenant" }],
    });
  });

  it("deposerRapportAnnuel : une année de la mise à disposition, commencée", () => {
    const rapport = (anneeRapport?: number) => peutMiseADisposition("active", "deposerRapportAnnuel", par("accueil", { anneeRapport }));
    expect(rapport(2026)).toEqual({ ok: true, transition: { evenement: "deposerRapportAnnuel", de: "active", vers: "active" } });
    for (const annee of [undefined, 2025, 2027, 2026.5]) expect(rapport(annee)).toEqual({ ok: false, code: "validation", raison: "le rapport porte sur l'année 2026", erreurs: [{ champ: "anneeRapport", message: "le rapport porte sur l'année 2026" }] });
    const longue = modifie(modifie(uneConventionMad(), "dateDebut", "2024-09-01"), "dateFin", "2027-08-31");
    expect(peutMiseADisposition("active", "deposerRapportAnnuel", par("rh", { convention: longue, anneeRapport: 2027 }))).toMatchObject({
      ok: false,
      raison: "le rapport porte sur une année de 2024 à 2026",
    });
  });

  it("enregistrerRemboursement : une période de l'échéancier, reçue", () => {
    const enregistrer = (remboursement: unknown, convention: unknown = uneConventionMad()) =>
      peutMiseADisposition("active", "enregistrerRemboursement", par("rh", { remboursement, convention }));
    expect(enregistrer(REMBOURSEMENT)).toMatchObject({ ok: true, transition: { vers: "active" } });
    expect(enregistrer({ ...REMBOURSEMENT, periode: "2026-01-01/2026-01-31" })).toEqual({
      ok: false,
      code: "validation",
      raison: "cette période ne figure pas à l'échéancier de la convention",
      erreurs: [{ champ: "remboursement.periode", message: "périodes de la convention : 2026-01-01/2026-03-31, 2026-04-01/2026-06-30" }],
    });
    expect(enregistrer({ ...REMBOURSEMENT, recuLe: "2026-03-17" })).toMatchObject({ ok: false, erreurs: [{ champ: "remboursement.recuLe", message: "la date de réception est à venir" }] });
    expect(enregistrer({ ...REMBOURSEMENT, montant: -5 })).toMatchObject({ ok: false, erreurs: [{ champ: "remboursement.montant", message: "le montant reçu : un montant négatif n'est pas admis" }] });
    expect(enregistrer(undefined)).toMatchObject({ ok: false, code: "validation", erreurs: [{ champ: "remboursement.remboursement" }] });
    const gratuite = modifie(uneConventionMad(), "remboursement", { gratuite: true, justificationGratuite: "Organisation internationale" });
    expect(enregistrer(REMBOURSEMENT, gratuite)).toEqual({ ok: false, code: "conflit", raison: "la convention ne prévoit aucun remboursement (mise à disposition gratuite)" });
  });
});

describe("les prochaines actions de la mise à disposition", () => {
  const noms = (etat: EtatMiseADisposition | null, acteur: ActeurProcedure) => evenementsPossiblesMiseADisposition(etat, par(acteur)).map((e) => e.evenement);
  it.each([
    [null, "rh", ["ouvrir"]],
    ["projet", "rh", ["envoyerALAgent", "abandonner"]],
    ["soumise_a_l_agent", "agent", ["refuserParLAgent", "accepterParLAgent"]],
    ["assemblee_informee", "autorite", ["signerPourLEmployeur"]],
    ["assemblee_informee", "rh", ["signerPourLAccueil", "abandonner"]],
    ["active", "rh", ["modifierParAvenant", "terminer", "deposerRapportAnnuel", "enregistrerRemboursement"]],
    ["active", "accueil", ["deposerRapportAnnuel"]],
    ["active", "autorite", ["mettreFin"]],
    ["terminee", "rh", ["deposerRapportAnnuel", "enregistrerRemboursement"]],
    ["abandonnee", "rh", []],
  ] as const)("d'une mise à disposition %s pour %s : %j", (etat, acteur, attendus) => expect(noms(etat, acteur)).toEqual(attendus));

  it("terminer est montré bloqué avant la fin, avec sa raison", () =>
    expect(evenementsPossiblesMiseADisposition("active", par("rh")).find((e) => e.evenement === "terminer")).toMatchObject({
      bloquee: { code: "conflit", raison: "la mise à disposition court jusqu'au 2026-06-30 inclus : mettez-y fin avant son terme, ou attendez" },
    }));
  it("le rapport annuel reste dans son état et dit ses champs", () =>
    expect(evenementsPossiblesMiseADisposition("active", par("accueil"))).toEqual([
      // Its deadline says when it is due: the action itself is optional.
      { evenement: "deposerRapportAnnuel", vers: "active", libelle: "enregistrer le rapport annuel de l'organisme d'accueil", motifObligatoire: false, champs: ["anneeRapport"], facultative: true },
    ]));
});
