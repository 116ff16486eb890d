/**
 * The advisor as a use case: the same answer for the API, the CLI and the web simulator. The rules
 * are read and parsed once per process; each answer reuses the engine.
 */
import { creerConseiller, lireSituation, type Reponse } from "../../domain/instruments";
import { invalide } from "../../domain/shared";
import { chargerRegles } from "./regles";

const JOUR_EN_FRANCE = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Paris" });
/** Today in France: an answer "for today" must not change at midnight UTC. */
export const aujourdhuiEnFrance = () => JOUR_EN_FRANCE.format(new Date());

export function creerServiceConseil() {
  let conseiller: ReturnType<typeof creerConseiller> | undefined;
  const moteur = () => (conseiller ??= creerConseiller(chargerRegles()));
  return {
    /** The answer, or a validation error listing every invalid field. */
    conseiller(entree: unknown): Reponse {
      const lue = lireSituation(entree);
      if (!lue.ok) throw invalide(lue.erreurs, "La situation décrite est incomplète ou invalide.");
      return moteur().conseiller(lue.situation, aujourdhuiEnFrance());
    },
    /** A parameter of the rules (thresholds, age limit), for the rest of the platform. */
    parametre: (nom: string) => moteur().parametre(nom),
  };
}
export type ServiceConseil = ReturnType<typeof creerServiceConseil>;
