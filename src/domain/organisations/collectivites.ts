/**
 * From the official administrative geography (Code officiel géographique, as published by
 * `@etalab/decoupage-administratif`) to the collectivités Vivier knows as organisations.
 *
 * The geography lists territories; Vivier needs the local authorities that employ agents. The two
 * differ where the law merged or replaced authorities, and those differences are written here
 * (see docs/referentiels.md):
 * - Martinique and Guyane are each one "collectivité territoriale unique" (région + département),
 *   and Mayotte is one "Département de Mayotte" exercising regional powers (law 2010-1487, 2011-884);
 * - the Collectivité de Corse replaced the région and the départements 2A and 2B in 2018;
 * - the Collectivité européenne d'Alsace replaced the départements 67 and 68 in 2021 (COG code 6AE);
 * - the Métropole de Lyon is a collectivité à statut particulier, not an EPCI;
 * - the Ville de Paris exercises both communal and departmental powers since 2019: département 75
 *   is therefore not a separate authority;
 * - Saint-Pierre-et-Miquelon, Saint-Barthélemy, Saint-Martin, Wallis-et-Futuna and Polynésie
 *   française are collectivités d'outre-mer; Nouvelle-Calédonie is a collectivité sui generis; the
 *   TAAF and Clipperton have no elected authority and are left out.
 */

export type CommuneCog = {
  code: string;
  nom: string;
  type: string;
  departement?: string;
  region?: string;
  siren?: string;
  population?: number;
};
export type DepartementCog = { code: string; nom: string; region: string; typeLiaison: number; zone: string };
export type RegionCog = { code: string; nom: string; typeLiaison: number; zone: string };
export type EpciCog = {
  code: string;
  nom: string;
  type: string;
  populationTotale?: number;
  membres: { code: string }[];
};

export const CATEGORIES_COLLECTIVITE = [
  "commune",
  "epci",
  "ept",
  "departement",
  "region",
  "collectivite_unique",
  "collectivite_statut_particulier",
  "collectivite_outre_mer",
] as const;
export type CategorieCollectivite = (typeof CATEGORIES_COLLECTIVITE)[number];

export type CollectiviteReference = {
  /** Stable key, `cog:<kind>:<code>`: what makes loading idempotent. */
  reference: string;
  categorie: CategorieCollectivite;
  nature: string;
  nom: string;
  /** The territory's name when `nom` carries a title ("Gironde" for "Département de la Gironde"). */
  nomCourt: string | null;
  codeInsee: string | null;
  siren: string | null;
  codeDepartement: string | null;
  codeRegion: string | null;
  population: number | null;
};

export type DecoupageAdministratif = {
  communes: CommuneCog[];
  epci: EpciCog[];
  ept: EpciCog[];
  departements: DepartementCog[];
  regions: RegionCog[];
};

/** Régions that became one authority with their single département. */
const COLLECTIVITES_UNIQUES: Record<string, { nom: string; departement: string }> = {
  "02": { nom: "Collectivité territoriale de Martinique", departement: "972" },
  "03": { nom: "Collectivité territoriale de Guyane", departement: "973" },
  "06": { nom: "Département de Mayotte", departement: "976" },
};
const CORSE = "94";
/** Départements that are no longer authorities of their own (see the header). */
const DEPARTEMENTS_REMPLACES = new Set(["2A", "2B", "67", "68", "75", "972", "973", "976"]);
const OUTRE_MER_SANS_COLLECTIVITE = new Set(["984", "989"]);
const SUI_GENERIS = new Set(["988"]);

/**
 * The preposition French puts before a name, from INSEE's "type de nom en clair" (TNCC):
 * Ain → "de l'Ain", Gironde → "de la Gironde", Nord → "du Nord", Landes → "des Landes".
 */
