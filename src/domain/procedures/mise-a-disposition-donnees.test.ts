import { describe, expect, it } from "vitest";
import { AUJOURDHUI, modifie, uneConventionMad } from "./constructeurs";
import { ajouterJours } from "./dates";
import {
  alertesMiseADisposition,
  type ConventionMad,
  echeancierRemboursements,
  limiteDeLaPeriodeMad,
  lireConventionMad,
  suiviRemboursements,
} from "./mise-a-disposition-donnees";
import { echeancesMiseADisposition } from "./mise-a-disposition-echeances";

const lue = (saisie = uneConventionMad()): ConventionMad => {
  const r = lireConventionMad(saisie);
  if (!r.ok) throw new Error(JSON.stringify(r.erreurs));
  return r.valeur;
};
const avec = (...changements: [string, unknown][]) => changements.reduce((c, [chemin, valeur]) => modifie(c, chemin, valeur), uneConventionMad());
const messages = (saisie: unknown) => {
  const r = lireConventionMad(saisie);
  return r.ok ? [] : r.erreurs;
};

describe("la convention de mise à disposition (annexe 2)", () => {
  it("une convention complète est lue", () => expect(lireConventionMad(uneConventionMad()).ok).toBe(true));

  it.each([
    ["agent.nom", "le nom de l'agent : du texte est attendu"],
    ["agent.grade", "le grade de l'agent : du texte est attendu"],
    ["agent.statut", "statut inconnu ; statuts possibles : titulaire, stagiaire, contractuel_cdi, contractuel_cdd, retraite, elu, partenaire"],
    ["employeur.nom", "le nom de l'employeur : du texte est attendu"],
    ["accueil.nom", "le nom de l'organisme d'accueil : du texte est attendu"],
    ["accueil.type", "type d'organisme d'accueil inconnu ; types possibles : organisation_internationale, institution_ue, etat_etranger, administration_etrangere, operateur_public, operateur_prive"],
    ["accueil.affectation", "la direction ou le service d'affectation : du texte est attendu"],
    ["activites", "la nature des activités : du texte est attendu"],
    ["dateDebut", "le début de la mise à disposition : une date AAAA-MM-JJ qui existe est attendue"],
    ["dateFin", "la fin de la mise à disposition : une date AAAA-MM-JJ qui existe est attendue"],
    ["quotite", "la quotité de temps de travail est un pourcentage"],
    ["remboursement.gratuite", "indiquez si la mise à disposition est remboursée ou gratuite"],
    ["remboursement.montantParPeriode", "indiquez le montant remboursé par période"],
    ["remboursement.periodicite", "indiquez la périodicité du remboursement"],
  ])("%s manquant : « %s »", (champ, message) => expect(messages(modifie(uneConventionMad(), champ))).toEqual([{ champ, message }]));

  it.each([
    ["quotite", 0, "quotite", "la quotité de temps de travail est d'au moins 1 %"],
    ["quotite", 101, "quotite", "la quotité de temps de travail est d'au plus 100 %"],
    ["dateFin", "2025-12-31", "dateFin", "la fin de la mise à disposition précède son début"],
    ["debutPeriode", "2025-12-01", "debutPeriode", "la période en cours commence avant la mise à disposition"],
    ["remboursement", { gratuite: true }, "remboursement.justificationGratuite", "M3 : le remboursement est la règle ; justifiez la gratuité"],
    ["remboursement.periodicite", "hebdomadaire", "remboursement.periodicite", "périodicité inconnue ; périodicités possibles : mensuelle, trimestrielle, semestrielle, annuelle"],
    ["remboursement.montantParPeriode", 12.345, "remboursement.montantParPeriode", "le montant remboursé par période : au centime près (deux décimales au plus)"],
    ["complementRemuneration", -1, "complementRemuneration", "le complément de rémunération : un montant négatif n'est pas admis"],
  ])("%s = %j : %s « %s »", (chemin, valeur, champ, message) => expect(messages(modifie(uneConventionMad(), chemin, valeur))).toContainEqual({ champ, message }));

  describe("M4 : trois ans au plus par période", () => {
    it.each([
      ["2026-04-01", "2029-03-31"],
      ["2026-01-01", "2028-12-31"],
      ["2028-02-29", "2031-02-28"],
      ["2027-03-01", "2030-02-28"],
      ["2029-03-01", "2032-02-29"],
    ])("une période commencée le %s finit au plus tard le %s", (debut, limite) => {
      expect(limiteDeLaPeriodeMad(debut)).toBe(limite);
      expect(lireConventionMad(avec(["dateDebut", debut], ["dateFin", limite])).ok).toBe(true);
      const lendemain = ajouterJours(limite, 1);
      expect(messages(avec(["dateDebut", debut], ["dateFin", lendemain]))).toEqual([
        { champ: "dateFin", message: `M4 : une période de mise à disposition dure trois ans au plus (jusqu'au ${limite}) ; renouvelez-la par avenant` },
      ]);
    });
    it("un renouvellement compte trois ans depuis le début de sa période", () => {
      expect(lireConventionMad(avec(["dateDebut", "2023-01-01"], ["debutPeriode", "2026-01-01"], ["dateFin", "2028-12-31"])).ok).toBe(true);
      expect(messages(avec(["dateDebut", "2023-01-01"], ["dateFin", "2028-12-31"]))[0]!.champ).toBe("dateFin");
    });
  });

  describe("ce que la loi laisse ouvert, montré sans bloquer", () => {
    it("rien pour un titulaire auprès d'une administration étrangère, remboursée", () => expect(alertesMiseADisposition(lue())).toEqual([]));
    it("M1 pour un contractuel en CDI, M2 pour un opérateur public", () =>
      expect(alertesMiseADisposition(lue(avec(["agent.statut", "contractuel_cdi"], ["accueil.type", "operateur_public"]))).map((a) => a.regle)).toEqual(["M1", "M2"]));
    it("M3 : la gratuité envers un organisme que la loi n'exempte pas va à l'examen juridique", () => {
      const gratuite = { gratuite: true, justificationGratuite: "Partenariat à titre gracieux" };
      expect(alertesMiseADisposition(lue(avec(["remboursement", gratuite], ["accueil.type", "operateur_public"])))).toContainEqual({
        regle: "M3",
        message: "Mise à disposition gratuite auprès d'un opérateur public : la loi ne l'exempte pas du remboursement ; à soumettre à un examen juridique.",
      });
      expect(alertesMiseADisposition(lue(avec(["remboursement", gratuite], ["accueil.type", "etat_etranger"])))).toEqual([]);
    });
  });
});

