/**
 * The search's bounds (ADR 0004), with small bounds on the demo pool: beyond them the total is
 * "more than", facet counts are estimated from a sample; below them, everything is exact.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BaseDeTest, baseDeTest } from "../../../test/support/base-de-test";
import { rechercherProfils } from "./profils";

let base: BaseDeTest;
beforeAll(async () => {
  base = await baseDeTest();
});
afterAll(async () => {
  await base?.close();
});

const OPERATEUR = { utilisateurId: "00000000-0000-0000-0000-000000000000", organisationEmployeur: null, visibilites: ["operateurs", "ministere"] as const };
const BORNES = { echantillon: 50 };
const somme = (v: { nombre: number }[]) => v.reduce((s, x) => s + x.nombre, 0);

describe("bornes de la recherche", () => {
  it("au-delà : « plus de 50 », effectifs des facettes comptés sur les 50 profils lus", async () => {
    const r = await rechercherProfils(base.db, OPERATEUR, { limite: 10, decalage: 0 }, BORNES);
    expect(r).toMatchObject({ total: 50, totalExact: false, facettesEstimees: true });
    expect(r.resultats).toHaveLength(10);
    expect(somme(r.facettes.positions)).toBe(50);
  });

  it("en deçà : total et effectifs exacts, classement par pertinence", async () => {
    const criteres = { texte: "eau potable", pays: ["SN"], langues: ["en:C1"], limite: 10, decalage: 0 };
    const r = await rechercherProfils(base.db, OPERATEUR, criteres, BORNES);
    expect(r.totalExact).toBe(true);
    expect(r.total).toBeLessThan(50);
    expect(r.facettesEstimees).toBe(false);
    expect(somme(r.facettes.positions)).toBe(r.total);
    // The language facet is counted without its own filter: other languages stay offered.
    expect(r.facettes.langues.some((l) => !l.valeur.startsWith("en"))).toBe(true);
  });

  it("classe d'abord les profils où les mots pèsent le plus (nom, métier, domaines)", async () => {
    const r = await rechercherProfils(base.db, OPERATEUR, { texte: "eau potable", limite: 5, decalage: 0 });
    expect(r.resultats[0]!.profil.domainesCodes.some((c) => c.startsWith("EAU"))).toBe(true);
  });
});
