/**
 * Alerts (issue 6 §3): a published mission is announced to the experts it fits, and an operator
 * is told of the new profiles that fit a search they saved — each person by the channel they chose:
 * at once, in a daily digest, or never. The notification in the application follows the same
 * choice as the e-mail: "never" means no alert at all, not a silent one.
 */
import { z } from "zod";

export const PREFERENCES_ALERTE = ["immediate", "quotidienne", "jamais"] as const;
export type PreferenceAlerte = (typeof PREFERENCES_ALERTE)[number];
export const LIBELLES_PREFERENCE_ALERTE: Record<PreferenceAlerte, string> = {
  immediate: "À chaque fois",
  quotidienne: "Un résumé par jour",
  jamais: "Jamais",
};

export const schemaPreferenceAlerte = z.strictObject(
  { alertes: z.enum(PREFERENCES_ALERTE, { error: `préférence attendue : ${PREFERENCES_ALERTE.join(", ")}` }) },
  { error: "la préférence s'écrit { alertes }" },
);

/**
 * The score from which an expert is told of a mission: with the weights of `POIDS`, half of the
 * domains asked at the level asked, or all of them a level below with the languages. Below, an
 * alert would be noise, and noise teaches people to ignore alerts.
 */
export const SCORE_MIN_ALERTE = 50;
/** At most this many experts are told of one mission: the best ranked. */
export const ALERTES_PAR_MISSION = 200;
/** At most this many saved searches per person, and new profiles named in one alert. */
export const LIMITES_RECHERCHES_ENREGISTREES = { parPersonne: 20, profilsParAlerte: 50 } as const;

export const schemaNomRecherche = z
  .string({ error: "le nom de la recherche est du texte" })
  .trim()
  .min(1, { error: "le nom de la recherche est obligatoire" })
  .max(120, { error: "le nom de la recherche : 120 caractères au plus" });

/** The profiles found now that an earlier run had not: the ones to announce, in the order found. */
export function nouveauxProfils(trouves: readonly string[], dejaVus: ReadonlySet<string>): string[] {
  return trouves.filter((id) => !dejaVus.has(id));
}

const pluriel = (n: number, singulier: string, pluriel: string) => `${n} ${n > 1 ? pluriel : singulier}`;

/** The text of one daily digest: its notifications listed, newest last, with their links. */
export function texteDuResume(prenom: string, lignes: readonly { titre: string; lien: string | null }[], urlPublique: string): { sujet: string; texte: string } {
  return {
    sujet: `Vivier : ${pluriel(lignes.length, "nouvelle alerte", "nouvelles alertes")} depuis hier`,
    texte: [
      `Bonjour ${prenom},`,
      "",
      "Voici les alertes de ces dernières 24 heures :",
      "",
      ...lignes.map((l) => `- ${l.titre}${l.lien ? ` : ${urlPublique}${l.lien}` : ""}`),
      "",
      `Vous recevez ce résumé une fois par jour ; pour le changer : ${urlPublique}/notifications`,
    ].join("\n"),
  };
}
