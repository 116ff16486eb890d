import { describe, expect, it } from "vitest";
import type { ActeurProcedure } from "../acteurs";
import { AUJOURDHUI, modifie, MOTIF, unDetachement } from "../constructeurs";
import type { Dossier, Saisie } from "../dossier";
import { DOSSIER_DETACHEMENT as DET } from "./detachement";

const dossier = (etat: string, autre: Partial<Dossier> = {}): Dossier => ({ etat, donnees: unDetachement() as Record<string, unknown>, suivi: {}, ...autre });
/** What the service does for one event: the context from the case and the inputs, the table's answer, then the effects applied. */
function declencher(d: Dossier, evenement: string, acteur: ActeurProcedure, saisie: Saisie = {}, aujourdhui = AUJOURDHUI, motif?: string) {
  const r = DET.peut(d.etat, evenement, DET.contexte(d, { acteurs: [acteur], aujourdhui, ...(motif ? { motif } : {}) }, saisie));
  if (!r.ok) return { refus: r, dossier: d };
  const effets = DET.effets(d, r.transition, saisie, aujourdhui);
  return { effets, dossier: { etat: r.transition.vers, donnees: effets.donnees ?? d.donnees, suivi: effets.suivi ?? d.suivi } };
}
const codes = (d: Dossier, aujourdhui = AUJOURDHUI) => DET.echeances(d, aujourdhui).map((e) => `${e.code} ${e.date}`);

describe("le détachement comme dossier", () => {
  it("la demande écrite de l'agent est retenue à sa date ; incomplète, elle est refusée champ par champ", () => {
    expect(declencher(dossier("brouillon"), "demander", "agent").dossier).toEqual({ etat: "demande", donnees: unDetachement(), suivi: { demandeLe: AUJOURDHUI } });
    const incomplet = dossier("brouillon", { donnees: modifie(unDetachement(), "fonctions") as Record<string, unknown> });
    expect(declencher(incomplet, "demander", "agent").refus).toMatchObject({ code: "validation", erreurs: [{ champ: "fonctions" }] });
    expect(DET.verifier(incomplet.donnees).map((e) => e.champ)).toEqual(["fonctions"]);
  });

  it("ce qui manque dit la convention préalable d'une mission de coopération (D3b) avant la demande, qui fige les termes", () => {
    const sansConvention = dossier("brouillon", { donnees: modifie(unDetachement(), "conventionPrealable") as Record<string, unknown> });
    expect(DET.verifier(sansConvention.donnees)).toEqual([
      { champ: "conventionPrealable", message: "D3b : une mission de coopération demande une convention préalable entre l'employeur et l'organisme d'accueil" },
    ]);
    expect(declencher(sansConvention, "demander", "agent").refus).toMatchObject({ code: "validation", erreurs: [{ champ: "conventionPrealable" }] });
  });

  it("l'accord de l'accueil et l'arrêté sont datés ; l'arrêté fait courir la fin", () => {
    const accord = declencher(dossier("demande"), "enregistrerAccordAccueil", "rh", {}, "2024-12-01");
    const arrete = declencher(accord.dossier, "prendreArrete", "autorite", {}, "2024-12-10");
    expect(arrete.dossier).toMatchObject({ etat: "arrete", suivi: { accordAccueilLe: "2024-12-01", arreteLe: "2024-12-10" } });
    expect(codes(arrete.dossier)).toEqual(["fin_detachement 2027-12-31"]);
  });

  it("le renouvellement porte la fin à la nouvelle date et ouvre la période au lendemain de l'ancienne fin (D4)", () => {
    const r = declencher(dossier("en_cours"), "renouveler", "autorite", { nouvelleFin: "2032-12-31" }, "2027-10-15");
    expect(r.dossier).toEqual({
      etat: "en_cours",
      donnees: { ...unDetachement(), debutPeriode: "2028-01-01", dateFin: "2032-12-31" },
      suivi: { renouvellements: [{ le: "2027-10-15", ancienneFin: "2027-12-31", debutPeriode: "2028-01-01", nouvelleFin: "2032-12-31", motif: null }] },
    });
    expect(DET.verifier(r.dossier.donnees)).toEqual([]);
    expect(codes(r.dossier, "2027-10-15")).toEqual(["preavis_detachement 2032-09-30", "fin_detachement 2032-12-31"]);
    // The next renewal counts its five years from the new period.
    const encore = declencher(r.dossier, "renouveler", "autorite", { nouvelleFin: "2038-01-01" }, "2032-10-01");
    expect(encore.refus).toMatchObject({ erreurs: [{ champ: "nouvelleFin", message: "D4 : un renouvellement dure cinq ans au plus (jusqu'au 2037-12-31)" }] });
  });

  it("sans nouvelle fin, ou pour un détachement court (D3), pas de renouvellement", () => {
    expect(declencher(dossier("en_cours"), "renouveler", "autorite").refus).toMatchObject({ code: "validation", erreurs: [{ champ: "nouvelleFin" }] });
    const court = { ...unDetachement(), type: "courte_duree", dateDebut: "2026-01-01", dateFin: "2026-06-30", aLEtranger: false };
    expect(declencher(dossier("en_cours", { donnees: court }), "renouveler", "autorite", { nouvelleFin: "2026-12-31" }).refus).toMatchObject({ code: "conflit" });
  });

  it("la fin avant le terme retient qui l'a demandée ; la réintégration, si l'agent retrouve son poste", () => {
    const fin = declencher(dossier("en_cours"), "mettreFin", "autorite", { demandeur: "accueil" }, AUJOURDHUI, MOTIF);
    expect(fin.dossier).toMatchObject({ etat: "a_reintegrer", suivi: { fin: { demandeur: "accueil", le: AUJOURDHUI, motif: MOTIF } } });
    expect(codes(fin.dossier)).toEqual([]);
    const retour = declencher(fin.dossier, "reintegrer", "autorite", { surLePosteDOrigine: false }, "2026-04-01");
    expect(retour.dossier).toMatchObject({ etat: "reintegre", suivi: { fin: { demandeur: "accueil" }, reintegration: { surLePosteDOrigine: false, le: "2026-04-01", motif: null } } });
    expect(declencher(fin.dossier, "reintegrer", "autorite", { surLePosteDOrigine: "oui" }).refus).toMatchObject({ erreurs: [{ champ: "surLePosteDOrigine" }] });
  });

  it("l'agent ou le service RH préparent la demande, en brouillon seulement", () => expect(DET.edition).toEqual({ etats: ["brouillon"], acteurs: ["agent", "rh"] }));
});
