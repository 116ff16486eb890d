/**
 * A document template: one plain-text file in ./modeles, a YAML front matter (title, version, legal
 * sources, the fields with their labels) and a body in the markup of ./README.md. Checked when read:
 * a template that uses an undeclared field, or declares one it never uses, is refused with every
 * problem named, so that a template edited by a non-developer fails at once and says where.
 */
import { parse as lireYaml } from "yaml";
import { analyserBlocs, analyserCorps, deplier, MOTIF_CHEMIN, type Noeud, parcourirChamps, type Probleme } from "./balisage";

export const TYPES_CHAMP = ["texte", "date", "montant", "nombre", "booleen", "liste"] as const;
export type TypeChamp = (typeof TYPES_CHAMP)[number];

export type Champ = { chemin: string; libelle: string; type: TypeChamp; optionnel: boolean };

export type Modele = {
  /** The file's name without « .md »: what `vivier documents render` is given. */
  nom: string;
  titre: string;
  version: number;
  description: string | null;
  /** The legal texts the document rests on, as a lawyer cites them. */
  sources: string[];
  /** In the order of the front matter. */
  champs: Champ[];
  corps: Noeud[];
};

/** A template that cannot be used, with each problem: « ligne 12 : champ non déclaré : agent.nom ». */
export class ErreurModele extends Error {
  constructor(
    readonly modele: string,
    readonly problemes: string[],
  ) {
    super(`modèle ${modele} invalide :\n${problemes.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ErreurModele";
  }
}

/** « Nom de l'agent (texte) », « Complément de rémunération (montant, facultatif) ». */
const DECLARATION = /^(.+?)\s*\(\s*(texte|date|montant|nombre|bool[ée]en|liste)\s*(,\s*facultatif\s*)?\)$/;

function lireChamps(brut: unknown, problemes: string[]): Champ[] {
  if (!brut || typeof brut !== "object" || Array.isArray(brut)) {
    problemes.push("en-tête : « champs » doit lister les champs, un par ligne : « agent.nom: Nom de l'agent (texte) »");
    return [];
  }
  const champs: Champ[] = [];
  for (const [chemin, declaration] of Object.entries(brut)) {
    if (!MOTIF_CHEMIN.test(chemin)) problemes.push(`en-tête : nom de champ invalide « ${chemin} » (des mots sans accent ni espace, séparés par des points)`);
    const m = typeof declaration === "string" ? DECLARATION.exec(declaration.trim()) : null;
    if (!m) {
      problemes.push(`en-tête : champ ${chemin} : attendu « Libellé (type) » ou « Libellé (type, facultatif) », types : ${TYPES_CHAMP.join(", ")}`);
      continue;
    }
    champs.push({ chemin, libelle: m[1]!, type: m[2]!.replace("é", "e") as TypeChamp, optionnel: Boolean(m[3]) });
  }
  for (const a of champs) {
    for (const b of champs) {
      if (b.chemin.startsWith(`${a.chemin}.`)) problemes.push(`en-tête : ${a.chemin} et ${b.chemin} : un champ ne peut pas en contenir un autre`);
    }
  }
  return champs;
}

/** Reads and checks a template's text; throws ErreurModele with every problem found. */
export function analyserModele(nom: string, source: string): Modele {
  const problemes: string[] = [];
  const texte = source.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const m = /^---\n([\s\S]*?)\n---\n?/.exec(texte);
  if (!m) throw new ErreurModele(nom, ["le fichier doit commencer par un en-tête entre deux lignes « --- »"]);
  let entete: Record<string, unknown> = {};
  try {
    const lu: unknown = lireYaml(m[1]!);
    if (lu && typeof lu === "object" && !Array.isArray(lu)) entete = lu as Record<string, unknown>;
    else problemes.push("en-tête : attendu des lignes « clé: valeur »");
  } catch (e) {
    problemes.push(`en-tête : YAML illisible — ${(e as Error).message.split("\n")[0]}`);
  }
  const titre = typeof entete.titre === "string" && entete.titre.trim() ? entete.titre.trim() : null;
  if (!titre) problemes.push("en-tête : « titre » manquant");
  const version = entete.version;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) problemes.push("en-tête : « version » doit être un nombre entier à partir de 1");
  const sources = Array.isArray(entete.sources) ? entete.sources.filter((s): s is string => typeof s === "string" && s.trim() !== "") : [];
  if (!sources.length) problemes.push("en-tête : « sources » doit lister au moins un texte de référence");
  const description = typeof entete.description === "string" ? entete.description.trim() : null;
  const connues = new Set(["titre", "version", "description", "sources", "champs"]);
  for (const cle of Object.keys(entete)) if (!connues.has(cle)) problemes.push(`en-tête : clé inconnue « ${cle} » (connues : ${[...connues].join(", ")})`);
  const champs = lireChamps(entete.champs, problemes);

  const premiereLigne = m[0].split("\n").length - (m[0].endsWith("\n") ? 1 : 0) + 1;
  const corps = analyserCorps(texte.slice(m[0].length), premiereLigne);
  const enLigne = (p: Probleme) => `ligne ${p.ligne} : ${p.message}`;
  problemes.push(...corps.problemes.map(enLigne));
  const lignesEntete = m[1]!.split("\n");
  const ligneDeclaree = (chemin: string) => lignesEntete.findIndex((l) => l.trim().startsWith(`${chemin}:`)) + 2;
  problemes.push(...verifierChamps(champs, corps.noeuds, ligneDeclaree).map(enLigne));
  // The blocks must read whichever passages are kept: all of the first choices, then all the others.
  for (const choix of [true, false]) {
    const { texte: deplie, lignes } = deplier(corps.noeuds, () => choix);
    for (const p of analyserBlocs(deplie, lignes).problemes) {
      const message = enLigne(p);
      if (!problemes.includes(message)) problemes.push(message);
    }
  }
  if (problemes.length) throw new ErreurModele(nom, problemes);
  return { nom, titre: titre!, version: version as number, description, sources, champs, corps: corps.noeuds };
}

/** Declared against used: each placeholder declared, each field used, optional fields only where a passage may be left out. */
function verifierChamps(champs: Champ[], noeuds: Noeud[], ligneDeclaree: (chemin: string) => number): Probleme[] {
  const problemes: Probleme[] = [];
  const parChemin = new Map(champs.map((c) => [c.chemin, c]));
  const utilises = new Set<string>();
  parcourirChamps(noeuds, (chemin, ligne, conditions, commeCondition) => {
    if (!MOTIF_CHEMIN.test(chemin)) {
      problemes.push({ ligne, message: `nom de champ invalide « {{${chemin}}} » (des mots sans accent ni espace, séparés par des points)` });
      return;
    }
    utilises.add(chemin);
    const champ = parChemin.get(chemin);
    if (!champ) {
      problemes.push({ ligne, message: `champ non déclaré dans l'en-tête : ${chemin}` });
      return;
    }
    if (commeCondition && !champ.optionnel && champ.type !== "booleen") {
      problemes.push({ ligne, message: `{{#si ${chemin}}} : ce champ est obligatoire et n'est pas un booléen, la condition serait toujours vraie` });
    }
    if (!commeCondition && champ.optionnel && conditions.length === 0) {
      problemes.push({ ligne, message: `le champ facultatif ${chemin} est utilisé hors d'un bloc {{#si …}} : il serait toujours exigé` });
    }
  });
  for (const c of champs) if (!utilises.has(c.chemin)) problemes.push({ ligne: ligneDeclaree(c.chemin), message: `champ déclaré mais jamais utilisé : ${c.chemin}` });
  return problemes;
}
