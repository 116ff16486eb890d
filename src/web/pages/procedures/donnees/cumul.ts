/**
 * The cumul request (annex 3 of the note) as its form holds it — one text per field, named by
 * the field's path in the data (`activiteAccessoire.organisme.nature`), so that the API's errors
 * land under their field — and back into the data object the API keeps
 * (src/domain/procedures/cumul-donnees.ts).
 *
 * A draft may be incomplete: a required text left empty is sent empty (the API then says « … est
 * obligatoire » for it in `manquants`), an optional one is left out, as is a choice not made.
 */

/** Each field of the request, in the form's order, with its label. */
export const LIBELLES_CHAMPS_CUMUL = {
  "expert.nom": "Nom",
  "expert.prenom": "Prénom",
  "expert.grade": "Grade",
  "expert.service": "Bureau, direction ou service",
  "expert.adresseProfessionnelle": "Adresse professionnelle",
  "expert.telephone": "Téléphone",
  "expert.courriel": "Adresse électronique",
  "activitePrincipale.fonctions": "Fonctions exercées",
  "activitePrincipale.quotite": "Temps de travail",
  "activitePrincipale.quotitePourcentage": "Quotité du temps partiel",
  "activiteAccessoire.description": "Description de l'activité envisagée",
  "activiteAccessoire.organisme.identite": "Identité de l'organisme",
  "activiteAccessoire.organisme.nature": "Nature de l'organisme",
  "activiteAccessoire.organisme.secteur": "Secteur d'activité de l'organisme",
  "activiteAccessoire.nature": "Nature de l'activité accessoire",
  "activiteAccessoire.dateDebut": "Début de l'activité",
  "activiteAccessoire.dateFin": "Fin de l'activité",
  "activiteAccessoire.dureePeriodiciteHoraires": "Durée, périodicité et horaires approximatifs",
  "activiteAccessoire.remuneration": "Conditions de rémunération",
  "activiteAccessoire.conditionsParticulieres": "Conditions particulières de réalisation",
  "autresActivitesAccessoires.exerce": "Exercez-vous déjà une ou plusieurs activités accessoires ?",
  "autresActivitesAccessoires.description": "Description des autres activités accessoires",
  "declarationSurLHonneur.souscrite": "Déclaration sur l'honneur",
  "declarationSurLHonneur.faitA": "Fait à",
  "declarationSurLHonneur.le": "Le",
} as const;

export type ChampCumul = keyof typeof LIBELLES_CHAMPS_CUMUL;
export const CHAMPS_CUMUL = Object.keys(LIBELLES_CHAMPS_CUMUL) as ChampCumul[];

/** The sections of the request (annex 3), for an error on a whole section and the read-only view. */
export const LIBELLES_SECTIONS_CUMUL = {
  expert: "L'expert",
  activitePrincipale: "Activité principale",
  activiteAccessoire: "Activité accessoire envisagée",
  "activiteAccessoire.organisme": "Organisme pour lequel l'activité sera exercée",
  autresActivitesAccessoires: "Autres activités accessoires",
  declarationSurLHonneur: "Déclaration sur l'honneur",
} as const;

export const FACULTATIFS_CUMUL: ReadonlySet<ChampCumul> = new Set<ChampCumul>(["expert.telephone", "activiteAccessoire.conditionsParticulieres"]);

export { LIBELLES_QUOTITE, QUOTITES } from "../../../../domain/procedures/vocabulaire-donnees";

/** Yes/no and the sworn statement ticked are "oui" / "non"; a choice not made is "". */
export type SaisieCumul = Record<ChampCumul, string>;

const estObjet = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The value at a dotted path, undefined as soon as a step is missing. */
export function valeurA(donnees: unknown, chemin: string): unknown {
  let v = donnees;
  for (const partie of chemin.split(".")) {
    if (!estObjet(v)) return undefined;
    v = v[partie];
  }
  return v;
}

function enTexte(v: unknown): string {
  if (typeof v === "string") return v;
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "oui" : "non";
  return "";
}

/** The form, filled with the case's data (what was prefilled or saved). */
export function depuisDonnees(donnees: Record<string, unknown>): SaisieCumul {
  return Object.fromEntries(CHAMPS_CUMUL.map((champ) => [champ, enTexte(valeurA(donnees, champ))])) as SaisieCumul;
}

export const saisieCumulVide = (): SaisieCumul => depuisDonnees({});

