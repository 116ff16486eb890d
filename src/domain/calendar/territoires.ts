/**
 * The territories whose working-day calendars differ (LEGAL.md §5). Metropolitan France is one
 * calendar; Alsace-Moselle (57, 67, 68) and each overseas territory add their own holidays, so they
 * are named by their département or COM code, as the agents and the law name them.
 */
export const TERRITOIRES = ["metropole", "57", "67", "68", "971", "972", "973", "974", "976", "977", "978"] as const;
export type Territoire = (typeof TERRITOIRES)[number];

export const LIBELLES_TERRITOIRE: Record<Territoire, string> = {
  metropole: "France métropolitaine",
  "57": "Moselle (57)",
  "67": "Bas-Rhin (67)",
  "68": "Haut-Rhin (68)",
  "971": "Guadeloupe (971)",
  "972": "Martinique (972)",
  "973": "Guyane (973)",
  "974": "La Réunion (974)",
  "976": "Mayotte (976)",
  "977": "Saint-Barthélemy (977)",
  "978": "Saint-Martin (978)",
};

/** The three départements under the local law of Alsace-Moselle (Code du travail L3134-13). */
export const TERRITOIRES_ALSACE_MOSELLE: readonly Territoire[] = ["57", "67", "68"];

export function estTerritoire(valeur: unknown): valeur is Territoire {
  return typeof valeur === "string" && (TERRITOIRES as readonly string[]).includes(valeur);
}
