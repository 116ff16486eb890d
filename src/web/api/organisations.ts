import { lireJson } from "./client";
import type { Organisation, PageDeResultats, Pays, Sante, TypeOrganisation } from "./types";

export type RechercheOrganisations = {
  q?: string;
  type?: TypeOrganisation;
  categorie?: string;
  /** Exact INSEE code or SIREN (`q` searches names only). */
  code?: string;
  page?: number;
  parPage?: number;
};

export function rechercherOrganisations(
  recherche: RechercheOrganisations,
  signal?: AbortSignal,
): Promise<PageDeResultats<Organisation>> {
  return lireJson("/api/v1/organisations", recherche, signal);
}

export function lireOrganisation(id: string, signal?: AbortSignal): Promise<Organisation> {
  return lireJson(`/api/v1/organisations/${encodeURIComponent(id)}`, undefined, signal);
}

export function rechercherPays(q: string, signal?: AbortSignal): Promise<{ resultats: Pays[] }> {
  return lireJson("/api/v1/pays", { q }, signal);
}

export function lireSante(signal?: AbortSignal): Promise<Sante> {
  return lireJson("/api/health", undefined, signal);
}
