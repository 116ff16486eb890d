import { describe, expect, it } from "vitest";
import { INSTRUMENTS } from "../../../domain/instruments/situation";
import {
  DEMANDEURS_FIN as DEMANDEURS_DOMAINE,
  DOSSIERS,
  LIBELLES_DEMANDEUR_FIN as DEMANDEURS_LIBELLES_DOMAINE,
  LIBELLES_MOTIF_RETRAIT_CUMUL as RETRAIT_DOMAINE,
  LIBELLES_SUITE_EVALUATION as SUITES_DOMAINE,
  LIBELLES_TYPE_PROCEDURE as TYPES_LIBELLES_DOMAINE,
  MOTIFS_RETRAIT_CUMUL as MOTIFS_DOMAINE,
  procedureRecommandee as recommandeeDomaine,
  SENS_AVIS as SENS_DOMAINE,
  SUITES_EVALUATION as SUITES_LISTE_DOMAINE,
  TYPES_PROCEDURE as TYPES_DOMAINE,
} from "../../../domain/procedures";
import { LIBELLES_NIVEAU_ECHEANCE as NIVEAUX_DOMAINE } from "../../../domain/procedures/dates";
import {
  DEMANDEURS_FIN,
  ETATS_PROCEDURE,
  LIBELLES_DEMANDEUR_FIN,
  LIBELLES_MOTIF_RETRAIT_CUMUL,
  LIBELLES_NIVEAU_ECHEANCE,
  LIBELLES_SENS_AVIS,
  LIBELLES_SUITE_EVALUATION,
  LIBELLES_TYPE_PROCEDURE,
  libelleInstrument,
  MOTIFS_RETRAIT_CUMUL,
  procedureRecommandee,
  SENS_AVIS,
  severiteEtat,
  SUITES_EVALUATION,
  TYPES_PROCEDURE,
  typesOuvrables,
} from "./libelles";

describe("les mots des procédures, les mêmes que le domaine", () => {
  it("les procédures, leurs états dans l'ordre de leur table et leurs libellés", () => {
    expect(TYPES_PROCEDURE).toEqual(TYPES_DOMAINE);
    expect(LIBELLES_TYPE_PROCEDURE).toEqual(TYPES_LIBELLES_DOMAINE);
    for (const type of TYPES_DOMAINE) {
      expect(Object.keys(ETATS_PROCEDURE[type]), type).toEqual(DOSSIERS[type].etats);
      expect(ETATS_PROCEDURE[type], type).toEqual(DOSSIERS[type].libellesEtats);
    }
    expect(LIBELLES_NIVEAU_ECHEANCE).toEqual(NIVEAUX_DOMAINE);
  });

  it("les saisies des événements", () => {
    expect(SENS_AVIS).toEqual(SENS_DOMAINE);
    expect(Object.keys(LIBELLES_SENS_AVIS)).toEqual([...SENS_DOMAINE]);
    expect(MOTIFS_RETRAIT_CUMUL).toEqual(MOTIFS_DOMAINE);
    expect(LIBELLES_MOTIF_RETRAIT_CUMUL).toEqual(RETRAIT_DOMAINE);
    expect(DEMANDEURS_FIN).toEqual(DEMANDEURS_DOMAINE);
    expect(LIBELLES_DEMANDEUR_FIN).toEqual(DEMANDEURS_LIBELLES_DOMAINE);
    expect(SUITES_EVALUATION).toEqual(SUITES_LISTE_DOMAINE);
    expect(LIBELLES_SUITE_EVALUATION).toEqual(SUITES_DOMAINE);
  });

  it("la procédure que l'instrument recommandé appelle, ou pourquoi il n'y en a pas dans Vivier", () => {
    for (const instrument of INSTRUMENTS) {
      expect(procedureRecommandee(instrument), instrument).toEqual(recommandeeDomaine(instrument));
      expect(libelleInstrument(instrument), instrument).not.toBe(instrument);
    }
    expect(procedureRecommandee("inconnu").procedure).toBeUndefined();
  });

  it("qui ouvre quoi à la main : ce que la table de chaque procédure permet à son rôle", () => {
    expect(typesOuvrables("agent")).toEqual(["cumul_activites", "detachement"]);
    expect(typesOuvrables("gestionnaire_rh")).toContain("mise_a_disposition");
    expect(typesOuvrables("charge_ri")).toEqual(["ordre_de_mission", "convention_partenariat"]);
    expect(typesOuvrables("superieur_hierarchique")).toEqual([]);
    const ouvrir = (type: (typeof TYPES_DOMAINE)[number]) => DOSSIERS[type].peut(null, "ouvrir", { acteurs: ["agent"], aujourdhui: "2026-03-16" }).ok;
    for (const type of TYPES_DOMAINE) expect(typesOuvrables("agent").includes(type), type).toBe(ouvrir(type));
  });

  it("l'état dit sa couleur : accordé en vert, refusé en rouge, en attente en bleu", () => {
    expect(severiteEtat("autorisee")).toBe("success");
    expect(severiteEtat("refusee")).toBe("error");
    expect(severiteEtat("deposee")).toBe("info");
    expect(severiteEtat("abandonnee")).toBeUndefined();
  });
});
