import { describe, expect, it } from "vitest";
import type { ActeurProcedure } from "../acteurs";
import { AUJOURDHUI, modifie, MOTIF, uneConventionMad } from "../constructeurs";
import type { Dossier, Saisie } from "../dossier";
import { DOSSIER_MISE_A_DISPOSITION as MAD } from "./mise-a-disposition";

const dossier = (etat: string, autre: Partial<Dossier> = {}): Dossier => ({ etat, donnees: uneConventionMad() as Record<string, unknown>, suivi: {}, ...autre });
const base = (acteur: ActeurProcedure, aujourdhui = AUJOURDHUI, motif?: string) => ({ acteurs: [acteur], aujourdhui, ...(motif ? { motif } : {}) });
/** What the service does for one event: the context from the case and the inputs, the table's answer, then the effects applied. */
function declencher(d: Dossier, evenement: string, acteur: ActeurProcedure, saisie: Saisie = {}, aujourdhui = AUJOURDHUI, motif?: string) {
  const r = MAD.peut(d.etat, evenement, MAD.contexte(d, base(acteur, aujourdhui, motif), saisie));
  if (!r.ok) return { refus: r, dossier: d };
  const effets = MAD.effets(d, r.transition, saisie, aujourdhui);
  return { effets, dossier: { etat: r.transition.vers, donnees: effets.donnees ?? d.donnees, suivi: effets.suivi ?? d.suivi } };
}
const codes = (d: Dossier, aujourdhui = AUJOURDHUI) => MAD.echeances(d, aujourdhui).map((e) => `${e.code} ${e.date}`);

/** A renewal: a new period of three years at most from the day after the end (M4). */
const renouvelee = () => modifie(modifie(uneConventionMad(), "debutPeriode", "2026-07-01"), "dateFin", "2029-06-30");

describe("la mise à disposition comme dossier : de la convention à l'arrêté", () => {
  it("retient la séance où l'assemblée a été informée, les signatures et l'arrêté", () => {
    const informee = declencher(dossier("acceptee_par_l_agent"), "informerAssemblee", "rh", { dateInformationAssemblee: "2025-12-15" });
    expect(informee.effets).toEqual({ suivi: { dateInformationAssemblee: "2025-12-15" } });
    const employeur = declencher(informee.dossier, "signerPourLEmployeur", "autorite", {}, "2025-12-18");
    const accueil = declencher(employeur.dossier, "signerPourLAccueil", "accueil", {}, "2025-12-20");
    const arretee = declencher(accueil.dossier, "prendreArrete", "autorite", {}, "2025-12-22");
    expect(arretee.dossier).toMatchObject({
      etat: "arretee",
      suivi: { dateInformationAssemblee: "2025-12-15", signatureEmployeurLe: "2025-12-18", signatureAccueilLe: "2025-12-20", arreteLe: "2025-12-22" },
    });
  });

  it("sans la date de la séance, l'information de l'assemblée est refusée sur son champ", () =>
    expect(declencher(dossier("acceptee_par_l_agent"), "informerAssemblee", "rh").refus).toMatchObject({ code: "validation", erreurs: [{ champ: "dateInformationAssemblee" }] }));

  it("n'envoie pas à l'agent une convention incomplète ; la vérification dit les champs, et les échéances attendent", () => {
    const brouillon = dossier("projet", { donnees: modifie(uneConventionMad(), "accueil.type", "operateur_prive") as Record<string, unknown> });
    expect(declencher(brouillon, "envoyerALAgent", "rh").refus).toMatchObject({ code: "validation" });
    expect(MAD.verifier(brouillon.donnees).map((e) => e.champ)).toEqual(["accueil.type"]);
    expect(MAD.echeances({ ...brouillon, etat: "active" }, AUJOURDHUI)).toEqual([]);
  });

  it("seul le service RH modifie la convention, et seulement en projet", () => expect(MAD.edition).toEqual({ etats: ["projet"], acteurs: ["rh"] }));
});

