/**
 * The ranked candidates of a mission (issue 6 §2) for its owner: the matching of the pool
 * (appariement.ts) on what the mission asks (`besoinDeLaMission`), with each candidate's days
 * already staffed over the next twelve months counted from the missions' staffings.
 */
import type { Acteur } from "../../domain/acces";
import type { Proprietaire } from "../../domain/experts";
import { decompterSessions, type Session } from "../../domain/instruments";
import { besoinDeLaMission, LIBELLES_ETAT_CANDIDATURE } from "../../domain/missions";
import { ErreurMetier, introuvable } from "../../domain/shared";
import type { Db } from "../../db/client";
import * as depotCandidatures from "../../db/repositories/candidatures";
import * as depotMissions from "../../db/repositories/missions";
import type { JoursEngages, OptionsApparier, ServiceAppariement } from "./appariement";
import { estProprietaire, missionDeLigne, voitLaMission } from "./missions";

/** The days each profile is staffed for, from today over the next twelve months (working days of metropolitan France). */
export function creerJoursEngages({ db, aujourdhui }: { db: Db; aujourdhui: () => string }): JoursEngages {
  return async (ids) => {
    const du = aujourdhui();
    const au = new Date(Date.parse(`${du}T00:00:00Z`) + 365 * 86_400_000).toISOString().slice(0, 10);
    const parProfil = new Map<string, Session[]>();
    for (const s of await depotCandidatures.sessionsAffecteesDesProfils(db, ids, du, au)) {
      const session: Session = s.jours !== null ? { jours: s.jours } : { debut: s.debut!, fin: s.fin! };
      parProfil.set(s.profil_id, [...(parProfil.get(s.profil_id) ?? []), session]);
    }
    return new Map([...parProfil].map(([id, sessions]) => [id, decompterSessions(sessions, "metropole").jours]));
  };
}

export function creerServiceCandidats({ db, appariement }: { db: Db; appariement: Pick<ServiceAppariement, "apparier"> }) {
  async function classer(trouvee: depotMissions.MissionAvecProjet, options: Pick<OptionsApparier, "limite">) {
    const mission = missionDeLigne(trouvee.mission, await depotMissions.sessionsDeMission(db, trouvee.mission.id));
    const proprietaire: Proprietaire = { id: trouvee.mission.organisationId, type: trouvee.organisationType };
    const resultat = await appariement.apparier(proprietaire, besoinDeLaMission(mission), options);
    // Who already applied (or was proposed), so that the owner opens the candidacy rather than looks for it.
    const candidatures = new Map(
      (await depotCandidatures.listerCandidatures(db, { missionId: trouvee.mission.id })).map((c) => [
        c.profil.id,
        { id: c.candidature.id, etat: c.candidature.etat, etatLibelle: LIBELLES_ETAT_CANDIDATURE[c.candidature.etat] },
      ]),
    );
    return {
      mission: { id: trouvee.mission.id, intitule: mission.intitule, organisation: trouvee.organisationNom },
      ...resultat,
      candidats: resultat.candidats.map((c) => ({ ...c, candidature: candidatures.get(c.id) ?? null })),
    };
  }

  return {
    /** The mission's best candidates with their reasons: for the people who act for its owner only. */
    async candidats(acteur: Acteur, missionId: string, options: Pick<OptionsApparier, "limite"> = {}) {
      const trouvee = await depotMissions.trouverMission(db, missionId);
      if (!trouvee || !voitLaMission(acteur, trouvee.mission)) throw introuvable("Mission");
      if (!estProprietaire(acteur, trouvee.mission.organisationId)) {
        throw new ErreurMetier("interdit", "Seule l'organisation qui publie la mission voit ses candidats proposés.");
      }
      return classer(trouvee, options);
    },

    /** The same ranking, as the mission's owner sees it, for the command line (run on the server, without an account). */
    async candidatsPourLeProprietaire(missionId: string, options: Pick<OptionsApparier, "limite"> = {}) {
      const trouvee = await depotMissions.trouverMission(db, missionId);
      if (!trouvee) throw introuvable("Mission");
      return classer(trouvee, options);
    },
  };
}
export type ServiceCandidats = ReturnType<typeof creerServiceCandidats>;
