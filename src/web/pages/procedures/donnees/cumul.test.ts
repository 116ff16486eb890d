import { describe, expect, it } from "vitest";
import { uneDemandeCumul } from "../../../../domain/procedures/constructeurs";
import { lireDemandeCumul } from "../../../../domain/procedures/cumul-donnees";
import {
  CHAMPS_CUMUL,
  depuisDonnees,
  estChampCumul,
  idChampCumul,
  idFocusCumul,
  libelleChampCumul,
  saisieCumulVide,
  versDonnees,
} from "./cumul";

describe("le formulaire de la demande de cumul (annexe 3)", () => {
  it("une demande complète fait l'aller-retour sans rien perdre ni ajouter, et se dépose", () => {
    const demande = uneDemandeCumul();
    const retour = versDonnees(depuisDonnees(demande as Record<string, unknown>));
    expect(retour).toEqual(demande);
    expect(lireDemandeCumul(retour).ok).toBe(true);
  });

  it("un temps partiel garde son pourcentage en nombre ; un temps complet n'en garde aucun", () => {
    const saisie = { ...depuisDonnees(uneDemandeCumul() as Record<string, unknown>), "activitePrincipale.quotite": "temps_partiel", "activitePrincipale.quotitePourcentage": "80" };
    expect(versDonnees(saisie).activitePrincipale).toEqual({ fonctions: "Responsable de l'organisation des tournées de collecte", quotite: "temps_partiel", quotitePourcentage: 80 });
    expect(versDonnees({ ...saisie, "activitePrincipale.quotite": "temps_complet" }).activitePrincipale).not.toHaveProperty("quotitePourcentage");
    // Typed otherwise than a number: sent as typed, for the API to say why it is refused.
    expect(versDonnees({ ...saisie, "activitePrincipale.quotitePourcentage": "quatre-vingts" }).activitePrincipale).toMatchObject({ quotitePourcentage: "quatre-vingts" });
  });

  it("les autres activités ne sont décrites que si l'agent en exerce ; la déclaration non cochée vaut non", () => {
    const saisie = { ...saisieCumulVide(), "autresActivitesAccessoires.exerce": "non", "autresActivitesAccessoires.description": "Cours du soir" };
    expect(versDonnees(saisie).autresActivitesAccessoires).toEqual({ exerce: false });
    expect(versDonnees({ ...saisie, "autresActivitesAccessoires.exerce": "oui" }).autresActivitesAccessoires).toEqual({ exerce: true, description: "Cours du soir" });
    expect(versDonnees(saisieCumulVide()).declarationSurLHonneur).toEqual({ souscrite: false, faitA: "", le: "" });
  });

  it("un brouillon vide se garde, et chaque erreur de l'API tombe sur un champ du formulaire, en français", () => {
    const r = lireDemandeCumul(versDonnees(saisieCumulVide()));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    for (const e of r.erreurs) {
      expect(estChampCumul(e.champ), e.champ).toBe(true);
      expect(e.message).not.toMatch(/s'écri(t|vent) \{/);
    }
    expect(r.erreurs.map((e) => e.champ)).toEqual(expect.arrayContaining(["expert.nom", "activitePrincipale.quotite", "autresActivitesAccessoires.exerce", "declarationSurLHonneur.le"]));
  });

  it("ce que le dossier prérempli donne est repris, le reste est vide", () => {
    const saisie = depuisDonnees({ expert: { nom: "Diallo", prenom: "Amina", courriel: "amina@example.fr" }, activiteAccessoire: { organisme: { identite: "Expertise France" } } });
    expect(saisie["expert.nom"]).toBe("Diallo");
    expect(saisie["activiteAccessoire.organisme.identite"]).toBe("Expertise France");
    expect(saisie["activitePrincipale.fonctions"]).toBe("");
    expect(Object.keys(saisie)).toEqual(CHAMPS_CUMUL);
  });

  it("nomme les champs et leurs identifiants", () => {
    expect(libelleChampCumul("activiteAccessoire.organisme.nature")).toBe("Organisme pour lequel l'activité sera exercée : nature de l'organisme");
    expect(libelleChampCumul("activitePrincipale")).toBe("Activité principale");
    expect(libelleChampCumul("demande")).toBe("La demande");
    expect(idChampCumul("dossier", "activiteAccessoire.organisme.nature")).toBe("dossier-activiteAccessoire-organisme-nature");
    expect(idFocusCumul("dossier", "declarationSurLHonneur.souscrite")).toBe("dossier-declarationSurLHonneur-souscrite-0");
  });
});
