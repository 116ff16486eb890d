/**
 * The Drizzle schema: one place that describes every table. Migrations in `./migrations` are
 * generated from it by `npm run db:generate` and never edited once landed.
 *
 * SQL written here must run on PostgreSQL 15 (production) and PGlite (PostgreSQL 18).
 */
import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigint,
  date,
  boolean,
  check,
  customType,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { ROLES } from "../domain/acces/roles";
import { CATEGORIES_FP, POSITIONS, VISIBILITES } from "../domain/experts";
import { CATEGORIES_COLLECTIVITE, TYPES_ORGANISATION } from "../domain/organisations";
import { CADRES, TYPES_HOTE } from "../domain/instruments/situation";
import { ACCORDS_EMPLOYEUR, ETATS_CANDIDATURE, EVENEMENTS_CANDIDATURE } from "../domain/missions/etats-candidature";
import { ETATS_MISSION, EVENEMENTS_MISSION } from "../domain/missions/etats-mission";
import { SOURCES_MISSION } from "../domain/missions/mission";
import { PREFERENCES_ALERTE } from "../domain/missions/alertes";
import { TYPES_PROCEDURE } from "../domain/procedures/choix-instrument";

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
    /** How the person is told of missions and profiles that fit them (domain/missions/alertes.ts). */
    preferenceAlertes: text("preference_alertes", { enum: PREFERENCES_ALERTE }).notNull().default("immediate"),
    creeLe: horodatage("cree_le").notNull().defaultNow(),
    modifieLe: horodatage("modifie_le").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("utilisateurs_email_uq").on(t.email),
    uniqueIndex("utilisateurs_proconnect_sub_uq").on(t.proconnectSub),
    check("utilisateurs_email_minuscules_ck", sql`email = lower(email)`),
    check("utilisateurs_preference_alertes_ck", sql.raw(`preference_alertes in (${PREFERENCES_ALERTE.map((v) => `'${v}'`).join(", ")})`)),
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
  (t) => [
    index("journal_audit_organisation_idx").on(t.organisationId, t.horodatage),
    index("journal_audit_acteur_idx").on(t.acteurId, t.horodatage),
    index("journal_audit_cible_idx").on(t.cibleType, t.cibleId),
  ],
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
    /** An invitation to claim a profile of the pool that HR created: accepting it links the account to it. */
    profilId: uuid("profil_id").references((): AnyPgColumn => profilsExperts.id, { onDelete: "cascade" }),
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

// ————————————————————————————————————————— The pool of experts (issue 5)

const enumSql = (colonne: string, valeurs: readonly string[]) => sql.raw(`${colonne} in (${valeurs.map((v) => `'${v}'`).join(", ")})`);
const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });
/** Periods of days: `[2027-01-01,2027-03-01)`, one or more. */
const datemultirange = customType<{ data: string }>({ dataType: () => "datemultirange" });

/** How many tranches split the search indexes of the pool (ADR 0005). */
export const TRANCHES_RECHERCHE = 16;

/**
 * A profile of the pool. The lists (domains, languages, missions, availability) are kept as JSON,
 * as the agent wrote them, and flattened into arrays and ranges that the search indexes; the
 * service writes both in the same statement.
 */
