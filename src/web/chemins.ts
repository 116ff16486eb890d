/**
 * Where each page lives. The navigation, the footer, the site map and the routes all read their
 * paths from here, so a page moved here is moved everywhere.
 */
export const chemins = {
  accueil: "/",
  organisations: "/organisations",
  organisation: (id: string) => `/organisations/${encodeURIComponent(id)}`,
  administrationOrganisation: (id: string) => `/organisations/${encodeURIComponent(id)}/administration`,
  accessibilite: "/accessibilite",
  mentionsLegales: "/mentions-legales",
  donneesPersonnelles: "/donnees-personnelles",
  planDuSite: "/plan-du-site",
  connexion: "/connexion",
  compte: "/compte",
  journalAudit: "/journal-audit",
  /** The public simulator; `?statut=…&session=…` reopens a situation (see pages/simulateur/saisie.ts). */
  simulateur: "/simulateur",
  guides: "/guide",
  guide: (slug: SlugGuide) => `/guide/${slug}`,
  nouvelleOrganisation: "/administration/organisations/nouvelle",
  /** The link of an invitation e-mail: `/invitation#<jeton>` (the token in the fragment). */
  invitation: "/invitation",
  /** Development only (no SMTP server): the e-mail Vivier would have sent. */
  boiteEnvoi: "/dev/courriels",
  /** Searching the pool of experts; the search lives in the query string (see pages/vivier/criteres.ts). */
  vivier: "/vivier",
  profil: (id: string) => `/vivier/profils/${encodeURIComponent(id)}`,
  modifierProfil: (id: string) => `/vivier/profils/${encodeURIComponent(id)}/modifier`,
  /** HR adds one of its agents to the pool. */
  nouveauProfil: (organisationId: string) => `/organisations/${encodeURIComponent(organisationId)}/vivier/nouveau`,
  /** HR imports a spreadsheet of its agents (CSV or XLSX) into its pool. */
  importVivier: (organisationId: string) => `/organisations/${encodeURIComponent(organisationId)}/vivier/import`,
  /** The agent's own profile, once claimed. */
  monProfil: "/mon-profil",
  /** Missions: the list and its search live in the query string (see pages/missions/criteres.ts). */
  missions: "/missions",
  mission: (id: string) => `/missions/${encodeURIComponent(id)}`,
  modifierMission: (id: string) => `/missions/${encodeURIComponent(id)}/modifier`,
  /** The projects of the organisation acted for, where its missions are published from. */
  projets: "/projets",
  nouveauProjet: "/projets/nouveau",
  projet: (id: string) => `/projets/${encodeURIComponent(id)}`,
  nouvelleMission: (projetId: string) => `/projets/${encodeURIComponent(projetId)}/missions/nouvelle`,
  candidature: (id: string) => `/candidatures/${encodeURIComponent(id)}`,
  /** The agent's candidacies and staffings. */
  mesCandidatures: "/mes-candidatures",
  /** HR: its agents' staffings and their days per project. */
  affectationsOrganisation: (organisationId: string) => `/organisations/${encodeURIComponent(organisationId)}/affectations`,
  notifications: "/notifications",
  /** The statutory procedures one has a role on, and what waits for one; the filters live in the query string. */
  procedures: "/procedures",
  /** Opening a procedure by hand (a cumul for oneself, HR for one of its agents…). */
  nouvelleProcedure: "/procedures/nouvelle",
  procedure: (id: string) => `/procedures/${encodeURIComponent(id)}`,
} as const;

/**
 * The sign-in page, to come back to `retour` once signed in: `/connexion?retour=/compte` (slashes
 * left as they are, which a query string allows, so the address stays readable).
 */
export function connexionPuisRetour(retour: string): string {
  return `${chemins.connexion}?retour=${encodeURIComponent(retour).replace(/%2F/gi, "/")}`;
}

/**
 * `retour` when it is a path of this site (never another site: "//ailleurs.fr", "https://…",
 * "/\\ailleurs.fr" would make the sign-in page an open redirect), else the home page.
 */
export function retourLocal(retour: string | null): string {
  if (retour === null || !retour.startsWith("/") || retour.startsWith("//") || retour.includes("\\")) return chemins.accueil;
  try {
    const url = new URL(retour, window.location.origin);
    if (url.origin !== window.location.origin) return chemins.accueil;
    if (url.pathname === chemins.connexion) return chemins.accueil;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return chemins.accueil;
  }
}

/** The guidance pages, one per instrument, by the last segment of their path (content: pages/guides/contenu.ts). */
export const GUIDES = [
  { slug: "ordre-de-mission", titre: "L'ordre de mission" },
  { slug: "cumul-d-activites", titre: "Le cumul d'activités" },
  { slug: "mise-a-disposition", titre: "La mise à disposition" },
  { slug: "detachement", titre: "Le détachement" },
  { slug: "disponibilite", titre: "La disponibilité" },
] as const;
export type SlugGuide = (typeof GUIDES)[number]["slug"];

/** Served by the API server itself, outside the single-page app: link to it with a plain <a>. */
export const DOCUMENTATION_API = "/api/docs";

/**
 * The pages with a fixed path, in site-map order, with their titles. Not the invitation page
 * (useless without the link's token) nor the development outbox (absent in production).
 */
export const pagesDuSite = [
  { chemin: chemins.accueil, titre: "Accueil" },
  { chemin: chemins.organisations, titre: "Annuaire des collectivités et organisations" },
  { chemin: chemins.vivier, titre: "Rechercher des experts" },
  { chemin: chemins.missions, titre: "Missions d'expertise" },
  { chemin: chemins.simulateur, titre: "Quel cadre juridique pour ma mission ?" },
  { chemin: chemins.guides, titre: "Guides des instruments juridiques" },
  ...GUIDES.map((g) => ({ chemin: chemins.guide(g.slug), titre: g.titre })),
  { chemin: chemins.accessibilite, titre: "Déclaration d'accessibilité" },
  { chemin: chemins.mentionsLegales, titre: "Mentions légales" },
  { chemin: chemins.donneesPersonnelles, titre: "Données personnelles" },
  { chemin: chemins.planDuSite, titre: "Plan du site" },
  { chemin: chemins.connexion, titre: "Connexion" },
  { chemin: chemins.compte, titre: "Mon compte" },
  { chemin: chemins.notifications, titre: "Notifications" },
  { chemin: chemins.procedures, titre: "Mes procédures" },
  { chemin: chemins.journalAudit, titre: "Journal d'audit" },
  { chemin: chemins.nouvelleOrganisation, titre: "Créer une organisation" },
] as const;
