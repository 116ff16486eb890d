import type { Database } from "../db/client";

export function creerServiceSante({ database }: { database: Database }) {
  return {
    /** Whether the database answers within two seconds. */
    async verifier(): Promise<{ ok: true } | { ok: false; raison: string }> {
      try {
        await database.ping(2000);
        return { ok: true };
      } catch (e) {
        return { ok: false, raison: e instanceof Error ? e.message : String(e) };
      }
    },
    base: database.kind,
  };
}