export const profilsExperts = pgTable(
  "profils_experts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** The employer, which keeps the profile. */
    organisationId: uuid("organisation_id").notNull().references(() => organisations.id, { onDelete: "restrict" }),
    /** The agent's account, once they claimed the profile. */
    utilisateurId: uuid("utilisateur_id").references(() => utilisateurs.id, { onDelete: "set null" }),
    prenom: text("prenom").notNull(),
    nom: text("nom").notNull(),
    courriel: text("courriel").notNull(),
    telephone: text("telephone"),
    numeroAgent: text("numero_agent"),
    position: text("position", { enum: POSITIONS }).notNull(),
    grade: text("grade"),
    cadreEmplois: text("cadre_emplois"),
    categorie: text("categorie", { enum: CATEGORIES_FP }),
    metier: text("metier"),
    /** The countries of experience as written; `pays` below, which the search reads, adds the regions' countries. */
    paysDeclares: text("pays_declares").array().notNull().default(sql`'{}'::text[]`),
    domaines: jsonb("domaines").$type<{ code: string; niveau: string; precision?: string }[]>().notNull().default([]),
    langues: jsonb("langues").$type<{ code: string; niveau: string }[]>().notNull().default([]),
    /** Regions worked in: `{ pays, nom, code? }`, the name free text (no offline ISO 3166-2 list is up to date). */
    regions: jsonb("regions").$type<{ pays: string; nom: string; code?: string }[]>().notNull().default([]),
    missionsPassees: jsonb("missions_passees").$type<Record<string, unknown>[]>().notNull().default([]),
    disponibilites: jsonb("disponibilites").$type<{ debut: string; fin: string; commentaire?: string }[]>().notNull().default([]),
    joursParAn: numeric("jours_par_an", { precision: 4, scale: 1, mode: "number" }),
    dateNaissance: date("date_naissance", { mode: "string" }),
    dateRetraitePrevue: date("date_retraite_prevue", { mode: "string" }),
    visibilite: text("visibilite", { enum: VISIBILITES }).notNull().default("employeur"),
    maintienApresRetraite: boolean("maintien_apres_retraite").notNull().default(false),
    confirmeLe: horodatage("confirme_le").notNull().defaultNow(),
    /** The last freshness reminder sent, so that a stale profile is reminded once per period. */
    rappeleLe: horodatage("rappele_le"),
    /**
     * When the daily job handled the expected retirement (position "retraite", or withdrawn to the
     * employer without consent): once per expected date, see `auDepartALaRetraite` in repositories/profils.ts.
     */
    retraiteTraiteeLe: horodatage("retraite_traitee_le"),
    // Flattened for the search (written by the service from the fields above).
    domainesCodes: text("domaines_codes").array().notNull().default(sql`'{}'::text[]`),
    /** `en`, `en:A1` … `en:C1` for an English at C1: "at least B2" is one containment test. */
    languesNiveaux: text("langues_niveaux").array().notNull().default(sql`'{}'::text[]`),
    /** The countries of the search: those declared (`pays_declares`) and those of the regions. */
    pays: text("pays").array().notNull().default(sql`'{}'::text[]`),
    periodesDisponibles: datemultirange("periodes_disponibles").notNull().default(sql`'{}'::datemultirange`),
    /** The employer's département and région, copied for the facets. */
    codeDepartement: text("code_departement"),
    codeRegion: text("code_region"),
    /**
     * Searchable text: names, trade, domains (weight A); the rest (weight B). The vector adds the
     * facet values as tokens (`pays=sn`, `langue=en:b2`…, function `vivier_jetons`): one index
     * lookup answers words and facets together (ADR 0005).
     */
    texteA: text("texte_a").notNull().default(""),
    texteB: text("texte_b").notNull().default(""),
    /**
     * A random tranche (0 to TRANCHES_RECHERCHE - 1), drawn at insertion, which splits the search
     * indexes (ADR 0005). Random rather than derived from the id: a hash function may change between
     * PostgreSQL versions, a stored number does not.
     */
    tranche: smallint("tranche")
      .notNull()
      .default(sql.raw(`floor(random() * ${TRANCHES_RECHERCHE})::smallint`)),
    document: tsvector("document")
      .notNull()
      .generatedAlwaysAs(
        sql.raw(
          `setweight(to_tsvector('vivier_francais'::regconfig, texte_a), 'A') || setweight(to_tsvector('vivier_francais'::regconfig, texte_b), 'B')` +
            ` || vivier_jetons(domaines_codes, langues_niveaux, pays, position, code_departement, code_region, organisation_id)`,
        ),
      ),
    creeLe: horodatage("cree_le").notNull().defaultNow(),
    modifieLe: horodatage("modifie_le").notNull().defaultNow(),
  },
  (t) => [
    index("profils_organisation_idx").on(t.organisationId),
    uniqueIndex("profils_utilisateur_uq").on(t.utilisateurId),
    uniqueIndex("profils_courriel_uq").on(t.organisationId, t.courriel),
    uniqueIndex("profils_numero_agent_uq").on(t.organisationId, t.numeroAgent),
    // One index of words and facet values per tranche (ADR 0005): a frequent word or value is
    // looked up in a sixteenth of the profiles, and a search stops at the first tranches that fill its sample.
    ...Array.from({ length: TRANCHES_RECHERCHE }, (_, k) => index(`profils_document_t${k}_idx`).using("gin", t.document).where(sql.raw(`tranche = ${k}`))),
    index("profils_periodes_idx").using("gist", t.periodesDisponibles),
    index("profils_confirme_idx").on(t.confirmeLe),
    index("profils_departement_idx").on(t.codeDepartement),
    index("profils_region_idx").on(t.codeRegion),
    check("profils_courriel_minuscules_ck", sql`courriel = lower(courriel)`),
    check("profils_position_ck", enumSql("position", POSITIONS)),
    check("profils_categorie_ck", sql`categorie is null or ${enumSql("categorie", CATEGORIES_FP)}`),
    check("profils_visibilite_ck", enumSql("visibilite", VISIBILITES)),
  ],
);

