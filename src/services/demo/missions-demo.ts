/**
 * The demo's projects, missions, candidacies and staffings (issue 6), written inside the demo's
 * transaction (generer-demo.ts). The stories and their states come from the domain
 * (../../domain/missions/demo.ts, replayed through the state tables); here the pool's agents are
 * drawn and the rows written as the services would have written them: the state, its history rows
 * (actors: the demo accounts), a few notifications. No e-mail, no audit line: nobody acted.
 *
 * Ids are derived from the stories' stable keys, so a second run finds every project and mission
 * and adds nothing; a mission already there is left as it is, with its candidacies.
 */
import crypto from "node:crypto";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { ajouterHistoriqueCandidature, creerCandidature } from "../../db/repositories/candidatures";
import { ajouterHistoriqueMission, remplacerSessions } from "../../db/repositories/missions";
import { insererNotifications } from "../../db/repositories/notifications";
import { trouverParReference } from "../../db/repositories/organisations";
import { trouverProfilDeUtilisateur } from "../../db/repositories/profils";
import { missions, profilsExperts, projets, utilisateurs } from "../../db/schema";
import type { Proprietaire } from "../../domain/experts";
import { type Mission, profilVisibleDuProprietaire } from "../../domain/missions";
import {
  COMPTE_AGENTE_DEMO,
  type CandidaturePlanifiee,
  employeurDemo,
  EMPLOYEURS_DEMO,
  type ExpertDemo,
  type MissionPlanifiee,
  planifierMissionsDemo,
  PROPRIETAIRES_DEMO,
  texteNotificationDemo,
} from "../../domain/missions/demo";
import { GRAINE_DEMO } from "../../domain/organisations";
import { aleatoire } from "../../domain/shared";
import { colonnesDeSession } from "../missions/jours";
import { colonnesDeMission } from "../missions/missions";

export type BilanMissionsDemo = { projets: number; missions: number; candidatures: number };

