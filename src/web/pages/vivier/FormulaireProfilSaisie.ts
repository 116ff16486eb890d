/**
 * The profile form as the user fills it (strings, as inputs give them), and its translations: from
 * a profile read from the API, into the body of POST /organisations/:id/profils and PUT
 * /profils/:id, and the API's field errors (`domaines.1.niveau`) into this form's fields.
 *
 * The API is the one validator: the form sends what was typed, so that every error comes back at
 * once, field by field; only "nothing chosen here" is said in friendlier words than the API's.
 *
 * Entries of the lists (domains, languages…) carry a `cle` that never changes while the form is
 * open: the API names an entry by its rank when it answers, the form by its `cle`, so that an error
 * stays on its entry when an entry above it is removed.
 */
import { ErreurApi, type SaisieProfil, type VueProfil } from "../../api";

export type DomaineSaisi = { cle: number; code: string; niveau: string; precision: string };
export type LangueSaisie = { cle: number; code: string; niveau: string };
export type PaysSaisi = { cle: number; code: string };
export type RegionSaisie = { cle: number; pays: string; nom: string; code: string };
export type MissionSaisie = { cle: number; intitule: string; pays: string; annee: string; commanditaire: string; description: string };
export type PeriodeSaisie = { cle: number; debut: string; fin: string; commentaire: string };

export type SaisieFormulaireProfil = {
  prenom: string;
  nom: string;
  courriel: string;
  telephone: string;
  numeroAgent: string;
  position: string;
  grade: string;
  cadreEmplois: string;
  categorie: string;
  metier: string;
  domaines: DomaineSaisi[];
  langues: LangueSaisie[];
  pays: PaysSaisi[];
  regions: RegionSaisie[];
  missionsPassees: MissionSaisie[];
  disponibilites: PeriodeSaisie[];
  joursParAn: string;
  dateNaissance: string;
  dateRetraitePrevue: string;
};

/** The lists of the form, by the API's name for them. */
export type Liste = "domaines" | "langues" | "pays" | "regions" | "missionsPassees" | "disponibilites";
export type Entree<L extends Liste> = SaisieFormulaireProfil[L][number];

/**
 * Each list: what one entry is called (summary, legends, buttons), its fields with their names in
 * the error summary (the first one is where focus goes), the API's maximum (domain/experts/profil.ts
 * LIMITES, checked by FormulaireProfilSaisie.test.ts), and the message for a field left empty
 * where the API's would list codes.
 */
export const LISTES: {
  [L in Liste]: {
    entree: string;
    /** "un domaine d'expertise": for "Ajouter un domaine d'expertise". */
    une: string;
    /** "le domaine d'expertise": for "Retirer le domaine d'expertise 2". */
    la: string;
    feminin: boolean;
    /** Said when the list is empty. */
    aucune: string;
    /** Under the list's heading: what goes in it. */
    aide: string;
    champs: Partial<Record<Exclude<keyof Entree<L>, "cle">, string>>;
    max: number;
    vide: Partial<Record<Exclude<keyof Entree<L>, "cle">, string>>;
  };
} = {
  domaines: {
    entree: "Domaine d'expertise",
    une: "un domaine d'expertise",
    la: "le domaine d'expertise",
    feminin: false,
    aucune: "Aucun domaine d'expertise renseigné.",
    aide: "Facultatif. Chaque domaine du thésaurus, avec le niveau atteint : c'est ainsi que le profil est trouvé.",
    champs: { code: "domaine", niveau: "niveau", precision: "précision" },
    max: 30,
    vide: { code: "choisissez un domaine du thésaurus", niveau: "choisissez le niveau" },
  },
  langues: {
    entree: "Langue",
    une: "une langue",
    la: "la langue",
    feminin: true,
    aucune: "Aucune langue renseignée.",
    aide: "Facultatif. Les langues autres que le français.",
    champs: { code: "langue", niveau: "niveau" },
    max: 20,
    vide: { code: "choisissez une langue", niveau: "choisissez le niveau" },
  },
  pays: {
    entree: "Pays",
    une: "un pays",
    la: "le pays",
    feminin: false,
    aucune: "Aucun pays renseigné.",
    aide: "Facultatif. Les pays où l'agent a travaillé ou mené des missions.",
    champs: { code: "pays" },
    max: 80,
    vide: { code: "choisissez un pays" },
  },
  regions: {
    entree: "Région",
    une: "une région",
    la: "la région",
    feminin: true,
    aucune: "Aucune région renseignée.",
    aide: "Facultatif. Les régions (ou provinces, départements…) où l'agent a travaillé : le pays, le nom, et le code ISO 3166-2 si vous le connaissez.",
    champs: { pays: "pays", nom: "nom", code: "code ISO 3166-2" },
    max: 80,
    vide: { pays: "choisissez un pays" },
  },
  missionsPassees: {
    entree: "Mission",
    une: "une mission",
    la: "la mission",
    feminin: true,
    aucune: "Aucune mission renseignée.",
    aide: "Facultatif. Les missions d'expertise à l'international déjà menées.",
    champs: { intitule: "intitulé", pays: "pays", annee: "année", commanditaire: "commanditaire", description: "description" },
    max: 50,
    vide: {},
  },
  disponibilites: {
    entree: "Période",
    une: "une période de disponibilité",
    la: "la période",
    feminin: true,
    aucune: "Aucune période de disponibilité renseignée.",
    aide: "Facultatif. Les périodes où l'agent peut partir en mission.",
    champs: { debut: "début", fin: "fin", commentaire: "commentaire" },
    max: 20,
    vide: { debut: "indiquez la date de début", fin: "indiquez la date de fin" },
  },
};

