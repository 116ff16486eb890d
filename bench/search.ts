/**
 * The pool's search at scale: generates N synthetic profiles (src/domain/experts/demo.ts, fixed
 * seed) over 500 employers in a fresh database, then runs a fixed mix of 200 queries — text alone,
 * text with facets, facets alone — through the search service as an operator sees it (consent
 * applied, facet counts and typo corrections included), and prints its figures; asserts nothing.
 *
 *   npx tsx bench/search.ts --engine pglite --profiles 100000
 *   npx tsx bench/search.ts --engine postgres --profiles 1000000 [--url postgres://root@127.0.0.1:5432/postgres] [--keep | --reuse]
 *
 * Targets (issue 5): PostgreSQL with 1,000,000 profiles, p95 under 50 ms; PGlite with 100,000, p95 under 100 ms.
 * The PostgreSQL run creates and drops a database named vivier_bench_recherche.
 */
import os from "node:os";
import { parseArgs } from "node:util";
import { VISIBILITES } from "../src/domain/experts";
import { aleatoire } from "../src/domain/shared";
import { creerServiceRecherche, type DemandeRecherche } from "../src/services/experts/recherche";
import { ouvrirBaseDeBanc } from "./support/base";
import { BASE_DU_VIVIER, centile, employeursDuVivier, OPTIONS_DU_VIVIER, remplirVivier } from "./support/vivier";

const { values } = parseArgs({ options: OPTIONS_DU_VIVIER });
const moteur = values.engine === "postgres" ? "postgres" : "pglite";
const nombre = Number(values.profiles);
/** The fixed mix: 80 text alone, 60 text with facets, 60 facets alone. */
function requetes(employeurs: { id: string; codeDepartement: string }[]): DemandeRecherche[] {
  const alea = aleatoire(7);
  const textes = [
    "eau potable", "assainissement", "déchets tri sélectif", "gestion de crise", "plan communal de sauvegarde", "urbanisme", "finances locales",
    "état civil", "ville intelligente", "patrimoine", "mobilité", "coopération décentralisée", "budget", "marchés publics", "énergie", "santé",
    "urbanisne", "assainisement", "dechets", "ingénieur", "Sénégal", "Maroc", "anglais", "directeur des finances", "espaces verts",
  ];
  const langues = ["en:B2", "en:C1", "es:B1", "ar:B2", "pt:B1", "de:B2"];
  const pays = ["SN", "MA", "TN", "BJ", "CI", "MG", "LB", "VN"];
  const domaines = ["EAU-POTABLE", "DECHETS-TRI", "CRISE-PLAN-SAUVEGARDE", "URBA-PLANIFICATION", "FINANCES-BUDGET", "VILLE-INTELLIGENTE", "CULTURE-PATRIMOINE"];
  const facettes = (): Partial<DemandeRecherche> => {
    const f: Partial<DemandeRecherche> = {};
    const choix = alea.entier(1, 3);
    for (let k = 0; k < choix; k++) {
      const quoi = alea.entier(0, 4);
      if (quoi === 0) f.langues = [alea.choisir(langues)];
      if (quoi === 1) f.pays = [alea.choisir(pays)];
      if (quoi === 2) f.domaines = [alea.choisir(domaines)];
      if (quoi === 3) f.positions = ["titulaire"];
      if (quoi === 4) f.departements = [alea.choisir(employeurs).codeDepartement];
    }
    return f;
  };
  return [
    ...Array.from({ length: 80 }, () => ({ q: alea.choisir(textes), page: 1, parPage: 20 })),
    ...Array.from({ length: 60 }, () => ({ q: alea.choisir(textes), ...facettes(), page: 1, parPage: 20 })),
    ...Array.from({ length: 60 }, () => ({ ...facettes(), page: alea.entier(1, 3), parPage: 20 })),
  ];
}

const { database, nettoyer } = await ouvrirBaseDeBanc(moteur, BASE_DU_VIVIER, values.url!, { garder: values.keep, reprendre: values.reuse && moteur === "postgres" });
try {
  process.stderr.write(`base ${moteur} : ${nombre} profils…\n`);
  const debut = performance.now();
  const employeurs = values.reuse ? await employeursDuVivier(database) : await remplirVivier(database, nombre);
  const chargement = (performance.now() - debut) / 1000;
  const recherche = creerServiceRecherche({ db: database.db, moisFraicheur: 12 });
  // An operator: the profiles consented to operators (and to the ministry).
  const perimetre = { utilisateurId: "00000000-0000-0000-0000-000000000000", organisationEmployeur: null, visibilites: VISIBILITES.filter((v) => v !== "employeur") };
  const liste = requetes(employeurs);
  // Warm-up: one pass over the mix, as a server that searches all day has its indexes in memory
  // (the first pass after a restart, or after other work evicted them, is printed apart).
  const froid: number[] = [];
  for (const r of liste) {
    const t0 = performance.now();
    await recherche.rechercherDans(perimetre, () => "operateur", r);
    froid.push(performance.now() - t0);
  }
  const durees: number[] = [];
  const lentes: [number, DemandeRecherche][] = [];
  for (const r of liste) {
    const t0 = performance.now();
    await recherche.rechercherDans(perimetre, () => "operateur", r);
    durees.push(performance.now() - t0);
    lentes.push([durees.at(-1)!, r]);
  }
  // BENCH_DETAIL=1: the slowest queries, to know what to work on.
  if (process.env.BENCH_DETAIL) for (const [ms, r] of lentes.sort((a, b) => b[0] - a[0]).slice(0, 12)) console.log(`${ms.toFixed(0)} ms ${JSON.stringify(r)}`);
  console.log(`Node ${process.version}, ${os.cpus().length} cœurs ; chargement de ${nombre} profils en ${chargement.toFixed(0)} s`);
  console.log(`première passe (à froid) : p50 ${centile(froid, 0.5)} ms, p95 ${centile(froid, 0.95)} ms`);
  console.log(`search engine=${moteur} profiles=${nombre} p50_ms=${centile(durees, 0.5)} p95_ms=${centile(durees, 0.95)} max_ms=${centile(durees, 1)} queries=${durees.length}`);
} finally {
  await nettoyer();
}
