/**
 * Builders of realistic missions and contexts for the tests (ARCHITECTURE.md, « Tests »):
 * `uneMission().auSenegal().avecSessions({ debut: "2026-04-07", fin: "2026-04-09" }).enEtat("publiee")`.
 * Not exported by index.ts: tests import them from here.
 */
import type { ContexteCandidature } from "./etats-candidature";
import type { ContexteMission, EtatMission, MissionEnEtat } from "./etats-mission";
import { lireMission, type Mission, type MissionSaisie } from "./mission";
import type { SessionMissionSaisie } from "./sessions";

export const AUJOURDHUI = "2026-03-16";

/** An operator's mission on waste collection in Thiès, one week in April 2026, ready to publish. */
export function uneMission(base: Partial<MissionSaisie> = {}) {
  const m: MissionSaisie = {
    intitule: "Appui à l'organisation de la collecte des déchets de la ville de Thiès",
    source: "operateur",
    termesDeReference: "Diagnostic du service de collecte, plan d'actions sur trois ans, formation des agents municipaux.",
    pays: "SN",
    beneficiaire: "Ville de Thiès",
    domaines: [{ code: "DECHETS-COLLECTE", niveauMin: "confirme" }, { code: "DECHETS-FINANCEMENT" }],
    langues: [{ code: "fr", niveau: "C1" }],
    nombreExperts: 1,
    remuneration: { honorairesJournaliers: 450, perDiem: 96.5 },
    dateLimiteCandidature: "2026-03-27",
    sessions: [{ debut: "2026-04-07", fin: "2026-04-09", libelle: "Diagnostic" }],
    ...base,
  };
  const b = {
    auSenegal: () => ((m.pays = "SN"), b),
    auMaroc: () => ((m.pays = "MA"), b),
    source: (source: MissionSaisie["source"], cadre?: MissionSaisie["cadre"]) => ((m.source = source), (m.cadre = cadre), b),
    avecSessions: (...sessions: SessionMissionSaisie[]) => ((m.sessions = sessions), b),
    pour: (nombreExperts: number) => ((m.nombreExperts = nombreExperts), b),
    avec: (champs: Partial<MissionSaisie>) => (Object.assign(m, champs), b),
    sans: (...champs: (keyof MissionSaisie)[]) => {
      for (const c of champs) delete m[c];
      return b;
    },
    saisie: (): MissionSaisie => structuredClone(m),
    lue: (): Mission => {
      const r = lireMission(m);
      if (!r.ok) throw new Error(JSON.stringify(r.erreurs));
      return r.mission;
    },
    enEtat: (etat: EtatMission): MissionEnEtat => ({ ...b.lue(), etat }),
  };
  return b;
}

/** The owner of the mission, on AUJOURDHUI, with nobody staffed nor applying yet. */
export const contexteMission = (autre: Partial<ContexteMission> = {}): ContexteMission => ({
  estProprietaire: true,
  aujourdhui: AUJOURDHUI,
  affectationsConfirmees: 0,
  candidatures: 0,
  ...autre,
});

export const ACTEURS_CANDIDATURE = {
  expert: { estTitulaire: true, estRhEmployeur: false, estProprietaireMission: false },
  rh: { estTitulaire: false, estRhEmployeur: true, estProprietaireMission: false },
  proprietaire: { estTitulaire: false, estRhEmployeur: false, estProprietaireMission: true },
  autre: { estTitulaire: false, estRhEmployeur: false, estProprietaireMission: false },
} as const;
export type NomActeur = keyof typeof ACTEURS_CANDIDATURE;

/** One actor, on a mission in selection. */
export const contexteCandidature = (acteur: NomActeur, autre: Partial<ContexteCandidature> = {}): ContexteCandidature => ({
  ...ACTEURS_CANDIDATURE[acteur],
  etatMission: "en_selection",
  ...autre,
});
