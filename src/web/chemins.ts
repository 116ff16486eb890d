/**
 * Where each page lives. The navigation, the footer, the site map and the routes all read their
 * paths from here, so a page moved here is moved everywhere.
 */
export const chemins = {
  accueil: "/",
  organisations: "/organisations",
  organisation: (id: string) => `/organisations/${encodeURIComponent(id)}`,
  accessibilite: "/accessibilite",
  mentionsLegales: "/mentions-legales",
  donneesPersonnelles: "/donnees-personnelles",
  planDuSite: "/plan-du-site",
} as const;

/** Served by the API server itself, outside the single-page app: link to it with a plain <a>. */
export const DOCUMENTATION_API = "/api/docs";

/** The pages with a fixed path, in site-map order, with their titles. */
export const pagesDuSite = [
  { chemin: chemins.accueil, titre: "Accueil" },
  { chemin: chemins.organisations, titre: "Annuaire des collectivités et organisations" },
  { chemin: chemins.accessibilite, titre: "Déclaration d'accessibilité" },
  { chemin: chemins.mentionsLegales, titre: "Mentions légales" },
  { chemin: chemins.donneesPersonnelles, titre: "Données personnelles" },
  { chemin: chemins.planDuSite, titre: "Plan du site" },
] as const;
