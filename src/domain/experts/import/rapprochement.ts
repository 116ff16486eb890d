/**
 * Each line of a file against the employer's pool: the same person is recognised by e-mail
 * (folded to lower case) or agent number, so that importing a file twice changes nothing. A line
 * repeated word for word is a "doublon" (ignored, not an error); a second, different, line for the
 * same person is rejected, naming the first — the file contradicts itself, a person must choose.
 */
import { type Position, type Profil, refusPassageALaRetraite } from "../profil";
import { construireProfil, convertirLigne } from "./conversion";
import type { Colonne } from "./entetes";
import { type ErreurImport, type LigneRapport, type Rapport, totaliser } from "./rapport";
import { texteDe, type ValeurCellule } from "./valeurs";

export type LigneLue = { ligne: number; cellules: ValeurCellule[] };
export type ProfilExistant = { id: string; profil: Profil; maintienApresRetraite: boolean };
export type Ecritures = {
  creations: { ligne: number; profil: Profil }[];
  misesAJour: { ligne: number; id: string; profil: Profil }[];
};

/** JSON with keys in a fixed order and undefined left out: two equal profiles give the same text. */
export function canonique(valeur: unknown): string {
  if (Array.isArray(valeur)) return `[${valeur.map(canonique).join(",")}]`;
  if (valeur && typeof valeur === "object") {
    const cles = Object.keys(valeur)
      .filter((k) => (valeur as Record<string, unknown>)[k] !== undefined)
      .sort();
    return `{${cles.map((k) => `${JSON.stringify(k)}:${canonique((valeur as Record<string, unknown>)[k])}`).join(",")}}`;
  }
  return JSON.stringify(valeur);
}

const nomComplet = (p: Profil) => `${p.prenom} ${p.nom}`;

function refusRetraite(position: Position, existant: ProfilExistant | undefined, colonne: string | null): ErreurImport | undefined {
  const message = refusPassageALaRetraite(position, existant && { position: existant.profil.position, maintienApresRetraite: existant.maintienApresRetraite });
  return message ? { colonne, champ: "position", message } : undefined;
}

export function evaluerImport(
  lignes: readonly LigneLue[],
  colonnes: readonly Colonne[],
  existants: readonly ProfilExistant[],
): { rapport: Rapport; ecritures: Ecritures } {
  const parCourriel = new Map(existants.map((e) => [e.profil.courriel, e]));
  const parNumero = new Map(existants.filter((e) => e.profil.numeroAgent).map((e) => [e.profil.numeroAgent!, e]));
  const colonneDe = (champ: string) => colonnes.find((c) => c.champ === champ)?.entete ?? null;
  /** Each line's cells as one key: a line repeated word for word. */
  const signatures = new Map<string, number>();
  /** `c:<e-mail>`, `n:<agent number>`, `p:<profile id>` → the first line about that person. */
  const personnes = new Map<string, { ligne: number; profil: Profil | undefined }>();
  const rapport: LigneRapport[] = [];
  const ecritures: Ecritures = { creations: [], misesAJour: [] };

  for (const { ligne, cellules } of lignes) {
    const lue = convertirLigne(cellules, colonnes);
    const texte = (champ: "prenom" | "nom" | "courriel" | "numeroAgent") => (typeof lue.valeurs[champ] === "string" ? (lue.valeurs[champ] as string) : null);
    const courriel = texte("courriel")?.toLowerCase() ?? null;
    const numero = texte("numeroAgent");
    const parC = courriel ? parCourriel.get(courriel) : undefined;
    const parN = numero ? parNumero.get(numero) : undefined;
    const existant = parC ?? parN;
    const apercu = { prenom: texte("prenom") ?? existant?.profil.prenom ?? null, nom: texte("nom") ?? existant?.profil.nom ?? null, courriel: courriel ?? existant?.profil.courriel ?? null };
    const rejeter = (erreurs: ErreurImport[]) => rapport.push({ ligne, statut: "rejete", erreurs, apercu });

    const signature = cellules.map((c) => texteDe(c)).join("\u001f");
    const repetee = signatures.get(signature);
    if (repetee !== undefined) {
      rapport.push({ ligne, statut: "doublon", erreurs: [], doublonDe: repetee, apercu });
      continue;
    }
    signatures.set(signature, ligne);

    if (parC && parN && parC.id !== parN.id) {
      rejeter([
        {
          colonne: colonneDe("numeroAgent"),
          champ: "numeroAgent",
          message: `le courriel désigne le profil de ${nomComplet(parC.profil)} et le matricule celui de ${nomComplet(parN.profil)}`,
        },
      ]);
      continue;
    }
    const construit = construireProfil(lue, colonnes, existant?.profil);
    const cles = [courriel && `c:${courriel}`, numero && `n:${numero}`, existant && `p:${existant.id}`].filter((c): c is string => !!c);
    const premiere = cles.map((c) => personnes.get(c)).find((p) => p !== undefined);
    if (premiere) {
      if (construit.ok && premiere.profil && canonique(construit.profil) === canonique(premiere.profil)) {
        rapport.push({ ligne, statut: "doublon", erreurs: [], doublonDe: premiere.ligne, apercu });
      } else {
        const champ = courriel && personnes.get(`c:${courriel}`) ? "courriel" : "numeroAgent";
        rejeter([{ colonne: colonneDe(champ), champ, message: `la ligne ${premiere.ligne} concerne déjà cette personne, avec d'autres valeurs : gardez une seule ligne` }]);
      }
      continue;
    }
    for (const c of cles) personnes.set(c, { ligne, profil: construit.ok ? construit.profil : undefined });

    if (!construit.ok) {
      rejeter(construit.erreurs);
      continue;
    }
    const retraite = refusRetraite(construit.profil.position, existant, colonneDe("position"));
    if (retraite) {
      rejeter([retraite]);
    } else if (!existant) {
      ecritures.creations.push({ ligne, profil: construit.profil });
      rapport.push({ ligne, statut: "creation", erreurs: [], apercu });
    } else if (canonique(construit.profil) === canonique(existant.profil)) {
      rapport.push({ ligne, statut: "inchange", erreurs: [], apercu });
    } else {
      ecritures.misesAJour.push({ ligne, id: existant.id, profil: construit.profil });
      rapport.push({ ligne, statut: "mise_a_jour", erreurs: [], apercu });
    }
  }
  return { rapport: { lignes: rapport, totaux: totaliser(rapport) }, ecritures };
}
