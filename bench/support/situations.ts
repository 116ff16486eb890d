/**
 * Varied, realistic situations for the advisor's benchmarks, from a seeded generator (the same
 * 10,000 every run): statuses, frameworks and hosts in plausible proportions, one to four
 * sessions given as dates (2026–2027, any territory) or as numbers of days (half days included).
 */
import { aleatoire } from "../../src/domain/shared";

type Pondere<T> = [T, number][];

export function genererSituations(nombre: number, graine = 20_261_126): unknown[] {
  const alea = aleatoire(graine);
  const tirer = <T>(choix: Pondere<T>): T => {
    const total = choix.reduce((s, [, p]) => s + p, 0);
    let r = alea.suivant() * total;
    for (const [v, p] of choix) if ((r -= p) < 0) return v;
    return choix[choix.length - 1]![0];
  };
  const entier = (min: number, max: number) => alea.entier(min, max);
  const date = (jour: number) => new Date(Date.UTC(2026, 0, 1) + jour * 86_400_000).toISOString().slice(0, 10);

  return Array.from({ length: nombre }, () => {
    const sessions = Array.from({ length: entier(1, 4) }, () => {
      if (alea.suivant() < 0.5) return { jours: tirer<number>([[entier(1, 5), 5], [entier(6, 40), 4], [entier(41, 200), 1]]) + (alea.suivant() < 0.2 ? 0.5 : 0) };
      const debut = entier(0, 700);
      return { debut: date(debut), fin: date(debut + tirer<number>([[entier(0, 6), 6], [entier(7, 30), 3], [entier(31, 200), 1]])) };
    });
    const statut = tirer([["titulaire", 50], ["contractuel_cdi", 15], ["contractuel_cdd", 10], ["stagiaire", 5], ["retraite", 8], ["elu", 7], ["partenaire", 5]]);
    const hote = tirer<string | undefined>([[undefined, 30], ["operateur_public", 25], ["organisation_internationale", 10], ["institution_ue", 8], ["etat_etranger", 10], ["administration_etrangere", 10], ["operateur_prive", 7]]);
    return {
      agent: {
        statut,
        territoire: tirer([["metropole", 80], ["57", 3], ["67", 3], ["68", 2], ["971", 2], ["972", 2], ["973", 2], ["974", 3], ["976", 1], ["977", 1], ["978", 1]]),
        ...(alea.suivant() < 0.3 ? { age: entier(25, 72) } : {}),
      },
      cadre: tirer([["operateur", 60], ["cooperation_decentralisee", 25], ["expe_ct", 15]]),
      ...(hote ? { hote: { type: hote } } : {}),
      sessions,
      ...(alea.suivant() < 0.2 ? { surTempsDeTravail: true } : {}),
    };
  });
}
