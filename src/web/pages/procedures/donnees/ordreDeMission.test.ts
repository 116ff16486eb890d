import { describe, expect, it } from "vitest";
import { unOrdreDeMission } from "../../../../domain/procedures/constructeurs";
import { lireOrdreDeMission, MODES_TRANSPORT, verifierChecklistSecurite } from "../../../../domain/procedures/ordre-de-mission-donnees";
import { cocher, MODES, modeleOrdreDeMission as modele, type SaisieOrdreDeMission } from "./ordreDeMission";
import { repartirSurLeFormulaire, verifierSaisie } from "./saisieDonnees";

const saisieDe = (base: Record<string, unknown>, valeurs: Record<string, string> = {}, modes?: string[]): SaisieOrdreDeMission => {
  const s = modele.depuisDonnees(base);
  return { valeurs: { ...s.valeurs, ...valeurs }, modes: modes ?? s.modes };
};

/** The domain's errors on the data, the checklist's when it is whole. */
const erreursDu = (donnees: unknown) => {
  const r = lireOrdreDeMission(donnees);
  return r.ok ? verifierChecklistSecurite(r.valeur, "2026-03-16") : r.erreurs;
};

describe("le formulaire de l'ordre de mission et de sa liste de sécurité", () => {
  it("rend à l'identique les données complètes de l'exemple, que le domaine accepte, liste de sécurité complète", () => {
    const exemple = unOrdreDeMission();
    const saisie = modele.depuisDonnees(exemple);
    expect(saisie.modes).toEqual(["avion", "vehicule_de_service"]);
    expect(saisie.valeurs).toMatchObject({ "securite.inscriptionAriane": "oui", "securite.assurance.rapatriement": "oui", "destination.pays": "SN" });
    expect(modele.versDonnees(saisie)).toEqual(exemple);
    expect(erreursDu(modele.versDonnees(saisie))).toEqual([]);
  });

  it("envoie un brouillon partiel sans clé vide : la liste de sécurité se remplit au fil de l'eau", () => {
    expect(modele.versDonnees(saisieDe({}))).toEqual({});
    const saisie = saisieDe({}, { "destination.ville": "Thiès", "securite.inscriptionAriane": "non", "securite.assurance.assureur": " SMACL " }, ["train"]);
    expect(modele.versDonnees(saisie)).toEqual({
      destination: { ville: "Thiès" },
      transport: { modes: ["train"] },
      securite: { inscriptionAriane: false, assurance: { assureur: "SMACL" } },
    });
  });

  it("coche les modes de transport dans l'ordre de la liste, une fois chacun, et garde un mode inconnu", () => {
    const ordre = [...MODES_TRANSPORT];
    expect(cocher(["vehicule_de_service"], "avion", true, ordre)).toEqual(["avion", "vehicule_de_service"]);
    expect(cocher(["avion"], "avion", true, ordre)).toEqual(["avion"]);
    expect(cocher(["avion", "train"], "avion", false, ordre)).toEqual(["train"]);
    expect(cocher(["montgolfiere"], "train", true, ordre)).toEqual(["train", "montgolfiere"]);
  });

  it("a une place pour chaque erreur du domaine et de la liste de sécurité, d'un brouillon vide, partiel ou faux", () => {
    const cas = [
      saisieDe({}),
      saisieDe({}, { "agent.nom": "Martin", "securite.assurance.contrat": "123" }, ["avion", "bateau"]),
      saisieDe(unOrdreDeMission(), { cadre: "expe_ct", retour: "2026-04-30", "destination.pays": "ZZ" }),
      saisieDe(unOrdreDeMission(), { depart: "2026-05-01" }, []),
      saisieDe(unOrdreDeMission(), {
        "securite.niveauVigilance": "",
        "securite.vigilanceConsulteeLe": "2026-12-01",
        "securite.inscriptionAriane": "",
        "securite.assurance.rapatriement": "non",
        "securite.assurance.assureur": "",
      }),
      saisieDe(unOrdreDeMission(), { "securite.assurance.rapatriement": "", "securite.assurance.assureur": "", "securite.assurance.contrat": "" }),
    ];
    for (const saisie of cas) {
      const { nombre, autres } = verifierSaisie(modele, saisie, erreursDu);
      expect(nombre).toBeGreaterThan(0);
      expect(autres).toEqual([]);
    }
  });

  it("met les erreurs des modes sur leurs cases, placées avant les précisions sur le transport", () => {
    const saisie = saisieDe(unOrdreDeMission());
    expect(repartirSurLeFormulaire(modele, saisie, [{ champ: "transport.modes.1", message: "mode de transport inconnu" }]).parPlace).toEqual({ [MODES]: "mode de transport inconnu" });
    const places = Object.keys(modele.places(saisie));
    expect(places.slice(places.indexOf("transport"), places.indexOf("transport") + 3)).toEqual(["transport", MODES, "transport.precisions"]);
    expect(modele.premiereCase).toEqual([MODES]);
  });
});
