/**
 * The document engine: the templates of ./modeles, filled from a case's data and rendered as DOCX
 * (to edit) or PDF (to sign). Templates are read and checked once per process.
 *
 *   const r = await rendre("convention-mise-a-disposition", donnees, { format: "pdf", genereLe: new Date() });
 *   if (r.ok) fs.writeFileSync(r.nomFichier, r.octets); else r.erreurs // [{ champ, message }]
 *
 * The generation date is passed in, never read from the clock here, so a document renders the same
 * twice and tests are deterministic.
 */
import fs from "node:fs";
import { formaterDate, jourEnFrance, lireDate } from "./formats";
import { analyserModele, type Modele } from "./modele";
import { type ErreurChamp, remplir } from "./remplir";
import { rendreDocx } from "./rendu-docx";
import { type Pied, rendrePdf } from "./rendu-pdf";
import { typographier } from "./typographie";

export { ErreurModele, TYPES_CHAMP, type Champ, type Modele, type TypeChamp } from "./modele";
export { remplir, type DocumentRempli, type ErreurChamp, type Remplissage } from "./remplir";
export { typographier } from "./typographie";

export { FORMATS, type Format, TYPES_MIME } from "./formats-fichier";
import { FORMATS, type Format, TYPES_MIME } from "./formats-fichier";

export type Rendu = { ok: true; octets: Uint8Array; nomFichier: string; typeMime: string } | { ok: false; erreurs: ErreurChamp[] };

export class ModeleInconnu extends Error {
  constructor(readonly nom: string) {
    super(`modèle inconnu « ${nom} » (modèles : ${nomsDesModeles().join(", ")})`);
    this.name = "ModeleInconnu";
  }
}

const DOSSIER = new URL("./modeles/", import.meta.url);
/** Example data, complete, for each template: the CLI's documentation and the tests' input. */
export const DOSSIER_EXEMPLES = new URL("./exemples/", import.meta.url);

const lus = new Map<string, Modele>();

/** The templates' names, from the files of ./modeles, in alphabetical order. */
export function nomsDesModeles(): string[] {
  return fs
    .readdirSync(DOSSIER)
    .filter((f) => f.endsWith(".md"))
    .map((f) => f.slice(0, -3))
    .sort();
}

/** One template, read and checked; ModeleInconnu or ErreurModele (every problem listed) otherwise. */
export function lireModele(nom: string): Modele {
  const deja = lus.get(nom);
  if (deja) return deja;
  // The name becomes a path: letters, digits and hyphens only.
  if (!/^[a-z0-9][a-z0-9-]*$/.test(nom) || !nomsDesModeles().includes(nom)) throw new ModeleInconnu(nom);
  const modele = analyserModele(nom, fs.readFileSync(new URL(`${nom}.md`, DOSSIER), "utf8"));
  lus.set(nom, modele);
  return modele;
}

export function listerModeles(): Modele[] {
  return nomsDesModeles().map(lireModele);
}

/** The day of generation, AAAA-MM-JJ, from a date or from that string itself. */
function jourDeGeneration(genereLe: Date | string): { jour: string; date: Date } {
  if (genereLe instanceof Date) {
    if (Number.isNaN(genereLe.getTime())) throw new RangeError("date de génération invalide");
    return { jour: jourEnFrance(genereLe), date: genereLe };
  }
  const d = lireDate(genereLe);
  if (!d) throw new RangeError(`date de génération invalide « ${genereLe} » (attendu : AAAA-MM-JJ)`);
  return { jour: genereLe, date: new Date(Date.UTC(d.annee, d.mois - 1, d.jour, 12)) };
}

/** The footer's words, the same in both formats. */
function textePied(modele: Modele, jour: string): string {
  return typographier(`${modele.titre} — modèle ${modele.nom}, version ${modele.version} — généré le ${formaterDate(jour)}`, { apostrophe: true });
}

/** A template filled and rendered; the missing or invalid fields otherwise, and then no bytes. */
export async function rendre(nom: string, donnees: unknown, options: { format: Format; genereLe: Date | string }): Promise<Rendu> {
  const modele = lireModele(nom);
  if (!FORMATS.includes(options.format)) throw new RangeError(`format inconnu « ${String(options.format)} » (attendu : ${FORMATS.join(" ou ")})`);
  const { jour, date } = jourDeGeneration(options.genereLe);
  const rempli = remplir(modele, donnees);
  if (!rempli.ok) return rempli;
  const pied: Pied = { texte: textePied(modele, jour), date };
  const octets = options.format === "pdf" ? await rendrePdf(rempli.document, pied) : await rendreDocx(rempli.document, pied);
  return { ok: true, octets, nomFichier: `${nom}-v${modele.version}-${jour}.${options.format}`, typeMime: TYPES_MIME[options.format] };
}