/** The object without its undefined entries (JSON would drop them anyway; tests compare the objects). */
function sansIndefinis(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

const facultatif = (v: string) => (v.trim() === "" ? undefined : v.trim());
const ouiNon = (v: string) => (v === "oui" ? true : v === "non" ? false : undefined);
/** A percentage as typed: a number when it reads as one, else the text (which the API then refuses, saying why). */
const nombre = (v: string) => {
  const t = v.trim().replace(",", ".");
  if (t === "") return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : v.trim();
};

/** The data object the API keeps, from the form. */
export function versDonnees(s: SaisieCumul): Record<string, unknown> {
  const t = (champ: ChampCumul) => s[champ].trim();
  const partiel = s["activitePrincipale.quotite"] === "temps_partiel";
  const exerce = ouiNon(s["autresActivitesAccessoires.exerce"]);
  return {
    expert: sansIndefinis({
      nom: t("expert.nom"),
      prenom: t("expert.prenom"),
      grade: t("expert.grade"),
      service: t("expert.service"),
      adresseProfessionnelle: t("expert.adresseProfessionnelle"),
      telephone: facultatif(s["expert.telephone"]),
      courriel: t("expert.courriel"),
    }),
    activitePrincipale: sansIndefinis({
      fonctions: t("activitePrincipale.fonctions"),
      quotite: facultatif(s["activitePrincipale.quotite"]),
      // Only a part-time share has a percentage: a full-time one keeps none from an earlier choice.
      quotitePourcentage: partiel ? nombre(s["activitePrincipale.quotitePourcentage"]) : undefined,
    }),
    activiteAccessoire: sansIndefinis({
      description: t("activiteAccessoire.description"),
      organisme: {
        identite: t("activiteAccessoire.organisme.identite"),
        nature: t("activiteAccessoire.organisme.nature"),
        secteur: t("activiteAccessoire.organisme.secteur"),
      },
      nature: t("activiteAccessoire.nature"),
      dateDebut: t("activiteAccessoire.dateDebut"),
      dateFin: t("activiteAccessoire.dateFin"),
      dureePeriodiciteHoraires: t("activiteAccessoire.dureePeriodiciteHoraires"),
      remuneration: t("activiteAccessoire.remuneration"),
      conditionsParticulieres: facultatif(s["activiteAccessoire.conditionsParticulieres"]),
    }),
    autresActivitesAccessoires: sansIndefinis({
      exerce,
      // Described only when some are exercised: a « non » drops a description typed before.
      description: exerce === true ? facultatif(s["autresActivitesAccessoires.description"]) : undefined,
    }),
    declarationSurLHonneur: {
      souscrite: s["declarationSurLHonneur.souscrite"] === "oui",
      faitA: t("declarationSurLHonneur.faitA"),
      le: t("declarationSurLHonneur.le"),
    },
  };
}

/** The id of a field's input in the form whose ids start with `prefixe`. */
export const idChampCumul = (prefixe: string, champ: ChampCumul) => `${prefixe}-${champ.replace(/\./g, "-")}`;

/** Where focus goes for a field in error: a group of radio buttons or a box, its first input (the DSFR names it `<group id>-0`). */
export const idFocusCumul = (prefixe: string, champ: ChampCumul) =>
  champ === "activitePrincipale.quotite" || champ === "autresActivitesAccessoires.exerce" || champ === "declarationSurLHonneur.souscrite"
    ? `${idChampCumul(prefixe, champ)}-0`
    : idChampCumul(prefixe, champ);

export const estChampCumul = (champ: string): champ is ChampCumul => champ in LIBELLES_CHAMPS_CUMUL;

/** An error's field as a person reads it: « Activité accessoire envisagée : nature de l'organisme ». */
export function libelleChampCumul(champ: string): string {
  if (estChampCumul(champ)) {
    const section = champ.slice(0, champ.lastIndexOf("."));
    const titre = (LIBELLES_SECTIONS_CUMUL as Record<string, string>)[section];
    return titre === undefined ? LIBELLES_CHAMPS_CUMUL[champ] : `${titre} : ${LIBELLES_CHAMPS_CUMUL[champ].charAt(0).toLowerCase()}${LIBELLES_CHAMPS_CUMUL[champ].slice(1)}`;
  }
  return (LIBELLES_SECTIONS_CUMUL as Record<string, string>)[champ] ?? "La demande";
}