/** The CV and other documents of a profile (the file itself in `fichiers`). */
export const profilsDocuments = pgTable(
  "profils_documents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    profilId: uuid("profil_id").notNull().references(() => profilsExperts.id, { onDelete: "cascade" }),
    fichierId: uuid("fichier_id").notNull().references(() => fichiers.id, { onDelete: "cascade" }),
    type: text("type", { enum: ["cv", "autre"] }).notNull(),
    creeLe: horodatage("cree_le").notNull().defaultNow(),
  },
  (t) => [index("profils_documents_profil_idx").on(t.profilId), check("profils_documents_type_ck", sql`type in ('cv', 'autre')`)],
);

/**
 * What is left of an erased profile (GDPR): no name, contact, free text or date, only what the
 * pool's statistics count (employer, position, domains, languages, countries).
 */
export const profilsEffaces = pgTable(
  "profils_effaces",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").notNull().references(() => organisations.id, { onDelete: "cascade" }),
    position: text("position").notNull(),
    domainesCodes: text("domaines_codes").array().notNull(),
    langues: text("langues").array().notNull(),
    pays: text("pays").array().notNull(),
    effaceLe: date("efface_le", { mode: "string" }).notNull(),
  },
  (t) => [index("profils_effaces_organisation_idx").on(t.organisationId)],
);

/** The words of the profiles, folded: a misspelt search word is replaced by the nearest one (pg_trgm). */
export const motsRecherche = pgTable(
  "mots_recherche",
  { mot: text("mot").primaryKey() },
  (t) => [index("mots_recherche_trgm_idx").using("gin", sql`${t.mot} gin_trgm_ops`)],
);

// ————————————————————————————————————————— Missions, candidacies, staffing (issue 6)

/**
 * A project (programme): the missions of one donor-funded programme or one cooperation belong to
 * it, so that the days one agent gives to it add up (LEGAL.md §3). Owned by the organisation that
 * created it; its missions are owned by the same organisation.
 */
export const projets = pgTable(
  "projets",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").notNull().references(() => organisations.id, { onDelete: "restrict" }),
    intitule: text("intitule").notNull(),
    programme: text("programme"),
    bailleur: text("bailleur"),
    description: text("description"),
    creePar: uuid("cree_par").references(() => utilisateurs.id, { onDelete: "set null" }),
    creeLe: horodatage("cree_le").notNull().defaultNow(),
    modifieLe: horodatage("modifie_le").notNull().defaultNow(),
  },
  (t) => [index("projets_organisation_idx").on(t.organisationId, t.creeLe)],
);

/**
 * A mission of a project. Its lists (domains, languages, pay) are kept as written (JSON);
 * `domaines_codes` flattens the domains for matching. Its sessions are rows of `missions_sessions`.
 */
