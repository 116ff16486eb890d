/**
 * What the forms of a procedure's data share, without React (their unit tests run in Node): a
 * form's fields described by their path in the data (`accueil.type`,
 * `remboursement.montantParPeriode`), so that one description gives the form's values from the
 * case's data, the data from the form's values, and the field each error of the API lands on.
 *
 * A draft may be incomplete: the data holds only what was typed (an empty field leaves its key
 * out, a group with nothing typed leaves its object out) and is saved as it is; the API's
 * `manquants` says what is still missing. Nothing is checked here: a number that is none is sent as
 * typed, so that it is kept and the API names it.
 */

/**
 * How a field is typed and read: text (one line or several), a number typed the French way
 * (« 12 500,50 »), a date of <input type="date"> (AAAA-MM-JJ), a choice among codes (a list or
 * radio buttons), yes or no.
 */
export type Genre = "texte" | "texteLong" | "nombre" | "date" | "choix" | "boutons" | "booleen";

export type Valeurs = Record<string, string>;

export type DescriptionChamp = {
  genre: Genre;
  /** The field's label, whole (« Nom de l'agent »): on screen and in the list of errors. */
  libelle: string;
  facultatif?: boolean;
  /** The most characters the domain takes (the input stops there). */
  max?: number;
  /** Whether the field is shown (and its value sent), by the other values: « the justification when free ». */
  visible?: (v: Valeurs) => boolean;
};

/** A form's fields by their path in the data, in the form's order. */
export type Champs = Readonly<Record<string, DescriptionChamp>>;

/** The agent as a convention, an arrêté or an order names them (the domain's `schemaAgent`). */
export const CHAMPS_AGENT: Champs = {
  "agent.prenom": { genre: "texte", libelle: "Prénom de l'agent", max: 100 },
  "agent.nom": { genre: "texte", libelle: "Nom de l'agent", max: 100 },
  "agent.grade": { genre: "texte", libelle: "Grade de l'agent", max: 200 },
};

/**
 * A party to a convention (the domain's `schemaPartie`): `de` ends the labels (« de l'employeur »),
 * `propres` are what this document adds to it (the host's type), after its name.
 */
export const champsPartie = (chemin: string, de: string, propres: Champs = {}): Champs => ({
  [`${chemin}.nom`]: { genre: "texte", libelle: `Nom ${de}`, max: 300 },
  ...propres,
  [`${chemin}.representant`]: { genre: "texte", libelle: `Représentant ${de}`, facultatif: true, max: 200 },
  [`${chemin}.qualite`]: { genre: "texte", libelle: `Qualité du représentant ${de}`, facultatif: true, max: 200 },
});

/** A group of fields (a fieldset) that the API may name as a whole (« l'agent s'écrit { nom, prenom, grade } »). */
export type Groupes = Readonly<Record<string, string>>;

export type ErreurDonnees = { champ: string; message: string };

const estObjet = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The value at a path (`annexeFinanciere.lignes.1.montant`: a list's entries by their rank), undefined as soon as a step is missing. */
export function lireChemin(donnees: unknown, chemin: string): unknown {
  let ici: unknown = donnees;
  for (const cle of chemin.split(".")) ici = estObjet(ici) ? ici[cle] : Array.isArray(ici) ? ici[Number(cle)] : undefined;
  return ici;
}

/** Writes `valeur` at `chemin`, creating the objects on the way: a group exists only once something is in it. */
export function ecrireChemin(donnees: Record<string, unknown>, chemin: string, valeur: unknown): void {
  const cles = chemin.split(".");
  const derniere = cles.pop()!;
  let ici = donnees;
  for (const cle of cles) {
    if (!estObjet(ici[cle])) ici[cle] = {};
    ici = ici[cle] as Record<string, unknown>;
  }
  ici[derniere] = valeur;
}

// Lossless: the data's number comes back unchanged when read again (« 12 000 » → 12000).
const FORMAT_NOMBRE = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 10 });
const NOMBRE_SAISI = /^-?\d+(\.\d+)?$/;

