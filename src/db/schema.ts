/**
 * The Drizzle schema: one place that describes every table. Migrations in `./migrations` are
 * generated from it by `npm run db:generate` and never edited once landed.
 *
 * SQL written here must run on PostgreSQL 15 (production) and PGlite (PostgreSQL 18).
 */
import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { ROLES } from "../domain/acces/roles";
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

// ————————————————————————————————————————— Accounts and access (issue 3)

export const utilisateurs = pgTable(
  "utilisateurs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Stored lower-cased: one account per address whatever its case. */
    email: text("email").notNull(),
    prenom: text("prenom").notNull(),
    nom: text("nom").notNull(),
    /** argon2id; null for an account that signs in with ProConnect only. */
    motDePasseHash: text("mot_de_passe_hash"),
    emailVerifie: boolean("email_verifie").notNull().default(false),
    /** ProConnect's stable subject identifier, once the account is linked. */
    proconnectSub: text("proconnect_sub"),
    desactiveLe: horodatage("desactive_le"),
    creeLe: horodatage("cree_le").notNull().defaultNow(),
    modifieLe: horodatage("modifie_le").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("utilisateurs_email_uq").on(t.email),
    uniqueIndex("utilisateurs_proconnect_sub_uq").on(t.proconnectSub),
    check("utilisateurs_email_minuscules_ck", sql`email = lower(email)`),
  ],
);

export const appartenances = pgTable(
  "appartenances",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    utilisateurId: uuid("utilisateur_id").notNull().references(() => utilisateurs.id, { onDelete: "cascade" }),
    organisationId: uuid("organisation_id").notNull().references(() => organisations.id, { onDelete: "restrict" }),
    role: text("role", { enum: ROLES }).notNull(),
    creeLe: horodatage("cree_le").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("appartenances_uq").on(t.utilisateurId, t.organisationId, t.role),
    index("appartenances_organisation_idx").on(t.organisationId),
    check("appartenances_role_ck", sql.raw(`role in (${ROLES.map((r) => `'${r}'`).join(", ")})`)),
  ],
);

/** Server-side sessions: the cookie holds a random token, the table only its SHA-256. */
export const sessions = pgTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    utilisateurId: uuid("utilisateur_id").notNull().references(() => utilisateurs.id, { onDelete: "cascade" }),
    /** The membership the person acts with now; null until they have one. */
    appartenanceId: uuid("appartenance_id").references(() => appartenances.id, { onDelete: "set null" }),
    /** Anti-CSRF token, sent back by the web app in the x-csrf-token header of every write. */
    csrf: text("csrf").notNull(),
    creeLe: horodatage("cree_le").notNull().defaultNow(),
    vueLe: horodatage("vue_le").notNull().defaultNow(),
    expireLe: horodatage("expire_le").notNull(),
    revoqueeLe: horodatage("revoquee_le"),
    adresseIp: text("adresse_ip"),
    navigateur: text("navigateur"),
    /** ProConnect's id_token, to end the ProConnect session at logout too. */
    proconnectIdToken: text("proconnect_id_token"),
  },
  (t) => [index("sessions_utilisateur_idx").on(t.utilisateurId)],
);

/** Failed and successful sign-ins, for the rate limit (10 failures per account or address in 15 minutes). */
export const tentativesConnexion = pgTable(
  "tentatives_connexion",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    adresseIp: text("adresse_ip").notNull(),
    reussie: boolean("reussie").notNull(),
    horodatage: horodatage("horodatage").notNull().defaultNow(),
  },
  (t) => [index("tentatives_email_idx").on(t.email, t.horodatage), index("tentatives_ip_idx").on(t.adresseIp, t.horodatage)],
);

/**
 * The audit trail: who did what, when, to which record, written in the same transaction as the
 * change. A trigger (migration 0002) refuses any UPDATE or DELETE of its rows.
 */