/** The categories of the civil service (domain/experts/profil.ts CATEGORIES_FP). */
export const CATEGORIES: readonly string[] = ["A", "B", "C"];

export const LISTES_DANS_L_ORDRE: readonly Liste[] = ["domaines", "langues", "pays", "regions", "missionsPassees", "disponibilites"];

let derniereCle = 0;
const nouvelleCle = () => ++derniereCle;

/** A new, empty entry of `liste`. */
export function nouvelleEntree<L extends Liste>(liste: L): Entree<L> {
  const cle = nouvelleCle();
  const vides: { [K in Liste]: Entree<K> } = {
    domaines: { cle, code: "", niveau: "", precision: "" },
    langues: { cle, code: "", niveau: "" },
    pays: { cle, code: "" },
    regions: { cle, pays: "", nom: "", code: "" },
    missionsPassees: { cle, intitule: "", pays: "", annee: "", commanditaire: "", description: "" },
    disponibilites: { cle, debut: "", fin: "", commentaire: "" },
  };
  return vides[liste];
}

export function saisieVide(): SaisieFormulaireProfil {
  return {
    prenom: "",
    nom: "",
    courriel: "",
    telephone: "",
    numeroAgent: "",
    position: "",
    grade: "",
    cadreEmplois: "",
    categorie: "",
    metier: "",
    domaines: [],
    langues: [],
    pays: [],
    regions: [],
    missionsPassees: [],
    disponibilites: [],
    joursParAn: "",
    dateNaissance: "",
    dateRetraitePrevue: "",
  };
}

const texte = (v: string | number | undefined) => (v === undefined ? "" : String(v));

/** The form filled with a profile as the API gives it. */
export function saisieDepuisProfil(p: VueProfil): SaisieFormulaireProfil {
  return {
    prenom: p.prenom,
    nom: p.nom,
    courriel: p.courriel,
    telephone: texte(p.telephone),
    numeroAgent: texte(p.numeroAgent),
    position: p.position,
    grade: texte(p.grade),
    cadreEmplois: texte(p.cadreEmplois),
    categorie: texte(p.categorie),
    metier: texte(p.metier),
    domaines: p.domaines.map((d) => ({ cle: nouvelleCle(), code: d.code, niveau: d.niveau, precision: texte(d.precision) })),
    langues: p.langues.map((l) => ({ cle: nouvelleCle(), code: l.code, niveau: l.niveau })),
    pays: p.pays.map((code) => ({ cle: nouvelleCle(), code })),
    regions: p.regions.map((r) => ({ cle: nouvelleCle(), pays: r.pays, nom: r.nom, code: texte(r.code) })),
    missionsPassees: p.missionsPassees.map((m) => ({
      cle: nouvelleCle(),
      intitule: m.intitule,
      pays: texte(m.pays),
      annee: texte(m.annee),
      commanditaire: texte(m.commanditaire),
      description: texte(m.description),
    })),
    disponibilites: p.disponibilites.map((d) => ({ cle: nouvelleCle(), debut: d.debut, fin: d.fin, commentaire: texte(d.commentaire) })),
    joursParAn: texte(p.joursParAn),
    dateNaissance: texte(p.dateNaissance),
    dateRetraitePrevue: texte(p.dateRetraitePrevue),
  };
}

