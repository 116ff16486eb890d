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

  it("le filtre des facettes appliqué en mémoire rend exactement ce que rend le filtre SQL", async () => {
    const [organisation] = (await rechercherProfils(base.db, OPERATEUR, { limite: 1, decalage: 0 })).facettes.employeurs;
    const cas = [
      { texte: "eau", pays: ["SN", "MA"] },
      { texte: "urbanisme", langues: ["en:B2", "es:B1"], positions: ["titulaire"] },
      { domaines: ["EAU-POTABLE", "DECHETS-TRI"], positions: ["titulaire", "contractuel_cdi"] },
      { employeurs: [organisation!.valeur.toUpperCase()], langues: ["en"] },
    ];
    for (const criteres of cas) {
      const tout = { ...criteres, limite: 1_000, decalage: 0 };
      // All read at once: the facets are filtered in memory on the profiles matching the words alone.
      const enMemoire = await rechercherProfils(base.db, OPERATEUR, tout, { echantillon: 100_000 });
      // A sample too small for the words alone but not for everything: the facets are filtered in SQL.
      const enSql = await rechercherProfils(base.db, OPERATEUR, tout, { echantillon: Math.max(enMemoire.total, 1) });
      expect(enMemoire.total, JSON.stringify(criteres)).toBeGreaterThan(0);
      expect(enSql.totalExact).toBe(true);
      expect(enSql.facettesEstimees, "l'échantillon des seuls mots est incomplet").toBe(true);
      expect(enSql.resultats.map((r) => r.profil.id)).toEqual(enMemoire.resultats.map((r) => r.profil.id));
      expect(enSql.facettes.departements).toEqual(enMemoire.facettes.departements);
    }
  });
});