describe("les remboursements, période par période", () => {
  it("trimestriels depuis le début, chacun dû trente jours après sa période", () =>
    expect(echeancierRemboursements(lue())).toEqual([
      { periode: "2026-01-01/2026-03-31", debut: "2026-01-01", fin: "2026-03-31", montant: 12_000, dueLe: "2026-04-30" },
      { periode: "2026-04-01/2026-06-30", debut: "2026-04-01", fin: "2026-06-30", montant: 12_000, dueLe: "2026-07-30" },
    ]));
  it("la dernière période, coupée par la fin, au prorata de ses jours", () => {
    const [, derniere] = echeancierRemboursements(lue(avec(["dateFin", "2026-05-15"])));
    expect(derniere).toEqual({ periode: "2026-04-01/2026-05-15", debut: "2026-04-01", fin: "2026-05-15", montant: 5934.07, dueLe: "2026-06-14" });
  });
  it("mensuels depuis un 31 : les périodes suivent le quantième, sans chevauchement ni trou", () => {
    const periodes = echeancierRemboursements(lue(avec(["dateDebut", "2026-01-31"], ["dateFin", "2026-04-29"], ["remboursement.periodicite", "mensuelle"])));
    expect(periodes.map((p) => p.periode)).toEqual(["2026-01-31/2026-02-28", "2026-03-01/2026-03-30", "2026-03-31/2026-04-29"]);
  });
  it("aucun pour une mise à disposition gratuite", () => expect(echeancierRemboursements(lue(avec(["remboursement", { gratuite: true, justificationGratuite: "OI" }])))).toEqual([]));

  it("attendu contre reçu : en cours, à recevoir, en retard, soldé ; au centime", () => {
    const c = lue();
    const statuts = (aujourdhui: string, recus: { periode: string; montant: number; recuLe: string }[] = []) => suiviRemboursements(c, recus, aujourdhui).map((p) => [p.statut, p.reste]);
    expect(statuts("2026-03-31")).toEqual([["pas_encore_du", 12_000], ["pas_encore_du", 12_000]]);
    expect(statuts("2026-04-30")).toEqual([["a_recevoir", 12_000], ["pas_encore_du", 12_000]]);
    expect(statuts("2026-05-01")).toEqual([["en_retard", 12_000], ["pas_encore_du", 12_000]]);
    const partiels = [0.1, 0.2, 11_999.7].map((montant) => ({ periode: "2026-01-01/2026-03-31", montant, recuLe: "2026-04-10" }));
    expect(statuts("2026-05-01", partiels)).toEqual([["solde", 0], ["pas_encore_du", 12_000]]);
    expect(statuts("2026-05-01", partiels.slice(0, 2))).toEqual([["en_retard", 11_999.7], ["pas_encore_du", 12_000]]);
  });
});

