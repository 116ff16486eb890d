import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BaseDeTest, baseDeTest } from "../../../test/support/base-de-test";
import { lignes } from "../../db/client";
import { noterChargement } from "../../db/repositories/donnees-reference";
import { synchroniserCollectivites } from "../../db/repositories/organisations";
import { organisations } from "../../db/schema";
import { chargerReferentiels, referentielsAJour } from "./charger-referentiels";

let base: BaseDeTest;
beforeAll(async () => {
  base = await baseDeTest();
});
afterAll(async () => base?.close());

const compter = async (b: BaseDeTest) =>
  (await lignes<{ n: number }>(b.db, sql`select count(*)::int as n from organisations where reference like 'cog:%'`))[0]!.n;

describe("chargement des référentiels", () => {
  it("a chargé toutes les collectivités et tous les pays", async () => {
    expect(await compter(base)).toBeGreaterThan(36_000);
    const [pays] = await lignes<{ n: number }>(base.db, sql`select count(*)::int as n from pays`);
    expect(pays!.n).toBeGreaterThanOrEqual(249);
    expect(await referentielsAJour(base.db)).toBe(true);
  });

  it("ne recharge rien quand les données sont à jour", async () => {
    const bilans = await chargerReferentiels(base.db);
    expect(bilans.map((b) => b.charge)).toEqual([false, false]);
  });

  it("recharge sans doublon quand la source change de version, et marque les disparues", async () => {
    const copie = await base.cloner();
    try {
      const avant = await compter(copie);
      // An older source that still had a commune since merged: it must be closed, not duplicated.
      await copie.db.transaction(async (tx) => {
        await synchroniserCollectivites(tx, [
          { reference: "cog:commune:99999", categorie: "commune", nature: "commune", nom: "Commune fusionnée", nomCourt: null, codeInsee: "99999", siren: null, codeDepartement: "01", codeRegion: "84", population: 10 },
        ]);
        await noterChargement(tx, "collectivites", "ancienne", 1);
      });
      expect(await referentielsAJour(copie.db)).toBe(false);
      const bilans = await chargerReferentiels(copie.db);
      expect(bilans.find((b) => b.jeu === "collectivites")?.charge).toBe(true);
      expect(await compter(copie)).toBe(avant + 1);
      const [fusionnee] = await copie.db.select().from(organisations).where(eq(organisations.reference, "cog:commune:99999"));
      expect(fusionnee?.fermeeLe).toBeInstanceOf(Date);
      const [lyon] = await copie.db.select().from(organisations).where(eq(organisations.reference, "cog:commune:69123"));
      expect(lyon?.fermeeLe).toBeNull();
    } finally {
      await copie.close();
    }
  });
});
