/**
 * A profile of the pool of experts (fichier des agents mobilisables, PRODUCT.md §2): what HR or
 * the agent writes, validated field by field with messages in French. Consent (who may see the
 * profile) is not part of it: only the agent chooses it (see consentement.ts).
 */
import countries from "i18n-iso-countries";
import { z } from "zod";
import { STATUTS } from "../instruments/situation";
import { erreursDeChamps, type ErreurChamp } from "../shared";
import { normaliser } from "./import/normaliser";
import { estDomaine, estLangue, NIVEAUX_CECRL, NIVEAUX_EXPERTISE } from "./referentiels";

/** Statutory positions: the statuses the advisor knows. */
export const POSITIONS = STATUTS;
export type Position = (typeof POSITIONS)[number];
export const LIBELLES_POSITION: Record<Position, string> = {
  titulaire: "Fonctionnaire titulaire",
  stagiaire: "Fonctionnaire stagiaire",
  contractuel_cdi: "Contractuel·le en CDI",
  contractuel_cdd: "Contractuel·le en CDD",
  retraite: "Retraité·e",
  elu: "Élu·e",
  partenaire: "Agent d'un organisme partenaire",
};
export const CATEGORIES_FP = ["A", "B", "C"] as const;

export const LIMITES = { domaines: 30, langues: 20, pays: 80, regions: 80, missions: 50, disponibilites: 20, joursParAn: 220 } as const;
const DATE_ISO = /^\d{4}-\d{2}-\d{2}$/;
const dateExiste = (v: string) => {
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
};

// PostgreSQL refuses the NUL character, and no control character belongs in a profile.
// eslint-disable-next-line no-control-regex
const CONTROLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const chaine = (libelle: string, max: number) =>
  z
    .string({ error: `${libelle} : du texte est attendu` })
    .trim()
    .max(max, { error: `${libelle} : ${max} caractères au plus` })
    .refine((v) => !CONTROLE.test(v), { error: `${libelle} contient des caractères de contrôle` });
const texte = (libelle: string, max: number) => chaine(libelle, max).refine((v) => v.length > 0, { error: `${libelle} est obligatoire` });
const texteFacultatif = (libelle: string, max: number) =>
  chaine(libelle, max)
    .transform((v) => (v === "" ? undefined : v))
    .optional();
const date = (libelle: string) =>
  z
    .string({ error: `${libelle} : une date AAAA-MM-JJ est attendue` })
    .regex(DATE_ISO, { error: `${libelle} : une date AAAA-MM-JJ est attendue` })
    .refine(dateExiste, { error: `${libelle} : cette date n'existe pas` })
    .refine((v) => v >= "1900-01-01" && v <= "2100-12-31", { error: `${libelle} : date hors des années 1900 à 2100` });
const codePays = z
  .string({ error: "code de pays ISO 3166 attendu (SN, MA…)" })
  .trim()
  .transform((v) => v.toUpperCase())
  .refine((v) => /^[A-Z]{2}$/.test(v) && countries.isValid(v), { error: "code de pays ISO 3166 inconnu (SN, MA…)" });

/**
 * Each code of a list once: the error names the repeated entry (by `libelle` when the key is not
 * fit to be read), on the entry or on one of its fields (`champ`).
 */
const sansDoublon =
  <T>(cle: (x: T) => string, quoi: string, { libelle = cle, champ }: { libelle?: (x: T) => string; champ?: string } = {}) =>
  (liste: T[], ctx: z.RefinementCtx) => {
    const vus = new Set<string>();
    liste.forEach((x, i) => {
      if (vus.has(cle(x))) ctx.addIssue({ code: "custom", path: champ ? [i, champ] : [i], message: `${quoi} « ${libelle(x)} » figure deux fois` });
      vus.add(cle(x));
    });
  };

export const schemaDomaineExpertise = z.strictObject({
  code: z.string({ error: "code du thésaurus attendu" }).refine(estDomaine, { error: "domaine inconnu du thésaurus" }),
  niveau: z.enum(NIVEAUX_EXPERTISE, { error: `niveau attendu : ${NIVEAUX_EXPERTISE.join(", ")}` }),
  precision: texteFacultatif("la précision", 500),
});