/**
 * A number as typed in French, « 12 500,50 » or « 800 € »: spaces (the thin ones a copy from a
 * document brings too) and the euro sign are left out, the comma is the decimal point. Undefined
 * when empty; the text itself when it is no number, so that it is kept and the API says so.
 */
export function lireNombre(texte: string): number | string | undefined {
  const t = texte.trim();
  if (t === "") return undefined;
  const chiffres = t.replace(/[\s€]/g, "").replace(",", ".");
  return NOMBRE_SAISI.test(chiffres) ? Number(chiffres) : t;
}

/** What a number of the data shows in its input (« 12 000 », « 120,5 »); a text kept as typed stays as it is. */
export function ecrireNombre(v: unknown): string {
  if (typeof v === "number" && Number.isFinite(v)) return FORMAT_NOMBRE.format(v);
  return typeof v === "string" ? v : "";
}

/** The form's text of one value of the data; anything of another type than expected shows empty. */
function versTexte(genre: Genre, v: unknown): string {
  if (genre === "nombre") return ecrireNombre(v);
  if (genre === "booleen") return v === true ? "oui" : v === false ? "non" : "";
  return typeof v === "string" ? v : "";
}

/** The data's value of one field, or undefined to leave its key out. */
function versValeur(genre: Genre, texte: string): unknown {
  if (genre === "nombre") return lireNombre(texte);
  if (genre === "booleen") return texte === "oui" ? true : texte === "non" ? false : undefined;
  const t = texte.trim();
  return t === "" ? undefined : t;
}

export const estVisible = (description: DescriptionChamp, valeurs: Valeurs) => description.visible?.(valeurs) ?? true;

/** The form's values of the case's data (every field, empty where the data has nothing). */
export function valeursDepuisDonnees(champs: Champs, donnees: unknown): Valeurs {
  return Object.fromEntries(Object.entries(champs).map(([chemin, d]) => [chemin, versTexte(d.genre, lireChemin(donnees, chemin))]));
}

/** The data of the form's values, into `donnees` (new by default): only the fields shown and filled. */
export function donneesDepuisValeurs(champs: Champs, valeurs: Valeurs, donnees: Record<string, unknown> = {}): Record<string, unknown> {
  for (const [chemin, d] of Object.entries(champs)) {
    if (!estVisible(d, valeurs)) continue;
    const v = versValeur(d.genre, valeurs[chemin] ?? "");
    if (v !== undefined) ecrireChemin(donnees, chemin, v);
  }
  return donnees;
}

/** « Nom de l'agent (facultatif) »: optional fields say so, as the form's mention announces. */
export const etiquette = (d: DescriptionChamp) => `${d.libelle}${d.facultatif ? " (facultatif)" : ""}`;

/** The id of the input (or fieldset) of a path, under the form's prefix: `mad-accueil-type`. */
export const idDuChemin = (idFormulaire: string, chemin: string) => `${idFormulaire}-${chemin.replace(/\./g, "-")}`;

// The schemas' messages on a value of the wrong form, which is what a value left out gets.
const MESSAGE_DE_FORME = /s'écri(?:t|vent) \{|est un objet JSON|est attendue?s?\b|inconnue? ;|(?:est|sont) une? (?:nombre|pourcentage|liste)|vaut oui ou non/;

/**
 * Where each error goes: the path `traduire` gives (an entry of a list named by its rank, which
 * the form names otherwise), else its path when the form has a place for it (a field, a group, a
 * list), else the place of the list holding it (`transport.modes.1`: a mode of the list). The first message of each place is
 * kept; the errors with no place (a key the form does not know, the whole data) are `autres`.
 * Where `donnees` (what the form sends) has nothing, a message on the value's form
 * (« le nom de l'agent : du texte est attendu ») says plainly that the field is to fill in.
 */
