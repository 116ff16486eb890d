/**
 * The agent's consent choices, in the words of the domain (domain/experts/visibilite.ts, whose
 * module builds zod schemas the browser bundle must not carry; ConsentementLibelles.test.ts checks
 * that both say the same), each with what it means for the agent.
 */
import type { Visibilite } from "../../api";

export const VISIBILITES: readonly Visibilite[] = ["employeur", "operateurs", "ministere"];

export const LIBELLES_VISIBILITE: Record<Visibilite, string> = {
  employeur: "Mon employeur seulement",
  operateurs: "Mon employeur et les opérateurs (Expertise France…)",
  ministere: "Mon employeur, les opérateurs et le ministère de l'Europe et des Affaires étrangères",
};

export const EXPLICATIONS_VISIBILITE: Record<Visibilite, string> = {
  employeur: "Seuls le service des ressources humaines et les relations internationales de votre employeur voient votre profil. Personne d'autre ne peut vous trouver.",
  operateurs:
    "Les opérateurs de l'expertise technique internationale, comme Expertise France, peuvent aussi vous trouver et vous proposer des missions.",
  ministere:
    "Le ministère de l'Europe et des Affaires étrangères, qui soutient l'action extérieure des collectivités, peut aussi vous trouver, en plus des opérateurs.",
};