export const missions = pgTable(
  "missions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    projetId: uuid("projet_id").notNull().references(() => projets.id, { onDelete: "restrict" }),
    /** The project's organisation, copied: every access check and list filters on it. */
    organisationId: uuid("organisation_id").notNull().references(() => organisations.id, { onDelete: "restrict" }),
    etat: text("etat", { enum: ETATS_MISSION }).notNull().default("brouillon"),
    source: text("source", { enum: SOURCES_MISSION }).notNull(),
    /** The advisor's framework: from the source, or chosen for a foreign authority's request; null while not chosen. */
    cadre: text("cadre", { enum: CADRES }),
    hoteType: text("hote_type", { enum: TYPES_HOTE }),
    intitule: text("intitule").notNull(),
    intituleRecherche: text("intitule_recherche")
      .notNull()
      .generatedAlwaysAs(normalise("intitule")),
    termesDeReference: text("termes_de_reference"),
    /** ISO 3166-1 alpha-2. */
    pays: text("pays"),
    beneficiaire: text("beneficiaire"),
    domaines: jsonb("domaines").$type<{ code: string; niveauMin?: string }[]>().notNull().default([]),
    langues: jsonb("langues").$type<{ code: string; niveau: string }[]>().notNull().default([]),
    nombreExperts: integer("nombre_experts").notNull().default(1),
    remuneration: jsonb("remuneration").$type<{ honorairesJournaliers?: number; perDiem?: number; complementRemuneration?: number }>(),
    dateLimiteCandidature: date("date_limite_candidature", { mode: "string" }),
    publieeLe: horodatage("publiee_le"),
    /** When the experts it fits were told of its publication (a job reads the missions still to announce). */
    alertesEnvoyeesLe: horodatage("alertes_envoyees_le"),
    /** For matching: the domains' codes (written by the service from `domaines`). */
    domainesCodes: text("domaines_codes").array().notNull().default(sql`'{}'::text[]`),
    creePar: uuid("cree_par").references(() => utilisateurs.id, { onDelete: "set null" }),
    creeLe: horodatage("cree_le").notNull().defaultNow(),
    modifieLe: horodatage("modifie_le").notNull().defaultNow(),
  },
  (t) => [
    index("missions_projet_idx").on(t.projetId),
    index("missions_organisation_idx").on(t.organisationId, t.etat),
    index("missions_etat_idx").on(t.etat, t.publieeLe),
    index("missions_domaines_idx").using("gin", t.domainesCodes),
    index("missions_intitule_trgm_idx").using("gin", sql`${t.intituleRecherche} gin_trgm_ops`),
    check("missions_etat_ck", enumSql("etat", ETATS_MISSION)),
    check("missions_source_ck", enumSql("source", SOURCES_MISSION)),
    check("missions_cadre_ck", sql`cadre is null or ${enumSql("cadre", CADRES)}`),
    check("missions_hote_type_ck", sql`hote_type is null or ${enumSql("hote_type", TYPES_HOTE)}`),
    check("missions_pays_ck", sql`pays is null or pays ~ '^[A-Z]{2}$'`),
    check("missions_nombre_experts_ck", sql`nombre_experts >= 1`),
    // A published mission has been checked by the publication guard (`verifierPublication`).
    check("missions_publiee_ck", sql`etat = 'brouillon' or (publiee_le is not null and pays is not null and cadre is not null)`),
  ],
);

/**
 * The sessions of a mission: dated (both days included) or a number of days (half days). `rang`
 * names a session in the API: a new session takes the next one, and removing a session does not
 * renumber the others, so that a URL keeps naming the same session.
 */
export const missionsSessions = pgTable(
  "missions_sessions",
  {
    missionId: uuid("mission_id").notNull().references(() => missions.id, { onDelete: "cascade" }),
    rang: integer("rang").notNull(),
    debut: date("debut", { mode: "string" }),
    fin: date("fin", { mode: "string" }),
    jours: numeric("jours", { precision: 6, scale: 1, mode: "number" }),
    libelle: text("libelle"),
  },
  (t) => [
    primaryKey({ columns: [t.missionId, t.rang] }),
    check("missions_sessions_rang_ck", sql`rang >= 1`),
    check(
      "missions_sessions_forme_ck",
      sql`(debut is not null and fin is not null and jours is null and fin >= debut) or (debut is null and fin is null and jours > 0 and jours * 2 = floor(jours * 2))`,
    ),
  ],
);

