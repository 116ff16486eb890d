/**
 * The demo's procedure cases (issue 7), written inside the demo's transaction (generer-demo.ts),
 * after the missions whose staffings they follow. The stories and their states come from the
 * domain (../../domain/procedures/demo.ts, replayed through each procedure's table); here the
 * parties are found, the pool's agent drawn for a case opened by hand, and the rows written as the
 * procedures' service would have written them: the case, its history (actors: the demo accounts;
 * the pool's agents have none) and the notification of its last step, worded by the service's own
 * function. No audit line, no e-mail, no document: nobody acted, and documents are generated from
 * the case page when someone needs one.
 *
 * Ids are derived from the stories' stable keys: a second run finds every case and adds nothing.
 */
import { and, eq, isNotNull, isNull, sql } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { insererNotifications } from "../../db/repositories/notifications";
import { trouverParReference } from "../../db/repositories/organisations";
import { ajouterHistoriqueProcedure, creerProcedure } from "../../db/repositories/procedures";
import { candidatures, procedures, profilsExperts, utilisateurs } from "../../db/schema";
import {
  type AgentDemo,
  COMPTES_ACTEURS_DEMO,
  COMPTES_PARTENAIRES_DEMO,
  compteActeurDemo,
  missionsDemoParCle,
  OPERATEUR_PROCEDURES_DEMO,
  PROCEDURES_DEMO,
  type ProcedureDemo,
  rejouerProcedure,
} from "../../domain/procedures/demo";
import { aleatoire } from "../../domain/shared";
import { graineDe, uuidDemo } from "./missions-demo";

type AgentTrouve = AgentDemo & { profilId: string; utilisateurId: string | null; candidatureId: string | null };

const COLONNES_AGENT = {
  profilId: profilsExperts.id,
  prenom: profilsExperts.prenom,
  nom: profilsExperts.nom,
  grade: profilsExperts.grade,
  courriel: profilsExperts.courriel,
  utilisateurId: profilsExperts.utilisateurId,
};

/** The agent of the candidacy the case follows: its profile, as the case's data names them. */
async function agentDeLAffectation(tx: Tx, candidatureId: string): Promise<AgentTrouve | undefined> {
  const [a] = await tx.select(COLONNES_AGENT).from(candidatures).innerJoin(profilsExperts, eq(profilsExperts.id, candidatures.profilId)).where(eq(candidatures.id, candidatureId));
  return a?.grade ? { ...a, grade: a.grade, candidatureId } : undefined;
}

/**
 * A titulaire of the employer's pool for a case opened by hand: with a grade, no account, no
 * candidacy and no case yet (each pool agent tells one story), drawn with the demo's seed among
 * them in e-mail order.
 */
async function agentDuVivier(tx: Tx, employeurId: string, cle: string): Promise<AgentTrouve | undefined> {
  const rangs = await tx
    .select(COLONNES_AGENT)
    .from(profilsExperts)
    .where(
      and(
        eq(profilsExperts.organisationId, employeurId),
        eq(profilsExperts.position, "titulaire"),
        isNull(profilsExperts.utilisateurId),
        isNotNull(profilsExperts.grade),
        sql`not exists (select 1 from candidatures c where c.profil_id = ${profilsExperts.id})`,
        sql`not exists (select 1 from procedures p where p.profil_id = ${profilsExperts.id})`,
      ),
    );
  // Sorted here, not by the database: the order of its collation differs between servers.
  rangs.sort((a, b) => (a.courriel < b.courriel ? -1 : a.courriel > b.courriel ? 1 : 0));
  if (rangs.length === 0) return undefined;
  const a = aleatoire(graineDe(`procedure:${cle}`)).choisir(rangs);
  return { ...a, grade: a.grade!, candidatureId: null };
}

async function trouverAgent(tx: Tx, p: ProcedureDemo, employeurId: string): Promise<AgentTrouve | undefined | null> {
  if (p.agent === null) return null;
  if (p.agent === "vivier") return agentDuVivier(tx, employeurId, p.cle);
  const { mission, candidature } = p.agent.affectation;
  return agentDeLAffectation(tx, uuidDemo(`candidature:${mission}/${candidature}`));
}

