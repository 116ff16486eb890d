/**
 * The Drizzle schema: one place that describes every table. Migrations in `./migrations` are
 * generated from it by `npm run db:generate` and never edited once landed.
 *
 * SQL written here must run on PostgreSQL 15 (production) and PGlite (PostgreSQL 18).
 */
import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  customType,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { CATEGORIES_COLLECTIVITE, TYPES_ORGANISATION } from "../domain/organisations";

/** bytea as a Node Buffer/Uint8Array (PGlite returns Uint8Array, node-postgres Buffer). */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
});

const horodatage = (nom: string) => timestamp(nom, { withTimezone: true, mode: "date" });

/**
 * Text folded for search: lower case, accents removed, punctuation turned into single spaces.
 * `vivier_normaliser` is the immutable wrapper around `unaccent` created by migration 0000.
 */
const normalise = (colonne: string) => sql.raw(`vivier_normaliser(${colonne})`);

export const pays = pgTable(
  "pays",
  {
    /** ISO 3166-1 alpha-2. */
    code: text("code").primaryKey(),
    codeAlpha3: text("code_alpha3").notNull(),
    codeNumerique: text("code_numerique").notNull(),
    nom: text("nom").notNull(),
    nomAnglais: text("nom_anglais").notNull(),
    nomRecherche: text("nom_recherche")
      .notNull()
      .generatedAlwaysAs(normalise("nom")),
  },
  (t) => [index("pays_nom_recherche_trgm_idx").using("gin", sql`${t.nomRecherche} gin_trgm_ops`)],
);

export const organisations = pgTable(
  "organisations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    type: text("type", { enum: TYPES_ORGANISATION }).notNull(),
    /** For collectivités only: the kind of local authority. */
    categorie: text("categorie", { enum: CATEGORIES_COLLECTIVITE }),
    /** Finer legal nature from the source: CC, CA, CU, METRO, MET69, EPT… */
    nature: text("nature"),
    nom: text("nom").notNull(),
    /** The territory's own name when `nom` adds a title: "Gironde" for "Département de la Gironde". */
    nomCourt: text("nom_court"),
    nomRecherche: text("nom_recherche")
      .notNull()
      .generatedAlwaysAs(normalise("nom")),
    codeInsee: text("code_insee"),
    siren: text("siren"),
    codeDepartement: text("code_departement"),
    codeRegion: text("code_region"),
    population: integer("population"),
    /** ISO 3166-1 alpha-2 code of the country (embassies; the organisation's country otherwise). */
    pays: text("pays").references(() => pays.code),
    /**
     * Stable key of a record that comes from reference or demo data (`commune:42218`,
     * `epci:200046977`, `demo:operateur:expertise-france`), so that loading is idempotent.
     */
    reference: text("reference"),
    /** Set when the record left its source (a commune merged into another, say). */
    fermeeLe: horodatage("fermee_le"),
    creeLe: horodatage("cree_le").notNull().defaultNow(),
    modifieLe: horodatage("modifie_le").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("organisations_reference_uq").on(t.reference),
    index("organisations_siren_idx").on(t.siren),
    index("organisations_code_insee_idx").on(t.codeInsee),
    index("organisations_nom_recherche_trgm_idx").using("gin", sql`${t.nomRecherche} gin_trgm_ops`),
    check(
      "organisations_type_ck",
      sql.raw(`type in (${TYPES_ORGANISATION.map((v) => `'${v}'`).join(", ")})`),
    ),
    check(
      "organisations_categorie_ck",
      sql.raw(
        `(type = 'collectivite') = (categorie is not null) and (categorie is null or categorie in (${CATEGORIES_COLLECTIVITE.map((v) => `'${v}'`).join(", ")}))`,
      ),
    ),
    check("organisations_siren_ck", sql`siren is null or siren ~ '^[0-9]{9}$'`),
  ],
);

/** Which reference data set was loaded, from which source version: makes loading idempotent and cheap. */
export const donneesReference = pgTable("donnees_reference", {
  jeu: text("jeu").primaryKey(),
  version: text("version").notNull(),
  nombre: integer("nombre").notNull(),
  chargeLe: horodatage("charge_le").notNull().defaultNow(),
});

/**
 * Uploaded files (CVs, signed documents) live in the database, so that a transaction covers a
 * record and its file, and a backup holds everything.
 */
export const fichiers = pgTable(
  "fichiers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    nom: text("nom").notNull(),
    typeMime: text("type_mime").notNull(),
    taille: bigint("taille", { mode: "number" }).notNull(),
    sha256: text("sha256").notNull(),
    contenu: bytea("contenu").notNull(),
    organisationId: uuid("organisation_id").references(() => organisations.id, { onDelete: "restrict" }),
    creeLe: horodatage("cree_le").notNull().defaultNow(),
  },
  (t) => [
    index("fichiers_organisation_idx").on(t.organisationId),
    check("fichiers_taille_ck", sql`taille = octet_length(contenu)`),
  ],
);
