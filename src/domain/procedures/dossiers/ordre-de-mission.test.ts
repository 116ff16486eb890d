import { describe, expect, it } from "vitest";
import type { ActeurProcedure } from "../acteurs";
import { AUJOURDHUI, modifie, unOrdreDeMission } from "../constructeurs";
import type { Dossier } from "../dossier";
import { DOSSIER_ORDRE_DE_MISSION as ODM } from "./ordre-de-mission";

const dossier = (etat: string, donnees: unknown = unOrdreDeMission(), suivi = {}): Dossier => ({ etat, donnees: donnees as Record<string, unknown>, suivi });
function declencher(d: Dossier, evenement: string, acteur: ActeurProcedure, aujourdhui = AUJOURDHUI, motif?: string) {
  const r = ODM.peut(d.etat, evenement, ODM.contexte(d, { acteurs: [acteur], aujourdhui, ...(motif ? { motif } : {}) }, {}));
  if (!r.ok) return { refus: r, dossier: d };
  const effets = ODM.effets(d, r.transition, {}, aujourdhui);
  return { effets, dossier: { etat: r.transition.vers, donnees: effets.donnees ?? d.donnees, suivi: effets.suivi ?? d.suivi } };
}
const rouge = () => modifie(unOrdreDeMission(), "securite.niveauVigilance", "formellement_deconseille");

describe("l'ordre de mission comme dossier", () => {
  it("ne va à la signature qu'avec la liste de sécurité complète ; la vérification dit ce qui manque", () => {
    const sansAriane = dossier("brouillon", modifie(unOrdreDeMission(), "securite.inscriptionAriane"));
    expect(declencher(sansAriane, "soumettre", "charge_ri").refus).toMatchObject({ code: "validation", erreurs: [{ champ: "securite.inscriptionAriane" }] });
    expect(ODM.verifier(sansAriane.donnees).map((e) => e.champ)).toEqual(["securite.inscriptionAriane"]);
    expect(ODM.verifier(modifie(unOrdreDeMission(), "retour", "2026-04-06")).map((e) => e.champ)).toEqual(["retour"]);
    expect(ODM.verifier(unOrdreDeMission())).toEqual([]);
    expect(declencher(dossier("brouillon"), "soumettre", "rh").dossier).toEqual({ etat: "a_signer", donnees: unOrdreDeMission(), suivi: {} });
  });

  it("la signature est datée, avec la raison impérative pour un pays déconseillé", () => {
    expect(declencher(dossier("a_signer", rouge()), "signer", "autorite").refus).toMatchObject({ code: "validation", erreurs: [{ champ: "motif" }] });
    const raison = "Restitution attendue par le bailleur, escorte assurée";
    expect(declencher(dossier("a_signer", rouge()), "signer", "autorite", AUJOURDHUI, raison).dossier).toEqual({
      etat: "signe",
      donnees: rouge(),
      suivi: { signature: { le: AUJOURDHUI, motif: raison } },
    });
    expect(declencher(dossier("a_signer"), "signer", "autorite", "2026-04-08").refus).toMatchObject({ code: "conflit" });
  });

  it("le retour se constate à partir du jour prévu, et se retient", () => {
    expect(declencher(dossier("signe"), "terminer", "agent", "2026-04-10").refus).toMatchObject({ code: "conflit" });
    expect(declencher(dossier("signe"), "terminer", "agent", "2026-04-11").dossier).toMatchObject({ etat: "effectue", suivi: { retourConstateLe: "2026-04-11" } });
  });

  it("la signature est attendue au départ, tant que l'ordre n'est pas signé", () => {
    expect(ODM.echeances(dossier("a_signer"), AUJOURDHUI)).toEqual([expect.objectContaining({ code: "signature_ordre_de_mission", date: "2026-04-07", niveau: "a_venir" })]);
    expect(ODM.echeances(dossier("signe"), AUJOURDHUI)).toEqual([]);
    expect(ODM.echeances(dossier("brouillon", { objet: "Atelier" }), AUJOURDHUI)).toEqual([]);
  });

  it("le service RH ou les relations internationales le préparent, en brouillon seulement", () =>
    expect(ODM.edition).toEqual({ etats: ["brouillon"], acteurs: ["rh", "charge_ri"] }));
});