export const schemaLangue = z.strictObject({
  code: z
    .string({ error: "code de langue ISO 639-1 attendu (en, es…)" })
    .trim()
    .transform((v) => v.toLowerCase())
    .refine(estLangue, { error: "code de langue ISO 639-1 inconnu (en, es…)" }),
  niveau: z.enum(NIVEAUX_CECRL, { error: `niveau du CECRL attendu : ${NIVEAUX_CECRL.join(", ")}` }),
});

export const schemaMissionPassee = z.strictObject({
  intitule: texte("l'intitulé", 200),
  pays: codePays.optional(),
  annee: z
    .number({ error: "l'année est un nombre" })
    .int({ error: "l'année est un nombre entier" })
    .min(1960, { error: "année antérieure à 1960" })
    .max(2100, { error: "année postérieure à 2100" })
    .optional(),
  commanditaire: texteFacultatif("le commanditaire", 200),
  description: texteFacultatif("la description", 2000),
});

/** An ISO 3166-2 subdivision code: the country's alpha-2 code, a hyphen, one to three letters or digits (SN-DK, MA-09, ML-BKO). */
export const CODE_SUBDIVISION = /^[A-Z]{2}-[A-Z0-9]{1,3}$/;
/**
 * `;`, parentheses and line breaks write a list of regions in one spreadsheet cell
 * (`Dakar (Sénégal); Souss-Massa (Maroc)`): a name holding one could not be read back from an export.
 */
const SEPARATEURS_REGION = /[;()\n\r]/;

/**
 * A region (or any subdivision) worked in. No offline ISO 3166-2 list is up to date (the npm
 * package iso-3166-2 dates from 2017 and lacks, for one, the French regions of 2016), so the name
 * is free text and the code, optional, is only checked for its form and its country.
 */
export const schemaRegion = z
  .strictObject({
    pays: codePays,
    nom: texte("le nom de la région", 120).refine((v) => !SEPARATEURS_REGION.test(v), {
      error: "le nom de la région ne peut contenir ni « ; », ni parenthèses, ni retour à la ligne",
    }),
    code: z
      .string({ error: "code ISO 3166-2 attendu (SN-DK, MA-09…)" })
      .trim()
      // Left empty, as an optional text field is: no code.
      .transform((v) => (v === "" ? undefined : v.toUpperCase()))
      .refine((v) => v === undefined || CODE_SUBDIVISION.test(v), {
        error: "code ISO 3166-2 attendu : le code du pays, un tiret, 1 à 3 lettres ou chiffres (SN-DK, MA-09…)",
      })
      .optional(),
  })
  .superRefine((r, ctx) => {
    // Runs even when a field failed: a prefix is only compared with a country that exists, to a code of the right form.
    const comparable = typeof r.pays === "string" && countries.isValid(r.pays) && typeof r.code === "string" && CODE_SUBDIVISION.test(r.code);
    if (comparable && r.code!.slice(0, 2) !== r.pays) {
      ctx.addIssue({ code: "custom", path: ["code"], message: `le code ISO 3166-2 doit commencer par ${r.pays}-` });
    }
  });

export const schemaDisponibilite = z
  .strictObject({ debut: date("début"), fin: date("fin"), commentaire: texteFacultatif("le commentaire", 300) })
  .refine((p) => p.fin >= p.debut, { path: ["fin"], message: "la fin de la période précède son début" });

