import { describe, expect, it } from "vitest";
import { uneConventionMad } from "../../../../domain/procedures/constructeurs";
import { lireConventionMad } from "../../../../domain/procedures/mise-a-disposition-donnees";
import { modeleMiseADisposition as modele } from "./miseADisposition";
import { verifierSaisie } from "./saisieDonnees";

/** The domain's errors on the data, none when it is whole. */
const erreursDu = (donnees: unknown) => {
  const r = lireConventionMad(donnees);
  return r.ok ? [] : r.erreurs;
};

describe("le formulaire de la convention de mise à disposition", () => {
  it("rend à l'identique les données complètes de l'exemple, que le domaine accepte", () => {
    const saisie = modele.depuisDonnees(uneConventionMad());
    expect(saisie.valeurs["remboursement.montantParPeriode"]).toMatch(/^12\s000$/);
    expect(saisie.valeurs["remboursement.gratuite"]).toBe("non");
    expect(modele.versDonnees(saisie)).toEqual(uneConventionMad());
    expect(erreursDu(modele.versDonnees(saisie))).toEqual([]);
  });

  it("envoie un brouillon partiel sans clé vide, les nombres lus à la française", () => {
    const { valeurs } = modele.depuisDonnees({});
    expect(Object.values(valeurs).every((v) => v === "")).toBe(true);
    expect(modele.versDonnees({ valeurs })).toEqual({});
    const donnees = modele.versDonnees({
      valeurs: { ...valeurs, "agent.nom": "Martin", "employeur.representant": " ", quotite: "50", "remboursement.montantParPeriode": "12 500,50", complementRemuneration: "800 €" },
    });
    expect(donnees).toEqual({ agent: { nom: "Martin" }, quotite: 50, remboursement: { montantParPeriode: 12_500.5 }, complementRemuneration: 800 });
  });

  it("n'envoie du remboursement que ce que son choix demande", () => {
    const { valeurs } = modele.depuisDonnees(uneConventionMad());
    const avecJustification = { ...valeurs, "remboursement.justificationGratuite": "Organisation internationale" };
    expect(modele.versDonnees({ valeurs: { ...avecJustification, "remboursement.gratuite": "oui" } }).remboursement).toEqual({
      gratuite: true,
      justificationGratuite: "Organisation internationale",
    });
    expect(modele.versDonnees({ valeurs: avecJustification }).remboursement).toEqual({ gratuite: false, montantParPeriode: 12_000, periodicite: "trimestrielle", delaiPaiementJours: 30 });
  });

  it("a un champ ou un groupe pour chaque erreur du domaine, d'un brouillon vide, partiel ou faux", () => {
    const cas: [Record<string, unknown>, Record<string, string>][] = [
      [{}, {}],
      [{}, { "agent.nom": "Martin", "remboursement.gratuite": "non", "employeur.nom": "Lyon" }],
      [uneConventionMad(), { "agent.statut": "contractuel_cdd", "accueil.type": "operateur_prive", "agent.grade": "" }],
      [uneConventionMad(), { "remboursement.gratuite": "oui" }],
      [uneConventionMad(), { "remboursement.montantParPeriode": "", "remboursement.periodicite": "" }],
      [uneConventionMad(), { quotite: "150", "remboursement.montantParPeriode": "beaucoup", "remboursement.delaiPaiementJours": "1,5" }],
      [uneConventionMad(), { dateFin: "2030-01-01", debutPeriode: "2025-01-01" }],
      [uneConventionMad(), { dateFin: "2025-01-01" }],
    ];
    for (const [base, valeurs] of cas) {
      const { nombre, autres } = verifierSaisie(modele, { valeurs: { ...modele.depuisDonnees(base).valeurs, ...valeurs } }, erreursDu);
      expect(nombre).toBeGreaterThan(0);
      expect(autres).toEqual([]);
    }
  });

  it("nomme les champs dans la liste des erreurs, groupes compris", () => {
    const places = modele.places(modele.depuisDonnees({}));
    expect(places["remboursement.montantParPeriode"]).toBe("Montant remboursé par période (€)");
    expect(places.accueil).toBe("L'organisme d'accueil");
    expect(Object.keys(places).indexOf("accueil")).toBeLessThan(Object.keys(places).indexOf("accueil.nom"));
  });
});