/** Every transition of a mission (ARCHITECTURE.md « State machines as tables »), written with the new state. */
export const missionsHistorique = pgTable(
  "missions_historique",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    missionId: uuid("mission_id").notNull().references(() => missions.id, { onDelete: "cascade" }),
    /** An event of the state table, or `creer`. */
    evenement: text("evenement").notNull(),
    de: text("de", { enum: ETATS_MISSION }),
    vers: text("vers", { enum: ETATS_MISSION }).notNull(),
    motif: text("motif"),
    acteurId: uuid("acteur_id").references(() => utilisateurs.id, { onDelete: "set null" }),
    horodatage: horodatage("horodatage").notNull().defaultNow(),
  },
  (t) => [
    index("missions_historique_mission_idx").on(t.missionId, t.horodatage),
    check("missions_historique_evenement_ck", enumSql("evenement", [...EVENEMENTS_MISSION, "creer"])),
    check("missions_historique_de_ck", sql`de is null or ${enumSql("de", ETATS_MISSION)}`),
    check("missions_historique_vers_ck", enumSql("vers", ETATS_MISSION)),
  ],
);

/**
 * The documents a mission's owner attaches to it (terms of reference in full, budget…); the file
 * itself in `fichiers`. Adding and removing them are audited, not written to `missions_historique`,
 * which holds the state transitions only.
 */
export const missionsDocuments = pgTable(
  "missions_documents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    missionId: uuid("mission_id").notNull().references(() => missions.id, { onDelete: "cascade" }),
    fichierId: uuid("fichier_id").notNull().references(() => fichiers.id, { onDelete: "cascade" }),
    type: text("type", { enum: ["termes_de_reference", "budget", "autre"] }).notNull(),
    ajoutePar: uuid("ajoute_par").references(() => utilisateurs.id, { onDelete: "set null" }),
    creeLe: horodatage("cree_le").notNull().defaultNow(),
  },
  (t) => [
    index("missions_documents_mission_idx").on(t.missionId, t.creeLe),
    check("missions_documents_type_ck", sql`type in ('termes_de_reference', 'budget', 'autre')`),
  ],
);

/**
 * A candidacy of a profile of the pool to a mission, and the employer's agreement to release the
 * agent. Erasing the profile (GDPR) erases its candidacies.
 */
export const candidatures = pgTable(
  "candidatures",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    missionId: uuid("mission_id").notNull().references(() => missions.id, { onDelete: "restrict" }),
    profilId: uuid("profil_id").notNull().references(() => profilsExperts.id, { onDelete: "cascade" }),
    etat: text("etat", { enum: ETATS_CANDIDATURE }).notNull(),
    accordEmployeur: text("accord_employeur", { enum: ACCORDS_EMPLOYEUR }).notNull(),
    /** The reason of the last decision that needed one (declined, release refused). */
    motif: text("motif"),
    /** Who created it: the agent (deposer) or HR (proposer). */
    deposeePar: uuid("deposee_par").references(() => utilisateurs.id, { onDelete: "set null" }),
    creeLe: horodatage("cree_le").notNull().defaultNow(),
    modifieLe: horodatage("modifie_le").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("candidatures_mission_profil_uq").on(t.missionId, t.profilId),
    index("candidatures_profil_idx").on(t.profilId, t.etat),
    index("candidatures_mission_idx").on(t.missionId, t.etat),
    check("candidatures_etat_ck", enumSql("etat", ETATS_CANDIDATURE)),
    check("candidatures_accord_ck", enumSql("accord_employeur", ACCORDS_EMPLOYEUR)),
  ],
);

