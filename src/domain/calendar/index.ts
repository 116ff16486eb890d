export { dimancheDePaques } from "./paques";
export {
  ANNEE_MAX,
  ANNEE_MIN,
  type DateAbolitionSaintMartin,
  type Fete,
  type JourFerie,
  joursFeries,
  type MotifFerie,
  type ParametresCalendrier,
} from "./jours-feries";
export { compterJoursOuvres, type DetailJoursOuvres, detaillerJoursOuvres, estJourOuvre } from "./jours-ouvres";
export { estTerritoire, LIBELLES_TERRITOIRE, type Territoire, TERRITOIRES, TERRITOIRES_ALSACE_MOSELLE } from "./territoires";
