/**
 * A cell as people fill it in, read as the value of a profile's field: statuses, domains,
 * languages, countries and regions from their French or English names or codes, dates in the French
 * order, numbers with a decimal comma. An unrecognised value is an error that names it.
 */
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };
import fr from "i18n-iso-countries/langs/fr.json" with { type: "json" };
import { CODE_SUBDIVISION, LIBELLES_POSITION, POSITIONS, type Position, type Profil } from "../profil";
import { DOMAINES, LANGUES, LIBELLES_NIVEAUX_EXPERTISE, NIVEAUX_CECRL, NIVEAUX_EXPERTISE, type NiveauCecrl, type NiveauExpertise } from "../referentiels";
import { citer, normaliser, tableNormalisee } from "./normaliser";

countries.registerLocale(fr);
countries.registerLocale(en);

/** A cell: text from a CSV file; from a worksheet, also numbers, booleans and dates. */
export type ValeurCellule = string | number | boolean | Date | null;

export type Lu<T> = { ok: true; valeur: T } | { ok: false; message: string; precis?: boolean };
const ok = <T>(valeur: T): Lu<T> => ({ ok: true, valeur });
/** `precis`: the value was understood but is wrong (a known domain with an unknown level). */
const ko = (message: string, precis = false): Lu<never> => ({ ok: false, message, precis });

const JOUR_MS = 86_400_000;
const deuxChiffres = (n: number) => String(n).padStart(2, "0");
const isoDuJour = (d: Date) => new Date(Math.round(d.getTime() / JOUR_MS) * JOUR_MS).toISOString().slice(0, 10);

/** A cell as text: trimmed, and a quote that neutralised a formula (see ../export.ts) taken off. */
export function texteDe(v: ValeurCellule): string {
  if (v === null) return "";
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? "" : isoDuJour(v);
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  if (typeof v === "boolean") return v ? "VRAI" : "FAUX";
  const t = v.trim();
  return /^'[=+\-@]/.test(t) ? t.slice(1) : t;
}

export const lireTexte = (v: ValeurCellule): Lu<string> => ok(texteDe(v));

// ————————————————————————————————————————— Dates

/**
 * `dd/mm/yyyy` (also `d/m/yyyy`, with `-` or `.`), `yyyy-mm-dd`, a worksheet's date, or its
 * serial number (days since 1899-12-30) when the cell lost its date format.
 */
export function lireDate(v: ValeurCellule): Lu<string> {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? ko("date invalide") : ok(isoDuJour(v));
  if (typeof v === "number") {
    if (!Number.isInteger(v) || v < 1 || v > 73_050) return ko(`date non reconnue ${citer(String(v))} (attendu : JJ/MM/AAAA)`);
    return ok(isoDuJour(new Date(Date.UTC(1899, 11, 30) + v * JOUR_MS)));
  }
  const t = texteDe(v);
  const francaise = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (francaise) return ok(`${francaise[3]}-${deuxChiffres(Number(francaise[2]))}-${deuxChiffres(Number(francaise[1]))}`);
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+Z?)?$/.exec(t);
  if (iso) return ok(iso[1]!);
  if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2}$/.test(t)) return ko(`date ${citer(t)} : l'année s'écrit avec quatre chiffres (JJ/MM/AAAA)`);
  return ko(`date non reconnue ${citer(t)} (attendu : JJ/MM/AAAA)`);
}

// ————————————————————————————————————————— Numbers

/** A number of days: `12`, `12,5`, `12.5`, `12 jours`. */
export function lireNombre(v: ValeurCellule): Lu<number> {
  if (typeof v === "number") return Number.isFinite(v) ? ok(v) : ko("nombre invalide");
  const t = texteDe(v);
  const m = /^(\d{1,6}(?:[.,]\d+)?)\s*(?:j|jours?|days?)?\.?$/i.exec(t.replace(/\s+(?=\d)/g, ""));
  return m ? ok(Number(m[1]!.replace(",", "."))) : ko(`${citer(t)} n'est pas un nombre de jours`);
}

// ————————————————————————————————————————— Statuses and categories

const AUTRES_LIBELLES_POSITION: Record<Position, string[]> = {
  titulaire: ["fonctionnaire", "titulaire", "titulaire de la fonction publique", "civil servant", "tenured civil servant", "permanent civil servant", "tenured"],
  stagiaire: ["stagiaire", "probationary civil servant", "trainee civil servant", "probationer"],
  contractuel_cdi: ["CDI", "contractuel CDI", "contractuelle CDI", "contractuel en CDI", "contractuelle en CDI", "agent contractuel en CDI", "permanent contract", "open-ended contract"],
  contractuel_cdd: ["CDD", "contractuel CDD", "contractuelle CDD", "contractuel en CDD", "contractuelle en CDD", "agent contractuel en CDD", "fixed-term contract", "temporary contract"],
  retraite: ["retraité", "retraitée", "retired", "retiree", "pensioner"],
  elu: ["élu", "élue", "élu local", "élue locale", "elected", "elected official", "elected representative", "councillor"],
  partenaire: ["partenaire", "agent partenaire", "partner"],
};
const POSITION_PAR_LIBELLE = tableNormalisee(
  POSITIONS.flatMap((p) => [p, LIBELLES_POSITION[p], ...AUTRES_LIBELLES_POSITION[p]].map((l) => [l, p] as [string, Position])),
);
/** Words that name a contract without saying which: guessing CDI or CDD would be wrong half the time. */
const CONTRAT_AMBIGU = new Set(["contractuel", "contractuelle", "contractuel le", "agent contractuel", "non titulaire", "contract", "contractual"]);

