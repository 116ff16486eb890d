import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BaseDeTest, baseDeTest } from "../../../../test/support/base-de-test";
import { creerAppDeTest } from "../../../../test/support/app-de-test";

let base: BaseDeTest;
let app: FastifyInstance;

beforeAll(async () => {
  base = await baseDeTest();
  app = await creerAppDeTest(base);
});
afterAll(async () => {
  await app?.close();
  await base?.close();
});

const rechercher = async (query: string) => {
  const r = await app.inject({ method: "GET", url: `/api/v1/organisations?${query}` });
  return { statut: r.statusCode, corps: r.json(), type: r.headers["content-type"] };
};

describe("GET /api/v1/organisations", () => {
  it("trouve Saint-Étienne en tapant saint-etienne, sans accent ni majuscule", async () => {
    const { statut, corps } = await rechercher("q=saint-etienne");
    expect(statut).toBe(200);
    expect(corps.resultats[0]).toMatchObject({ nom: "Saint-Étienne", codeInsee: "42218", siren: "214202186", categorie: "commune", typeLibelle: "Collectivité territoriale" });
    expect(corps.total).toBeGreaterThan(10);
  });

  it("tolère une faute de frappe et les majuscules accentuées", async () => {
    expect((await rechercher("q=SAINT%20%C3%89TIENE")).corps.resultats.map((o: { nom: string }) => o.nom)).toContain("Saint-Étienne");
  });

  it("place l'autorité avant les homonymes : « gironde » donne le département", async () => {
    expect((await rechercher("q=gironde")).corps.resultats[0].nom).toBe("Département de la Gironde");
    expect((await rechercher("q=martinique")).corps.resultats[0].nom).toBe("Collectivité territoriale de Martinique");
  });

  it("filtre par type, catégorie, département et code", async () => {
    const ambassades = (await rechercher("type=ambassade&parPage=50")).corps;
    expect(ambassades.total).toBe(10);
    expect(ambassades.resultats.every((o: { type: string; pays: string }) => o.type === "ambassade" && o.pays.length === 2)).toBe(true);
    const regions = (await rechercher("categorie=region&parPage=100")).corps;
    // 12 metropolitan régions, Guadeloupe and La Réunion; Corse, Martinique, Guyane and Mayotte are counted apart.
    expect(regions.total).toBe(14);
  });

  it("pagine et compte", async () => {
    const p1 = (await rechercher("q=saint&parPage=5&page=1")).corps;
    const p2 = (await rechercher("q=saint&parPage=5&page=2")).corps;
    expect(p1.resultats).toHaveLength(5);
    expect(p1.total).toBe(p2.total);
    expect(p1.resultats[0].id).not.toBe(p2.resultats[0].id);
  });

  it("refuse les paramètres invalides, champ par champ, en français", async () => {
    const { statut, corps, type } = await rechercher("page=0&parPage=1000&type=mairie&departement=XX&code=12");
    expect(statut).toBe(400);
    expect(type).toContain("application/problem+json");
    expect(corps).toMatchObject({ status: 400, code: "validation", title: "Données invalides" });
    expect(corps.erreurs.map((e: { champ: string }) => e.champ).sort()).toEqual(["code", "departement", "page", "parPage", "type"]);
    expect(corps.erreurs.find((e: { champ: string }) => e.champ === "parPage").message).toBe("le nombre de résultats par page doit être au plus 100");
  });

  it("résiste aux entrées hostiles sans erreur serveur", async () => {
    for (const q of ["'; drop table organisations; --", "%25%25%25", "_", "%00", encodeURIComponent("<script>alert(1)</script>"), encodeURIComponent("é".repeat(200))]) {
      const { statut } = await rechercher(`q=${q}`);
      expect(statut, q).toBeLessThan(500);
    }
    expect((await rechercher(`q=${"a".repeat(201)}`)).statut).toBe(400);
    expect((await rechercher("q=saint-etienne")).corps.total).toBeGreaterThan(0);
  });
});

describe("GET /api/v1/organisations/:id", () => {
  it("donne la fiche d'une organisation", async () => {
    const { corps } = await rechercher("q=expertise%20france&type=operateur");
    const r = await app.inject({ method: "GET", url: `/api/v1/organisations/${corps.resultats[0].id}` });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ nom: "Expertise France", type: "operateur", typeLibelle: "Opérateur d'assistance technique" });
  });

  it("répond 404 en problème JSON pour un identifiant inconnu, 400 pour un identifiant mal formé", async () => {
    const inconnu = await app.inject({ method: "GET", url: "/api/v1/organisations/00000000-0000-4000-8000-000000000000" });
    expect(inconnu.statusCode).toBe(404);
    expect(inconnu.json()).toMatchObject({ code: "introuvable", detail: "Organisation introuvable." });
    const malForme = await app.inject({ method: "GET", url: "/api/v1/organisations/1%20or%201=1" });
    expect(malForme.statusCode).toBe(400);
    expect(malForme.json().erreurs).toEqual([{ champ: "id", message: "identifiant attendu : un UUID" }]);
  });
});

describe("GET /api/v1/pays", () => {
  it("liste les pays en français et filtre sans accents", async () => {
    const tous = (await app.inject({ method: "GET", url: "/api/v1/pays" })).json();
    expect(tous.resultats.length).toBeGreaterThanOrEqual(249);
    const r = (await app.inject({ method: "GET", url: "/api/v1/pays?q=senegal" })).json();
    expect(r.resultats).toEqual([{ code: "SN", codeAlpha3: "SEN", codeNumerique: "686", nom: "Sénégal", nomAnglais: "Senegal" }]);
  });
});
