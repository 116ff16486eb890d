/**
 * Rate limits on sensitive operations (invitations, tokens, accepting a link), counted in the
 * database so that they hold across restarts and instances. Sign-in has its own, stricter rule
 * (failures only: ./authentification.ts).
 */
import type { Db } from "../../db/client";
import { compterRequete, purgerLimites } from "../../db/repositories/limites";
import { ErreurMetier } from "../../domain/shared";

export type Limite = { nom: string; max: number; fenetreMinutes: number };

/** Old windows are purged now and then, not on every request. */
const PURGE_CHAQUE = 500;

export function creerServiceLimites({ db }: { db: Db }) {
  let depuisPurge = 0;
  return {
    /** Counts this request for `qui` (a person or an address) and refuses it past the limit. */
    async verifier(limite: Limite, qui: string): Promise<void> {
      const compte = await compterRequete(db, `${limite.nom}:${qui}`, limite.fenetreMinutes * 60);
      if (++depuisPurge >= PURGE_CHAQUE) {
        depuisPurge = 0;
        await purgerLimites(db);
      }
      if (compte > limite.max) {
        throw new ErreurMetier(
          "trop_de_requetes",
          `Trop de demandes de ce type : réessayez dans ${limite.fenetreMinutes} minutes au plus.`,
        );
      }
    },
  };
}
export type ServiceLimites = ReturnType<typeof creerServiceLimites>;