export function lirePosition(v: ValeurCellule): Lu<Position> {
  const t = texteDe(v);
  const cle = normaliser(t);
  const position = POSITION_PAR_LIBELLE.get(cle);
  if (position) return ok(position);
  if (CONTRAT_AMBIGU.has(cle)) return ko(`statut ${citer(t)} : précisez CDI ou CDD (« Contractuel CDI », « CDD »)`);
  return ko(`statut inconnu ${citer(t)} (attendu : titulaire, stagiaire, contractuel CDI, CDD, retraité, élu ou partenaire)`);
}

type Categorie = NonNullable<Profil["categorie"]>;

export function lireCategorie(v: ValeurCellule): Lu<Categorie> {
  const t = texteDe(v);
  const m = /^(?:cat(?:egorie)?\s*)?([abc])$/.exec(normaliser(t));
  return m ? ok(m[1]!.toUpperCase() as Categorie) : ko(`catégorie inconnue ${citer(t)} (attendu : A, B ou C)`);
}

// ————————————————————————————————————————— Lists

/** Recombining a segment cut at commas tries at most this many pieces together (labels hold a few commas). */
const PIECES_PAR_ELEMENT = 8;
const SEPARATEURS_MAX = 500;

/**
 * A list cell: items separated by `;` or line breaks, or by `,` — but labels may hold commas
 * ("Congo, République démocratique du"), so each segment is first read whole, then cut at commas
 * and its pieces put back together, the longest first.
 */
export function lireListe<T>(v: ValeurCellule, lireElement: (texte: string) => Lu<T>): { valeurs: T[]; erreurs: string[] } {
  const valeurs: T[] = [];
  const erreurs: string[] = [];
  const texte = texteDe(v);
  // A hostile cell of thousands of commas must not cost thousands of lookups per piece.
  if ((texte.match(/[;,\n]/g)?.length ?? 0) > SEPARATEURS_MAX) return { valeurs, erreurs: [`liste trop longue (${SEPARATEURS_MAX} séparateurs au plus)`] };
  for (const segment of texte.split(/[;\n\r]+/)) {
    const s = segment.trim();
    if (!s) continue;
    const entier = lireElement(s);
    if (entier.ok) {
      valeurs.push(entier.valeur);
      continue;
    }
    const pieces = s.split(",");
    if (pieces.length === 1 || entier.precis) {
      erreurs.push(entier.message);
      continue;
    }
    let i = 0;
    while (i < pieces.length) {
      let trouve = false;
      for (let j = Math.min(pieces.length, i + PIECES_PAR_ELEMENT); j > i && !trouve; j--) {
        const candidat = pieces.slice(i, j).join(",").trim();
        const lu = candidat ? lireElement(candidat) : undefined;
        if (lu?.ok) {
          valeurs.push(lu.valeur);
          i = j;
          trouve = true;
        }
      }
      if (trouve) continue;
      const seul = pieces[i]!.trim();
      const lu = seul ? lireElement(seul) : undefined;
      if (lu && !lu.ok) erreurs.push(lu.message);
      i++;
    }
  }
  return { valeurs, erreurs };
}

/** `Libellé (niveau)` or `Libellé : niveau`: the label and the level, when the text ends with one. */
function separerNiveau(texte: string): { libelle: string; niveau: string } | undefined {
  const m = /^(.+?)\s*\(([^()]+)\)$/.exec(texte) ?? /^(.+?)\s*:\s*([^:]+)$/.exec(texte);
  return m ? { libelle: m[1]!.trim(), niveau: m[2]!.trim() } : undefined;
}

const DOMAINE_PAR_LIBELLE = tableNormalisee(DOMAINES.flatMap((d) => [d.code, d.fr, d.en].map((l) => [l, d.code] as [string, string])));
const NIVEAU_EXPERTISE_PAR_LIBELLE = tableNormalisee(
  NIVEAUX_EXPERTISE.flatMap((n) => [n, LIBELLES_NIVEAUX_EXPERTISE[n].fr, LIBELLES_NIVEAUX_EXPERTISE[n].en].map((l) => [l, n] as [string, NiveauExpertise])),
);
for (const [l, n] of [["notion", "notions"], ["confirmée", "confirme"], ["experte", "expert"]] as const) NIVEAU_EXPERTISE_PAR_LIBELLE.set(normaliser(l), n);

/** The level of a domain when the cell gives none. */
export const NIVEAU_EXPERTISE_PAR_DEFAUT: NiveauExpertise = "confirme";

