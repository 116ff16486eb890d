import { describe, expect, it } from "vitest";
import { uneConventionPartenariat } from "../../../../domain/procedures/constructeurs";
import { lireConventionPartenariat } from "../../../../domain/procedures/convention-partenariat-donnees";
import {
  cheminLigne,
  LIGNES,
  type LigneSaisie,
  modeleConventionPartenariat as modele,
  nouvelleLigne,
  type SaisieConventionPartenariat,
  totauxParNature,
} from "./conventionPartenariat";
import { repartirSurLeFormulaire, verifierSaisie } from "./saisieDonnees";

const ligne = (l: Partial<LigneSaisie>): LigneSaisie => ({ ...nouvelleLigne(), ...l });

/** The domain's errors on the data, none when it is whole. */
const erreursDu = (donnees: unknown) => {
  const r = lireConventionPartenariat(donnees);
  return r.ok ? [] : r.erreurs;
};

describe("le formulaire de la convention de partenariat et de son annexe financière", () => {
  it("rend à l'identique les données complètes de l'exemple, que le domaine accepte", () => {
    const exemple = uneConventionPartenariat();
    const saisie = modele.depuisDonnees(exemple);
    expect(saisie.lignes.map(({ nature, libelle, montant }) => [nature, libelle, montant.replace(/\s/g, " ")])).toEqual([
      ["honoraires", "", "45 000"],
      ["frais_de_gestion", "", "4 500"],
      ["complement_remuneration", "Per diem et quote-part", "9 000"],
    ]);
    expect(new Set(saisie.lignes.map((l) => l.cle)).size).toBe(3);
    expect(modele.versDonnees(saisie)).toEqual(exemple);
    expect(erreursDu(modele.versDonnees(saisie))).toEqual([]);
  });

  it("envoie un brouillon partiel sans clé vide ni ligne vide, les montants lus à la française", () => {
    const vide = modele.depuisDonnees({});
    expect(vide.lignes).toEqual([]);
    expect(modele.versDonnees(vide)).toEqual({});
    const saisie = {
      valeurs: { ...vide.valeurs, "operateur.nom": "Expertise France", joursExpertsPrevus: "12,5", reunionsComiteParAn: "" },
      lignes: [ligne({ nature: "honoraires", montant: "12 500,50" }), ligne({}), ligne({ libelle: "Per diem" })],
    };
    expect(modele.versDonnees(saisie)).toEqual({
      operateur: { nom: "Expertise France" },
      joursExpertsPrevus: 12.5,
      annexeFinanciere: { lignes: [{ nature: "honoraires", montant: 12_500.5 }, { libelle: "Per diem" }] },
    });
  });

  it("met l'erreur d'une ligne, nommée par son rang parmi les lignes envoyées, sur cette ligne", () => {
    const [a, vide, b] = [ligne({ nature: "honoraires", montant: "1" }), ligne({}), ligne({ nature: "frais_de_gestion" })];
    const saisie = { valeurs: modele.depuisDonnees({}).valeurs, lignes: [a!, vide!, b!] };
    const { parPlace } = repartirSurLeFormulaire(modele, saisie, [
      { champ: "annexeFinanciere.lignes.1.montant", message: "le montant de la ligne : un montant en euros est attendu" },
      { champ: "annexeFinanciere.lignes.0", message: "une ligne de l'annexe financière s'écrit { nature, libelle?, montant }" },
      { champ: "annexeFinanciere.lignes", message: "l'annexe financière dit les honoraires versés à la collectivité" },
    ]);
    expect(parPlace).toEqual({
      [cheminLigne(b!.cle, "montant")]: "à renseigner",
      [cheminLigne(a!.cle, "nature")]: "une ligne de l'annexe financière s'écrit { nature, libelle?, montant }",
      [LIGNES]: "l'annexe financière dit les honoraires versés à la collectivité",
    });
    expect(modele.places(saisie)[cheminLigne(b!.cle, "montant")]).toBe("Ligne 3 : montant");
  });

  it("ne prend jamais le rang d'une ligne pour la clé d'une autre", () => {
    // Keys that are also ranks: the API's second line is the one whose key is 0.
    const saisie = { valeurs: modele.depuisDonnees({}).valeurs, lignes: [ligne({ cle: 1, nature: "honoraires" }), ligne({ cle: 0, nature: "frais_de_gestion" })] };
    const { parPlace } = repartirSurLeFormulaire(modele, saisie, [{ champ: "annexeFinanciere.lignes.1.montant", message: "à dire" }]);
    expect(parPlace).toEqual({ [cheminLigne(0, "montant")]: "à dire" });
  });

  it("a une place pour chaque erreur du domaine, d'un brouillon vide, partiel ou faux", () => {
    const exemple = modele.depuisDonnees(uneConventionPartenariat());
    const cas: SaisieConventionPartenariat[] = [
      modele.depuisDonnees({}),
      { ...exemple, lignes: [] },
      { ...exemple, lignes: [ligne({ nature: "frais_de_gestion", montant: "-3" }), ligne({ libelle: "Sans nature ni montant" })] },
      { ...exemple, lignes: [ligne({ nature: "inconnue", montant: "0,001" })], valeurs: { ...exemple.valeurs, reunionsComiteParAn: "0", joursExpertsPrevus: "1,25" } },
    ];
    for (const saisie of cas) {
      const { nombre, autres } = verifierSaisie(modele, saisie, erreursDu);
      expect(nombre).toBeGreaterThan(0);
      expect(autres).toEqual([]);
    }
  });

  it("totalise l'annexe par nature, au centime, sans les montants illisibles", () => {
    expect(
      totauxParNature([
        ligne({ nature: "honoraires", montant: "0,1" }),
        ligne({ nature: "honoraires", montant: "0,2" }),
        ligne({ nature: "frais_de_gestion", montant: "beaucoup" }),
        ligne({ nature: "", montant: "5" }),
      ]),
    ).toEqual({ honoraires: 0.3 });
  });
});
