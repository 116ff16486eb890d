/** Missions for the API tests: a valid mission to publish, and the calls that create, publish and staff one. */
import { expect } from "vitest";
import type { SessionDeTest } from "./sessions-de-test";

/** Next year: dates that stay in the future whatever day the tests run. */
export const AN = new Date().getFullYear() + 1;
export const jour = (moisJour: string) => `${AN}-${moisJour}`;

/** An operator's mission ready to publish: sessions given in days, so that totals do not depend on the calendar. */
export function uneMission(champs: Record<string, unknown> = {}) {
  return {
    intitule: "Schéma directeur d'eau potable de la commune de Guédiawaye",
    source: "operateur",
    termesDeReference: "Diagnostic du réseau, plan d'investissement sur cinq ans, formation des agents de la régie.",
    pays: "SN",
    beneficiaire: "Commune de Guédiawaye",
    domaines: [{ code: "EAU-POTABLE", niveauMin: "confirme" }],
    langues: [{ code: "fr", niveau: "C1" }],
    nombreExperts: 1,
    remuneration: { honorairesJournaliers: 450, perDiem: 96.5 },
    dateLimiteCandidature: jour("01-15"),
    sessions: [{ jours: 3, libelle: "Diagnostic" }],
    ...champs,
  };
}

export async function creerProjet(s: SessionDeTest, champs: Record<string, unknown> = {}): Promise<string> {
  const r = await s.appeler({ method: "POST", url: "/api/v1/projets", payload: { intitule: "PAGoDA — eau et assainissement", programme: "PAGoDA", bailleur: "Union européenne", ...champs } });
  expect(r.statusCode, r.body).toBe(201);
  return r.json().id;
}

export async function creerMission(s: SessionDeTest, projetId: string, saisie: Record<string, unknown> = uneMission()): Promise<string> {
  const r = await s.appeler({ method: "POST", url: `/api/v1/projets/${projetId}/missions`, payload: saisie });
  expect(r.statusCode, r.body).toBe(201);
  return r.json().id;
}

export async function transition(s: SessionDeTest, missionId: string, evenement: string, motif?: string) {
  return s.appeler({ method: "POST", url: `/api/v1/missions/${missionId}/transitions`, payload: motif ? { evenement, motif } : { evenement } });
}

/** A new project of the owner with one mission, published. */
export async function missionPubliee(s: SessionDeTest, saisie: Record<string, unknown> = uneMission(), projetId?: string): Promise<{ projetId: string; missionId: string }> {
  const projet = projetId ?? (await creerProjet(s));
  const missionId = await creerMission(s, projet, saisie);
  const r = await transition(s, missionId, "publier");
  expect(r.statusCode, r.body).toBe(200);
  return { projetId: projet, missionId };
}

export async function transitionCandidature(s: SessionDeTest, candidatureId: string, evenement: string, motif?: string) {
  return s.appeler({ method: "POST", url: `/api/v1/candidatures/${candidatureId}/transitions`, payload: motif ? { evenement, motif } : { evenement } });
}
