/**
 * Demo data, generated deterministically (fixed seed): run by `vivier seed-demo` and on the first
 * start of an empty database in demo mode. Running it again changes nothing. Later capabilities
 * extend it (accounts, experts, missions: missions-demo.ts, procedures: procedures-demo.ts).
 */
import { and, asc, eq, gt, isNull, like } from "drizzle-orm";
import { choisirCollectivitesDemo, COMPTES_DEMO, GRAINE_DEMO, MOT_DE_PASSE_DEMO, ORGANISATIONS_DEMO } from "../../domain/organisations";
import { ajouterAppartenance, enregistrerUtilisateur } from "../../db/repositories/comptes";
import { hacher } from "../acces/mots-de-passe";
import { aleatoire } from "../../domain/shared";
import type { Db } from "../../db/client";
import { noterChargement, versionChargee } from "../../db/repositories/donnees-reference";
import { enregistrerParReference, type Organisation, trouverParReference } from "../../db/repositories/organisations";
import { insererProfils } from "../../db/repositories/profils";
import { aInserer, genererProfils, indexer, PROFIL_DEMO_AGENT } from "../../domain/experts";
import type { Tx } from "../../db/client";
import { organisations } from "../../db/schema";
import { aujourdhuiEnFrance } from "../conseil/conseil";
import { genererMissionsDemo } from "./missions-demo";
import { genererProceduresDemo } from "./procedures-demo";

/** Bump when the demo changes, so that `seed-demo` brings existing demo databases up to date. */
export const VERSION_DEMO = "5";

/** What a run wrote: profiles, projects, missions, candidacies and procedures count those added by this run (0 on a second run). */
export type BilanDemo = { organisations: number; collectivites: string[]; comptes: number; profils: number; projets: number; missions: number; candidatures: number; procedures: number };

/** How many profiles of the pool each demo collectivité has (2,000 in all). */
const PROFILS_PAR_COLLECTIVITE = [450, 400, 300, 250, 150, 150, 150, 150];

/** Whether this version of the demo is in the database (a newer one is generated over an older). */
export async function demoDejaGeneree(db: Db): Promise<boolean> {
  return (await versionChargee(db, "demo")) === VERSION_DEMO;
}

export async function genererDemo(db: Db): Promise<BilanDemo> {
  return db.transaction(async (tx) => {
    for (const o of ORGANISATIONS_DEMO) {
      await enregistrerParReference(tx, { ...o });
    }
    // Communes of more than 20,000 inhabitants, in INSEE code order: a stable list to draw from.
    const candidates = await tx
      .select({ reference: organisations.reference })
      .from(organisations)
      .where(and(eq(organisations.categorie, "commune"), gt(organisations.population, 20_000), isNull(organisations.fermeeLe), like(organisations.reference, "cog:%")))
      .orderBy(asc(organisations.codeInsee));
    const references = choisirCollectivitesDemo(
      candidates.map((c) => c.reference!).filter(Boolean),
      aleatoire(GRAINE_DEMO),
    );
    const collectivites: Organisation[] = [];
    for (const reference of references) {
      const c = await trouverParReference(tx, reference);
      if (c) collectivites.push(c);
    }
    const hash = await hacher(MOT_DE_PASSE_DEMO);
    const comptes = new Map<string, string>();
    for (const compte of COMPTES_DEMO) {
      const utilisateur = await enregistrerUtilisateur(tx, { email: compte.email, prenom: compte.prenom, nom: compte.nom, motDePasseHash: hash, emailVerifie: true });
      comptes.set(compte.email, utilisateur.id);
      for (const [reference, role] of compte.roles) {
        const organisation = await trouverParReference(tx, reference);
        if (organisation) await ajouterAppartenance(tx, { utilisateurId: utilisateur.id, organisationId: organisation.id, role });
      }
    }
    const profils = await genererVivierDemo(tx, collectivites, comptes.get(PROFIL_DEMO_AGENT.courriel));
    const aujourdhui = aujourdhuiEnFrance();
    const missions = await genererMissionsDemo(tx, aujourdhui);
    const procedures = await genererProceduresDemo(tx, aujourdhui);
    await noterChargement(tx, "demo", VERSION_DEMO, ORGANISATIONS_DEMO.length);
    return { organisations: ORGANISATIONS_DEMO.length, collectivites: collectivites.map((c) => c.nom), comptes: COMPTES_DEMO.length, profils, ...missions, procedures };
  });
}

/**
 * The demo pool: the demo agent's own profile (claimed, shown to operators), then 2,000 generated
 * profiles over the demo collectivités. Profiles are keyed by e-mail: a second run adds nothing.
 */
async function genererVivierDemo(tx: Tx, collectivites: Organisation[], agentId: string | undefined): Promise<number> {
  const alea = aleatoire(GRAINE_DEMO + 5);
  const aujourdhui = new Date().toISOString().slice(0, 10);
  const saintEtienne = collectivites.find((c) => c.reference === "cog:commune:42218");
  let ajoutes = 0;
  if (saintEtienne && agentId) {
    ajoutes += await insererProfils(tx, saintEtienne, [
      { profil: PROFIL_DEMO_AGENT, indexation: indexer(PROFIL_DEMO_AGENT), visibilite: "operateurs", maintienApresRetraite: false, utilisateurId: agentId },
    ]);
  }
  for (const [i, c] of collectivites.entries()) {
    const domaine = `${(c.nomCourt ?? c.nom).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z]+/g, "-")}.demo.vivier.test`;
    const generes = genererProfils(alea, PROFILS_PAR_COLLECTIVITE[i] ?? 100, { domaine }, aujourdhui);
    ajoutes += await insererProfils(
      tx,
      c,
      generes.map((g) => aInserer(g)),
    );
  }
  return ajoutes;
}
