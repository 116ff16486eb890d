/**
 * The days an agent gives to a project (LEGAL.md §3, T1–T5) as the services need them: the
 * sessions of every staffing of the agent on the project, read from the database and counted by
 * the domain (`joursSurLeProjet`), and the advisor's instrument for that total.
 */
import {
  type AffectationSurProjet,
  joursFaitsEtRestants,
  joursSurLeProjet,
  type SessionMission,
  situationPourLeConseiller,
  territoireDeLEmployeur,
} from "../../domain/missions";
import { ageAu, type Position } from "../../domain/experts";
import type { Reponse, Seuils } from "../../domain/instruments";
import { ErreurMetier } from "../../domain/shared";
import type { DbOrTx } from "../../db/client";
import * as candidatures from "../../db/repositories/candidatures";
import * as depot from "../../db/repositories/missions";
import type { ServiceConseil } from "../conseil/conseil";

/** A session row as the domain reads it (dated, or a number of days). */
export function sessionDeLigne(s: Pick<depot.LigneSession, "debut" | "fin" | "jours" | "libelle">): SessionMission {
  const libelle = s.libelle ? { libelle: s.libelle } : {};
  return s.debut && s.fin ? { debut: s.debut, fin: s.fin, ...libelle } : { jours: s.jours ?? 0, ...libelle };
}

/** The columns of a session as the domain read it. */
export function colonnesDeSession(s: SessionMission): depot.ColonnesSession {
  return "debut" in s ? { debut: s.debut, fin: s.fin, jours: null, libelle: s.libelle ?? null } : { debut: null, fin: null, jours: s.jours, libelle: s.libelle ?? null };
}

export type ProfilCompte = { id: string; position: Position; dateNaissance: string | null; codeDepartement: string | null };
export type MissionConseillee = { cadre: string | null; hoteType: string | null };

export function creerCalculJours({ conseil, aujourdhui }: { conseil: ServiceConseil; aujourdhui: () => string }) {
  /** The advisor's thresholds (parametres.publicodes): the only place they are set. */
  const seuils = (): Seuils => ({ miseADisposition: conseil.parametre("seuil mise a disposition"), detachement: conseil.parametre("seuil detachement") });

  /** The staffings of the profile on the project (affectee candidacies), each with its mission's sessions. */
  async function affectationsSurProjet(db: DbOrTx, profilId: string, projetId: string): Promise<(AffectationSurProjet & { missionId: string })[]> {
    const affectees = (await candidatures.listerCandidatures(db, { profilId, etats: ["affectee"] })).filter((c) => c.mission.projetId === projetId);
    const sessions = await depot.sessionsDesMissions(db, affectees.map((c) => c.mission.id));
    return affectees.map((c) => ({ missionId: c.mission.id, sessions: (sessions.get(c.mission.id) ?? []).map(sessionDeLigne) }));
  }

  /** The total of sessions, its bracket, what is done and left today, and the next threshold. */
  function bilan(affectations: readonly AffectationSurProjet[], codeDepartement: string | null) {
    const territoire = territoireDeLEmployeur(codeDepartement);
    const s = seuils();
    const total = joursSurLeProjet(affectations, { territoire, seuils: s });
    const { faits, restants, nonDates } = joursFaitsEtRestants(total.sessions, aujourdhui(), territoire);
    const prochain = total.tranche === "T1" ? s.miseADisposition : total.tranche === "T2" ? s.detachement : undefined;
    return {
      jours: total.jours,
      tranche: total.tranche,
      territoire,
      joursFaits: faits,
      joursRestants: restants,
      joursNonDates: nonDates,
      // T2 runs up to the detachment threshold included: the next bracket starts just above it.
      prochainSeuil: prochain === undefined ? null : { seuil: prochain, joursAvant: total.tranche === "T1" ? prochain - total.jours : prochain - total.jours + 0.5 },
      explication: total.decompte.explication,
      sessions: total.sessions,
    };
  }

  /**
   * The advisor's answer for the agent's total on the project; null with the reason when the
   * situation cannot be advised (a staffing whose mission has no session left, no cadre).
   */
  function conseiller(profil: ProfilCompte, mission: MissionConseillee, sessions: readonly SessionMission[]): { conseil: Reponse | null; conseilIndisponible: string | null } {
    if (!mission.cadre) return { conseil: null, conseilIndisponible: "le cadre de la mission n'est pas choisi" };
    const situation = situationPourLeConseiller({
      statut: profil.position,
      territoire: territoireDeLEmployeur(profil.codeDepartement),
      ...(profil.dateNaissance ? { age: ageAu(profil.dateNaissance, aujourdhui()) } : {}),
      cadre: mission.cadre as Parameters<typeof situationPourLeConseiller>[0]["cadre"],
      ...(mission.hoteType ? { hote: { type: mission.hoteType as NonNullable<Parameters<typeof situationPourLeConseiller>[0]["hote"]>["type"] } } : {}),
      sessions,
    });
    try {
      return { conseil: conseil.conseiller(situation), conseilIndisponible: null };
    } catch (e) {
      if (e instanceof ErreurMetier && e.code === "validation") return { conseil: null, conseilIndisponible: e.champs.map((c) => c.message).join(" ; ") || e.message };
      throw e;
    }
  }

  return { seuils, affectationsSurProjet, bilan, conseiller };
}
export type CalculJours = ReturnType<typeof creerCalculJours>;
