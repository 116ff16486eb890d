/** `vivier match MISSION_ID`: a mission's ranked experts from the command line, as its owner sees them. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BaseDeCli, baseDeCli } from "./support/base-cli";
import { vivier } from "./support/cli";

let base: BaseDeCli;
let missionId: string;
let reserves: string[];

beforeAll(async () => {
  base = await baseDeCli(async (requete) => {
    reserves = (await requete(`select id::text from profils_experts where visibilite = 'employeur'`)).map((r) => String(r.id));
    // An operator's published mission on drinking water in Senegal, in days (no availability to check).
    const [projet] = await requete(`insert into projets (organisation_id, intitule) select id, 'Eau potable au Sénégal' from organisations where type = 'operateur' order by nom limit 1 returning id::text, organisation_id::text`);
    const [mission] = await requete(
      `insert into missions (projet_id, organisation_id, etat, source, cadre, intitule, pays, domaines, langues, domaines_codes, publiee_le)
       values ('${projet!.id}', '${projet!.organisation_id}', 'publiee', 'operateur', 'operateur', 'Régie des eaux de Thiès', 'SN',
               '[{"code":"EAU-POTABLE","niveauMin":"confirme"}]', '[{"code":"en","niveau":"B2"}]', '{EAU-POTABLE}', now()) returning id::text`,
    );
    missionId = String(mission!.id);
    await requete(`insert into missions_sessions (mission_id, rang, jours) values ('${missionId}', 1, 5)`);
  });
});
afterAll(async () => {
  await base?.supprimer();
});

const apparier = (...args: string[]) => vivier(["match", ...args], base.env);

describe("vivier match", () => {
  it("classe les experts de la mission avec leurs raisons, l'agente de démonstration parmi eux", async () => {
    const r = await apparier(missionId, "--limit", "50");
    expect(r.code, r.erreurs).toBe(0);
    expect(r.sortie).toContain("« Régie des eaux de Thiès »");
    expect(r.sortie).toMatch(/- \d+\/100 Amina Diallo/);
    expect(r.sortie).toContain("eau potable : niveau expert (confirmé demandé)");
  });

  it("répond en JSON, classé, sans jamais un profil réservé à l'employeur", async () => {
    const r = await apparier(missionId, "--json", "--limit", "200");
    expect(r.code, r.erreurs).toBe(0);
    const { candidats } = JSON.parse(r.sortie);
    expect(candidats.length).toBeGreaterThan(0);
    for (const c of candidats) expect(reserves).not.toContain(c.id);
    const scores = candidats.map((c: { score: number }) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(candidats[0]).not.toHaveProperty("telephone");
  });

  it("code 2 pour un identifiant invalide, une mission inconnue ou une limite hors bornes", async () => {
    expect((await apparier("pas-un-uuid")).code).toBe(2);
    const inconnue = await apparier("00000000-0000-0000-0000-000000000001");
    expect(inconnue.code).toBe(2);
    expect(inconnue.erreurs).toContain("Mission introuvable");
    expect((await apparier(missionId, "--limit", "0")).code).toBe(2);
  });
});