/** `Eau potable`, `Drinking water (expert)`, `EAU-POTABLE:expert`: a domain of the thesaurus and its level. */
export function lireDomaine(texte: string): Lu<{ code: string; niveau: NiveauExpertise }> {
  const code = DOMAINE_PAR_LIBELLE.get(normaliser(texte));
  if (code) return ok({ code, niveau: NIVEAU_EXPERTISE_PAR_DEFAUT });
  const avecNiveau = separerNiveau(texte);
  const codeAvecNiveau = avecNiveau && DOMAINE_PAR_LIBELLE.get(normaliser(avecNiveau.libelle));
  if (!avecNiveau || !codeAvecNiveau) return ko(`domaine inconnu du thésaurus ${citer(texte)}`);
  const niveau = NIVEAU_EXPERTISE_PAR_LIBELLE.get(normaliser(avecNiveau.niveau));
  if (!niveau) return ko(`niveau inconnu ${citer(avecNiveau.niveau)} pour ${citer(avecNiveau.libelle)} (attendu : notions, confirmé ou expert)`, true);
  return ok({ code: codeAvecNiveau, niveau });
}

const LANGUE_PAR_NOM = tableNormalisee(LANGUES.flatMap((l) => [l.code, l.fr, l.en].map((n) => [n, l.code] as [string, string])));

/** `anglais C1`, `en:C1`, `English (C1)`, `anglais - C1`: an ISO 639-1 language and its CEFR level. */
export function lireLangue(texte: string): Lu<{ code: string; niveau: NiveauCecrl }> {
  const m = /^(.+?)[\s:(\-–—]*\b([ABCabc][12])\)?$/.exec(texte);
  const code = m && LANGUE_PAR_NOM.get(normaliser(m[1]!.replace(/\bniveau$/i, "")));
  if (m && code) return ok({ code, niveau: m[2]!.toUpperCase() as NiveauCecrl });
  if (LANGUE_PAR_NOM.has(normaliser(texte))) {
    return ko(`niveau manquant pour la langue ${citer(texte)} : ${NIVEAUX_CECRL[0]} à ${NIVEAUX_CECRL.at(-1)} (par exemple « anglais C1 »)`, true);
  }
  return ko(`langue inconnue ${citer(texte)}`);
}

/** Every name the countries library knows (official and usual, French and English). */
const PAYS_PAR_NOM = tableNormalisee(
  (["fr", "en"] as const).flatMap((langue) =>
    Object.entries(countries.getNames(langue, { select: "all" })).flatMap(([code, noms]) => noms.map((nom) => [nom, code] as [string, string])),
  ),
);

/** A country's French name, as the export writes it (and lirePays reads it back). */
export const nomDuPays = (code: string): string => countries.getName(code, "fr") ?? code;

/** `Sénégal`, `Senegal`, `SN`, `SEN`: an ISO 3166 alpha-2 code. */
export function lirePays(texte: string): Lu<string> {
  const t = texte.trim();
  if (/^[a-z]{2}$/i.test(t) && countries.isValid(t.toUpperCase())) return ok(t.toUpperCase());
  const alpha3 = /^[a-z]{3}$/i.test(t) ? countries.alpha3ToAlpha2(t.toUpperCase()) : undefined;
  if (alpha3) return ok(alpha3);
  const code = PAYS_PAR_NOM.get(normaliser(t));
  return code ? ok(code) : ko(`pays inconnu ${citer(t)}`);
}

type Region = Profil["regions"][number];

/**
 * `Dakar (Sénégal)`, `Souss-Massa (MA)`, `Dakar (SN-DK)`: a region's name, then in parentheses its
 * country (what lirePays reads) or its ISO 3166-2 code, which gives the country. A region's name
 * holds no parenthesis (profil.ts), a country's may (« Saint-Siège (Vatican) »), balanced:
 * `Dakar (Sénégal), Thiès (Sénégal)` is not one region named « Dakar » in « Sénégal), Thiès
 * (Sénégal », and lireListe cuts it at the comma.
 */
export function lireRegion(texte: string): Lu<Region> {
  const m = /^([^()]+?)\s*\(((?:[^()]|\([^()]*\))+)\)$/.exec(texte.trim());
  if (!m) return ko(`région ${citer(texte)} : attendu le nom puis le pays entre parenthèses (« Dakar (Sénégal) », « Dakar (SN-DK) »)`);
  const nom = m[1]!.trim();
  const entre = m[2]!.trim();
  const code = entre.toUpperCase();
  if (CODE_SUBDIVISION.test(code)) {
    const pays = lirePays(code.slice(0, 2));
    return pays.ok ? ok({ pays: pays.valeur, nom, code }) : ko(`code ISO 3166-2 ${citer(entre)} de la région ${citer(nom)} : pays inconnu`, true);
  }
  const pays = lirePays(entre);
  return pays.ok ? ok({ pays: pays.valeur, nom }) : ko(`pays inconnu ${citer(entre)} pour la région ${citer(nom)}`, true);
}

/** A region as the export writes it (and lireRegion reads it back): its code when it has one, which gives the country, else the country's French name. */
export const ecrireRegion = (r: Region): string => `${r.nom} (${r.code ?? nomDuPays(r.pays)})`;
