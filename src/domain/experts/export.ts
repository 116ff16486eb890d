/**
 * An employer's pool as a spreadsheet: one column per field, with the headers and the wording the
 * import reads (import/entetes.ts, import/valeurs.ts), so that an export re-imports unchanged.
 * Every cell that a spreadsheet would take for a formula (`=`, `+`, `-`, `@`, tab, carriage
 * return first) gets a leading quote: opening the file must never run anything (CSV injection).
 */
import { CHAMPS_IMPORT, type ChampImport, ENTETES } from "./import/entetes";
import { ecrireRegion, nomDuPays } from "./import/valeurs";
import { LIBELLES_POSITION, type Profil } from "./profil";
import { domaine, langue, LIBELLES_NIVEAUX_EXPERTISE } from "./referentiels";

/** The separator of list cells: `;` is what the import cuts on first, and no label holds it. */
const SEPARATEUR_LISTE = "; ";

const dateFrancaise = (iso: string | undefined) => (iso ? iso.split("-").reverse().join("/") : "");

const FORMATS: Record<ChampImport, (p: Profil) => string> = {
  prenom: (p) => p.prenom,
  nom: (p) => p.nom,
  courriel: (p) => p.courriel,
  telephone: (p) => p.telephone ?? "",
  numeroAgent: (p) => p.numeroAgent ?? "",
  position: (p) => LIBELLES_POSITION[p.position],
  grade: (p) => p.grade ?? "",
  cadreEmplois: (p) => p.cadreEmplois ?? "",
  categorie: (p) => p.categorie ?? "",
  metier: (p) => p.metier ?? "",
  domaines: (p) => p.domaines.map((d) => `${domaine(d.code)?.fr ?? d.code} (${LIBELLES_NIVEAUX_EXPERTISE[d.niveau].fr})`).join(SEPARATEUR_LISTE),
  langues: (p) => p.langues.map((l) => `${langue(l.code)?.fr ?? l.code} ${l.niveau}`).join(SEPARATEUR_LISTE),
  pays: (p) => p.pays.map(nomDuPays).join(SEPARATEUR_LISTE),
  regions: (p) => p.regions.map(ecrireRegion).join(SEPARATEUR_LISTE),
  dateNaissance: (p) => dateFrancaise(p.dateNaissance),
  dateRetraitePrevue: (p) => dateFrancaise(p.dateRetraitePrevue),
  joursParAn: (p) => (p.joursParAn === undefined ? "" : String(p.joursParAn).replace(".", ",")),
};

/** A cell a spreadsheet would read as a formula, made inert by a leading quote. */
export function neutraliser(cellule: string): string {
  return /^[=+\-@\t\r]/.test(cellule) ? `'${cellule}` : cellule;
}

/** The header row then one row per profile, every cell neutralised. */
export function lignesExport(profils: Iterable<Profil>): string[][] {
  const lignes = [CHAMPS_IMPORT.map((c) => ENTETES[c])];
  for (const p of profils) lignes.push(CHAMPS_IMPORT.map((c) => neutraliser(FORMATS[c](p))));
  return lignes;
}

const aGuillemeter = /[";\r\n]|^\s|\s$/;

/**
 * CSV as French Excel opens it: `;` between fields, CRLF between lines, a byte order mark so that
 * accents are read as UTF-8; fields with a separator, quote, line break or edge space quoted.
 */
export function versCsv(lignes: readonly (readonly string[])[]): string {
  const champ = (v: string) => (aGuillemeter.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return `\uFEFF${lignes.map((l) => l.map(champ).join(";")).join("\r\n")}\r\n`;
}
