import { and, asc, count, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { appartenances, utilisateurs } from "../schema";

type Role = (typeof appartenances.$inferSelect)["role"];

/** An organisation's members, one line per person with all their roles there. */
export async function listerMembres(db: DbOrTx, organisationId: string) {
  return db
    .select({
      utilisateurId: utilisateurs.id,
      email: utilisateurs.email,
      prenom: utilisateurs.prenom,
      nom: utilisateurs.nom,
      desactiveLe: utilisateurs.desactiveLe,
      roles: sql<Role[]>`array_agg(${appartenances.role} order by ${appartenances.role})`,
      depuis: sql<Date>`min(${appartenances.creeLe})`.mapWith((v: string | Date) => new Date(v)),
    })
    .from(appartenances)
    .innerJoin(utilisateurs, eq(utilisateurs.id, appartenances.utilisateurId))
    .where(eq(appartenances.organisationId, organisationId))
    .groupBy(utilisateurs.id)
    .orderBy(asc(utilisateurs.nom), asc(utilisateurs.prenom));
}

export async function rolesDansOrganisation(db: DbOrTx, utilisateurId: string, organisationId: string): Promise<Role[]> {
  const lignes = await db
    .select({ role: appartenances.role })
    .from(appartenances)
    .where(and(eq(appartenances.utilisateurId, utilisateurId), eq(appartenances.organisationId, organisationId)));
  return lignes.map((l) => l.role);
}

export async function retirerAppartenance(tx: DbOrTx, utilisateurId: string, organisationId: string, role: Role): Promise<boolean> {
  const lignes = await tx
    .delete(appartenances)
    .where(and(eq(appartenances.utilisateurId, utilisateurId), eq(appartenances.organisationId, organisationId), eq(appartenances.role, role)))
    .returning({ id: appartenances.id });
  return lignes.length > 0;
}

/**
 * How many administrators the organisation has, counted after locking its administrator rows, so
 * that two concurrent removals cannot both leave it without one.
 */
export async function compterAdministrateurs(tx: DbOrTx, organisationId: string): Promise<number> {
  await tx.execute(
    sql`select id from appartenances where organisation_id = ${organisationId} and role = 'administrateur_organisation' for update`,
  );
  const [ligne] = await tx
    .select({ n: count() })
    .from(appartenances)
    .where(and(eq(appartenances.organisationId, organisationId), eq(appartenances.role, "administrateur_organisation")));
  return Number(ligne?.n ?? 0);
}
