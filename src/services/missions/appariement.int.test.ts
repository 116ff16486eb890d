/**
 * Matching a mission with the pool (issue 6 §2): ranked candidates with their reasons, never a
 * profile its owner may not see — checked id by id against each profile's consent and employer,
 * for an operator, the ministry and a collectivité — and each shown as the owner may see it.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BaseDeTest, baseDeTest } from "../../../test/support/base-de-test";
import { lignes } from "../../db/client";
import { insererProfils } from "../../db/repositories/profils";
import { CHAMPS_RESERVES_EMPLOYEUR, indexer, type Profil, PROFIL_DEMO_AGENT, type Proprietaire, type Visibilite } from "../../domain/experts";
import { type BesoinMission, evaluer } from "../../domain/missions";
import { creerServiceAppariement, domainesVoisins } from "./appariement";

let base: BaseDeTest;
type Organisation = { id: string; codeDepartement: string | null; codeRegion: string | null };
let operateur: Proprietaire;
let ministere: Proprietaire;
let saintEtienne: Proprietaire & Organisation;
let autreCollectivite: Proprietaire & Organisation;

async function organisation(where: ReturnType<typeof sql>) {
  const [o] = await lignes<Organisation & { type: Proprietaire["type"] }>(
    base.db,
    sql`select o.id::text, o.type, o.code_departement as "codeDepartement", o.code_region as "codeRegion" from organisations o where ${where} limit 1`,
  );
  return o!;
}

beforeAll(async () => {
  base = await baseDeTest();
  operateur = await organisation(sql`reference = 'demo:operateur:expertise-france'`);
  ministere = await organisation(sql`reference = 'demo:ministere:daect'`);
  saintEtienne = await organisation(sql`reference = 'cog:commune:42218'`);
  // Another demo collectivité with a pool of its own.
  autreCollectivite = await organisation(
    sql`o.type = 'collectivite' and o.reference <> 'cog:commune:42218' and exists (select 1 from profils_experts p where p.organisation_id = o.id) order by o.reference`,
  );
});
afterAll(async () => {
  await base?.close();
});

/** Drinking water (at least « confirmé »), English B2, in Senegal: the demo agent's own trade. */
const eauAuSenegal = (sessions: BesoinMission["sessions"] = [{ jours: 5 }]): BesoinMission => ({
  domaines: [{ code: "EAU-POTABLE", niveauMin: "confirme" }],
  langues: [{ code: "en", niveau: "B2" }],
  pays: "SN",
  sessions,
});

