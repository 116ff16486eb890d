/** `vivier search experts`: the pool's search from the command line, limited to what operators see. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BaseDeCli, baseDeCli } from "./support/base-cli";
import { vivier } from "./support/cli";

let base: BaseDeCli;
let reserves: string[];

beforeAll(async () => {
  base = await baseDeCli(async (requete) => {
    reserves = (await requete(`select courriel from profils_experts where visibilite = 'employeur'`)).map((r) => String(r.courriel));
  });
});
afterAll(async () => {
  await base?.supprimer();
});

const chercher = (...args: string[]) => vivier(["search", "experts", ...args], base.env);

describe("vivier search experts", () => {
  it("trouve l'agente de démonstration par ses mots, sa langue et son pays, faute de frappe comprise", async () => {
    const r = await chercher("eau potabel", "--langue", "en:C1", "--pays", "SN");
    expect(r.code, r.erreurs).toBe(0);
    expect(r.sortie).toContain("(« potabel » compris comme « potable »)");
    expect(r.sortie).toContain("Amina Diallo — Saint-Étienne");
    expect(r.sortie).toMatch(/langues : [^\n]*anglais C1/);
  });

  it("répond en JSON, sans jamais un profil réservé à l'employeur", async () => {
    const r = await chercher("urbanisme", "--json", "--limit", "50");
    expect(r.code, r.erreurs).toBe(0);
    const reponse = JSON.parse(r.sortie);
    expect(reponse.resultats.length).toBeGreaterThan(0);
    for (const x of reponse.resultats) expect(reserves).not.toContain(x.courriel);
    expect(reponse.resultats[0]).not.toHaveProperty("telephone");
  });

  it("refuse un critère inconnu avec un message, code 2", async () => {
    const r = await chercher("eau", "--domaine", "INCONNU", "--langue", "klingon");
    expect(r.code).toBe(2);
    expect(r.erreurs).toContain("domaine inconnu du thésaurus");
    expect(r.erreurs).toContain("langue ISO 639-1 et niveau du CECRL attendus");
    expect((await vivier(["search", "missions", "x"], base.env)).code).toBe(2);
  });
});