/** Every step of a candidacy, the automatic staffing included (its own row, without actor). */
export const candidaturesHistorique = pgTable(
  "candidatures_historique",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    candidatureId: uuid("candidature_id").notNull().references(() => candidatures.id, { onDelete: "cascade" }),
    evenement: text("evenement").notNull(),
    de: text("de", { enum: ETATS_CANDIDATURE }),
    vers: text("vers", { enum: ETATS_CANDIDATURE }).notNull(),
    accordDe: text("accord_de", { enum: ACCORDS_EMPLOYEUR }),
    accordVers: text("accord_vers", { enum: ACCORDS_EMPLOYEUR }),
    motif: text("motif"),
    acteurId: uuid("acteur_id").references(() => utilisateurs.id, { onDelete: "set null" }),
    horodatage: horodatage("horodatage").notNull().defaultNow(),
  },
  (t) => [
    index("candidatures_historique_candidature_idx").on(t.candidatureId, t.horodatage),
    check("candidatures_historique_evenement_ck", enumSql("evenement", EVENEMENTS_CANDIDATURE)),
    check("candidatures_historique_de_ck", sql`de is null or ${enumSql("de", ETATS_CANDIDATURE)}`),
    check("candidatures_historique_vers_ck", enumSql("vers", ETATS_CANDIDATURE)),
    check("candidatures_historique_accord_de_ck", sql`accord_de is null or ${enumSql("accord_de", ACCORDS_EMPLOYEUR)}`),
    check("candidatures_historique_accord_vers_ck", sql`accord_vers is null or ${enumSql("accord_vers", ACCORDS_EMPLOYEUR)}`),
  ],
);

/**
 * In-application notifications, one row per person. `type` is a stable dotted code
 * (`candidature.retenir`, `mission.seuil`…) that other features extend without a migration.
 */
export const notifications = pgTable(
  "notifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    utilisateurId: uuid("utilisateur_id").notNull().references(() => utilisateurs.id, { onDelete: "cascade" }),
    type: text("type").notNull(),
    titre: text("titre").notNull(),
    texte: text("texte").notNull(),
    /** A path of the web application (`/missions/…`), never an outside address. */
    lien: text("lien"),
    lueLe: horodatage("lue_le"),
    /** An alert whose e-mail waits for the person's daily digest. */
    resumeAttendu: boolean("resume_attendu").notNull().default(false),
    creeLe: horodatage("cree_le").notNull().defaultNow(),
  },
  (t) => [
    index("notifications_utilisateur_idx").on(t.utilisateurId, t.lueLe),
    index("notifications_utilisateur_date_idx").on(t.utilisateurId, t.creeLe),
    check("notifications_type_ck", sql`type ~ '^[a-z][a-z_]*([.][a-z][a-zA-Z_]*)*$'`),
    check("notifications_lien_ck", sql`lien is null or lien ~ '^/'`),
  ],
);

/**
 * A search of the pool that its author asked to be alerted of (issue 6 §3): run again with the
 * role and organisation it was saved with, the profiles it finds that were not found before are
 * announced.
 */
export const recherchesEnregistrees = pgTable(
  "recherches_enregistrees",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    utilisateurId: uuid("utilisateur_id").notNull().references(() => utilisateurs.id, { onDelete: "cascade" }),
    organisationId: uuid("organisation_id").notNull().references(() => organisations.id, { onDelete: "cascade" }),
    role: text("role", { enum: ROLES }).notNull(),
    nom: text("nom").notNull(),
    /** The search's criteria as the API takes them (q, domaine, langue, pays…), without the page. */
    criteres: jsonb("criteres").$type<Record<string, unknown>>().notNull(),
    derniereAlerteLe: horodatage("derniere_alerte_le"),
    creeLe: horodatage("cree_le").notNull().defaultNow(),
  },
  (t) => [index("recherches_enregistrees_utilisateur_idx").on(t.utilisateurId), check("recherches_enregistrees_role_ck", enumSql("role", ROLES))],
);

/** The profiles a saved search has already found: only the others are announced. */
export const recherchesEnregistreesVues = pgTable(
  "recherches_enregistrees_vues",
  {
    rechercheId: uuid("recherche_id").notNull().references(() => recherchesEnregistrees.id, { onDelete: "cascade" }),
    profilId: uuid("profil_id").notNull().references(() => profilsExperts.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.rechercheId, t.profilId] })],
);

/**
 * A statutory procedure as a case (issue 7, docs/procedures.md): its state in the procedure's
 * table (src/domain/procedures), the data of its document (the cumul request, the MAD convention,
 * the order…) and what its events recorded. The employer's administrative record: erasing the
 * agent's profile of the pool (GDPR) leaves it, the employer being bound to keep it.
 */