describe("apparier", () => {
  it("classe le vivier de démonstration par score, avec les raisons du domaine, l'agente de démonstration parmi les premiers", async () => {
    const service = creerServiceAppariement({ db: base.db });
    const r = await service.apparier(operateur, eauAuSenegal(), { limite: 10 });
    expect(r.candidats).toHaveLength(10);
    for (const [i, c] of r.candidats.entries()) {
      const suivant = r.candidats[i + 1];
      if (suivant) expect(c.score > suivant.score || (c.score === suivant.score && c.id < suivant.id)).toBe(true);
    }
    // Drinking water expert, English C1, Senegal; no dates to check, 5 of her 10 days: 95, the best possible without dates.
    expect(r.candidats[0]!.score).toBe(95);
    const amina = r.candidats.find((c) => c.courriel === PROFIL_DEMO_AGENT.courriel)!;
    expect(amina).toMatchObject({ prenom: PROFIL_DEMO_AGENT.prenom, nom: PROFIL_DEMO_AGENT.nom, score: 95, regard: "operateur", organisation: { id: saintEtienne.id } });
    expect(amina.raisons.map((x) => x.texte)).toEqual([
      "Production et distribution d'eau potable : niveau expert (confirmé demandé)",
      "anglais C1 (B2 demandé)",
      "a travaillé dans le pays de la mission : Sénégal",
      "disponibilités à confirmer (sessions sans dates)",
      "5 jours sur les 10 jours par an accordés par l'employeur, cette mission comprise",
    ]);
    // An operator does not see the employer's own fields.
    for (const champ of CHAMPS_RESERVES_EMPLOYEUR) expect(amina).not.toHaveProperty(champ);
    expect(amina.courriel).toBe(PROFIL_DEMO_AGENT.courriel);
  });

  it("donne à chaque candidat le score et les raisons du domaine", async () => {
    const besoin = eauAuSenegal([{ jours: 3 }]);
    const r = await creerServiceAppariement({ db: base.db }).apparier(ministere, besoin, { limite: 30 });
    const profils = await profilsLus(r.candidats.map((c) => c.id));
    for (const c of r.candidats) {
      const p = profils.get(c.id)!;
      const e = evaluer(besoin, { ...p, joursEngages: 0 });
      expect(e.exclu ? e.motif : { score: e.score, raisons: e.raisons }).toEqual({ score: c.score, raisons: c.raisons });
    }
  });

  it("élargit aux domaines voisins quand trop peu d'experts ont le domaine demandé", async () => {
    const r = await creerServiceAppariement({ db: base.db }).apparier(operateur, eauAuSenegal(), { limite: 100 });
    expect(r.voisins).toBe(true);
    const voisins = new Set(domainesVoisins(eauAuSenegal()));
    const profils = await profilsLus(r.candidats.map((c) => c.id));
    const avecLeDomaine = r.candidats.filter((c) => profils.get(c.id)!.domaines.some((d) => d.code === "EAU-POTABLE"));
    const parVoisinage = r.candidats.filter((c) => !avecLeDomaine.includes(c));
    expect(avecLeDomaine.length).toBeGreaterThan(0);
    expect(parVoisinage.length).toBeGreaterThan(0);
    for (const c of parVoisinage) expect(profils.get(c.id)!.domaines.some((d) => voisins.has(d.code))).toBe(true);
  });

  describe("ne propose jamais un profil que le propriétaire de la mission ne peut voir", () => {
    const missions = (): [string, BesoinMission][] => [
      ["eau potable sans dates", eauAuSenegal()],
      ["trois domaines sans dates", { domaines: [{ code: "URBA-PLANIFICATION" }, { code: "DECHETS-TRI" }, { code: "FINANCES-BUDGET" }], langues: [], pays: "MA", sessions: [{ jours: 10 }] }],
      ["domaines rares : voisins", { domaines: [{ code: "CRISE-PLAN-SAUVEGARDE" }], langues: [{ code: "es", niveau: "B1" }], pays: "BJ", sessions: [{ jours: 2 }] }],
    ];
    const cas: [string, () => Proprietaire, (p: { organisationId: string; visibilite: Visibilite }) => boolean][] = [
      ["un opérateur : les profils ouverts aux opérateurs ou au ministère", () => operateur, (p) => p.visibilite === "operateurs" || p.visibilite === "ministere"],
      ["le ministère : les profils ouverts au ministère", () => ministere, (p) => p.visibilite === "ministere"],
      ["une collectivité : ses agents, à tout niveau de consentement", () => saintEtienne, (p) => p.organisationId === saintEtienne.id],
    ];
    it.each(cas)("%s", async (_, proprietaire, admis) => {
      const service = creerServiceAppariement({ db: base.db });
      let vus = 0;
      for (const [nom, besoin] of [...missions(), ["disponibles sur une session", { ...eauAuSenegal(), sessions: [await sessionDisponible()] }] as [string, BesoinMission]]) {
        const r = await service.apparier(proprietaire(), besoin, { limite: 200 });
        const profils = await profilsLus(r.candidats.map((c) => c.id));
        for (const c of r.candidats) {
          const p = profils.get(c.id)!;
          expect(admis(p), `${nom} : ${c.id} (${p.visibilite})`).toBe(true);
          const employeur = proprietaire().type === "collectivite";
          expect(c.regard).toBe(employeur ? "employeur" : proprietaire().type);
          for (const champ of CHAMPS_RESERVES_EMPLOYEUR) expect(champ in c).toBe(employeur);
        }
        vus += r.candidats.length;
      }
      expect(vus).toBeGreaterThan(0);
    });
  });

  it("exclut l'expert indisponible sur l'une des sessions datées", async () => {
    const copie = await base.cloner();
    try {
      const disponible = await inserer(copie, autreCollectivite, "operateurs", { disponibilites: [{ debut: "2031-03-01", fin: "2031-06-30" }] });
      const indisponible = await inserer(copie, autreCollectivite, "operateurs", { disponibilites: [{ debut: "2031-03-01", fin: "2031-04-30" }] });
      const besoin = eauAuSenegal([
        { debut: "2031-03-10", fin: "2031-03-14" },
        { debut: "2031-05-11", fin: "2031-05-15" },
      ]);
      const r = await creerServiceAppariement({ db: copie.db }).apparier(operateur, besoin, { limite: 20 });
      expect(r.candidats.map((c) => c.id)).toEqual([disponible]);
      expect(r.candidats[0]!.raisons.find((x) => x.type === "disponibilite")?.texte).toBe("disponible sur les 2 sessions");
      expect(r.candidats.map((c) => c.id)).not.toContain(indisponible);
    } finally {
      await copie.close();
    }
  });

  it("un profil visible de son seul employeur est trouvé par les missions de son employeur, jamais par celles des autres", async () => {
    const copie = await base.cloner();
    try {
      const reserve = await inserer(copie, saintEtienne, "employeur", { disponibilites: [{ debut: "2031-01-01", fin: "2031-12-31" }] });
      const ouvert = await inserer(copie, autreCollectivite, "ministere", { disponibilites: [{ debut: "2031-01-01", fin: "2031-12-31" }] });
      const besoin = eauAuSenegal([{ debut: "2031-09-07", fin: "2031-09-11" }]);
      const service = creerServiceAppariement({ db: copie.db });
      const trouves = async (o: Proprietaire) => (await service.apparier(o, besoin, { limite: 50 })).candidats;

      const parSonEmployeur = await trouves(saintEtienne);
      expect(parSonEmployeur.map((c) => c.id)).toEqual([reserve]);
      // The employer sees its agent's own fields.
      expect(parSonEmployeur[0]).toMatchObject({ regard: "employeur", telephone: PROFIL_DEMO_AGENT.telephone, numeroAgent: expect.any(String) });
      expect((await trouves(operateur)).map((c) => c.id)).toEqual([ouvert]);
      expect((await trouves(ministere)).map((c) => c.id)).toEqual([ouvert]);
      expect((await trouves(autreCollectivite)).map((c) => c.id)).toEqual([ouvert]);
      expect(await trouves({ id: operateur.id, type: "ambassade" })).toEqual([]);
    } finally {
      await copie.close();
    }
  });

  it("compte les jours déjà engagés que fournit le service des missions", async () => {
    const copie = await base.cloner();
    try {
      const agent = await inserer(copie, autreCollectivite, "operateurs", { disponibilites: [{ debut: "2031-01-01", fin: "2031-12-31" }], joursParAn: 10 });
      const besoin = eauAuSenegal([{ debut: "2031-09-08", fin: "2031-09-12" }]);
      const demandes: string[][] = [];
      const avec = (jours: number) =>
        creerServiceAppariement({
          db: copie.db,
          joursEngages: async (ids) => {
            demandes.push([...ids]);
            return new Map([[agent, jours]]);
          },
        }).apparier(operateur, besoin);

      expect((await avec(3)).candidats.map((c) => [c.id, c.joursEngages])).toEqual([[agent, 3]]);
      // 6 days already and these 5 go over the 10 the employer agreed.
      expect((await avec(6)).candidats).toEqual([]);
      expect(demandes.every((ids) => ids.includes(agent))).toBe(true);
      expect((await creerServiceAppariement({ db: copie.db }).apparier(operateur, besoin)).candidats[0]).toMatchObject({ id: agent, joursEngages: 0 });
    } finally {
      await copie.close();
    }
  });
});

