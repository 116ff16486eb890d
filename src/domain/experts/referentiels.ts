/**
 * Reference vocabularies of an expert's profile: the bilingual thesaurus of domains of expertise,
 * ISO 639-1 languages, CEFR levels, and the levels of expertise in a domain.
 *
 * The data lives in JSON files beside this module so that it can be reviewed (and corrected) by
 * people who do not read TypeScript; it is validated once, when this module is first imported, so
 * that a bad edit breaks start-up and the tests instead of silently corrupting profiles.
 */
import { z } from "zod";
import sourceLangues from "./langues.json" with { type: "json" };
import sourceThesaurus from "./thesaurus.json" with { type: "json" };

// Codes are stored on profiles and in exports: they are never renamed nor reused, and are
// uppercase ASCII so that they survive CSV files, URLs and case-insensitive systems unchanged.
const CODE_FAMILLE = /^[A-Z0-9]+$/;
const CODE_DOMAINE = /^[A-Z0-9]+(-[A-Z0-9]+)+$/;

const libelle = z.string().trim().min(1);

const schemaThesaurus = z
  .object({
    version: z.string().min(1),
    familles: z.array(z.object({ code: z.string().regex(CODE_FAMILLE), fr: libelle, en: libelle })).min(1),
    domaines: z
      .array(
        z.object({
          code: z.string().regex(CODE_DOMAINE),
          famille: z.string(),
          fr: libelle,
          en: libelle,
          motsCles: z.array(libelle).max(6),
        }),
      )
      .min(1),
  })
  .superRefine((t, ctx) => {
    const familles = new Set<string>();
    for (const f of t.familles) {
      if (familles.has(f.code)) ctx.addIssue({ code: "custom", message: `famille en double : ${f.code}` });
      familles.add(f.code);
    }
    const domaines = new Set<string>();
    for (const d of t.domaines) {
      if (domaines.has(d.code)) ctx.addIssue({ code: "custom", message: `domaine en double : ${d.code}` });
      if (!familles.has(d.famille)) ctx.addIssue({ code: "custom", message: `famille inconnue pour ${d.code} : ${d.famille}` });
      domaines.add(d.code);
    }
  });

export const NIVEAUX_CECRL = ["A1", "A2", "B1", "B2", "C1", "C2"] as const;
export type NiveauCecrl = (typeof NIVEAUX_CECRL)[number];

const schemaLangues = z
  .object({
    version: z.string().min(1),
    langues: z.array(z.object({ code: z.string().regex(/^[a-z]{2}$/), fr: libelle, en: libelle })).min(1),
    niveauxCecrl: z.array(z.object({ code: z.enum(NIVEAUX_CECRL), fr: libelle, en: libelle })),
  })
  .superRefine((l, ctx) => {
    const codes = new Set<string>();
    for (const langue of l.langues) {
      if (codes.has(langue.code)) ctx.addIssue({ code: "custom", message: `langue en double : ${langue.code}` });
      codes.add(langue.code);
    }
    // The order of NIVEAUX_CECRL is what comparisons rely on; the JSON only carries the labels.
    if (l.niveauxCecrl.map((n) => n.code).join() !== NIVEAUX_CECRL.join()) {
      ctx.addIssue({ code: "custom", message: `niveaux CECRL attendus : ${NIVEAUX_CECRL.join(", ")}` });
    }
  });

export type Famille = { readonly code: string; readonly fr: string; readonly en: string };
export type Domaine = {
  readonly code: string;
  readonly famille: string;
  readonly fr: string;
  readonly en: string;
  /** French synonyms and acronyms people type when searching; indexed with the labels. */
  readonly motsCles: readonly string[];
};
export type Langue = { readonly code: string; readonly fr: string; readonly en: string };
export type Libelles = { readonly fr: string; readonly en: string };

const thesaurus = schemaThesaurus.parse(sourceThesaurus);
const langues = schemaLangues.parse(sourceLangues);

