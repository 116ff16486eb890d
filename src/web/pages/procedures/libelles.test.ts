import { describe, expect, it } from "vitest";
import { INSTRUMENTS } from "../../../domain/instruments/situation";
import { DOSSIERS, TYPES_PROCEDURE } from "../../../domain/procedures";
import { ETATS_PROCEDURE, libelleInstrument, procedureRecommandee, severiteEtat, typesOuvrables } from "./libelles";

describe("les mots des procédures dans les pages", () => {
  it("les états de chaque procédure, ceux de sa table et dans son ordre, pour les filtres", () => {
    for (const type of TYPES_PROCEDURE) expect(Object.keys(ETATS_PROCEDURE[type]), type).toEqual(DOSSIERS[type].etats);
  });

  it("la procédure que l'instrument recommandé appelle, ou pourquoi il n'y en a pas dans Vivier ; un instrument inconnu dit comme tel", () => {
    expect(procedureRecommandee("detachement")).toEqual({ procedure: "detachement" });
    expect(procedureRecommandee("mandat_special")).toEqual({ procedure: undefined, raison: expect.stringMatching(/mandat spécial/) });
    for (const instrument of INSTRUMENTS) expect(libelleInstrument(instrument), instrument).not.toBe(instrument);
    expect(procedureRecommandee("inconnu")).toEqual({ procedure: undefined, raison: expect.stringMatching(/aucun instrument connu/) });
    expect(procedureRecommandee("toString").procedure).toBeUndefined();
    expect(libelleInstrument("inconnu")).toBe("inconnu");
  });

  it("qui ouvre quoi à la main : ce que la table de chaque procédure permet à son rôle", () => {
    expect(typesOuvrables("agent")).toEqual(["cumul_activites", "detachement"]);
    expect(typesOuvrables("gestionnaire_rh")).toContain("mise_a_disposition");
    expect(typesOuvrables("charge_ri")).toEqual(["ordre_de_mission", "convention_partenariat"]);
    expect(typesOuvrables("operateur")).toEqual(["convention_partenariat"]);
    expect(typesOuvrables("superieur_hierarchique")).toEqual([]);
    expect(typesOuvrables(undefined)).toEqual([]);
    // Each role, as the actor it is when it opens a case (an operator: the party to a convention, not a host).
    const acteurs = { agent: "agent", gestionnaire_rh: "rh", charge_ri: "charge_ri", operateur: "operateur", autorite_territoriale: "autorite" } as const;
    for (const [role, acteur] of Object.entries(acteurs)) {
      const ouvrir = (type: (typeof TYPES_PROCEDURE)[number]) => DOSSIERS[type].peut(null, "ouvrir", { acteurs: [acteur], aujourdhui: "2026-03-16" }).ok;
      for (const type of TYPES_PROCEDURE) expect(typesOuvrables(role).includes(type), `${role} ${type}`).toBe(ouvrir(type));
    }
  });

  it("l'état dit sa couleur : accordé en vert, refusé en rouge, en attente en bleu", () => {
    expect(severiteEtat("autorisee")).toBe("success");
    expect(severiteEtat("refusee")).toBe("error");
    expect(severiteEtat("deposee")).toBe("info");
    expect(severiteEtat("abandonnee")).toBeUndefined();
  });
});