describe("les échéances de la mise à disposition", () => {
  const codes = (e: { code: string; niveau: string }[]) => e.map((x) => [x.code, x.niveau]);

  it("en cours : sa fin, le rapport de l'année, la limite de trois ans, par date", () =>
    expect(echeancesMiseADisposition({ etat: "active", convention: lue() }, AUJOURDHUI)).toEqual([
      expect.objectContaining({ code: "fin_mise_a_disposition", date: "2026-06-30", niveau: "a_venir", source: expect.stringMatching(/^6-MAD — /) }),
      expect.objectContaining({ code: "rapport_annuel_2026", date: "2027-01-31", niveau: "a_venir" }),
      expect.objectContaining({ code: "limite_trois_ans", date: "2028-12-31", niveau: "a_venir", source: "M4 — décret n° 2008-580", aConfirmer: expect.stringContaining("numéro de l'article") }),
    ]));

  it.each([
    ["2026-03-31", "a_venir"],
    ["2026-04-01", "proche"],
    ["2026-06-30", "proche"],
    ["2026-07-01", "depassee"],
  ])("la fin, vue le %s : %s (trois mois pour préparer un renouvellement)", (aujourdhui, niveau) =>
    expect(echeancesMiseADisposition({ etat: "active", convention: lue() }, aujourdhui).find((e) => e.code === "fin_mise_a_disposition")!.niveau).toBe(niveau));

  it("la limite de trois ans d'une période commencée un 29 février", () =>
    expect(
      echeancesMiseADisposition({ etat: "arretee", convention: lue(avec(["dateDebut", "2028-02-29"], ["dateFin", "2029-02-28"])) }, "2028-01-10").find((e) => e.code === "limite_trois_ans")!.date,
    ).toBe("2031-02-28"));

  it("un rapport par année civile commencée, sauf ceux reçus", () => {
    const convention = lue(avec(["dateDebut", "2025-06-01"], ["dateFin", "2026-06-30"], ["remboursement", { gratuite: true, justificationGratuite: "OI" }]));
    expect(codes(echeancesMiseADisposition({ etat: "active", convention }, AUJOURDHUI)).filter(([c]) => c!.startsWith("rapport"))).toEqual([
      ["rapport_annuel_2025", "depassee"],
      ["rapport_annuel_2026", "a_venir"],
    ]);
    expect(codes(echeancesMiseADisposition({ etat: "terminee", convention, rapportsRecus: [2025] }, "2027-01-15"))).toEqual([["rapport_annuel_2026", "proche"]]);
  });

  it("les remboursements non reçus, une fois leur période passée", () => {
    const e = echeancesMiseADisposition({ etat: "active", convention: lue(), remboursementsRecus: [{ periode: "2026-01-01/2026-03-31", montant: 5000, recuLe: "2026-04-20" }] }, "2026-05-01");
    const remboursement = e.find((x) => x.code.startsWith("remboursement"))!;
    expect(remboursement).toMatchObject({ code: "remboursement_2026-01-01/2026-03-31", date: "2026-04-30", niveau: "depassee", source: expect.stringMatching(/^M3 — /) });
    expect(remboursement.libelle).toMatch(/^Remboursement de la période du 2026-01-01 au 2026-03-31 : 7.000,00 € à recevoir sur 12.000,00 €$/);
  });

  it("rien avant la signature, ni pour une mise à disposition abandonnée", () => {
    for (const etat of ["projet", "soumise_a_l_agent", "assemblee_informee", "abandonnee"] as const) expect(echeancesMiseADisposition({ etat, convention: lue() }, AUJOURDHUI)).toEqual([]);
  });
});
