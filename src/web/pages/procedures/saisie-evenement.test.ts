import { describe, expect, it } from "vitest";
import { TABLE_CONVENTION_PARTENARIAT } from "../../../domain/procedures/convention-partenariat";
import { TABLE_CUMUL } from "../../../domain/procedures/cumul";
import { TABLE_DETACHEMENT } from "../../../domain/procedures/detachement";
import { TABLE_MISE_A_DISPOSITION } from "../../../domain/procedures/mise-a-disposition";
import { TABLE_ORDRE_DE_MISSION } from "../../../domain/procedures/ordre-de-mission";
import { champDeLErreur, champsEvenement, demandeUneSaisie, estAvenant, phraseApres, saisieEnMots, valeursVides, versCorpsEvenement } from "./saisie-evenement";

const action = (evenement: string, champs: string[], motifObligatoire = false) => ({ evenement, champs, motifObligatoire });

describe("le formulaire d'une prochaine action", () => {
  it("chaque saisie des tables a son widget et ses mots en français", () => {
    type Regle = { evenement: string; champs?: readonly string[]; motifObligatoire?: boolean };
    const tables: { regles: readonly Regle[] }[] = [TABLE_CUMUL, TABLE_MISE_A_DISPOSITION, TABLE_DETACHEMENT, TABLE_CONVENTION_PARTENARIAT, TABLE_ORDRE_DE_MISSION];
    const regles = tables.flatMap((t) => t.regles);
    for (const r of regles) {
      for (const c of champsEvenement({ evenement: r.evenement, champs: r.champs ?? [], motifObligatoire: r.motifObligatoire ?? false })) {
        expect(c.libelle, `${r.evenement} ${c.champ}`).not.toBe(c.champ);
      }
    }
  });

  it("l'avis : favorable ou défavorable en boutons radio, ses raisons ensuite", () => {
    const champs = champsEvenement(action("donnerAvis", ["avis", "motif"]));
    expect(champs.map((c) => [c.champ, c.genre])).toEqual([
      ["avis", "boutons"],
      ["motif", "texteLong"],
    ]);
    expect(champs[0]!.options).toEqual([
      ["favorable", "Favorable"],
      ["defavorable", "Défavorable"],
    ]);
    expect(versCorpsEvenement("donnerAvis", champs, { avis: "favorable", motif: "  " })).toEqual({ evenement: "donnerAvis", saisie: { avis: "favorable" } });
    expect(versCorpsEvenement("donnerAvis", champs, { avis: "defavorable", motif: " Charge de travail. " })).toEqual({
      evenement: "donnerAvis",
      motif: "Charge de travail.",
      saisie: { avis: "defavorable" },
    });
  });

  it("le retrait : le motif légal en liste, le motif obligatoire", () => {
    const champs = champsEvenement(action("retirer", ["motifRetrait", "motif"], true));
    expect(champs.map((c) => c.genre)).toEqual(["choix", "texteLong"]);
    expect(champs[0]!.options?.map(([code]) => code)).toEqual(["interet_du_service", "informations_erronees", "incompatibilite"]);
    expect(champs[1]!.aide).toMatch(/^Obligatoire/);
  });

  it("un remboursement : la période en deux jours, le montant à la française, imbriqués comme la table les lit", () => {
    const champs = champsEvenement(action("enregistrerRemboursement", ["remboursement.periode", "remboursement.montant", "remboursement.recuLe"]));
    expect(champs.map((c) => c.champ)).toEqual(["remboursement.periode.debut", "remboursement.periode.fin", "remboursement.montant", "remboursement.recuLe"]);
    const valeurs = { "remboursement.periode.debut": "2026-04-01", "remboursement.periode.fin": "2026-06-30", "remboursement.montant": "12 000,50", "remboursement.recuLe": "2026-07-15" };
    expect(versCorpsEvenement("enregistrerRemboursement", champs, valeurs)).toEqual({
      evenement: "enregistrerRemboursement",
      saisie: { remboursement: { periode: "2026-04-01/2026-06-30", montant: 12000.5, recuLe: "2026-07-15" } },
    });
    expect(champDeLErreur("remboursement.periode")).toBe("remboursement.periode.debut");
    expect(champDeLErreur("remboursement.montant")).toBe("remboursement.montant");
  });

  it("l'année du rapport en nombre, la case du retour au poste en oui ou non, une réunion sans participants", () => {
    expect(versCorpsEvenement("deposerRapportAnnuel", champsEvenement(action("deposerRapportAnnuel", ["anneeRapport"])), { anneeRapport: "2026" })).toEqual({
      evenement: "deposerRapportAnnuel",
      saisie: { anneeRapport: 2026 },
    });
    const reintegrer = champsEvenement(action("reintegrer", ["surLePosteDOrigine"]));
    expect(versCorpsEvenement("reintegrer", reintegrer, valeursVides(reintegrer))).toEqual({ evenement: "reintegrer", saisie: { surLePosteDOrigine: false } });
    expect(versCorpsEvenement("reintegrer", reintegrer, { surLePosteDOrigine: "oui" }).saisie).toEqual({ surLePosteDOrigine: true });
    const reunion = champsEvenement(action("tenirComite", ["reunion.date", "reunion.compteRendu", "reunion.participants"]));
    expect(reunion.find((c) => c.champ === "reunion.participants")?.facultatif).toBe(true);
    expect(versCorpsEvenement("tenirComite", reunion, { "reunion.date": "2026-03-02", "reunion.compteRendu": "Bilan du premier semestre", "reunion.participants": "" }).saisie).toEqual({
      reunion: { date: "2026-03-02", compteRendu: "Bilan du premier semestre" },
    });
  });

  it("une action sans saisie se déclenche d'un clic ; un motif obligatoire ou un avenant ouvrent un formulaire", () => {
    expect(demandeUneSaisie(action("autoriser", []))).toBe(false);
    expect(demandeUneSaisie(action("refuser", [], true))).toBe(true);
    expect(demandeUneSaisie(action("informerAssemblee", ["dateInformationAssemblee"]))).toBe(true);
    expect(demandeUneSaisie(action("modifierParAvenant", ["convention"], true))).toBe(true);
    expect(champsEvenement(action("refuser", [], true)).map((c) => c.champ)).toEqual(["motif"]);
    expect(versCorpsEvenement("autoriser", [], {})).toEqual({ evenement: "autoriser" });
  });

  it("dit ce que l'action a fait : le nouvel état, ou ce qui est enregistré quand l'état reste", () => {
    expect(phraseApres({ etat: "avis_donne" }, { etat: "autorisee", etatLibelle: "Autorisée" }, "autoriser le cumul")).toBe(
      "« Autoriser le cumul » : c'est fait. La procédure est désormais « Autorisée ».",
    );
    expect(phraseApres({ etat: "active" }, { etat: "active", etatLibelle: "En cours" }, "enregistrer un remboursement reçu")).toBe(
      "« Enregistrer un remboursement reçu » : c'est enregistré. La procédure reste « En cours ».",
    );
  });

  it("dit les saisies gardées à l'historique en mots", () => {
    expect(saisieEnMots({ avis: "defavorable" })).toEqual(["Avis du supérieur hiérarchique : Défavorable"]);
    expect(saisieEnMots({ motifRetrait: "interet_du_service" })).toEqual(["Motif légal du retrait : L'intérêt du service le justifie"]);
    expect(saisieEnMots({ surLePosteDOrigine: true })).toEqual(["L'agent retrouve le poste qu'il occupait avant son détachement : oui"]);
    expect(saisieEnMots({ remboursement: { periode: "2026-04-01/2026-06-30", montant: 12000.5, recuLe: "2026-07-15" } })).toEqual([
      "Période remboursée : du 1er avril 2026 au 30 juin 2026",
      "Montant reçu : 12\u202f000,5",
      "Reçu le : 15 juillet 2026",
    ]);
    expect(saisieEnMots({ convention: { dateFin: "2027-06-30" } })).toEqual(["Nouveaux termes de la convention soumis"]);
    expect(saisieEnMots(null)).toEqual([]);
  });

  it("l'avenant d'une convention : ses termes sont le formulaire de la convention, hors des saisies de l'action", () => {
    expect(estAvenant("mise_a_disposition", action("modifierParAvenant", ["convention"], true))).toBe(true);
    expect(estAvenant("mise_a_disposition", action("modifierParAvenant", [], true))).toBe(true);
    // The partnership convention's avenant carries its amended terms too (the API says so by its `champs`).
    expect(estAvenant("convention_partenariat", action("modifierParAvenant", ["convention"], true))).toBe(true);
    expect(estAvenant("convention_partenariat", action("modifierParAvenant", [], true))).toBe(false);
    expect(champsEvenement(action("modifierParAvenant", ["convention"], true)).map((c) => c.champ)).toEqual(["motif"]);
  });
});
