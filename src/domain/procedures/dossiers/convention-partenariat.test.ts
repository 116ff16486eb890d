import { describe, expect, it } from "vitest";
import type { ActeurProcedure } from "../acteurs";
import { AUJOURDHUI, modifie, MOTIF, uneConventionPartenariat } from "../constructeurs";
import type { Dossier, Saisie } from "../dossier";
import { DOSSIER_CONVENTION_PARTENARIAT as CP } from "./convention-partenariat";

const REUNION = { date: "2026-03-10", compteRendu: "Validation du diagnostic de Thiès ; calendrier des missions d'avril." };
const EVALUATION = { date: "2027-06-20", synthese: "Objectifs atteints à 80 % ; trois communes équipées.", suite: "poursuivre" };

const dossier = (etat: string, autre: Partial<Dossier> = {}): Dossier => ({ etat, donnees: uneConventionPartenariat() as Record<string, unknown>, suivi: {}, ...autre });
function declencher(d: Dossier, evenement: string, acteur: ActeurProcedure, saisie: Saisie = {}, aujourdhui = AUJOURDHUI, motif?: string) {
  const r = CP.peut(d.etat, evenement, CP.contexte(d, { acteurs: [acteur], aujourdhui, ...(motif ? { motif } : {}) }, saisie));
  if (!r.ok) return { refus: r, dossier: d };
  const effets = CP.effets(d, r.transition, saisie, aujourdhui);
  return { effets, dossier: { etat: r.transition.vers, donnees: effets.donnees ?? d.donnees, suivi: effets.suivi ?? d.suivi } };
}
const codes = (d: Dossier, aujourdhui = AUJOURDHUI) => CP.echeances(d, aujourdhui).map((e) => e.code);

describe("la convention de partenariat comme dossier", () => {
  it("ne soumet aux signatures qu'une convention complète ; la vérification dit ce qui manque", () => {
    const sansAnnexe = dossier("projet", { donnees: modifie(uneConventionPartenariat(), "annexeFinanciere") as Record<string, unknown> });
    expect(declencher(sansAnnexe, "soumettre", "operateur").refus).toMatchObject({ code: "validation", erreurs: [{ champ: "annexeFinanciere" }] });
    expect(CP.verifier(sansAnnexe.donnees).map((e) => e.champ)).toEqual(["annexeFinanciere"]);
    expect(declencher(dossier("projet"), "soumettre", "charge_ri").dossier.etat).toBe("soumise");
  });

  it("la seconde signature met la convention en vigueur, ce jour-là", () => {
    const operateur = declencher(dossier("soumise"), "signerPourLOperateur", "operateur", {}, "2026-01-05");
    expect(operateur.dossier).toMatchObject({ etat: "signee_par_l_operateur", suivi: { signatureOperateurLe: "2026-01-05" } });
    expect(operateur.dossier.suivi).not.toHaveProperty("entreeEnVigueurLe");
    const collectivite = declencher(operateur.dossier, "signerPourLaCollectivite", "autorite", {}, "2026-01-12");
    expect(collectivite.dossier).toEqual({
      etat: "en_vigueur",
      donnees: uneConventionPartenariat(),
      suivi: { signatureOperateurLe: "2026-01-05", signatureCollectiviteLe: "2026-01-12", entreeEnVigueurLe: "2026-01-12" },
    });
  });

  it.each([
    ["en un objet", { reunion: REUNION }],
    ["champ par champ", { "reunion.date": REUNION.date, "reunion.compteRendu": REUNION.compteRendu }],
  ])("une réunion du comité, saisie %s, entre au suivi et compte pour l'année", (_, saisie) => {
    const d = dossier("en_vigueur", { suivi: { reunionsComite: [{ date: "2026-02-10", compteRendu: "Lancement" }] } });
    expect(codes(d)).toEqual(["comite_pilotage_2026", "evaluation_finale"]);
    const tenue = declencher(d, "tenirComite", "charge_ri", saisie);
    expect(tenue.dossier).toEqual({ etat: "en_vigueur", donnees: d.donnees, suivi: { reunionsComite: [{ date: "2026-02-10", compteRendu: "Lancement" }, REUNION] } });
    expect(codes(tenue.dossier)).toEqual(["evaluation_finale"]);
  });

  it("une réunion sans compte rendu, ou à venir, est refusée sur son champ", () => {
    expect(declencher(dossier("en_vigueur"), "tenirComite", "operateur", { reunion: { date: REUNION.date } }).refus).toMatchObject({ erreurs: [{ champ: "reunion.compteRendu" }] });
    expect(declencher(dossier("en_vigueur"), "tenirComite", "operateur", { reunion: { ...REUNION, date: "2026-04-01" } }).refus).toMatchObject({ erreurs: [{ champ: "reunion.date" }] });
  });

  it("l'avenant est retenu avec son motif ; l'évaluation finale, avec sa suite, arrête les échéances", () => {
    const avenant = declencher(dossier("en_vigueur"), "modifierParAvenant", "operateur", {}, AUJOURDHUI, MOTIF);
    expect(avenant.dossier.suivi).toEqual({ avenants: [{ le: AUJOURDHUI, motif: MOTIF }] });
    const evaluee = declencher(avenant.dossier, "evaluer", "charge_ri", { evaluation: EVALUATION }, "2027-06-25");
    expect(evaluee.dossier).toMatchObject({ etat: "evaluee", suivi: { avenants: [{ motif: MOTIF }], evaluation: EVALUATION } });
    expect(codes(evaluee.dossier, "2027-06-25")).toEqual([]);
    expect(declencher(dossier("en_vigueur"), "evaluer", "charge_ri", { evaluation: { ...EVALUATION, suite: "peut-etre" } }, "2027-06-25").refus).toMatchObject({
      erreurs: [{ champ: "evaluation.suite" }],
    });
  });

  it("l'avenant qui change les termes en fait ceux de la convention, et garde ceux qu'il remplace ; des termes invalides sont refusés champ par champ", () => {
    const prolongee = modifie(uneConventionPartenariat(), "dateFin", "2028-06-30") as Record<string, unknown>;
    const avenant = declencher(dossier("en_vigueur"), "modifierParAvenant", "charge_ri", { convention: prolongee }, AUJOURDHUI, MOTIF);
    expect(avenant.dossier).toEqual({
      etat: "en_vigueur",
      donnees: prolongee,
      suivi: { avenants: [{ le: AUJOURDHUI, motif: MOTIF, termesPrecedents: uneConventionPartenariat() }] },
    });
    const invalide = declencher(dossier("en_vigueur"), "modifierParAvenant", "charge_ri", { convention: modifie(uneConventionPartenariat(), "programme", "") }, AUJOURDHUI, MOTIF);
    expect(invalide.refus).toMatchObject({ code: "validation", erreurs: [{ champ: "convention.programme" }] });
  });

  it("les deux parties rédigent la convention, en projet seulement", () => expect(CP.edition).toEqual({ etats: ["projet"], acteurs: ["charge_ri", "operateur"] }));
});