/** Date of the thesaurus's last change: stored with exports so a reader knows which edition applies. */
export const VERSION_THESAURUS: string = thesaurus.version;
export const FAMILLES: readonly Famille[] = Object.freeze(thesaurus.familles.map((f) => Object.freeze(f)));
export const DOMAINES: readonly Domaine[] = Object.freeze(
  thesaurus.domaines.map((d) => Object.freeze({ ...d, motsCles: Object.freeze(d.motsCles) })),
);

const famillesParCode = new Map(FAMILLES.map((f) => [f.code, f]));
const domainesParCode = new Map(DOMAINES.map((d) => [d.code, d]));

export function famille(code: string): Famille | undefined {
  return famillesParCode.get(code);
}

export function domaine(code: string): Domaine | undefined {
  return domainesParCode.get(code);
}

export function estDomaine(code: string): boolean {
  return domainesParCode.has(code);
}

export const VERSION_LANGUES: string = langues.version;
export const LANGUES: readonly Langue[] = Object.freeze(langues.langues.map((l) => Object.freeze(l)));
const languesParCode = new Map(LANGUES.map((l) => [l.code, l]));

/** ISO 639-1 codes are lowercase; "FR" is not accepted, so that stored codes have a single spelling. */
export function langue(code: string): Langue | undefined {
  return languesParCode.get(code);
}

export function estLangue(code: string): boolean {
  return languesParCode.has(code);
}

export const LIBELLES_NIVEAUX_CECRL: Readonly<Record<NiveauCecrl, Libelles>> = Object.freeze(
  Object.fromEntries(langues.niveauxCecrl.map((n) => [n.code, Object.freeze({ fr: n.fr, en: n.en })])) as Record<NiveauCecrl, Libelles>,
);

export function estNiveauCecrl(valeur: unknown): valeur is NiveauCecrl {
  return typeof valeur === "string" && (NIVEAUX_CECRL as readonly string[]).includes(valeur);
}

/** Negative when `a` is below `b`, zero when equal, positive above: usable with Array.sort. */
export function comparerNiveauxCecrl(a: NiveauCecrl, b: NiveauCecrl): number {
  return NIVEAUX_CECRL.indexOf(a) - NIVEAUX_CECRL.indexOf(b);
}

/** Whether a speaker at `niveau` meets a mission's requirement of at least `minimum`. */
export function niveauAtteint(niveau: NiveauCecrl, minimum: NiveauCecrl): boolean {
  return comparerNiveauxCecrl(niveau, minimum) >= 0;
}

/** How well an expert masters a domain; ordered from lowest to highest. */
export const NIVEAUX_EXPERTISE = ["notions", "confirme", "expert"] as const;
export type NiveauExpertise = (typeof NIVEAUX_EXPERTISE)[number];

export const LIBELLES_NIVEAUX_EXPERTISE: Readonly<Record<NiveauExpertise, Libelles>> = Object.freeze({
  notions: Object.freeze({ fr: "notions", en: "basic knowledge" }),
  confirme: Object.freeze({ fr: "confirmé", en: "experienced" }),
  expert: Object.freeze({ fr: "expert", en: "expert" }),
});

export function estNiveauExpertise(valeur: unknown): valeur is NiveauExpertise {
  return typeof valeur === "string" && (NIVEAUX_EXPERTISE as readonly string[]).includes(valeur);
}

/** Negative when `a` is below `b`, zero when equal, positive above: usable with Array.sort. */
export function comparerNiveauxExpertise(a: NiveauExpertise, b: NiveauExpertise): number {
  return NIVEAUX_EXPERTISE.indexOf(a) - NIVEAUX_EXPERTISE.indexOf(b);
}

/** Whether an expert at `niveau` in a domain meets a mission's requirement of at least `minimum`. */
export function niveauExpertiseAtteint(niveau: NiveauExpertise, minimum: NiveauExpertise): boolean {
  return comparerNiveauxExpertise(niveau, minimum) >= 0;
}