/** A UUID (version 8, RFC 9562) derived from a stable key: the same on every machine and every run. */
export function uuidDemo(cle: string): string {
  const h = crypto.createHash("sha256").update(`vivier-demo:${cle}`).digest().subarray(0, 16);
  h[6] = (h[6]! & 0x0f) | 0x80;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.toString("hex");
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

type ProfilTire = { id: string; prenom: string; nom: string };

/** A seed of its own for each mission: a mission added by a later version of the demo draws the same agents as on a new database. */
export const graineDe = (cle: string) => GRAINE_DEMO + crypto.createHash("sha256").update(cle).digest().readUInt16BE(0);

/**
 * An agent of the employer's pool for the candidacy: one the mission's owner may see (the agent's
 * consent, as for a real candidacy), a retiree or an active titulaire as the story wants, with
 * one of the mission's domains when the pool has one, and with no candidacy yet (each pool agent
 * tells one story). Drawn with the demo's seed among them, in e-mail order.
 */
async function tirerAgent(tx: Tx, employeurId: string, expert: Exclude<ExpertDemo, "agente">, proprietaire: Proprietaire, mission: Mission, alea: ReturnType<typeof aleatoire>) {
  const rangs = await tx
    .select({
      id: profilsExperts.id,
      prenom: profilsExperts.prenom,
      nom: profilsExperts.nom,
      courriel: profilsExperts.courriel,
      visibilite: profilsExperts.visibilite,
      domainesCodes: profilsExperts.domainesCodes,
    })
    .from(profilsExperts)
    .where(
      and(
        eq(profilsExperts.organisationId, employeurId),
        isNull(profilsExperts.utilisateurId),
        eq(profilsExperts.position, expert.retraite ? "retraite" : "titulaire"),
        sql`not exists (select 1 from candidatures c where c.profil_id = ${profilsExperts.id})`,
      ),
    );
  // Sorted here, not by the database: the order of its collation differs between servers.
  rangs.sort((a, b) => (a.courriel < b.courriel ? -1 : a.courriel > b.courriel ? 1 : 0));
  const visibles = rangs.filter((p) => profilVisibleDuProprietaire(proprietaire, { organisationId: employeurId, visibilite: p.visibilite }));
  const codes = mission.domaines.map((d) => d.code);
  const duMetier = visibles.filter((p) => p.domainesCodes.some((c) => codes.includes(c)));
  const parmi = duMetier.length ? duMetier : visibles;
  if (parmi.length === 0) throw new Error(`démonstration : aucun agent du vivier pour « ${mission.intitule} »`);
  return alea.choisir(parmi);
}

/**
 * Writes the demo's projects and missions that are not in the database yet. Skipped (zeros) when
 * the demo's organisations, accounts or the demo agent's profile are missing: they come first.
 */
export async function genererMissionsDemo(tx: Tx, aujourdhui: string): Promise<BilanMissionsDemo> {
  const bilan: BilanMissionsDemo = { projets: 0, missions: 0, candidatures: 0 };
  const emails = [...Object.values(PROPRIETAIRES_DEMO).map((p) => p.compte), ...Object.values(EMPLOYEURS_DEMO), COMPTE_AGENTE_DEMO];
  const comptes = new Map(
    (await tx.select({ id: utilisateurs.id, email: utilisateurs.email }).from(utilisateurs).where(inArray(utilisateurs.email, emails))).map((u) => [u.email, u.id]),
  );
  const organisations = new Map<string, { id: string; type: Proprietaire["type"] }>();
  for (const reference of [...Object.values(PROPRIETAIRES_DEMO).map((p) => p.organisation), ...Object.keys(EMPLOYEURS_DEMO)]) {
    const o = await trouverParReference(tx, reference);
    if (o) organisations.set(reference, { id: o.id, type: o.type });
  }
  const agente = comptes.get(COMPTE_AGENTE_DEMO);
  const profilAgente = agente ? await trouverProfilDeUtilisateur(tx, agente) : undefined;
  if (!agente || !profilAgente || emails.some((e) => !comptes.has(e)) || organisations.size < Object.keys(EMPLOYEURS_DEMO).length + 2) return bilan;
  const [agenteNom] = await tx.select({ prenom: profilsExperts.prenom, nom: profilsExperts.nom }).from(profilsExperts).where(eq(profilsExperts.id, profilAgente));

  for (const projet of planifierMissionsDemo(aujourdhui)) {
    const proprietaire = PROPRIETAIRES_DEMO[projet.proprietaire];
    const organisation = organisations.get(proprietaire.organisation)!;
    const acteurProprietaire = comptes.get(proprietaire.compte)!;
    const projetId = uuidDemo(`projet:${projet.cle}`);
    const [existe] = await tx.select({ id: projets.id }).from(projets).where(eq(projets.id, projetId));
    if (!existe) {
      await tx.insert(projets).values({
        id: projetId,
        organisationId: organisation.id,
        intitule: projet.intitule,
        programme: projet.programme,
        bailleur: projet.bailleur,
        description: projet.description,
        creePar: acteurProprietaire,
        creeLe: new Date(projet.creeLe.horodatage),
        modifieLe: new Date(projet.creeLe.horodatage),
      });
      bilan.projets++;
    }

    for (const m of projet.missions) {
      const missionId = uuidDemo(`mission:${m.cle}`);
      const [deja] = await tx.select({ id: missions.id }).from(missions).where(eq(missions.id, missionId));
      if (deja) continue;
      await ecrireMission(tx, m, { missionId, projetId, organisation, acteurProprietaire });
      bilan.missions++;

      // The candidacies: the demo agent's own profile, or an agent drawn from the employer's pool.
      const alea = aleatoire(graineDe(m.cle));
      for (const c of m.candidatures) {
        const employeur = employeurDemo(c.expert);
        const profil: ProfilTire =
          c.expert === "agente"
            ? { id: profilAgente, prenom: agenteNom!.prenom, nom: agenteNom!.nom }
            : await tirerAgent(tx, organisations.get(employeur)!.id, c.expert, organisation, m.mission, alea);
        const acteurs = { expert: c.expert === "agente" ? agente : null, rh: comptes.get(EMPLOYEURS_DEMO[employeur])!, proprietaire: acteurProprietaire };
        const candidatureId = uuidDemo(`candidature:${m.cle}/${c.cle}`);
        await ecrireCandidature(tx, c, { candidatureId, missionId, profilId: profil.id, acteurs });
        bilan.candidatures++;
        await insererNotifications(
          tx,
          m.notifications
            .filter((n) => n.candidature === c.cle)
            .map((n) => {
              const creeLe = new Date(n.le.horodatage);
              return {
                utilisateurId: acteurs[n.pour]!,
                ...texteNotificationDemo(n, c, `${profil.prenom} ${profil.nom}`, m.mission.intitule),
                lien: `/candidatures/${candidatureId}`,
                creeLe,
                // Read two hours later, for the ones the story marks read.
                lueLe: n.lue ? new Date(creeLe.getTime() + 2 * 3_600_000) : null,
              };
            }),
        );
      }
    }
  }
  return bilan;
}

async function ecrireMission(
  tx: Tx,
  m: MissionPlanifiee,
  { missionId, projetId, organisation, acteurProprietaire }: { missionId: string; projetId: string; organisation: { id: string }; acteurProprietaire: string },
) {
  const publieeLe = m.publieeLe ? new Date(m.publieeLe.horodatage) : null;
  await tx.insert(missions).values({
    id: missionId,
    projetId,
    organisationId: organisation.id,
    etat: m.etat,
    ...colonnesDeMission(m.mission),
    publieeLe,
    // Announced when published: the alerts' job does not e-mail the pool about the demo's missions on the first start.
    alertesEnvoyeesLe: publieeLe,
    creePar: acteurProprietaire,
    creeLe: new Date(m.creeeLe.horodatage),
    modifieLe: new Date(m.modifieeLe.horodatage),
  });
  await remplacerSessions(tx, missionId, m.mission.sessions.map(colonnesDeSession));
  for (const h of m.historique) {
    await ajouterHistoriqueMission(tx, { missionId, evenement: h.evenement, de: h.de, vers: h.vers, motif: h.motif, acteurId: acteurProprietaire, horodatage: new Date(h.le.horodatage) });
  }
}

async function ecrireCandidature(
  tx: Tx,
  c: CandidaturePlanifiee,
  { candidatureId, missionId, profilId, acteurs }: { candidatureId: string; missionId: string; profilId: string; acteurs: Record<"expert" | "rh" | "proprietaire", string | null> },
) {
  await creerCandidature(tx, {
    id: candidatureId,
    missionId,
    profilId,
    etat: c.etat,
    accordEmployeur: c.accordEmployeur,
    motif: c.motif,
    deposeePar: acteurs[c.deposeePar],
    creeLe: new Date(c.creeeLe.horodatage),
    modifieLe: new Date(c.modifieeLe.horodatage),
  });
  // The pool's agents have no account: their own steps carry no actor.
  await ajouterHistoriqueCandidature(
    tx,
    c.historique.map((h) => ({
      candidatureId,
      evenement: h.evenement,
      de: h.de,
      vers: h.vers,
      accordDe: h.accordDe,
      accordVers: h.accordVers,
      motif: h.motif,
      acteurId: h.acteur ? acteurs[h.acteur] : null,
      horodatage: new Date(h.le.horodatage),
    })),
  );
}
