/**
 * Matching's read of the pool, against the same rule applied in memory to the whole demo pool:
 * the candidates of a mission are exactly the profiles within the owner's perimeter that hold a
 * domain asked (or, second pass, a neighbour and none asked), are available over every dated
 * session and whose employer agreed enough days — whichever way the repository reads them.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BaseDeTest, baseDeTest } from "../../../test/support/base-de-test";
import { perimetreDuProprietaire, type Proprietaire, regardDuProprietaire, type Visibilite } from "../../domain/experts";
import type { BesoinMission } from "../../domain/missions";
import { lignes } from "../client";
import { sql } from "drizzle-orm";
import { trouverCandidats } from "./appariement";

type ProfilDuVivier = {
  id: string;
  organisation_id: string;
  visibilite: Visibilite;
  domaines_codes: string[];
  langues_niveaux: string[];
  pays: string[];
  disponibilites: { debut: string; fin: string }[];
  jours_par_an: number | null;
};

let base: BaseDeTest;
let vivier: ProfilDuVivier[];
let proprietaires: Record<"operateur" | "ministere" | "collectivite", Proprietaire>;
/** Two sessions inside the longest declared availability, and one that nobody's covers. */
let sessions: { debut: string; fin: string }[];

const jourPlus = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  base = await baseDeTest();
  vivier = await lignes<ProfilDuVivier>(
    base.db,
    sql`select id::text, organisation_id::text, visibilite, domaines_codes, langues_niveaux, pays, disponibilites, jours_par_an::float8 from profils_experts`,
  );
  const [operateur, ministere, saintEtienne] = await Promise.all(
    ["demo:operateur:expertise-france", "demo:ministere:daect", "cog:commune:42218"].map(async (reference) => {
      const [o] = await lignes<{ id: string }>(base.db, sql`select id::text from organisations where reference = ${reference}`);
      return o!.id;
    }),
  );
  proprietaires = {
    operateur: { id: operateur!, type: "operateur" },
    ministere: { id: ministere!, type: "ministere" },
    collectivite: { id: saintEtienne!, type: "collectivite" },
  };
  // The demo's periods start from the day its template was built: sessions are taken from them.
  const longue = vivier
    .flatMap((p) => p.disponibilites)
    .sort((a, b) => Date.parse(b.fin) - Date.parse(b.debut) - (Date.parse(a.fin) - Date.parse(a.debut)) || a.debut.localeCompare(b.debut))[0]!;
  sessions = [
    { debut: jourPlus(longue.debut, 2), fin: jourPlus(longue.debut, 6) },
    { debut: jourPlus(longue.debut, 9), fin: jourPlus(longue.debut, 12) },
  ];
});
afterAll(async () => {
  await base?.close();
});

const couvre = (p: ProfilDuVivier, s: { debut: string; fin: string }) => p.disponibilites.some((d) => d.debut <= s.debut && s.fin <= d.fin);

/** The rule, in memory, over every profile of the pool. */
function attendus(o: Proprietaire, besoin: BesoinMission, { joursDemandes = 0, voisins }: { joursDemandes?: number; voisins?: string[] } = {}) {
  const demandes = besoin.domaines.map((d) => d.code);
  const datees = besoin.sessions.filter((s): s is { debut: string; fin: string } => "debut" in s);
  return vivier
    .filter(
      (p) =>
        regardDuProprietaire(o, { organisationId: p.organisation_id, visibilite: p.visibilite }) !== null &&
        (voisins
          ? p.domaines_codes.some((c) => voisins.includes(c)) && !p.domaines_codes.some((c) => demandes.includes(c))
          : p.domaines_codes.some((c) => demandes.includes(c))) &&
        datees.every((s) => couvre(p, s)) &&
        (p.jours_par_an === null || p.jours_par_an >= joursDemandes),
    )
    .map((p) => p.id)
    .sort();
}

const mission = (domaines: string[], sessionsDeLaMission: BesoinMission["sessions"]): BesoinMission => ({
  domaines: domaines.map((code) => ({ code })),
  langues: [{ code: "en", niveau: "B2" }],
  pays: "SN",
  sessions: sessionsDeLaMission,
});
const ids = (r: { candidats: { id: string }[] }) => r.candidats.map((c) => c.id).sort();