export const procedures = pgTable(
  "procedures",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    type: text("type", { enum: TYPES_PROCEDURE }).notNull(),
    etat: text("etat").notNull(),
    intitule: text("intitule").notNull(),
    /** The employer collectivité (for a partnership convention: the collectivité party). */
    organisationId: uuid("organisation_id").notNull().references(() => organisations.id, { onDelete: "restrict" }),
    profilId: uuid("profil_id").references(() => profilsExperts.id, { onDelete: "set null" }),
    /** The agent concerned's account: who acts as « l'agent concerné ». */
    agentId: uuid("agent_id").references(() => utilisateurs.id, { onDelete: "set null" }),
    /** The host organisation, when it is on Vivier (mise à disposition, détachement). */
    accueilId: uuid("accueil_id").references(() => organisations.id, { onDelete: "set null" }),
    /** The operator party to a partnership convention. */
    operateurId: uuid("operateur_id").references(() => organisations.id, { onDelete: "set null" }),
    candidatureId: uuid("candidature_id").references(() => candidatures.id, { onDelete: "set null" }),
    instrumentRecommande: text("instrument_recommande"),
    justification: text("justification"),
    donnees: jsonb("donnees").$type<Record<string, unknown>>().notNull().default({}),
    suivi: jsonb("suivi").$type<Record<string, unknown>>().notNull().default({}),
    creePar: uuid("cree_par").references(() => utilisateurs.id, { onDelete: "set null" }),
    creeLe: horodatage("cree_le").notNull().defaultNow(),
    modifieLe: horodatage("modifie_le").notNull().defaultNow(),
  },
  (t) => [
    index("procedures_organisation_idx").on(t.organisationId, t.modifieLe),
    index("procedures_agent_idx").on(t.agentId),
    index("procedures_accueil_idx").on(t.accueilId),
    index("procedures_operateur_idx").on(t.operateurId),
    index("procedures_candidature_idx").on(t.candidatureId),
    check("procedures_type_ck", enumSql("type", TYPES_PROCEDURE)),
  ],
);

/** Every event of a case, with the inputs given with it (the opinion, the legal ground, the dates…). */
export const proceduresHistorique = pgTable(
  "procedures_historique",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    procedureId: uuid("procedure_id").notNull().references(() => procedures.id, { onDelete: "cascade" }),
    evenement: text("evenement").notNull(),
    de: text("de"),
    vers: text("vers").notNull(),
    motif: text("motif"),
    saisie: jsonb("saisie").$type<Record<string, unknown>>(),
    acteurId: uuid("acteur_id").references(() => utilisateurs.id, { onDelete: "set null" }),
    horodatage: horodatage("horodatage").notNull().defaultNow(),
  },
  (t) => [index("procedures_historique_procedure_idx").on(t.procedureId, t.horodatage)],
);

/** The documents of a case: generated from a template (kept, each version) or signed copies uploaded. */
export const proceduresDocuments = pgTable(
  "procedures_documents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    procedureId: uuid("procedure_id").notNull().references(() => procedures.id, { onDelete: "cascade" }),
    fichierId: uuid("fichier_id").notNull().references(() => fichiers.id, { onDelete: "cascade" }),
    nature: text("nature", { enum: ["genere", "signe"] }).notNull(),
    /** The template it was generated from, or the one a signed copy answers. */
    modele: text("modele"),
    version: integer("version"),
    ajoutePar: uuid("ajoute_par").references(() => utilisateurs.id, { onDelete: "set null" }),
    creeLe: horodatage("cree_le").notNull().defaultNow(),
  },
  (t) => [index("procedures_documents_procedure_idx").on(t.procedureId, t.creeLe), check("procedures_documents_nature_ck", sql`nature in ('genere', 'signe')`)],
);

/** The reminders sent for a deadline of a case: one per (case, deadline, date), so a job run twice sends nothing more. */
export const proceduresRappels = pgTable(
  "procedures_rappels",
  {
    procedureId: uuid("procedure_id").notNull().references(() => procedures.id, { onDelete: "cascade" }),
    code: text("code").notNull(),
    date: date("date", { mode: "string" }).notNull(),
    niveau: text("niveau").notNull(),
    envoyeLe: horodatage("envoye_le").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.procedureId, t.code, t.date, t.niveau] })],
);
