/**
 * What matching asks of the pool for a mission (appariement.ts `BesoinMission`): its domains and
 * minimum levels, languages, country and sessions — one mapping, for the ranked candidates the
 * owner sees and for the alerts sent when it is published, so that both rank alike.
 */
import type { BesoinMission } from "./appariement";
import type { Mission } from "./mission";
import { estDatee } from "./sessions";

export function besoinDeLaMission(m: Pick<Mission, "domaines" | "langues" | "pays" | "sessions" | "nombreExperts">): BesoinMission {
  return {
    domaines: m.domaines.map((d) => ({ code: d.code, ...(d.niveauMin ? { niveauMin: d.niveauMin } : {}) })),
    langues: m.langues.map((l) => ({ code: l.code, niveau: l.niveau })),
    pays: m.pays ?? "",
    sessions: m.sessions.map((s) => (estDatee(s) ? { debut: s.debut, fin: s.fin } : { jours: s.jours })),
    nombreExperts: m.nombreExperts,
  };
}
