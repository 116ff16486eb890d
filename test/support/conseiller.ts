/** The advisor on the real rules, and a builder of situations for tests. */
import { creerConseiller, lireSituation, type SituationSaisie } from "../../src/domain/instruments";
import { chargerRegles } from "../../src/services/conseil/regles";

let conseiller: ReturnType<typeof creerConseiller> | undefined;
export const conseillerDeTest = () => (conseiller ??= creerConseiller(chargerRegles()));

export const AUJOURDHUI = "2026-11-26";

type Agent = SituationSaisie["agent"];

/** `uneSituation().operateur().jours(20).agent("contractuel_cdd").conseil()` */
export function uneSituation(base: Partial<SituationSaisie> = {}) {
  const s: SituationSaisie = { agent: { statut: "titulaire" }, cadre: "operateur", sessions: [{ jours: 1 }], ...base };
  const suite = {
    agent: (statut: Agent["statut"], autre: Partial<Agent> = {}) => ((s.agent = { ...s.agent, statut, ...autre }), suite),
    cadre: (cadre: SituationSaisie["cadre"]) => ((s.cadre = cadre), suite),
    operateur: () => suite.cadre("operateur"),
    hote: (type: NonNullable<SituationSaisie["hote"]>["type"]) => ((s.hote = { type }), suite),
    jours: (...jours: number[]) => ((s.sessions = jours.map((j) => ({ jours: j }))), suite),
    du: (debut: string, fin: string) => ((s.sessions = [{ debut, fin }]), suite),
    sessions: (sessions: SituationSaisie["sessions"]) => ((s.sessions = sessions), suite),
    surTempsDeTravail: () => ((s.surTempsDeTravail = true), suite),
    saisie: () => s,
    conseil: () => {
      const lue = lireSituation(s);
      if (!lue.ok) throw new Error(JSON.stringify(lue.erreurs));
      return conseillerDeTest().conseiller(lue.situation, AUJOURDHUI);
    },
  };
  return suite;
}
export { chargerRegles } from "../../src/services/conseil/regles";
