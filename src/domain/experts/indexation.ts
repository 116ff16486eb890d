/**
 * A profile flattened for the search: the facets as arrays and ranges that PostgreSQL indexes,
 * and the searchable text in two weights. Labels go in both languages, so that "water" finds
 * "Eau potable" and a country is found by its French or English name. Regions add their names to
 * the text and their countries to the countries'.
 */
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };
import fr from "i18n-iso-countries/langs/fr.json" with { type: "json" };
import { LIBELLES_POSITION, type Profil } from "./profil";
import { domaine, langue, NIVEAUX_CECRL } from "./referentiels";

countries.registerLocale(fr);
countries.registerLocale(en);

export type Indexation = {
  domainesCodes: string[];
  languesNiveaux: string[];
  pays: string[];
  /** A PostgreSQL datemultirange literal: `{[2027-01-01,2027-03-01]}`. */
  periodesDisponibles: string;
  texteA: string;
  texteB: string;
};

/** `en` and `en:A1` … up to the level held: "English at least B2" is the element `en:B2`. */
export const languesNiveaux = (langues: Profil["langues"]) =>
  langues.flatMap((l) => [l.code, ...NIVEAUX_CECRL.slice(0, NIVEAUX_CECRL.indexOf(l.niveau) + 1).map((n) => `${l.code}:${n}`)]);

const nomsPays = (code: string) => [countries.getName(code, "fr"), countries.getName(code, "en")].filter(Boolean);

/**
 * The countries a search by country finds the profile under: those declared, and those of its
 * regions — someone who only listed « Dakar » has worked in Senegal.
 */
const paysDuProfil = (p: Pick<Profil, "pays" | "regions">): string[] =>
  p.regions.length === 0 ? p.pays : [...new Set([...p.pays, ...p.regions.map((r) => r.pays)])];

export function indexer(p: Profil): Indexation {
  const domaines = p.domaines.map((d) => domaine(d.code)).filter((d) => d !== undefined);
  const pays = paysDuProfil(p);
  return {
    domainesCodes: p.domaines.map((d) => d.code),
    languesNiveaux: languesNiveaux(p.langues),
    pays,
    periodesDisponibles: `{${p.disponibilites.map((d) => `[${d.debut},${d.fin}]`).join(",")}}`,
    texteA: [p.prenom, p.nom, p.metier, ...domaines.flatMap((d) => [d.fr, d.en, ...(d.motsCles ?? [])])].filter(Boolean).join(" \n "),
    texteB: [
      LIBELLES_POSITION[p.position],
      p.grade,
      p.cadreEmplois,
      ...p.domaines.map((d) => d.precision),
      ...p.langues.flatMap((l) => [langue(l.code)?.fr, langue(l.code)?.en]),
      ...pays.flatMap(nomsPays),
      ...p.regions.map((r) => r.nom),
      ...p.missionsPassees.flatMap((m) => [m.intitule, m.commanditaire, m.description, ...(m.pays ? nomsPays(m.pays) : [])]),
    ]
      .filter(Boolean)
      .join(" \n "),
  };
}
