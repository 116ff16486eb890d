/**
 * The classes of situations (classes-de-situations.ts) change the advisor's speed, never its
 * answers: every answer through a class equals the answer computed from scratch.
 */
import Engine from "publicodes";
import { describe, expect, it } from "vitest";
import { genererSituations } from "../../../bench/support/situations";
import { AUJOURDHUI, chargerRegles } from "../../../test/support/conseiller";
import { analyserEntreesNumeriques } from "./classes-de-situations";
import { creerConseiller, type Regles } from "./conseiller";
import { lireSituation } from "./situation";

const ENTREES = ["situation . jours", "situation . jours d'absence du poste", "situation . duree calendaire", "situation . age"];
const analyser = (regles: Regles) => analyserEntreesNumeriques(new Engine(regles, { logger: { log() {}, warn() {}, error() {} } }), ENTREES);

describe("analyse des règles", () => {
  it("trouve chaque seuil auquel les règles comparent les nombres de la situation", () => {
    const analyse = analyser(chargerRegles());
    // If this fails after a change of the rules, the advisor still answers right, only slower:
    // see classes-de-situations.ts for the uses of numbers it understands.
    expect(analyse).not.toBeNull();
    expect(Object.fromEntries(analyse!.bornes)).toEqual({
      "situation . jours": [6, 130],
      "situation . jours d'absence du poste": [0],
      "situation . duree calendaire": [7],
      "situation . age": [67],
    });
    expect([...analyse!.variables]).toEqual(expect.arrayContaining(["changements . jours avant mise a disposition", "changements . marge avant detachement"]));
  });

  it("renonce aux classes quand un nombre entre dans un calcul qui décide", () => {
    const regles = { ...chargerRegles(), "alertes . double": { valeur: "situation . jours * 2 > 10 jour" } } as Regles;
    expect(analyser(regles)).toBeNull();
  });

  it("renonce aux classes quand une valeur dérivée d'un nombre est comparée", () => {
    const regles = { ...chargerRegles(), "alertes . proche": { valeur: "changements . jours avant mise a disposition < 1 jour" } } as Regles;
    expect(analyser(regles)).toBeNull();
  });

  it("renonce aux classes quand deux nombres de la situation sont comparés entre eux", () => {
    const regles = { ...chargerRegles(), "alertes . absence": { valeur: "situation . jours d'absence du poste < situation . jours" } } as Regles;
    expect(analyser(regles)).toBeNull();
  });
});

describe("réponses par classes", () => {
  const parClasses = creerConseiller(chargerRegles());
  const sansClasses = creerConseiller(chargerRegles(), { classes: false });
  const repondre = (c: typeof parClasses, entree: unknown) => {
    const lue = lireSituation(entree);
    if (!lue.ok) throw new Error(JSON.stringify(lue.erreurs));
    return c.conseiller(lue.situation, AUJOURDHUI);
  };

  it("égales aux réponses calculées sans classes, sur 500 situations variées", () => {
    for (const s of genererSituations(500, 7)) expect(repondre(parClasses, s)).toEqual(repondre(sansClasses, s));
  }, 30_000);

  it("écrivent les nombres de chaque situation, pas ceux de la première de sa classe", () => {
    for (const jours of [1, 2, 3.5, 5.5, 6, 20, 130, 130.5, 200]) {
      const s = { agent: { statut: "titulaire" }, cadre: "operateur", sessions: [{ jours }] };
      expect(repondre(parClasses, s)).toEqual(repondre(sansClasses, s));
    }
  });
});
