/**
 * Classes of situations: why the advisor can answer in well under a millisecond.
 *
 * Giving a situation to Publicodes (`setSituation`) costs about half a millisecond with our rules,
 * and evaluating them one more. But the rules use the numeric inputs (days, calendar length, age)
 * in two ways only: compared with a threshold (`situation . jours < parametres . seuil …`), or
 * shown in a text (`encore {{changements . jours avant mise a disposition}}`). Two situations with
 * the same statut, cadre, hôte… whose numbers fall on the same side of every threshold therefore
 * get the same decisions; only the numbers written in the texts differ.
 *
 * This module reads the parsed rules to find those thresholds, so that a lawyer who adds or moves
 * one has nothing to tell the code. It is conservative: when a numeric input is used in any other
 * way (inside a condition, compared with another input, through a derived value that is itself
 * compared…), it returns `null` and the advisor memoises exact situations only. The equivalence
 * is tested: answers through the classes equal answers computed from scratch.
 */
import Engine, { type ASTNode, type EngineOptions, type EvaluatedNode, serializeUnit, traverseASTNode } from "publicodes";
import type { Regles } from "./conseiller";

const COMPARAISONS = new Set(["<", "<=", ">", ">=", "=", "!="]);
const ARITHMETIQUE = new Set(["+", "-", "*", "/"]);

export type AnalyseDesEntrees = {
  /** For each numeric input, the thresholds it is compared with, in its own unit. */
  bornes: Map<string, number[]>;
  /** The rules whose value moves with the numeric inputs: written into the texts per answer. */
  variables: Set<string>;
};

/** A node of a rule with its ancestors, nearest first, up to the rule's node. */
type Lien = { noeud: ASTNode; ancetres: ASTNode[] };
const enfants = (noeud: ASTNode): ASTNode[] => {
  const liste: ASTNode[] = [];
  traverseASTNode((enfant: ASTNode) => (liste.push(enfant), enfant), noeud);
  return liste;
};
/** Every node of a rule (the rule's own node excluded), with its ancestors. */
function liens(regle: ASTNode): Lien[] {
  const resultat: Lien[] = [];
  const pile: Lien[] = enfants(regle).map((noeud) => ({ noeud, ancetres: [regle] }));
  while (pile.length) {
    const lien = pile.pop()!;
    resultat.push(lien);
    for (const enfant of enfants(lien.noeud)) pile.push({ noeud: enfant, ancetres: [lien.noeud, ...lien.ancetres] });
  }
  return resultat;
}
const nomReference = (n: ASTNode): string | undefined =>
  n.nodeKind === "reference" && n.dottedName && !n.dottedName.endsWith("$SITUATION") ? n.dottedName : undefined;

/**
 * The thresholds of the numeric inputs and the rules derived from them for display, or `null` when
 * the rules use a numeric input in a way this analysis does not prove safe.
 */
export function analyserEntreesNumeriques(moteur: Engine, entrees: readonly string[]): AnalyseDesEntrees | null {
  const regles = moteur.getParsedRules();
  const numeriques = new Set(entrees);
  const uniteDe = (nom: string) => serializeUnit(moteur.evaluate(nom).unit);
  const bornes = new Map<string, Set<number>>(entrees.map((e) => [e, new Set()]));
  const derivees = new Set<string>();
  const referencees = new Set<string>();
  const dependDeLaSituation = (nom: string, vus = new Set<string>()): boolean => {
    if (nom.startsWith("situation . ")) return true;
    if (vus.has(nom)) return false;
    vus.add(nom);
    return liens(regles[nom]!).some(({ noeud }) => {
      const ref = nomReference(noeud);
      return ref !== undefined && ref !== nom && dependDeLaSituation(ref, vus);
    });
  };
  /** A threshold: a literal, or a rule that does not depend on the situation (a parameter). */
  const seuil = (n: ASTNode): EvaluatedNode | undefined => {
    if (n.nodeKind === "constant") return n as EvaluatedNode;
    const ref = nomReference(n);
    return ref && !dependDeLaSituation(ref) ? moteur.evaluate(ref) : undefined;
  };

  for (const [nom, regle] of Object.entries(regles)) {
    if (numeriques.has(nom)) continue;
    const tous = liens(regle);
    for (const { noeud } of tous) {
      const ref = nomReference(noeud);
      if (ref && ref !== nom) referencees.add(ref);
    }
    for (const { noeud, ancetres } of tous) {
      const parent = ancetres[0];
      const entree = nomReference(noeud);
      if (!entree || !numeriques.has(entree)) continue;
      if (parent?.nodeKind === "operation" && COMPARAISONS.has(parent.operationKind)) {
        const autre = parent.explanation.find((x) => x !== noeud);
        const valeur = autre && seuil(autre);
        if (!valeur || typeof valeur.nodeValue !== "number" || serializeUnit(valeur.unit) !== uniteDe(entree)) return null;
        bornes.get(entree)!.add(valeur.nodeValue);
        continue;
      }
      // Otherwise the input must only flow, through arithmetic, into the rule's own value.
      if (ancetres.length === 1) return null;
      let fils: ASTNode = noeud;
      for (const pere of ancetres.slice(0, -1)) {
        const admis =
          (pere.nodeKind === "operation" && ARITHMETIQUE.has(pere.operationKind)) ||
          pere.nodeKind === "unité" ||
          (pere.nodeKind === "condition" && pere.explanation.si !== fils);
        if (!admis) return null;
        fils = pere;
      }
      derivees.add(nom);
    }
  }
  // A derived value may be shown, not decided upon: no rule may use it.
  for (const d of derivees) if (referencees.has(d)) return null;
  return {
    bornes: new Map([...bornes].map(([e, s]) => [e, [...s].sort((a, b) => a - b)])),
    variables: new Set([...entrees, ...derivees]),
  };
}

/** The class of a situation: its discrete inputs as they are, its numbers as their side of each threshold. */
export function cleDeClasse(analyse: AnalyseDesEntrees, discretes: Record<string, string>, numeriques: Record<string, number>): string {
  const positions = [...analyse.bornes].map(([entree, seuils]) => {
    const x = numeriques[entree]!;
    return seuils.map((s) => (x < s ? "<" : x === s ? "=" : ">")).join("");
  });
  return JSON.stringify([discretes, positions]);
}

/**
 * A small engine holding only what the variable rules need (their references and parents, to
 * the last one): the same rules, so the same values, for a fraction of the cost of a situation.
 */
export function moteurDesVariables(regles: Regles, moteur: Engine, variables: Iterable<string>, options: EngineOptions): Engine {
  const parsees = moteur.getParsedRules();
  const retenues = new Set<string>();
  const retenir = (nom: string) => {
    if (retenues.has(nom) || !(nom in regles)) return;
    retenues.add(nom);
    const morceaux = nom.split(" . ");
    for (let i = 1; i < morceaux.length; i++) retenir(morceaux.slice(0, i).join(" . "));
    for (const { noeud } of liens(parsees[nom]!)) {
      const ref = nomReference(noeud);
      if (ref) retenir(ref);
    }
  };
  for (const v of variables) retenir(v);
  return new Engine(Object.fromEntries([...retenues].map((n) => [n, regles[n]])) as Regles, options);
}
