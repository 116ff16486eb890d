/**
 * A template filled from a case's data: each value checked against its declared type, written the
 * French way, and put in its place. A missing or invalid field is an error that names it — path and
 * label — never a blank in a legal document; every error is reported at once.
 */
import { analyserBlocs, type Bloc, deplier, MOTIF_CHAMP, transformerTextes } from "./balisage";
import { formaterBooleen, formaterDate, formaterMontant, formaterNombre, lireDate } from "./formats";
import type { Champ, Modele } from "./modele";
import { typographier } from "./typographie";

export type ErreurChamp = { champ: string; message: string };

export type DocumentRempli = {
  modele: Modele;
  blocs: Bloc[];
  /** Each value put in the text, as it reads there (for the tests, and to show what was filled). */
  valeurs: { champ: string; texte: string }[];
};

export type Remplissage = { ok: true; document: DocumentRempli } | { ok: false; erreurs: ErreurChamp[] };

/** Apostrophes and spaces the French way, in the templates' text and in the values alike. */
const TYPOGRAPHIE = { apostrophe: true };
/** Beyond this a value is surely not what was meant (a file pasted in a field). */
const LONGUEUR_MAX = 20_000;
/** Amounts and numbers above this lose their cents in floating point. */
const NOMBRE_MAX = 1e12;

type Valeur = { presente: false } | { presente: true; vraie: boolean; texte: string; elements?: string[] };

/** The value at a path: nested objects (`{ agent: { nom } }`), or a flat key (`{ "agent.nom": … }`). */
function lire(donnees: Record<string, unknown>, chemin: string): unknown {
  if (Object.hasOwn(donnees, chemin)) return donnees[chemin];
  let courant: unknown = donnees;
  for (const partie of chemin.split(".")) {
    if (!courant || typeof courant !== "object" || Array.isArray(courant) || !Object.hasOwn(courant, partie)) return undefined;
    courant = (courant as Record<string, unknown>)[partie];
  }
  return courant;
}

const montre = (v: unknown) => {
  const texte = typeof v === "string" ? v : JSON.stringify(v);
  return `« ${texte.length > 40 ? `${texte.slice(0, 40)}…` : texte} »`;
};

/** A number given as a number or as a decimal string (« 12500.50 », as databases return them). */
function lireNombre(v: unknown): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v.trim())) return Number(v.trim());
  return null;
}

/** Checks and writes one field's value; `null` with the reason when it is not of its type. */
function evaluer(champ: Champ, brut: unknown): Valeur | { invalide: string } {
  if (brut === undefined || brut === null || (typeof brut === "string" && brut.trim() === "") || (Array.isArray(brut) && brut.length === 0)) return { presente: false };
  switch (champ.type) {
    case "texte": {
      if (typeof brut !== "string") return { invalide: `texte attendu, reçu ${montre(brut)}` };
      if (brut.length > LONGUEUR_MAX) return { invalide: `texte trop long (${brut.length} caractères, au plus ${LONGUEUR_MAX})` };
      return { presente: true, vraie: true, texte: brut.trim() };
    }
    case "date": {
      if (typeof brut !== "string" || !lireDate(brut.trim())) return { invalide: `date attendue au format AAAA-MM-JJ, reçu ${montre(brut)}` };
      return { presente: true, vraie: true, texte: formaterDate(brut.trim()) };
    }
    case "montant": {
      const n = lireNombre(brut);
      if (n === null || n < 0 || n > NOMBRE_MAX) return { invalide: `montant attendu en euros, positif (par exemple 12500.50), reçu ${montre(brut)}` };
      return { presente: true, vraie: true, texte: formaterMontant(n) };
    }
    case "nombre": {
      const n = lireNombre(brut);
      if (n === null || Math.abs(n) > NOMBRE_MAX) return { invalide: `nombre attendu, reçu ${montre(brut)}` };
      return { presente: true, vraie: true, texte: formaterNombre(n) };
    }
    case "booleen": {
      if (typeof brut !== "boolean") return { invalide: `true (oui) ou false (non) attendu, reçu ${montre(brut)}` };
      return { presente: true, vraie: brut, texte: formaterBooleen(brut) };
    }
    case "liste": {
      if (!Array.isArray(brut) || !brut.every((e) => typeof e === "string" && e.trim() !== "")) return { invalide: `liste de textes non vides attendue, reçu ${montre(brut)}` };
      const elements = (brut as string[]).map((e) => e.trim());
      if (elements.some((e) => e.length > LONGUEUR_MAX)) return { invalide: `un élément dépasse ${LONGUEUR_MAX} caractères` };
      return { presente: true, vraie: true, texte: elements.join(", "), elements };
    }
  }
}

const manquant = (c: Champ): ErreurChamp => ({ champ: c.chemin, message: `champ manquant : ${c.chemin} (${c.libelle})` });

