import { describe, expect, it } from "vitest";
import { uneConventionMad, uneConventionPartenariat, uneDemandeCumul, unDetachement, unOrdreDeMission } from "../../../../domain/procedures/constructeurs";
import { LIBELLES_DONNEES, libelleDonnee, libelleElement, manquantEnMots, ordonner, phraseEnregistrement, valeurEnMots } from "./libelles-donnees";

/** Every path of an object's leaves and sections, list items' without their index. */
function chemins(v: unknown, prefixe = ""): string[] {
  if (Array.isArray(v)) return v.flatMap((x) => chemins(x, prefixe));
  if (typeof v !== "object" || v === null) return [prefixe];
  return [...(prefixe === "" ? [] : [prefixe]), ...Object.entries(v).flatMap(([k, x]) => chemins(x, prefixe === "" ? k : `${prefixe}.${k}`))];
}

describe("les données d'un dossier, en mots", () => {
  it("chaque champ des exemples du domaine a son libellé, pour chaque procédure", () => {
    const exemples = {
      cumul_activites: uneDemandeCumul(),
      mise_a_disposition: uneConventionMad(),
      detachement: unDetachement(),
      convention_partenariat: uneConventionPartenariat(),
      ordre_de_mission: unOrdreDeMission(),
    } as const;
    for (const [type, exemple] of Object.entries(exemples) as [keyof typeof exemples, unknown][]) {
      for (const chemin of chemins(exemple)) expect(LIBELLES_DONNEES[type][chemin], `${type} ${chemin}`).toBeDefined();
    }
  });

  it("une valeur : son libellé, un jour en toutes lettres, oui ou non, un nombre à la française", () => {
    expect(valeurEnMots("cumul_activites", "activitePrincipale.quotite", "temps_partiel")).toBe("À temps partiel");
    expect(valeurEnMots("mise_a_disposition", "remboursement.gratuite", false)).toBe("Non");
    expect(valeurEnMots("mise_a_disposition", "remboursement.montantParPeriode", 12000)).toBe("12\u202f000");
    expect(valeurEnMots("ordre_de_mission", "transport.modes", "avion")).toBe("Avion");
    expect(valeurEnMots("convention_partenariat", "annexeFinanciere.lignes.2.nature", "honoraires")).toMatch(/^Honoraires/);
    expect(valeurEnMots("cumul_activites", "activiteAccessoire.dateDebut", "2026-04-07")).toMatch(/7 avril 2026/);
    expect(libelleDonnee("convention_partenariat", "annexeFinanciere.lignes.0.montant")).toBe("Montant (€)");
    expect(libelleDonnee("cumul_activites", "inconnu.champInattendu")).toBe("Champ inattendu");
    // An item of a list is named in the singular, numbered by the page: « Ligne 2 : Montant (€) ».
    expect(libelleElement("convention_partenariat", "annexeFinanciere.lignes")).toBe("Ligne");
    expect(libelleElement("ordre_de_mission", "transport.modes")).toBe("Modes de transport");
  });

  it("ce qui manque : le libellé du champ ; une section vide est à remplir, sans sa forme technique", () => {
    expect(manquantEnMots("cumul_activites", { champ: "activitePrincipale", message: "l'activité principale s'écrit { fonctions, quotite, quotitePourcentage? }" })).toEqual({
      libelle: "Activité principale",
      message: "à remplir",
    });
    expect(manquantEnMots("cumul_activites", { champ: "expert.grade", message: "le grade est obligatoire" })).toEqual({ libelle: "Grade", message: "le grade est obligatoire" });
    expect(manquantEnMots("cumul_activites", { champ: "expert.service", message: "le bureau, la direction ou le service : du texte est attendu" }).message).toBe("à remplir");
    expect(manquantEnMots("cumul_activites", { champ: "activiteAccessoire.dateFin", message: "la fin de l'activité : une date AAAA-MM-JJ qui existe est attendue" }).message).toBe(
      "une date à indiquer (jour, mois, année)",
    );
  });

  it("dit ce qu'un enregistrement laisse à compléter", () => {
    expect(phraseEnregistrement(0)).toBe("Les données sont enregistrées : rien ne manque pour l'étape suivante.");
    expect(phraseEnregistrement(1)).toMatch(/Il manque encore 1 élément avant/);
    expect(phraseEnregistrement(12)).toMatch(/Il manque encore 12 éléments avant/);
  });

  it("remet les champs dans l'ordre du formulaire, que la base a mélangé", () => {
    const melange: [string, number][] = [["le", 1], ["inconnu", 2], ["faitA", 3], ["souscrite", 4]];
    expect(ordonner("cumul_activites", "declarationSurLHonneur", melange).map(([k]) => k)).toEqual(["souscrite", "faitA", "le", "inconnu"]);
    expect(ordonner("cumul_activites", "", [["declarationSurLHonneur", 0], ["expert", 0], ["activiteAccessoire", 0], ["activitePrincipale", 0]]).map(([k]) => k)).toEqual([
      "expert",
      "activitePrincipale",
      "activiteAccessoire",
      "declarationSurLHonneur",
    ]);
    expect(ordonner("convention_partenariat", "annexeFinanciere.lignes.0", [["montant", 0], ["nature", 0]]).map(([k]) => k)).toEqual(["nature", "montant"]);
  });
});
