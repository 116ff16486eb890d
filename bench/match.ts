/**
 * Matching at scale (issue 6 §2): ranks the pool for a fixed mix of 100 missions — one to three
 * domains of the thesaurus, up to two languages, a country, one to four dated sessions in the
 * next 18 months or sessions counted in days — through the matching service as an operator
 * (consent applied, reasons written), and prints its figures; asserts nothing.
 *
 *   npx tsx bench/match.ts --engine pglite --profiles 100000
 *   npx tsx bench/match.ts --engine postgres --reuse      # the 1,000,000 profiles bench/search.ts --keep left
 *   npx tsx bench/match.ts --engine postgres --profiles 1000000 [--url postgres://root@127.0.0.1:5432/postgres] [--keep]
 *   … [--sample N] [--quality]   # another sample size; how far its ranking is from one of all the candidates
 *
 * Target (issue 6): ranking over 1,000,000 profiles in PostgreSQL, p95 under 200 ms. The pool is
 * generated as bench/search.ts generates it (bench/support/vivier.ts), in the same database.
 */
import { sql } from "drizzle-orm";
import os from "node:os";
import { parseArgs } from "node:util";
import { lignes } from "../src/db/client";
import { DOMAINES, type NiveauCecrl, type NiveauExpertise } from "../src/domain/experts";
import { BORNES_APPARIEMENT } from "../src/db/repositories/appariement";
import type { BesoinMission } from "../src/domain/missions";
import { aleatoire } from "../src/domain/shared";
import { creerServiceAppariement, type ResultatAppariement } from "../src/services/missions/appariement";
import { ouvrirBaseDeBanc } from "./support/base";
import { BASE_DU_VIVIER, centile, OPTIONS_DU_VIVIER, remplirVivier } from "./support/vivier";

const { values } = parseArgs({
  options: {
    ...OPTIONS_DU_VIVIER,
    limit: { type: "string", default: "20" },
    /** Candidates read per mission at most (BORNES_APPARIEMENT by default), to weigh speed against a larger sample. */
    sample: { type: "string" },
    /** Compare, for the missions whose candidates outnumber the sample, the ranking with one of all their candidates. */
    quality: { type: "boolean", default: false },
  },
});
const moteur = values.engine === "postgres" ? "postgres" : "pglite";
const reprendre = values.reuse && moteur === "postgres";
const limite = Number(values.limit);

const jourPlus = (iso: string, jours: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + jours * 86_400_000).toISOString().slice(0, 10);

/**
 * The fixed mix: missions as operators publish them. Seven in ten have dates — sessions of two to
 * ten days a few weeks apart, the first within 18 months — the others only numbers of days.
 */
function missions(aujourdhui: string): BesoinMission[] {
  const alea = aleatoire(2026);
  const langues = ["en", "en", "en", "es", "ar", "pt", "de"];
  const niveaux: NiveauCecrl[] = ["B1", "B2", "B2", "C1"];
  const pays = ["SN", "MA", "TN", "BJ", "CI", "MG", "CM", "BF", "ML", "VN", "LB", "HT", "DZ", "NE", "TG", "GN", "MR", "CD", "AM", "UA"];
  const niveauxMin: (NiveauExpertise | undefined)[] = [undefined, undefined, "confirme", "expert"];
  return Array.from({ length: 100 }, () => {
    const sessions: BesoinMission["sessions"] = [];
    if (alea.suivant() < 0.7) {
      let debut = jourPlus(aujourdhui, alea.entier(14, 540));
      for (let k = alea.entier(1, 4); k > 0; k--) {
        const fin = jourPlus(debut, alea.entier(1, 9));
        sessions.push({ debut, fin });
        debut = jourPlus(fin, alea.entier(14, 60));
      }
    } else for (let k = alea.entier(1, 3); k > 0; k--) sessions.push({ jours: alea.entier(2, 10) + (alea.suivant() < 0.2 ? 0.5 : 0) });
    return {
      domaines: alea.echantillon(DOMAINES, alea.entier(1, 3)).map((d) => {
        const niveauMin = alea.choisir(niveauxMin);
        return niveauMin ? { code: d.code, niveauMin } : { code: d.code };
      }),
      langues: [...new Set(Array.from({ length: alea.entier(0, 2) }, () => alea.choisir(langues)))].map((code) => ({ code, niveau: alea.choisir(niveaux) })),
      pays: alea.choisir(pays),
      sessions,
    };
  });
}