describe("trouverCandidats", () => {
  const cas = () =>
    [
      ["sans dates, un domaine", mission(["EAU-POTABLE"], [{ jours: 4 }])],
      ["sans dates, trois domaines", mission(["URBA-PLANIFICATION", "DECHETS-TRI", "FINANCES-BUDGET"], [{ jours: 12 }, { jours: 3.5 }])],
      ["une session datée", mission(["EAU-POTABLE", "DECHETS-TRI", "CULTURE-PATRIMOINE"], [sessions[0]!])],
      ["deux sessions datées et une en jours", mission(["EAU-POTABLE", "URBA-PLANIFICATION", "FINANCES-BUDGET", "CRISE-PLAN-SAUVEGARDE"], [...sessions, { jours: 2 }])],
    ] as const;

  it("lit tous les candidats, et seulement eux, pour chaque propriétaire et chaque façon de lire : périmètre, domaines, disponibilité, jours accordés", async () => {
    for (const type of ["operateur", "ministere", "collectivite"] as const) {
      for (const [nom, besoin] of cas()) {
        for (const lecture of [undefined, "tranches", "bitmap"] as const) {
          const o = proprietaires[type];
          const attendu = attendus(o, besoin, { joursDemandes: 5 });
          const r = await trouverCandidats(base.db, perimetreDuProprietaire(o), besoin, { echantillon: 100_000, joursDemandes: 5, lecture });
          expect(r.complet).toBe(true);
          expect(ids(r), `${type}, ${nom}, ${lecture ?? "la moins chère"}`).toEqual(attendu);
        }
      }
    }
    // Not vacuous: the dated cases find someone for the operator.
    expect(attendus(proprietaires.operateur, cas()[2][1]).length).toBeGreaterThan(0);
  });

  it("au-delà de l'échantillon : un échantillon de candidats, les meilleurs d'abord", async () => {
    for (const [nom, besoin] of cas()) {
      const o = proprietaires.operateur;
      const tous = attendus(o, besoin);
      const taille = Math.max(1, Math.floor(tous.length / 3));
      // The best fits — two domains asked, or one with English B2 or better and Senegal — come first.
      const meilleurs = vivier
        .filter((p) => tous.includes(p.id))
        .filter((p) => {
          const tenus = besoin.domaines.filter((d) => p.domaines_codes.includes(d.code)).length;
          return tenus >= 2 || (tenus > 0 && p.langues_niveaux.includes("en:B2") && p.pays.includes("SN"));
        })
        .map((p) => p.id);
      for (const lecture of ["tranches", "bitmap"] as const) {
        const r = await trouverCandidats(base.db, perimetreDuProprietaire(o), besoin, { echantillon: taille, lecture });
        const lus = ids(r);
        expect(lus.length, nom).toBe(Math.min(taille, tous.length));
        expect(new Set(lus).size).toBe(lus.length);
        expect(r.complet, nom).toBe(tous.length <= taille);
        for (const id of lus) expect(tous, nom).toContain(id);
        // Read by bitmap, the sample is the first tranche and the best of the others by what the tokens tell.
        if (lecture === "bitmap" && besoin.sessions.some((s) => "debut" in s)) continue;
        if (meilleurs.length <= taille) for (const id of meilleurs) expect(lus, nom).toContain(id);
        else for (const id of lus) expect(meilleurs, nom).toContain(id);
      }
    }
  });

  it("la seconde passe lit les domaines voisins, sans ceux déjà lus", async () => {
    const voisins = ["EAU-ASSAINISSEMENT-COLLECTIF", "EAU-RESSOURCE"];
    for (const [nom, besoin] of cas()) {
      for (const o of Object.values(proprietaires)) {
        const r = await trouverCandidats(base.db, perimetreDuProprietaire(o), besoin, { echantillon: 100_000, voisins });
        expect(ids(r), nom).toEqual(attendus(o, besoin, { voisins }));
      }
    }
  });

  it("une organisation qui ne publie pas de missions ne voit personne", async () => {
    const [ambassade] = await lignes<{ id: string }>(base.db, sql`select id::text from organisations where type = 'ambassade' limit 1`);
    const r = await trouverCandidats(base.db, perimetreDuProprietaire({ id: ambassade!.id, type: "ambassade" }), cas()[0][1], { echantillon: 100_000 });
    expect(r.candidats).toEqual([]);
  });
});
