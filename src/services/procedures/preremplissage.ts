/**
 * A new case starts with what Vivier already knows, so that nobody types it twice: the agent's
 * identity and grade from their profile, the names of the employer, the host and the partner
 * operator, and, when the case starts from a staffing, the mission's object, country and dates. Everything stays editable;
 * what is missing is listed on the case (`manquants`).
 */
import type { TypeProcedure } from "../../domain/procedures";
import type { DbOrTx } from "../../db/client";
import * as depotMissions from "../../db/repositories/missions";
import * as depotOrganisations from "../../db/repositories/organisations";
import * as depotProfils from "../../db/repositories/profils";

type Parties = { organisationId: string; profilId?: string | null; accueilId?: string | null; operateurId?: string | null; candidatureId?: string | null };

const sansVides = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null && v !== ""));

export async function preremplir(db: DbOrTx, type: TypeProcedure, p: Parties, missionId?: string): Promise<Record<string, unknown>> {
  const profil = p.profilId ? (await depotProfils.trouverProfil(db, p.profilId))?.profil : undefined;
  const nomDe = async (id: string | null | undefined) => (id ? (await depotOrganisations.trouverParId(db, id))?.nom : undefined);
  const employeur = await nomDe(p.organisationId);
  const accueil = await nomDe(p.accueilId);
  const mission = missionId ? (await depotMissions.trouverMission(db, missionId))?.mission : undefined;
  const agent = profil ? sansVides({ nom: profil.nom, prenom: profil.prenom, grade: profil.grade }) : undefined;
  switch (type) {
    case "cumul_activites":
      return sansVides({
        expert: profil ? sansVides({ nom: profil.nom, prenom: profil.prenom, grade: profil.grade, courriel: profil.courriel, telephone: profil.telephone }) : undefined,
        activiteAccessoire: mission ? sansVides({ description: mission.intitule, organisme: accueil ? { identite: accueil } : undefined }) : undefined,
      });
    case "mise_a_disposition":
      return sansVides({
        agent: profil ? sansVides({ ...agent, statut: profil.position }) : undefined,
        employeur: employeur ? { nom: employeur } : undefined,
        accueil: accueil ? sansVides({ nom: accueil, type: mission?.hoteType }) : undefined,
        activites: mission?.termesDeReference ?? mission?.intitule,
      });
    case "detachement":
      return sansVides({
        agent: profil ? sansVides({ ...agent, statut: profil.position }) : undefined,
        accueil: accueil ? sansVides({ nom: accueil, type: mission?.hoteType }) : undefined,
        fonctions: mission?.termesDeReference ?? mission?.intitule,
      });
    case "ordre_de_mission":
      return sansVides({
        agent,
        cadre: mission?.cadre,
        objet: mission?.intitule,
        destination: mission?.pays ? { pays: mission.pays } : undefined,
      });
    case "convention_partenariat": {
      const operateur = await nomDe(p.operateurId);
      return sansVides({ collectivite: employeur ? { nom: employeur } : undefined, operateur: operateur ? { nom: operateur } : undefined });
    }
  }
}