/** Some profile's declared availability, as a session (the demo's periods start from the day its template was built). */
async function sessionDisponible() {
  const [p] = await lignes<{ debut: string }>(
    base.db,
    sql`select (d->>'debut') as debut from profils_experts, jsonb_array_elements(disponibilites) d
        where (d->>'fin')::date - (d->>'debut')::date >= 30 and domaines_codes && '{EAU-POTABLE}' order by 1 limit 1`,
  );
  const debut = new Date(Date.parse(`${p!.debut}T00:00:00Z`) + 3 * 86_400_000);
  return { debut: debut.toISOString().slice(0, 10), fin: new Date(debut.getTime() + 4 * 86_400_000).toISOString().slice(0, 10) };
}

/** The profiles as the domain reads them, with their consent and employer, by id. */
async function profilsLus(ids: string[]) {
  const rangs = await lignes<Parameters<typeof evaluer>[1] & { organisationId: string; visibilite: Visibilite }>(
    base.db,
    sql`select id::text, organisation_id::text as "organisationId", visibilite, domaines, langues, pays_declares as pays, regions, disponibilites,
          jours_par_an::float8 as "joursParAn", missions_passees as "missionsPassees"
        from profils_experts where id = any(${`{${ids.join(",")}}`}::uuid[])`,
  );
  return new Map(rangs.map((p) => [p.id, { ...p, joursParAn: p.joursParAn ?? undefined }]));
}

let numero = 0;
/** A drinking-water expert of `organisation`, consented at `visibilite`; the id. */
async function inserer(copie: BaseDeTest, o: Organisation, visibilite: Visibilite, champs: Partial<Profil>): Promise<string> {
  numero += 1;
  const profil: Profil = { ...PROFIL_DEMO_AGENT, courriel: `appariement.${numero}@test.vivier.test`, numeroAgent: `APP-${numero}`, ...champs };
  await insererProfils(copie.db, o, [{ profil, indexation: indexer(profil), visibilite, maintienApresRetraite: false }]);
  const [{ id } = { id: "" }] = await lignes<{ id: string }>(copie.db, sql`select id::text from profils_experts where courriel = ${profil.courriel}`);
  return id;
}
