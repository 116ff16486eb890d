/**
 * Loads the reference data (collectivités of the official geography, countries) once, and again
 * only when the source package or this loader changes: start-up stays fast on an existing database.
 */
import { createRequire } from "node:module";
import { sql } from "drizzle-orm";
import countries from "i18n-iso-countries";
import { collectivitesDepuisDecoupage, type DecoupageAdministratif } from "../../domain/organisations";
import { paysDepuisIso } from "../../domain/referentiels";
import type { Db } from "../../db/client";
import { noterChargement, versionChargee } from "../../db/repositories/donnees-reference";
import { synchroniserCollectivites } from "../../db/repositories/organisations";
import { synchroniserPays } from "../../db/repositories/pays";

const require = createRequire(import.meta.url);

/** Bump when the mapping in src/domain changes, so that existing databases are brought up to date. */
const REVISION_CHARGEUR = 1;

type Journal = { info(obj: object, msg: string): void };

export type BilanChargement = { jeu: string; nombre: number; charge: boolean; dureeMs: number };

/** The version each reference data set must be at: the source package's version and this loader's. */
export function versionsAttendues(): Record<"pays" | "collectivites", string> {
  return {
    pays: `${versionPaquet("i18n-iso-countries")}+${REVISION_CHARGEUR}`,
    collectivites: `${versionPaquet("@etalab/decoupage-administratif")}+${REVISION_CHARGEUR}`,
  };
}

/** Whether some reference data set is missing or out of date (a load is due). */
export async function referentielsAJour(db: Db): Promise<boolean> {
  for (const [jeu, version] of Object.entries(versionsAttendues())) {
    if ((await versionChargee(db, jeu)) !== version) return false;
  }
  return true;
}

export async function chargerReferentiels(db: Db, journal?: Journal): Promise<BilanChargement[]> {
  // Countries first: organisations reference them.
  return [await chargerPays(db, journal), await chargerCollectivites(db, journal)];
}

async function chargerPays(db: Db, journal?: Journal): Promise<BilanChargement> {
  const debut = Date.now();
  const version = versionsAttendues().pays;
  if ((await versionChargee(db, "pays")) === version) return { jeu: "pays", nombre: 0, charge: false, dureeMs: Date.now() - debut };
  countries.registerLocale(require("i18n-iso-countries/langs/fr.json"));
  countries.registerLocale(require("i18n-iso-countries/langs/en.json"));
  const liste = paysDepuisIso({
    alpha3: countries.getAlpha2Codes() && Object.fromEntries(Object.entries(countries.getAlpha3Codes()).map(([a3, a2]) => [a2, a3])),
    numerique: Object.fromEntries(Object.entries(countries.getNumericCodes()).map(([num, a2]) => [a2, num])),
    nomsFrancais: countries.getNames("fr", { select: "official" }),
    nomsAnglais: countries.getNames("en", { select: "official" }),
  });
  await db.transaction(async (tx) => {
    await synchroniserPays(tx, liste);
    await noterChargement(tx, "pays", version, liste.length);
  });
  journal?.info({ jeu: "pays", nombre: liste.length }, "pays chargés");
  return { jeu: "pays", nombre: liste.length, charge: true, dureeMs: Date.now() - debut };
}

async function chargerCollectivites(db: Db, journal?: Journal): Promise<BilanChargement> {
  const debut = Date.now();
  const version = versionsAttendues().collectivites;
  if ((await versionChargee(db, "collectivites")) === version) {
    return { jeu: "collectivites", nombre: 0, charge: false, dureeMs: Date.now() - debut };
  }
  // The package's main entry looks for its data relative to the working directory: read the JSON.
  const dossier = "@etalab/decoupage-administratif/data";
  const decoupage: DecoupageAdministratif = {
    communes: require(`${dossier}/communes.json`),
    epci: require(`${dossier}/epci.json`),
    ept: require(`${dossier}/ept.json`),
    departements: require(`${dossier}/departements.json`),
    regions: require(`${dossier}/regions.json`),
  };
  const collectivites = collectivitesDepuisDecoupage(decoupage);
  await db.transaction(async (tx) => {
    await synchroniserCollectivites(tx, collectivites);
    await noterChargement(tx, "collectivites", version, collectivites.length);
  });
  // Fresh statistics, so that name searches use the trigram index from the first request.
  await db.execute(sql`analyze organisations`);
  journal?.info({ jeu: "collectivites", nombre: collectivites.length, dureeMs: Date.now() - debut }, "collectivités chargées");
  return { jeu: "collectivites", nombre: collectivites.length, charge: true, dureeMs: Date.now() - debut };
}

function versionPaquet(nom: string): string {
  return (require(`${nom}/package.json`) as { version: string }).version;
}