/**
 * Writes the demo's cases that are not in the database yet; returns how many. Skipped (0) when
 * the operator or the accounts are missing: the demo's organisations and accounts come first. A case whose staffing is not there (a demo database of an older version, where the
 * missions were left as they were) is skipped too.
 */
export async function genererProceduresDemo(tx: Tx, aujourdhui: string): Promise<number> {
  const operateur = await trouverParReference(tx, OPERATEUR_PROCEDURES_DEMO);
  const emails = new Set([...Object.values(COMPTES_PARTENAIRES_DEMO), ...Object.values(COMPTES_ACTEURS_DEMO).flatMap((c) => Object.values(c))]);
  const comptes = new Map<string, string>();
  for (const email of emails) {
    const [u] = await tx.select({ id: utilisateurs.id }).from(utilisateurs).where(eq(utilisateurs.email, email!));
    if (u) comptes.set(email!, u.id);
  }
  if (!operateur || comptes.size < emails.size) return 0;

  const missions = missionsDemoParCle(aujourdhui);
  let ajoutees = 0;
  for (const p of PROCEDURES_DEMO) {
    const id = uuidDemo(`procedure:${p.cle}`);
    const [deja] = await tx.select({ id: procedures.id }).from(procedures).where(eq(procedures.id, id));
    if (deja) continue;
    const employeur = await trouverParReference(tx, p.employeur);
    if (!employeur) continue;
    const agent = await trouverAgent(tx, p, employeur.id);
    if (agent === undefined) continue;
    const mission = typeof p.agent === "object" && p.agent ? missions.get(p.agent.affectation.mission) : undefined;
    const plan = rejouerProcedure(p, { aujourdhui, ...(mission ? { mission } : {}), ...(agent ? { agent } : {}) });
    const acteurId = (par: (typeof plan.historique)[number]["par"]) => {
      if (par === "agent") return agent?.utilisateurId ?? null;
      const email = compteActeurDemo(p.employeur, par);
      return email ? (comptes.get(email) ?? null) : null;
    };

    await creerProcedure(tx, {
      id,
      type: p.type,
      etat: plan.etat,
      intitule: p.intitule,
      organisationId: employeur.id,
      profilId: agent?.profilId ?? null,
      agentId: agent?.utilisateurId ?? null,
      accueilId: p.accueil ? operateur.id : null,
      operateurId: p.operateur ? operateur.id : null,
      candidatureId: agent?.candidatureId ?? null,
      instrumentRecommande: p.instrumentRecommande ?? null,
      justification: null,
      donnees: plan.donnees,
      suivi: plan.suivi,
      creePar: acteurId(plan.historique[0]!.par),
      creeLe: new Date(plan.ouverteLe.horodatage),
      modifieLe: new Date(plan.modifieeLe.horodatage),
    });
    for (const h of plan.historique) {
      await ajouterHistoriqueProcedure(tx, {
        procedureId: id,
        evenement: h.evenement,
        de: h.de,
        vers: h.vers,
        motif: h.motif,
        saisie: h.saisie,
        acteurId: acteurId(h.par),
        horodatage: new Date(h.le.horodatage),
      });
    }
    // The last step's notification, to the demo accounts behind its recipients (not its author).
    const n = plan.notification;
    const auteur = acteurId(n.sauf);
    const destinataires = [...new Set(n.pour.map(acteurId))].filter((u): u is string => u !== null && u !== auteur);
    const creeLe = new Date(n.le.horodatage);
    await insererNotifications(
      tx,
      destinataires.map((utilisateurId) => ({
        utilisateurId,
        type: n.type,
        titre: n.titre,
        texte: n.texte,
        lien: `/procedures/${id}`,
        creeLe,
        lueLe: n.lue ? new Date(creeLe.getTime() + 2 * 3_600_000) : null,
      })),
    );
    ajoutees++;
  }
  return ajoutees;
}
