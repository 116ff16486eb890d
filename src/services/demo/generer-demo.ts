/**
 * Demo data, generated deterministically (fixed seed): run by `vivier seed-demo` and on the first
 * start of an empty database in demo mode. Running it again changes nothing. Later capabilities
 * extend it (accounts, experts, missions).
 */
import { and, asc, eq, gt, isNull, like } from "drizzle-orm";
import { choisirCollectivitesDemo, COMPTES_DEMO, GRAINE_DEMO, MOT_DE_PASSE_DEMO, ORGANISATIONS_DEMO } from "../../domain/organisations";
import { ajouterAppartenance, enregistrerUtilisateur } from "../../db/repositories/comptes";
import { hacher } from "../acces/mots-de-passe";
import { aleatoire } from "../../domain/shared";
import type { Db } from "../../db/client";
import { noterChargement, versionChargee } from "../../db/repositories/donnees-reference";
import { enregistrerParReference, trouverParReference } from "../../db/repositories/organisations";
import { organisations } from "../../db/schema";

/** Bump when the demo changes, so that `seed-demo` brings existing demo databases up to date. */
export const VERSION_DEMO = "2";

export type BilanDemo = { organisations: number; collectivites: string[]; comptes: number };

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
    const collectivites: string[] = [];
    for (const reference of references) {
      const c = await trouverParReference(tx, reference);
      if (c) collectivites.push(c.nom);
    }
    const hash = await hacher(MOT_DE_PASSE_DEMO);
    for (const compte of COMPTES_DEMO) {
      const utilisateur = await enregistrerUtilisateur(tx, { email: compte.email, prenom: compte.prenom, nom: compte.nom, motDePasseHash: hash, emailVerifie: true });
      for (const [reference, role] of compte.roles) {
        const organisation = await trouverParReference(tx, reference);
        if (organisation) await ajouterAppartenance(tx, { utilisateurId: utilisateur.id, organisationId: organisation.id, role });
      }
    }
    await noterChargement(tx, "demo", VERSION_DEMO, ORGANISATIONS_DEMO.length);
    return { organisations: ORGANISATIONS_DEMO.length, collectivites, comptes: COMPTES_DEMO.length };
  });
}
