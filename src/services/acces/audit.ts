/**
 * The audit trail: every write records who did it, for which organisation, what, on which record,
 * when, under which request, with a summary of the change — in the same transaction as the change.
 * Summaries never carry secrets (passwords, tokens): callers pass only what a reader may see.
 */
import type { DbOrTx } from "../../db/client";
import { ecrireAudit } from "../../db/repositories/comptes";

export type Contexte = {
  acteurId: string | null;
  organisationId: string | null;
  requestId: string | null;
};

export async function journaliser(
  tx: DbOrTx,
  contexte: Contexte,
  action: string,
  cible: { type: string; id?: string | null },
  resume: Record<string, unknown> = {},
): Promise<void> {
  await ecrireAudit(tx, {
    acteurId: contexte.acteurId,
    organisationId: contexte.organisationId,
    requestId: contexte.requestId,
    action,
    cibleType: cible.type,
    cibleId: cible.id ?? null,
    resume,
  });
}
