/**
 * A line of the file as a profile: each mapped cell read as its field (valeurs.ts), laid over the
 * existing profile when the line updates one, then validated by the profile's own schema — so an
 * import accepts exactly what the profile form accepts. Errors name the column of the file.
 */
import { lireProfil, type Profil } from "../profil";
import { type ChampImport, type Colonne, estChampImport } from "./entetes";
import { citer } from "./normaliser";
import type { ErreurImport } from "./rapport";
import {
  lireCategorie,
  lireDate,
  lireDomaine,
  lireLangue,
  lireListe,
  lireNombre,
  lirePays,
  lirePosition,
  lireRegion,
  lireTexte,
  type Lu,
  texteDe,
  type ValeurCellule,
} from "./valeurs";

type Lecteur = (v: ValeurCellule) => { valeur: unknown; erreurs: string[] };

const scalaire =
  <T>(lire: (v: ValeurCellule) => Lu<T>): Lecteur =>
  (v) => {
    const r = lire(v);
    return r.ok ? { valeur: r.valeur, erreurs: [] } : { valeur: undefined, erreurs: [r.message] };
  };
const liste =
  <T>(lire: (texte: string) => Lu<T>): Lecteur =>
  (v) => {
    const { valeurs, erreurs } = lireListe(v, lire);
    return { valeur: valeurs, erreurs };
  };

const LECTEURS: Record<ChampImport, Lecteur> = {
  prenom: scalaire(lireTexte),
  nom: scalaire(lireTexte),
  courriel: scalaire(lireTexte),
  telephone: scalaire(lireTexte),
  numeroAgent: scalaire(lireTexte),
  position: scalaire(lirePosition),
  grade: scalaire(lireTexte),
  cadreEmplois: scalaire(lireTexte),
  categorie: scalaire(lireCategorie),
  metier: scalaire(lireTexte),
  domaines: liste(lireDomaine),
  langues: liste(lireLangue),
  pays: liste(lirePays),
  regions: liste(lireRegion),
  dateNaissance: scalaire(lireDate),
  dateRetraitePrevue: scalaire(lireDate),
  joursParAn: scalaire(lireNombre),
};
const LISTES: readonly ChampImport[] = ["domaines", "langues", "pays", "regions"];

/** The fields a new profile must have, and how to say that one is missing. */
const OBLIGATOIRES: Partial<Record<ChampImport, string>> = {
  prenom: "le prénom est obligatoire",
  nom: "le nom est obligatoire",
  courriel: "l'adresse électronique est obligatoire",
  position: "le statut est obligatoire (titulaire, stagiaire, contractuel CDI ou CDD, retraité, élu, partenaire)",
};

export type LigneConvertie = {
  /** Each mapped field's value; undefined for an empty cell (or a cell in error). */
  valeurs: Partial<Record<ChampImport, unknown>>;
  /** The fields the file has a column for: only these change on an existing profile. */
  presents: ChampImport[];
  /** The cells as text, quoted in messages. */
  textes: Partial<Record<ChampImport, string>>;
  erreurs: ErreurImport[];
};

export function convertirLigne(cellules: readonly ValeurCellule[], colonnes: readonly Colonne[]): LigneConvertie {
  const resultat: LigneConvertie = { valeurs: {}, presents: [], textes: {}, erreurs: [] };
  for (const colonne of colonnes) {
    const champ = colonne.champ;
    if (!champ) continue;
    resultat.presents.push(champ);
    const cellule = cellules[colonne.index] ?? null;
    const texte = texteDe(cellule);
    resultat.textes[champ] = texte;
    if (texte === "") {
      if (LISTES.includes(champ)) resultat.valeurs[champ] = [];
      continue;
    }
    const lu = LECTEURS[champ](cellule);
    resultat.valeurs[champ] = lu.valeur;
    for (const message of lu.erreurs) resultat.erreurs.push({ colonne: colonne.entete, champ, message });
  }
  return resultat;
}

/** The field of a schema error's path ("domaines.1.code" → domaines); null outside the spreadsheet's fields. */
const racine = (chemin: string): ChampImport | null => {
  const r = chemin.split(".")[0];
  return estChampImport(r) ? r : null;
};

/**
 * The profile a converted line gives, over `existant` when it updates one: fields without a
 * column keep their value, an empty cell clears its field, and a domain kept on the profile keeps
 * its precision (a spreadsheet has no room for it).
 */
export function construireProfil(
  ligne: LigneConvertie,
  colonnes: readonly Colonne[],
  existant?: Profil,
): { ok: true; profil: Profil } | { ok: false; erreurs: ErreurImport[] } {
  const colonneDe = (champ: ChampImport) => colonnes.find((c) => c.champ === champ)?.entete ?? null;
  const enErreur = new Set(ligne.erreurs.map((e) => e.champ));
  const saisie: Record<string, unknown> = existant ? { ...existant } : {};
  for (const champ of ligne.presents) {
    if (enErreur.has(champ)) continue;
    const valeur = ligne.valeurs[champ];
    if (valeur === undefined) delete saisie[champ];
    else saisie[champ] = valeur;
  }
  if (existant && Array.isArray(saisie.domaines)) {
    saisie.domaines = (saisie.domaines as Profil["domaines"]).map((d) => {
      const precision = existant.domaines.find((x) => x.code === d.code)?.precision;
      return precision && !d.precision ? { ...d, precision } : d;
    });
  }

  const erreurs = [...ligne.erreurs];
  for (const [champ, message] of Object.entries(OBLIGATOIRES) as [ChampImport, string][]) {
    if (saisie[champ] !== undefined || enErreur.has(champ)) continue;
    enErreur.add(champ);
    const colonne = colonneDe(champ);
    erreurs.push({ colonne, champ, message: colonne ? message : `${message} : le fichier n'a pas de colonne pour ce champ` });
  }
  const lu = lireProfil(saisie);
  if (!lu.ok) {
    for (const e of lu.erreurs) {
      const champ = racine(e.champ);
      if (enErreur.has(champ)) continue;
      const texte = champ ? ligne.textes[champ] : undefined;
      const scalaire = champ && texte && !LISTES.includes(champ);
      erreurs.push({ colonne: champ && colonneDe(champ), champ, message: scalaire ? `${e.message} (${citer(texte)})` : e.message });
    }
  }
  if (!erreurs.length && lu.ok) return { ok: true, profil: lu.profil };
  // In the order of the file's columns, as a person reads the line; errors without a column last.
  const rang = (e: ErreurImport) => (e.colonne === null ? Infinity : colonnes.findIndex((c) => c.entete === e.colonne));
  return { ok: false, erreurs: erreurs.sort((a, b) => rang(a) - rang(b)) };
}