/** The filled document, or every missing or invalid field. */
export function remplir(modele: Modele, donnees: unknown): Remplissage {
  if (!donnees || typeof donnees !== "object" || Array.isArray(donnees)) {
    return { ok: false, erreurs: [{ champ: "(données)", message: "les données doivent être un objet JSON : { \"agent\": { \"nom\": … }, … }" }] };
  }
  const erreurs: ErreurChamp[] = [];
  const valeurs = new Map<string, Valeur>();
  for (const champ of modele.champs) {
    const v = evaluer(champ, lire(donnees as Record<string, unknown>, champ.chemin));
    if ("invalide" in v) {
      erreurs.push({ champ: champ.chemin, message: `champ invalide : ${champ.chemin} (${champ.libelle}) — ${v.invalide}` });
      valeurs.set(champ.chemin, { presente: false });
      continue;
    }
    valeurs.set(champ.chemin, v);
    if (!v.presente && !champ.optionnel) erreurs.push(manquant(champ));
  }
  const parChemin = new Map(modele.champs.map((c) => [c.chemin, c]));
  const valeur = (chemin: string) => valeurs.get(chemin) ?? { presente: false };

  const { texte, lignes } = deplier(modele.corps, (chemin) => {
    const v = valeur(chemin);
    return v.presente && v.vraie;
  });
  const { blocs, problemes } = analyserBlocs(texte, lignes);
  // The template was checked when read, with every passage kept and every passage left out.
  if (problemes.length) throw new Error(`modèle ${modele.nom} : ${problemes.map((p) => `ligne ${p.ligne} : ${p.message}`).join(" ; ")}`);

  // An optional field is required where its passage is kept.
  const signales = new Set(erreurs.map((e) => e.champ));
  const inseres: { champ: string; texte: string }[] = [];
  const remplacer = (t: string, majuscules: boolean) =>
    t.replace(MOTIF_CHAMP, (_tout, chemin: string, position: number) => {
      const v = valeur(chemin);
      if (!v.presente) {
        if (!signales.has(chemin)) {
          signales.add(chemin);
          erreurs.push({ ...manquant(parChemin.get(chemin)!), message: `${manquant(parChemin.get(chemin)!).message} — exigé par le texte retenu` });
        }
        return "";
      }
      // « la commune de Saint-Étienne » reads after « de » or « à », and begins a line with a capital.
      const capitale = majuscules && (position === 0 || t[position - 1] === "\n");
      const elements = (v.elements ?? [v.texte]).map((e, i) => (capitale && i === 0 ? enCapitale(e) : e));
      for (const e of elements) inseres.push({ champ: chemin, texte: typographier(e, TYPOGRAPHIE) });
      return capitale ? enCapitale(v.texte) : v.texte;
    });
  const remplirTexte = (majuscules: boolean) => (t: string) => typographier(remplacer(elider(t, valeur), majuscules), TYPOGRAPHIE);
  const remplis = blocs.map((b): Bloc => {
    // Capitals where a line of prose starts; a table cell or a list item keeps the value as given
    // (an e-mail address, an item that continues a sentence).
    if (b.type === "titre" || b.type === "paragraphe" || b.type === "signatures") return transformerTextes([b], remplirTexte(true))[0]!;
    if (b.type !== "liste") return transformerTextes([b], remplirTexte(false))[0]!;
    // A list item that is nothing but a list field becomes one item per element.
    const elements = b.elements.flatMap((e) => {
      const seul = /^\{\{\s*([^{}#/\s][^{}]*?)\s*\}\}$/.exec(e);
      const v = seul ? valeur(seul[1]!) : null;
      if (!v?.presente || !v.elements) return [remplirTexte(false)(e)];
      const ecrits = v.elements.map((x) => typographier(x, TYPOGRAPHIE));
      for (const x of ecrits) inseres.push({ champ: seul![1]!, texte: x });
      return ecrits;
    });
    return { ...b, elements };
  });
  if (erreurs.length) {
    const ordre = new Map(modele.champs.map((c, i) => [c.chemin, i]));
    return { ok: false, erreurs: erreurs.sort((a, b) => (ordre.get(a.champ) ?? -1) - (ordre.get(b.champ) ?? -1)) };
  }
  return { ok: true, document: { modele, blocs: remplis, valeurs: dedoublonner(inseres) } };
}

/** A vowel sound that « de » elides before: « d’Expertise France », but « de Ouagadougou », « de la Région ». */
const VOYELLE = /^(?!ou[aeiouy])[aeiouàâäéèêëîïôöùûü]/i;

/** « de {{organisme.nom}} » becomes « d’{{organisme.nom}} » when the value begins with a vowel. */
function elider(t: string, valeur: (chemin: string) => Valeur): string {
  return t.replace(/(?<!\p{L})([dD])e \{\{\s*([^{}#/\s][^{}]*?)\s*\}\}/gu, (tout, d: string, chemin: string) => {
    const v = valeur(chemin);
    return v.presente && VOYELLE.test(v.texte) ? `${d}’{{${chemin}}}` : tout;
  });
}

const enCapitale = (texte: string) => texte.charAt(0).toLocaleUpperCase("fr") + texte.slice(1);

function dedoublonner(valeurs: { champ: string; texte: string }[]) {
  const vus = new Set<string>();
  return valeurs.filter((v) => {
    const cle = `${v.champ}\u0000${v.texte}`;
    if (vus.has(cle)) return false;
    vus.add(cle);
    return true;
  });
}
