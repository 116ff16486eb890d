/**
 * Password rules (ANSSI and CNIL recommendations for a password alone: length first). The list of
 * common passwords is given by the caller (it is data, read from a file by the service).
 */
export const LONGUEUR_MINIMALE = 12;
export const LONGUEUR_MAXIMALE = 256;

export type VerificationMotDePasse = { ok: true } | { ok: false; message: string };

/** Lower-cased, accents removed: "Soleil2024!" and "soleil2024!" are the same common password. */
export function formeCanonique(motDePasse: string): string {
  return motDePasse.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase();
}

export function verifierMotDePasse(motDePasse: string, estCourant: (forme: string) => boolean, email?: string): VerificationMotDePasse {
  const longueur = [...motDePasse].length;
  if (longueur < LONGUEUR_MINIMALE) {
    return { ok: false, message: `Le mot de passe doit compter au moins ${LONGUEUR_MINIMALE} caractères (${longueur} saisis).` };
  }
  if (longueur > LONGUEUR_MAXIMALE) return { ok: false, message: `Le mot de passe ne peut dépasser ${LONGUEUR_MAXIMALE} caractères.` };
  const forme = formeCanonique(motDePasse);
  if (estCourant(forme)) {
    return { ok: false, message: "Ce mot de passe figure dans les listes de mots de passe les plus courants : choisissez-en un autre." };
  }
  if (new Set(forme).size <= 2) return { ok: false, message: "Ce mot de passe répète trop les mêmes caractères." };
  const local = email?.split("@")[0]?.toLowerCase();
  if (local && local.length >= 4 && forme.includes(formeCanonique(local))) {
    return { ok: false, message: "Le mot de passe ne doit pas contenir votre adresse électronique." };
  }
  return { ok: true };
}