export function avecPreposition(nom: string, typeLiaison: number): string {
  const sansArticle = nom.replace(/^(Les |Le |La |L')/u, "");
  switch (typeLiaison) {
    case 1:
      return `d'${nom}`;
    case 2:
      return `du ${sansArticle}`;
    case 3:
      return `de la ${sansArticle}`;
    case 4:
      return `des ${sansArticle}`;
    case 5:
      return `de l'${sansArticle}`;
    default:
      return `de ${nom}`;
  }
}

/** The département of a commune code: two characters, three for the overseas ones (97x, 98x). */
export function departementDeCommune(codeCommune: string): string {
  return /^9[78]/.test(codeCommune) ? codeCommune.slice(0, 3) : codeCommune.slice(0, 2);
}

export function collectivitesDepuisDecoupage(d: DecoupageAdministratif): CollectiviteReference[] {
  const regionDuDepartement = new Map(d.departements.map((dep) => [dep.code, dep.region]));
  const communesActuelles = d.communes.filter((c) => c.type === "commune-actuelle");
  // Populations of départements and régions are the sums of their communes' (INSEE municipal figures).
  const populations = new Map<string, number>();
  for (const c of communesActuelles) {
    const dep = c.departement ?? departementDeCommune(c.code);
    const region = c.region ?? regionDuDepartement.get(dep);
    for (const cle of [`d${dep}`, `r${region}`]) populations.set(cle, (populations.get(cle) ?? 0) + (c.population ?? 0));
  }
  const populationDepartement = (code: string) => populations.get(`d${code}`) ?? 0;
  const populationRegion = (code: string) => populations.get(`r${code}`) ?? 0;
  const resultat: CollectiviteReference[] = [];

  for (const r of d.regions) {
    if (r.zone === "com") continue; // overseas collectivities come from the départements list
    const unique = COLLECTIVITES_UNIQUES[r.code];
    if (unique) {
      resultat.push(collectivite(`cog:region:${r.code}`, "collectivite_unique", "collectivite_territoriale_unique", [unique.nom, r.nom], r.code, unique.departement, r.code, populationRegion(r.code)));
    } else if (r.code === CORSE) {
      resultat.push(collectivite(`cog:region:${r.code}`, "collectivite_statut_particulier", "collectivite_de_corse", ["Collectivité de Corse", r.nom], r.code, null, r.code, populationRegion(r.code)));
    } else {
      resultat.push(collectivite(`cog:region:${r.code}`, "region", "region", [`Région ${r.nom}`, r.nom], r.code, null, r.code, populationRegion(r.code)));
    }
  }

  for (const dep of d.departements) {
    if (DEPARTEMENTS_REMPLACES.has(dep.code) || OUTRE_MER_SANS_COLLECTIVITE.has(dep.code)) continue;
    if (dep.zone === "com") {
      const nature = SUI_GENERIS.has(dep.code) ? "collectivite_sui_generis" : "collectivite_outre_mer";
      resultat.push(collectivite(`cog:com:${dep.code}`, "collectivite_outre_mer", nature, [dep.nom, dep.nom], dep.code, dep.code, null, populationDepartement(dep.code)));
      continue;
    }
    const nom = `Département ${avecPreposition(dep.nom, dep.typeLiaison)}`;
    resultat.push(collectivite(`cog:departement:${dep.code}`, "departement", "departement", [nom, dep.nom], dep.code, dep.code, dep.region, populationDepartement(dep.code)));
  }
  resultat.push(
    collectivite("cog:collectivite:6AE", "collectivite_statut_particulier", "collectivite_europeenne_alsace", ["Collectivité européenne d'Alsace", "Alsace"], "6AE", null, "44", populationDepartement("67") + populationDepartement("68")),
  );

  for (const c of communesActuelles) {
    const dep = c.departement ?? departementDeCommune(c.code);
    resultat.push({
      reference: `cog:commune:${c.code}`,
      categorie: "commune",
      nature: c.code === "75056" ? "ville_de_paris" : "commune",
      nom: c.nom,
      nomCourt: null,
      codeInsee: c.code,
      siren: c.siren ?? null,
      codeDepartement: dep,
      codeRegion: c.region ?? regionDuDepartement.get(dep) ?? null,
      population: c.population ?? null,
    });
  }

  for (const e of [...d.epci, ...d.ept]) {
    const premierMembre = e.membres[0]?.code;
    const dep = premierMembre ? departementDeCommune(premierMembre) : null;
    const categorie: CategorieCollectivite =
      e.type === "MET69" ? "collectivite_statut_particulier" : e.type === "EPT" ? "ept" : "epci";
    resultat.push({
      reference: `cog:${e.type === "EPT" ? "ept" : "epci"}:${e.code}`,
      categorie,
      nature: e.type,
      nom: e.nom,
      nomCourt: null,
      codeInsee: null,
      siren: /^[0-9]{9}$/.test(e.code) ? e.code : null,
      codeDepartement: dep,
      codeRegion: dep ? (regionDuDepartement.get(dep) ?? null) : null,
      population: e.populationTotale ?? null,
    });
  }
  return resultat;
}

function collectivite(
  reference: string,
  categorie: CategorieCollectivite,
  nature: string,
  [nom, nomCourt]: [string, string],
  codeInsee: string,
  codeDepartement: string | null,
  codeRegion: string | null,
  population: number | null,
): CollectiviteReference {
  return { reference, categorie, nature, nom, nomCourt, codeInsee, siren: null, codeDepartement, codeRegion, population };
}

export const LIBELLES_CATEGORIE: Record<CategorieCollectivite, string> = {
  commune: "Commune",
  epci: "Intercommunalité (EPCI)",
  ept: "Établissement public territorial",
  departement: "Département",
  region: "Région",
  collectivite_unique: "Collectivité territoriale unique",
  collectivite_statut_particulier: "Collectivité à statut particulier",
  collectivite_outre_mer: "Collectivité d'outre-mer",
};