describe("l'avenant : les termes modifiés attendent l'accord de l'agent et le nouvel arrêté", () => {
  it("soumet les termes modifiés donnés avec l'événement, et les garde à part", () => {
    const soumis = declencher(dossier("active"), "modifierParAvenant", "rh", { convention: renouvelee() }, AUJOURDHUI, "Renouvellement");
    expect(soumis.dossier).toEqual({
      etat: "avenant_soumis",
      donnees: uneConventionMad(),
      suivi: { avenantEnCours: { termes: renouvelee(), soumisLe: AUJOURDHUI, motif: "Renouvellement" } },
    });
    // The terms in force still say when the mise à disposition ends.
    expect(codes(soumis.dossier)).toContain("fin_mise_a_disposition 2026-06-30");
  });

  it("refuse un avenant sans termes, ou au-delà de trois ans (M4), champ par champ", () => {
    expect(declencher(dossier("active"), "modifierParAvenant", "rh", {}, AUJOURDHUI, "Renouvellement").refus).toMatchObject({ code: "validation", erreurs: [{ champ: "convention" }] });
    const tropLongue = modifie(renouvelee(), "dateFin", "2029-07-01");
    expect(declencher(dossier("active"), "modifierParAvenant", "rh", { convention: tropLongue }, AUJOURDHUI, "Renouvellement").refus).toMatchObject({
      code: "validation",
      erreurs: [{ champ: "dateFin" }],
    });
  });

  it("des termes envoyés avec un autre événement ne remplacent pas ceux en vigueur", () => {
    const pretendue = modifie(uneConventionMad(), "dateFin", "2026-03-01");
    expect(declencher(dossier("active"), "terminer", "rh", { convention: pretendue }).refus).toMatchObject({ code: "conflit" });
  });

  it("l'accord de l'agent puis le nouvel arrêté font des termes modifiés ceux de la convention, et l'avenant entre au suivi", () => {
    const soumis = declencher(dossier("active", { suivi: { rapportsRecus: [2025] } }), "modifierParAvenant", "rh", { convention: renouvelee() }, "2026-05-04", "Renouvellement");
    const accepte = declencher(soumis.dossier, "accepterAvenant", "agent", {}, "2026-05-11");
    expect(accepte.dossier.suivi.avenantEnCours).toMatchObject({ accepteLe: "2026-05-11" });
    expect(MAD.evenementsPossibles("avenant_accepte", MAD.contexte(accepte.dossier, base("autorite"), {})).find((e) => e.evenement === "prendreArreteAvenant")).not.toHaveProperty("bloquee");
    const arrete = declencher(accepte.dossier, "prendreArreteAvenant", "autorite", {}, "2026-05-20");
    expect(arrete.dossier).toEqual({
      etat: "active",
      donnees: renouvelee(),
      suivi: {
        rapportsRecus: [2025],
        avenants: [{ soumisLe: "2026-05-04", motif: "Renouvellement", accepteLe: "2026-05-11", arreteLe: "2026-05-20", termesPrecedents: uneConventionMad() }],
      },
    });
    expect(codes(arrete.dossier, "2026-05-20")).toEqual(expect.arrayContaining(["fin_mise_a_disposition 2029-06-30", "limite_trois_ans 2029-06-30"]));
  });

  it("le nouvel arrêté est refusé si les termes en attente ne se lisent pas", () => {
    const d = dossier("avenant_accepte", { suivi: { avenantEnCours: { termes: { dateFin: "2029-06-30" }, soumisLe: AUJOURDHUI } } });
    expect(declencher(d, "prendreArreteAvenant", "autorite").refus).toMatchObject({ code: "validation", raison: expect.stringMatching(/^l'avenant ne peut être signé : /) });
    expect(MAD.evenementsPossibles("avenant_accepte", MAD.contexte(d, base("autorite"), {}))[0]).toMatchObject({ evenement: "prendreArreteAvenant", bloquee: { code: "validation" } });
  });

  it("un avenant refusé par l'agent est abandonné : la convention reste sur ses termes", () => {
    const d = dossier("avenant_soumis", { suivi: { avenantEnCours: { termes: renouvelee(), soumisLe: AUJOURDHUI }, accordAgentLe: "2025-11-02" } });
    expect(declencher(d, "refuserAvenant", "agent", {}, AUJOURDHUI, MOTIF).dossier).toEqual({ etat: "active", donnees: uneConventionMad(), suivi: { accordAgentLe: "2025-11-02" } });
  });
});

describe("le suivi de la mise à disposition en cours", () => {
  it("le rapport annuel reçu efface son échéance", () => {
    expect(codes(dossier("active"))).toContain("rapport_annuel_2026 2027-01-31");
    const recu = declencher(dossier("active"), "deposerRapportAnnuel", "accueil", { anneeRapport: 2026 });
    expect(recu.dossier).toMatchObject({ etat: "active", suivi: { rapportsRecus: [2026] } });
    expect(codes(recu.dossier)).not.toContain("rapport_annuel_2026 2027-01-31");
    expect(declencher(dossier("active"), "deposerRapportAnnuel", "accueil", { anneeRapport: "2026" }).refus).toMatchObject({ erreurs: [{ champ: "anneeRapport" }] });
  });

  it.each([
    ["en un objet", { remboursement: { periode: "2026-01-01/2026-03-31", montant: 12_000, recuLe: "2026-04-20" } }],
    ["champ par champ", { "remboursement.periode": "2026-01-01/2026-03-31", "remboursement.montant": 12_000, "remboursement.recuLe": "2026-04-20" }],
  ])("le remboursement reçu, saisi %s, solde sa période", (_, saisie) => {
    const d = dossier("active");
    expect(codes(d, "2026-05-04")).toContain("remboursement_2026-01-01/2026-03-31 2026-04-30");
    const recu = declencher(d, "enregistrerRemboursement", "rh", saisie, "2026-05-04");
    expect(recu.effets).toEqual({ suivi: { remboursementsRecus: [{ periode: "2026-01-01/2026-03-31", montant: 12_000, recuLe: "2026-04-20" }] } });
    expect(codes(recu.dossier, "2026-05-04")).not.toContain("remboursement_2026-01-01/2026-03-31 2026-04-30");
  });

  it("un paiement partiel laisse le reste à recevoir ; un suivi illisible est ignoré", () => {
    const suivi = { remboursementsRecus: [{ periode: "2026-01-01/2026-03-31", montant: 2_000, recuLe: "2026-04-20" }, { periode: 3 }, "?"], rapportsRecus: ["2026", null] };
    expect(MAD.echeances(dossier("active", { suivi }), "2026-05-04").find((e) => e.code.startsWith("remboursement_"))?.libelle).toMatch(/: 10\s000,00\s€ à recevoir/);
  });

  it("la fin avant le terme retient qui l'a demandée, et pourquoi", () => {
    const fin = declencher(dossier("active"), "mettreFin", "autorite", { demandeur: "agent" }, AUJOURDHUI, MOTIF);
    expect(fin.dossier).toEqual({ etat: "terminee_avant_terme", donnees: uneConventionMad(), suivi: { fin: { demandeur: "agent", le: AUJOURDHUI, motif: MOTIF } } });
    expect(declencher(dossier("active"), "mettreFin", "autorite", { demandeur: "prefet" }, AUJOURDHUI, MOTIF).refus).toMatchObject({ erreurs: [{ champ: "demandeur" }] });
  });
});