export const journalAudit = pgTable(
  "journal_audit",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    horodatage: horodatage("horodatage").notNull().defaultNow(),
    // No cascade: audit rows are never changed, so a user or organisation that has some is
    // deactivated or anonymised, never deleted.
    acteurId: uuid("acteur_id").references(() => utilisateurs.id),
    organisationId: uuid("organisation_id").references(() => organisations.id),
    action: text("action").notNull(),
    cibleType: text("cible_type").notNull(),
    cibleId: text("cible_id"),
    requestId: text("request_id"),
    resume: jsonb("resume").$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index("journal_audit_organisation_idx").on(t.organisationId, t.horodatage), index("journal_audit_acteur_idx").on(t.acteurId, t.horodatage)],
);

/**
 * API tokens for operators' systems: one membership (organisation × role) each, shown once at
 * creation; the table keeps only the SHA-256 and a short prefix the owner recognises.
 */
export const jetonsApi = pgTable(
  "jetons_api",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    utilisateurId: uuid("utilisateur_id").notNull().references(() => utilisateurs.id, { onDelete: "cascade" }),
    appartenanceId: uuid("appartenance_id").notNull().references(() => appartenances.id, { onDelete: "cascade" }),
    nom: text("nom").notNull(),
    empreinte: text("empreinte").notNull(),
    /** The first characters of the token, to tell tokens apart in lists. */
    prefixe: text("prefixe").notNull(),
    creeLe: horodatage("cree_le").notNull().defaultNow(),
    expireLe: horodatage("expire_le").notNull(),
    utiliseLe: horodatage("utilise_le"),
    revoqueLe: horodatage("revoque_le"),
  },
  (t) => [uniqueIndex("jetons_api_empreinte_uq").on(t.empreinte), index("jetons_api_utilisateur_idx").on(t.utilisateurId)],
);

/** Invitations to join an organisation with a role: a single-use link that expires. */
export const invitations = pgTable(
  "invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").notNull().references(() => organisations.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    role: text("role", { enum: ROLES }).notNull(),
    invitePar: uuid("invite_par").references(() => utilisateurs.id, { onDelete: "set null" }),
    /** SHA-256 of the link's token: the database alone cannot be used to accept an invitation. */
    empreinte: text("empreinte").notNull(),
    creeLe: horodatage("cree_le").notNull().defaultNow(),
    expireLe: horodatage("expire_le").notNull(),
    accepteeLe: horodatage("acceptee_le"),
    accepteePar: uuid("acceptee_par").references(() => utilisateurs.id, { onDelete: "set null" }),
    annuleeLe: horodatage("annulee_le"),
  },
  (t) => [
    check("invitations_role_ck", sql.raw(`role in (${ROLES.map((r) => `'${r}'`).join(", ")})`)),
    uniqueIndex("invitations_empreinte_uq").on(t.empreinte),
    index("invitations_organisation_idx").on(t.organisationId, t.creeLe),
    check("invitations_email_minuscules_ck", sql`email = lower(email)`),
  ],
);

/**
 * Outgoing e-mail, written in the same transaction as what causes it (transactional outbox).
 * With SMTP_URL the sender delivers and then erases the body (links in it are secrets); without
 * it, in development, the messages stay here for `vivier mail` and the outbox page.
 */
export const courriels = pgTable(
  "courriels",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    destinataire: text("destinataire").notNull(),
    sujet: text("sujet").notNull(),
    texte: text("texte"),
    creeLe: horodatage("cree_le").notNull().defaultNow(),
    envoyeLe: horodatage("envoye_le"),
    tentatives: integer("tentatives").notNull().default(0),
    derniereErreur: text("derniere_erreur"),
  },
  (t) => [index("courriels_a_envoyer_idx").on(t.creeLe).where(sql`envoye_le is null`)],
);

/**
 * Rate-limit counters in fixed windows, kept in the database so that every instance counts the
 * same requests (a limit in memory would reset at each restart and differ between instances).
 */
export const limitesDebit = pgTable(
  "limites_debit",
  {
    cle: text("cle").notNull(),
    fenetre: horodatage("fenetre").notNull(),
    compte: integer("compte").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.cle, t.fenetre] })],
);