/** An optional field left empty is not sent (the API would check an empty phone number). */
const facultatif = (v: string) => (v.trim() === "" ? undefined : v.trim());
/**
 * A number input's value: undefined when empty; `null` when it is no number, so that the API says
 * so ("l'année est un nombre") instead of the field being silently dropped. Commas are decimal points.
 */
const nombre = (v: string): number | undefined => {
  const t = v.trim().replace(",", ".");
  if (t === "") return undefined;
  return Number.isFinite(Number(t)) ? Number(t) : (null as unknown as number);
};

/**
 * The body the API reads. Sent even when incomplete (the casts: an unchosen level is ""), so
 * that the API names every missing or wrong field in one answer.
 */
export function versSaisieProfil(f: SaisieFormulaireProfil): SaisieProfil {
  return {
    prenom: f.prenom,
    nom: f.nom,
    courriel: f.courriel.trim(),
    telephone: facultatif(f.telephone),
    numeroAgent: facultatif(f.numeroAgent),
    position: f.position,
    grade: facultatif(f.grade),
    cadreEmplois: facultatif(f.cadreEmplois),
    categorie: facultatif(f.categorie),
    metier: facultatif(f.metier),
    domaines: f.domaines.map((d) => ({ code: d.code, niveau: d.niveau as SaisieProfil["domaines"][number]["niveau"], precision: facultatif(d.precision) })),
    langues: f.langues.map((l) => ({ code: l.code, niveau: l.niveau as SaisieProfil["langues"][number]["niveau"] })),
    pays: f.pays.map((p) => p.code),
    regions: f.regions.map((r) => ({ pays: r.pays, nom: r.nom, code: facultatif(r.code) })),
    missionsPassees: f.missionsPassees.map((m) => ({
      intitule: m.intitule,
      pays: facultatif(m.pays),
      annee: nombre(m.annee),
      commanditaire: facultatif(m.commanditaire),
      description: facultatif(m.description),
    })),
    disponibilites: f.disponibilites.map((d) => ({ debut: d.debut, fin: d.fin, commentaire: facultatif(d.commentaire) })),
    joursParAn: nombre(f.joursParAn),
    dateNaissance: facultatif(f.dateNaissance),
    dateRetraitePrevue: facultatif(f.dateRetraitePrevue),
  };
}

// ---------------------------------------------------------------------------------------------
// Fields and errors

/** The fields outside the lists, in the form's order, with their names in the error summary. */
export const CHAMPS_SIMPLES = {
  prenom: "Prénom",
  nom: "Nom",
  courriel: "Adresse électronique",
  telephone: "Téléphone",
  numeroAgent: "Numéro d'agent",
  position: "Position statutaire",
  grade: "Grade",
  cadreEmplois: "Cadre d'emplois",
  categorie: "Catégorie",
  metier: "Métier",
  // The lists come here, in LISTES_DANS_L_ORDRE (see idsDesChamps).
  joursParAn: "Jours par an accordés par l'employeur",
  dateNaissance: "Date de naissance",
  dateRetraitePrevue: "Date de départ à la retraite prévue",
} as const;
export type ChampSimple = keyof typeof CHAMPS_SIMPLES;

