import type { Db } from "../../db/client";
import { listerPays } from "../../db/repositories/pays";

export function creerServicePays({ db }: { db: Db }) {
  return {
    async lister(q?: string) {
      const liste = await listerPays(db, q);
      return { resultats: liste.map(({ code, codeAlpha3, codeNumerique, nom, nomAnglais }) => ({ code, codeAlpha3, codeNumerique, nom, nomAnglais })) };
    },
  };
}
