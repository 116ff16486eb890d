import { describe, expect, it } from "vitest";
import { AUJOURDHUI, uneDemandeCumul } from "../constructeurs";
import type { Dossier } from "../dossier";
import { DOSSIER_CUMUL } from "./cumul";

const dossier = (etat: string, autre: Partial<Dossier> = {}): Dossier => ({ etat, donnees: uneDemandeCumul() as Record<string, unknown>, suivi: {}, ...autre });
const base = { acteurs: ["agent" as const], aujourdhui: AUJOURDHUI };

describe("le cumul d'activités comme dossier", () => {
  it("dépose une demande complète et retient le jour du dépôt, d'où court le mois de l'autorité", () => {
    const d = dossier("brouillon");
    const r = DOSSIER_CUMUL.peut(d.etat, "deposer", DOSSIER_CUMUL.contexte(d, base, {}));
    expect(r).toMatchObject({ ok: true, transition: { de: "brouillon", vers: "deposee" } });
    const effets = DOSSIER_CUMUL.effets(d, { evenement: "deposer", de: "brouillon", vers: "deposee" }, {}, AUJOURDHUI);
    expect(effets).toEqual({ suivi: { dateDepot: AUJOURDHUI } });
    const echeances = DOSSIER_CUMUL.echeances({ ...d, etat: "deposee", ...effets } as Dossier, AUJOURDHUI);
    expect(echeances.map((e) => e.code)).toEqual(["decision_cumul"]);
  });

  it("refuse de déposer une demande incomplète, champ par champ ; la vérification le dit aussi", () => {
    const d = dossier("brouillon", { donnees: { expert: { nom: "Diallo" } } });
    const r = DOSSIER_CUMUL.peut(d.etat, "deposer", DOSSIER_CUMUL.contexte(d, base, {}));
    expect(r).toMatchObject({ ok: false, code: "validation" });
    expect(DOSSIER_CUMUL.verifier(d.donnees).map((e) => e.champ)).toContain("expert.prenom");
  });

  it("lit l'avis et le motif légal du retrait dans la saisie de l'événement", () => {
    const avis = DOSSIER_CUMUL.contexte(dossier("deposee"), { acteurs: ["superieur"], aujourdhui: AUJOURDHUI }, { avis: "favorable" });
    expect(DOSSIER_CUMUL.peut("deposee", "donnerAvis", avis)).toMatchObject({ ok: true });
    const sansMotif = DOSSIER_CUMUL.contexte(dossier("autorisee"), { acteurs: ["autorite"], aujourdhui: AUJOURDHUI, motif: "Réorganisation du service" }, {});
    expect(DOSSIER_CUMUL.peut("autorisee", "retirer", sansMotif)).toMatchObject({ ok: false, code: "validation", erreurs: [{ champ: "motifRetrait" }] });
    const t = { evenement: "retirer", de: "autorisee", vers: "retiree", motif: "Réorganisation du service" };
    expect(DOSSIER_CUMUL.effets(dossier("autorisee"), t, { motifRetrait: "interet_du_service" }, AUJOURDHUI).suivi).toEqual({
      retrait: { motifLegal: "interet_du_service", le: AUJOURDHUI, motif: "Réorganisation du service" },
    });
  });

  it("après une demande de complément, l'autorité a deux mois", () => {
    const d = dossier("complement_demande", { suivi: { dateDepot: "2026-01-10", complementDemande: true } });
    expect(DOSSIER_CUMUL.echeances(d, "2026-01-20")[0]).toMatchObject({ code: "decision_cumul", date: "2026-03-10" });
  });
});