const AVANT_LES_LISTES: readonly ChampSimple[] = ["prenom", "nom", "courriel", "telephone", "numeroAgent", "position", "grade", "cadreEmplois", "categorie", "metier"];
const APRES_LES_LISTES: readonly ChampSimple[] = ["joursParAn", "dateNaissance", "dateRetraitePrevue"];

export const idChamp = (champ: ChampSimple) => `profil-${champ}`;
/** The id of a list's heading, where focus goes for an error on the whole list ("30 domaines au plus"). */
export const idListe = (liste: Liste) => `profil-${liste}`;
export const idEntree = (liste: Liste, cle: number, champ: string) => `profil-${liste}-${cle}-${champ}`;
/** The form's name of an entry's field (the API's uses the rank, see preciserErreurs). */
export const champEntree = (liste: Liste, cle: number, champ: string) => `${liste}.${cle}.${champ}`;

/** Where each field the API may name is, in the form's order: the id of its input. */
export function idsDesChamps(f: SaisieFormulaireProfil): Record<string, string> {
  const ids: Record<string, string> = {};
  for (const champ of AVANT_LES_LISTES) ids[champ] = idChamp(champ);
  for (const liste of LISTES_DANS_L_ORDRE) {
    ids[liste] = idListe(liste);
    for (const entree of f[liste]) {
      for (const champ of Object.keys(LISTES[liste].champs)) ids[champEntree(liste, entree.cle, champ)] = idEntree(liste, entree.cle, champ);
    }
  }
  for (const champ of APRES_LES_LISTES) ids[champ] = idChamp(champ);
  return ids;
}

const ENTREE = /^(domaines|langues|pays|regions|missionsPassees|disponibilites)\.(\d+)(?:\.(\w+))?$/;

/** The field's name in the error summary: "Langue 2 : niveau". */
export function libelleDuChamp(champ: string, f: SaisieFormulaireProfil): string {
  const enEntree = ENTREE.exec(champ);
  if (enEntree) {
    const liste = enEntree[1] as Liste;
    const rang = f[liste].findIndex((e) => e.cle === Number(enEntree[2]));
    const sous = (LISTES[liste].champs as Record<string, string>)[enEntree[3] ?? ""] ?? enEntree[3];
    return `${LISTES[liste].entree} ${rang + 1} : ${sous}`;
  }
  if (champ in LISTES) return TITRES_LISTES[champ as Liste];
  return CHAMPS_SIMPLES[champ as ChampSimple] ?? champ;
}

/** The headings of the lists' sections. */
export const TITRES_LISTES: Record<Liste, string> = {
  domaines: "Domaines d'expertise",
  langues: "Langues",
  pays: "Pays d'expérience",
  regions: "Régions d'intervention",
  missionsPassees: "Missions passées",
  disponibilites: "Disponibilités",
};

/**
 * The API's errors in this form's words: an entry named by its rank (`langues.1.code`) is named by
 * its `cle`; an error on a whole entry (`langues.1`: this language is there twice; `pays.0`) goes
 * to its first field; a choice left empty is asked for plainly. Anything else is left as the API
 * said it.
 */
export function preciserErreurs(erreur: unknown, f: SaisieFormulaireProfil): unknown {
  if (!(erreur instanceof ErreurApi) || erreur.probleme.erreurs === undefined) return erreur;
  const erreurs = erreur.probleme.erreurs.map(({ champ, message }) => {
    if (champ === "position" && f.position === "") return { champ, message: "choisissez la position statutaire" };
    const enEntree = ENTREE.exec(champ);
    if (!enEntree) return { champ, message };
    const liste = enEntree[1] as Liste;
    const entree = f[liste][Number(enEntree[2])];
    if (entree === undefined) return { champ, message };
    const premier = Object.keys(LISTES[liste].champs)[0]!;
    const sous = enEntree[3] ?? premier;
    const valeur = (entree as Record<string, unknown>)[sous];
    const vide = (LISTES[liste].vide as Record<string, string>)[sous];
    return { champ: champEntree(liste, entree.cle, sous), message: valeur === "" && vide !== undefined ? vide : message };
  });
  return new ErreurApi({ ...erreur.probleme, erreurs });
}
