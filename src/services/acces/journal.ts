/**
 * Reading the audit trail: an organisation's administrators read their organisation's entries,
 * the platform administrator reads all of them. Nobody writes here: entries are added by the
 * use cases themselves (./audit.ts).
 */
import { type Acteur, exigerAutorisation } from "../../domain/acces";
import type { Db } from "../../db/client";
import { listerAudit } from "../../db/repositories/comptes";

export function creerServiceJournal({ db }: { db: Db }) {
  return {
    async lire(acteur: Acteur, demande: { organisationId?: string | undefined; page: number; parPage: number }) {
      // Without a filter, an organisation's administrator reads their own organisation.
      const plateforme = acteur.role === "administrateur";
      const organisationId = demande.organisationId ?? (plateforme ? undefined : acteur.organisationId);
      exigerAutorisation(acteur, "audit.lire", { organisationId: organisationId ?? null });
      const { total, entrees } = await listerAudit(db, { organisationId, limite: demande.parPage, decalage: (demande.page - 1) * demande.parPage });
      return {
        total,
        page: demande.page,
        parPage: demande.parPage,
        resultats: entrees.map((e) => ({ ...e, horodatage: e.horodatage.toISOString() })),
      };
    },
  };
}