export function repartirErreurs(
  erreurs: readonly ErreurDonnees[],
  places: readonly string[],
  { traduire = () => undefined, donnees }: { traduire?: (champ: string) => string | undefined; donnees?: Record<string, unknown> } = {},
): { parPlace: Partial<Record<string, string>>; autres: ErreurDonnees[] } {
  const connues = new Set(places);
  const parPlace: Partial<Record<string, string>> = {};
  const autres: ErreurDonnees[] = [];
  for (const e of erreurs) {
    const place = [traduire(e.champ), e.champ, e.champ.replace(/\.\d+$/, "")].find((p) => p !== undefined && connues.has(p));
    const vide = donnees !== undefined && lireChemin(donnees, e.champ) === undefined && MESSAGE_DE_FORME.test(e.message);
    if (place === undefined) autres.push(e);
    else parPlace[place] ??= vide ? "à renseigner" : e.message;
  }
  return { parPlace, autres };
}

/**
 * What one form is, for the hook that runs it (useFormulaireDonnees): its state from the case's
 * data and back, and the places an error may stand, in the form's order, with their names.
 */
export type ModeleFormulaire<S extends { valeurs: Valeurs }> = {
  champs: Champs;
  depuisDonnees: (donnees: Record<string, unknown>) => S;
  versDonnees: (saisie: S) => Record<string, unknown>;
  /** Every place shown (fields, groups, lists) by its path, in the form's order, with its name in the list of errors. */
  places: (saisie: S) => Record<string, string>;
  traduire?: (champ: string, saisie: S) => string | undefined;
  /** Places whose focus goes to their first box or radio button (`${id}-0`) rather than to the place itself. */
  premiereCase?: readonly string[];
};

/** The errors shared out on the places of the form as it stands (`saisie`), its entries of lists named as it names them. */
export function repartirSurLeFormulaire<S extends { valeurs: Valeurs }>(modele: ModeleFormulaire<S>, saisie: S, erreurs: readonly ErreurDonnees[]) {
  return repartirErreurs(erreurs, Object.keys(modele.places(saisie)), { traduire: (champ) => modele.traduire?.(champ, saisie), donnees: modele.versDonnees(saisie) });
}

/**
 * The errors a reading of the data (`lire`: the domain's schema, in the tests) finds in what the
 * form sends, shared out on the form's places: each error the domain may give should find one.
 */
export function verifierSaisie<S extends { valeurs: Valeurs }>(modele: ModeleFormulaire<S>, saisie: S, lire: (donnees: Record<string, unknown>) => readonly ErreurDonnees[]) {
  const erreurs = lire(modele.versDonnees(saisie));
  return { nombre: erreurs.length, ...repartirSurLeFormulaire(modele, saisie, erreurs) };
}

/** The places of the simple fields shown and of the groups, in the form's order (groups before their fields). */
export function placesDesChamps(champs: Champs, groupes: Groupes, valeurs: Valeurs): Record<string, string> {
  const places: Record<string, string> = {};
  for (const [chemin, d] of Object.entries(champs)) {
    if (!estVisible(d, valeurs)) continue;
    for (const [groupe, libelle] of Object.entries(groupes)) if (chemin.startsWith(`${groupe}.`) && !(groupe in places)) places[groupe] = libelle;
    places[chemin] = d.libelle;
  }
  return places;
}

/** A form whose state is only its simple fields (the mise à disposition, the détachement). */
export function modeleSimple(champs: Champs, groupes: Groupes): ModeleFormulaire<{ valeurs: Valeurs }> {
  return {
    champs,
    depuisDonnees: (donnees) => ({ valeurs: valeursDepuisDonnees(champs, donnees) }),
    versDonnees: (s) => donneesDepuisValeurs(champs, s.valeurs),
    places: (s) => placesDesChamps(champs, groupes, s.valeurs),
  };
}
