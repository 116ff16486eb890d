import { type EtatRequete, lireLangues, lireThesaurus, type Pays, rechercherPays, type Thesaurus, useRequete } from "../../api";
import type { Noms } from "./SectionsProfil";

/** The reference lists a profile's codes come from, as the API gives them. */
export type Referentiels = {
  thesaurus: Thesaurus;
  /** In French alphabetical order, the order a select offers them in. */
  langues: { code: string; fr: string }[];
  pays: Pays[];
};

const alphabetique = new Intl.Collator("fr").compare;

/** The thesaurus, the languages and the countries, read together: the form needs all three. */
export function useReferentielsProfil(): EtatRequete<Referentiels> {
  const thesaurus = useRequete("thesaurus", (signal) => lireThesaurus(signal));
  const langues = useRequete("langues", (signal) => lireLangues(signal));
  const pays = useRequete("pays", (signal) => rechercherPays("", signal));
  for (const r of [thesaurus, langues, pays]) if (r.etat === "erreur") return { etat: "erreur", erreur: r.erreur };
  if (thesaurus.etat !== "succes" || langues.etat !== "succes" || pays.etat !== "succes") return { etat: "chargement", precedent: undefined };
  return {
    etat: "succes",
    donnees: {
      thesaurus: thesaurus.donnees,
      langues: [...langues.donnees.langues].sort((a, b) => alphabetique(a.fr, b.fr)),
      pays: pays.donnees.resultats,
    },
  };
}

/** The French names of a profile's codes, as the profile's sections (SectionsProfil) show them. */
export function nomsDepuis(r: Referentiels): Noms {
  const table = (paires: [string, string][]) => {
    const m = new Map(paires);
    return (code: string) => m.get(code) ?? code;
  };
  return {
    domaine: table(r.thesaurus.domaines.map((d) => [d.code, d.fr])),
    langue: table(r.langues.map((l) => [l.code, l.fr])),
    pays: table(r.pays.map((p) => [p.code, p.nom])),
  };
}
