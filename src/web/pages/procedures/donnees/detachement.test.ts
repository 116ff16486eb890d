import { describe, expect, it } from "vitest";
import { unDetachement } from "../../../../domain/procedures/constructeurs";
import { lireDetachement, verifierConventionPrealable } from "../../../../domain/procedures/detachement-donnees";
import { modeleDetachement as modele } from "./detachement";
import { verifierSaisie } from "./saisieDonnees";

const saisieDe = (base: Record<string, unknown>, valeurs: Record<string, string> = {}) => ({ valeurs: { ...modele.depuisDonnees(base).valeurs, ...valeurs } });

/** The domain's errors on the data, none when it is whole. */
const erreursDu = (donnees: unknown) => {
  const r = lireDetachement(donnees);
  return r.ok ? verifierConventionPrealable(r.valeur) : r.erreurs;
};

describe("le formulaire du détachement", () => {
  it("rend à l'identique les données complètes de l'exemple, que le domaine accepte", () => {
    const saisie = modele.depuisDonnees(unDetachement());
    expect(saisie.valeurs).toMatchObject({ type: "longue_duree", aLEtranger: "oui", cooperation: "oui", "conventionPrealable.signeeLe": "2024-11-20" });
    expect(modele.versDonnees(saisie)).toEqual(unDetachement());
    expect(erreursDu(modele.versDonnees(saisie))).toEqual([]);
  });

  it("envoie un brouillon partiel sans clé vide, le préavis lu à la française", () => {
    expect(modele.versDonnees(saisieDe({}))).toEqual({});
    expect(modele.versDonnees(saisieDe({}, { "accueil.nom": "ONU-Habitat", "accueil.qualite": "", cooperation: "non", preavisMois: " 3 " }))).toEqual({
      accueil: { nom: "ONU-Habitat" },
      cooperation: false,
      preavisMois: 3,
    });
  });

  it("n'envoie la convention préalable qu'à une mission de coopération, la période en cours qu'à un détachement de longue durée", () => {
    const { conventionPrealable, debutPeriode, ...reste } = modele.versDonnees(saisieDe(unDetachement(), { cooperation: "non", type: "courte_duree", debutPeriode: "2026-01-01" }));
    expect([conventionPrealable, debutPeriode]).toEqual([undefined, undefined]);
    expect(reste).toMatchObject({ cooperation: false, type: "courte_duree" });
    // Not yet said: the convention stays, to be filled in.
    expect(modele.versDonnees(saisieDe(unDetachement(), { cooperation: "" })).conventionPrealable).toEqual({ reference: "CONV-2024-118", signeeLe: "2024-11-20" });
  });

  it("a un champ ou un groupe pour chaque erreur du domaine, d'un brouillon vide, partiel ou faux", () => {
    const cas = [
      saisieDe({}),
      saisieDe({}, { "agent.nom": "Martin", "conventionPrealable.reference": "CONV-1" }),
      saisieDe(unDetachement(), { "agent.statut": "contractuel_cdi", "accueil.type": "etat", preavisMois: "douze" }),
      saisieDe(unDetachement(), { type: "courte_duree", dateFin: "2026-06-30" }),
      saisieDe(unDetachement(), { dateDebut: "2026-01-01", dateFin: "2026-03-01" }),
      saisieDe(unDetachement(), { dateFin: "2031-01-01", "conventionPrealable.signeeLe": "2024-02-30" }),
      saisieDe(unDetachement(), { aLEtranger: "", fonctions: "" }),
    ];
    for (const saisie of cas) {
      const { nombre, autres } = verifierSaisie(modele, saisie, erreursDu);
      expect(nombre).toBeGreaterThan(0);
      expect(autres).toEqual([]);
    }
    // D3b, which the steps check: on the group of the prior convention.
    const sansConvention = saisieDe(unDetachement(), { "conventionPrealable.reference": "", "conventionPrealable.signeeLe": "" });
    expect(verifierSaisie(modele, sansConvention, erreursDu).parPlace).toEqual({ conventionPrealable: expect.stringMatching(/^D3b : /) as unknown });
  });
});