export const schemaProfil = z.strictObject({
  prenom: texte("le prénom", 100),
  nom: texte("le nom", 100),
  courriel: z
    .string({ error: "l'adresse électronique est obligatoire" })
    .trim()
    .max(254, { error: "adresse électronique trop longue" })
    .pipe(z.email({ error: "adresse électronique invalide" }))
    .transform((v) => v.toLowerCase()),
  telephone: z
    .string({ error: "le téléphone est du texte" })
    .trim()
    .regex(/^\+?[0-9 .()-]{6,25}$/, { error: "numéro de téléphone invalide" })
    .optional(),
  numeroAgent: texteFacultatif("le numéro d'agent", 50),
  position: z.enum(POSITIONS, { error: `position statutaire attendue : ${POSITIONS.join(", ")}` }),
  grade: texteFacultatif("le grade", 150),
  cadreEmplois: texteFacultatif("le cadre d'emplois", 150),
  categorie: z.enum(CATEGORIES_FP, { error: "catégorie attendue : A, B ou C" }).optional(),
  metier: texteFacultatif("le métier", 150),
  domaines: z
    .array(schemaDomaineExpertise, { error: "les domaines sont une liste" })
    .max(LIMITES.domaines, { error: `${LIMITES.domaines} domaines au plus` })
    .superRefine(sansDoublon((d) => d.code, "le domaine"))
    .default([]),
  langues: z
    .array(schemaLangue, { error: "les langues sont une liste" })
    .max(LIMITES.langues, { error: `${LIMITES.langues} langues au plus` })
    .superRefine(sansDoublon((l) => l.code, "la langue"))
    .default([]),
  pays: z
    .array(codePays, { error: "les pays sont une liste de codes ISO 3166" })
    .max(LIMITES.pays, { error: `${LIMITES.pays} pays au plus` })
    .superRefine(sansDoublon((p) => p, "le pays"))
    .default([]),
  regions: z
    .array(schemaRegion, { error: "les régions sont une liste" })
    .max(LIMITES.regions, { error: `${LIMITES.regions} régions au plus` })
    .superRefine(sansDoublon((r) => `${r.pays}:${normaliser(r.nom)}`, "la région", { libelle: (r) => `${r.nom} (${r.pays})`, champ: "nom" }))
    .default([])
    .describe("Régions (ou autres subdivisions) d'intervention : le pays (ISO 3166-1 alpha-2), le nom, et le code ISO 3166-2 s'il est connu"),
  missionsPassees: z
    .array(schemaMissionPassee, { error: "les missions passées sont une liste" })
    .max(LIMITES.missions, { error: `${LIMITES.missions} missions au plus` })
    .default([]),
  disponibilites: z
    .array(schemaDisponibilite, { error: "les disponibilités sont une liste de périodes" })
    .max(LIMITES.disponibilites, { error: `${LIMITES.disponibilites} périodes au plus` })
    .default([]),
  joursParAn: z
    .number({ error: "le nombre de jours par an est un nombre" })
    .min(0, { error: "le nombre de jours par an ne peut être négatif" })
    .max(LIMITES.joursParAn, { error: `${LIMITES.joursParAn} jours par an au plus` })
    .refine((v) => Number.isInteger(v * 2), { error: "les jours se comptent par demi-journées" })
    .optional(),
  dateNaissance: date("la date de naissance").optional(),
  dateRetraitePrevue: date("la date de départ à la retraite").optional(),
});

export type ProfilSaisi = z.input<typeof schemaProfil>;
export type Profil = z.output<typeof schemaProfil>;

export function lireProfil(entree: unknown): { ok: true; profil: Profil } | { ok: false; erreurs: ErreurChamp[] } {
  const r = schemaProfil.safeParse(entree);
  return r.success ? { ok: true, profil: r.data } : { ok: false, erreurs: erreursDeChamps(r.error, "profil") };
}

/** Age in whole years on a day (both AAAA-MM-JJ). */
export function ageAu(dateNaissance: string, jour: string): number {
  const [an, mois, j] = dateNaissance.split("-").map(Number) as [number, number, number];
  const [anJ, moisJ, jJ] = jour.split("-").map(Number) as [number, number, number];
  return anJ - an - (moisJ < mois || (moisJ === mois && jJ < j) ? 1 : 0);
}

/**
 * PRODUCT.md §2: a retiree stays in the pool only if they consented to — HR cannot decide it for
 * them. The message for a change of an existing profile to « retraité » without that consent.
 */
export function refusPassageALaRetraite(nouvelle: Position, avant: { position: Position; maintienApresRetraite: boolean } | undefined): string | undefined {
  if (nouvelle !== "retraite" || !avant || avant.position === "retraite" || avant.maintienApresRetraite) return undefined;
  return "la personne n'a pas consenti à rester dans le vivier après sa retraite : demandez-lui de le faire dans son profil, ou effacez le profil";
}