const { database, nettoyer } = await ouvrirBaseDeBanc(moteur, BASE_DU_VIVIER, values.url!, { garder: values.keep, reprendre });
try {
  const debut = performance.now();
  if (!reprendre) {
    process.stderr.write(`base ${moteur} : ${values.profiles} profils…\n`);
    await remplirVivier(database, Number(values.profiles));
  }
  const chargement = (performance.now() - debut) / 1000;
  const [{ nombre } = { nombre: 0 }] = await lignes<{ nombre: number }>(database.db, sql`select count(*)::int as nombre from profils_experts`);
  const service = creerServiceAppariement({ db: database.db, ...(values.sample ? { bornes: { echantillon: Number(values.sample) } } : {}) });
  // An operator's missions: the profiles consented to operators (and to the ministry).
  const operateur = { id: "00000000-0000-0000-0000-000000000000", type: "operateur" as const };
  const liste = missions(new Date().toISOString().slice(0, 10));

  const passe = async () => {
    const durees: number[] = [];
    const resultats: ResultatAppariement[] = [];
    for (const besoin of liste) {
      const t0 = performance.now();
      resultats.push(await service.apparier(operateur, besoin, { limite }));
      durees.push(performance.now() - t0);
    }
    return { durees, resultats };
  };
  // Warm-up: one pass over the mix, as a server that matches all day has its indexes in memory
  // (the first pass after a restart, or after other work evicted them, is printed apart).
  const froid = await passe();
  const { durees, resultats } = await passe();

  // BENCH_DETAIL=1: the slowest missions, to know what to work on.
  if (process.env.BENCH_DETAIL) {
    const lentes = durees.map((ms, i) => ({ ms, besoin: liste[i]!, r: resultats[i]! })).sort((a, b) => b.ms - a.ms);
    for (const { ms, besoin, r } of lentes.slice(0, 12)) {
      console.log(`${ms.toFixed(0)} ms lus=${r.lus} complet=${r.complet} voisins=${r.voisins} candidats=${r.candidats.length} ${JSON.stringify(besoin)}`);
    }
  }
  const moyenne = (f: (r: ResultatAppariement) => number) => (resultats.reduce((s, r) => s + f(r), 0) / resultats.length).toFixed(1);
  console.log(`Node ${process.version}, ${os.cpus().length} cœurs ; charge ${os.loadavg().map((c) => c.toFixed(2)).join(" ")}${reprendre ? "" : ` ; chargement de ${nombre} profils en ${chargement.toFixed(0)} s`}`);
  console.log(
    `missions : profils lus ${moyenne((r) => r.lus)} en moyenne, tous lus pour ${resultats.filter((r) => r.complet).length} sur ${resultats.length}, ` +
      `domaines voisins pour ${resultats.filter((r) => r.voisins).length}, ${moyenne((r) => r.candidats.length)} candidats, meilleur score ${moyenne((r) => r.candidats[0]?.score ?? 0)}`,
  );
  if (values.quality) {
    // Every candidate read: the exact ranking, slow, not timed.
    const exact = creerServiceAppariement({ db: database.db, bornes: { echantillon: 10_000_000 } });
    let incompletes = 0;
    let retrouves = 0;
    let ecart = 0;
    for (const [i, r] of resultats.entries()) {
      if (r.complet) continue;
      const reference = await exact.apparier(operateur, liste[i]!, { limite });
      const ids = new Set(reference.candidats.map((c) => c.id));
      const moyenne = (x: ResultatAppariement) => x.candidats.reduce((s, c) => s + c.score, 0) / Math.max(1, x.candidats.length);
      incompletes += 1;
      retrouves += r.candidats.filter((c) => ids.has(c.id)).length / Math.max(1, reference.candidats.length);
      ecart += moyenne(reference) - moyenne(r);
    }
    if (incompletes > 0) {
      console.log(
        `justesse : pour les ${incompletes} missions aux candidats plus nombreux que l'échantillon, ${((100 * retrouves) / incompletes).toFixed(0)} % des ${limite} premiers exacts retrouvés, ` +
          `score moyen des ${limite} premiers inférieur de ${(ecart / incompletes).toFixed(1)} point`,
      );
    }
  }
  console.log(`première passe (à froid) : p50 ${centile(froid.durees, 0.5)} ms, p95 ${centile(froid.durees, 0.95)} ms, max ${centile(froid.durees, 1)} ms`);
  console.log(`match engine=${moteur} profiles=${nombre} sample=${values.sample ?? BORNES_APPARIEMENT.echantillon} p50_ms=${centile(durees, 0.5)} p95_ms=${centile(durees, 0.95)} max_ms=${centile(durees, 1)} missions=${durees.length}`);
} finally {
  await nettoyer();
}
