import { describe, expect, it } from "vitest";
import { aleatoire } from "./random";

describe("générateur pseudo-aléatoire à graine", () => {
  it("redonne la même suite pour la même graine", () => {
    const a = aleatoire(42);
    const b = aleatoire(42);
    expect(Array.from({ length: 5 }, () => a.suivant())).toEqual(Array.from({ length: 5 }, () => b.suivant()));
  });

  it("donne une autre suite pour une autre graine, dans [0, 1)", () => {
    const a = Array.from({ length: 100 }, aleatoire(1).suivant);
    const b = Array.from({ length: 100 }, aleatoire(2).suivant);
    expect(a).not.toEqual(b);
    expect(a.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it("tire des entiers bornés et des échantillons sans doublon", () => {
    const alea = aleatoire(7);
    const entiers = Array.from({ length: 200 }, () => alea.entier(3, 5));
    expect(new Set(entiers)).toEqual(new Set([3, 4, 5]));
    const ech = alea.echantillon(["a", "b", "c", "d", "e"], 3);
    expect(ech).toHaveLength(3);
    expect(new Set(ech).size).toBe(3);
    expect(() => alea.choisir([])).toThrow();
  });
});
