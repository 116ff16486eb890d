/**
 * A small seeded pseudo-random generator (mulberry32), so that demo data and benchmark data are
 * the same on every machine and every run.
 */
export type Aleatoire = {
  /** A float in [0, 1). */
  suivant(): number;
  entier(min: number, maxInclus: number): number;
  choisir<T>(valeurs: readonly T[]): T;
  /** `n` distinct values, in a stable order. */
  echantillon<T>(valeurs: readonly T[], n: number): T[];
};

export function aleatoire(graine: number): Aleatoire {
  let etat = graine >>> 0;
  const suivant = () => {
    etat = (etat + 0x6d2b79f5) >>> 0;
    let t = etat;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const entier = (min: number, maxInclus: number) => min + Math.floor(suivant() * (maxInclus - min + 1));
  return {
    suivant,
    entier,
    choisir: (valeurs) => {
      if (valeurs.length === 0) throw new Error("choisir dans une liste vide");
      return valeurs[entier(0, valeurs.length - 1)]!;
    },
    echantillon: (valeurs, n) => {
      const copie = [...valeurs];
      for (let i = copie.length - 1; i > 0; i--) {
        const j = entier(0, i);
        [copie[i], copie[j]] = [copie[j]!, copie[i]!];
      }
      return copie.slice(0, n);
    },
  };
}
