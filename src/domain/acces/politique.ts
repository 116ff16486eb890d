/**
 * Who may do what: one table of actions, each with the roles that may perform it and whether it
 * is limited to the actor's own organisation. Every service asks `autoriser` before acting;
 * anything not in the table is refused (default deny).
 *
 * A refusal says why, because the API answers differently: a role that may not act gets 403; a
 * record of another organisation, not shared with the actor's, gets 404 — its existence is not
 * revealed.
 */
import { ErreurMetier, introuvable } from "../shared";
import { ROLES, type Role } from "./roles";

export type Acteur = {
  utilisateurId: string;
  /** The membership the person acts with now (chosen in the role switcher, or fixed by a token). */
  organisationId: string;
  role: Role;
};

export type Ressource = {
  /** The organisation that owns the record; null for records that belong to nobody (reference data). */
  organisationId: string | null;
  /** Organisations the owner explicitly shared the record with. */
  partageeAvec?: readonly string[];
};

type Regle = {
  /** What the action is, in French, to complete "Votre rôle ne permet pas de …". */
  libelle: string;
  roles: readonly Role[];
  /** "organisation": only on the actor's own (or shared) records; "toutes": on any record. */
  portee: "organisation" | "toutes";
};

const ADMIN_ORG: readonly Role[] = ["administrateur_organisation"];
/** Who acts for the owner of missions: an operator's project staff, the DAECT, a collectivité's international relations. */
export const PROPRIETAIRES_MISSION: readonly Role[] = ["operateur", "agent_daect", "charge_ri"];

export const REGLES = {
  "organisation.voir_membres": { libelle: "voir les membres de l'organisation", roles: ADMIN_ORG, portee: "organisation" },
  "organisation.inviter": { libelle: "inviter des personnes dans l'organisation", roles: ADMIN_ORG, portee: "organisation" },
  "organisation.gerer_membres": { libelle: "gérer les rôles des membres de l'organisation", roles: ADMIN_ORG, portee: "organisation" },
  "organisation.creer": { libelle: "créer une organisation", roles: [], portee: "toutes" },
  "audit.lire": { libelle: "lire le journal d'audit", roles: ADMIN_ORG, portee: "organisation" },
  "vivier.gerer_profils": { libelle: "créer ou importer des profils du vivier d'experts", roles: ["gestionnaire_rh"], portee: "organisation" },
  "vivier.exporter": { libelle: "exporter le vivier d'experts de l'organisation", roles: ["gestionnaire_rh", "charge_ri"], portee: "organisation" },
  // Search is open to these roles on every employer: what each finds is limited by the agents'
  // consent (domain/experts/visibilite.ts), not by this table.
  "vivier.rechercher": {
    libelle: "rechercher dans le vivier d'experts",
    roles: ["gestionnaire_rh", "charge_ri", "operateur", "agent_daect", "membre_comite"],
    portee: "toutes",
  },
  // Missions (docs/missions.md). Projects and missions belong to the organisation that created them.
  "missions.publier": { libelle: "créer, modifier ou publier les projets et missions de l'organisation", roles: PROPRIETAIRES_MISSION, portee: "organisation" },
  // Published missions are open to every signed-in person; drafts to their owner only (the service answers 404).
  "missions.voir": { libelle: "consulter les missions", roles: ROLES, portee: "toutes" },
  // An agent applies with their own profile, HR proposes one of its agents: which profile, and
  // whether the mission's owner may see it (the agent's consent), is the service's to check.
  "missions.candidater": { libelle: "candidater ou proposer un agent à une mission", roles: ["agent", "gestionnaire_rh"], portee: "toutes" },
  "missions.selectionner": { libelle: "sélectionner les candidatures aux missions de l'organisation", roles: PROPRIETAIRES_MISSION, portee: "organisation" },
  // On the expert's employer: only its HR releases its agents.
  "missions.liberer": { libelle: "accorder ou refuser la libération d'un agent de l'organisation", roles: ["gestionnaire_rh"], portee: "organisation" },
  "missions.suivre_affectations": { libelle: "suivre les affectations des agents de l'organisation", roles: ["gestionnaire_rh", "charge_ri"], portee: "organisation" },
} as const satisfies Record<string, Regle>;

export type Action = keyof typeof REGLES;

/** The platform administrator may do every action of the table, on every organisation. */
const ROLE_PLATEFORME: Role = "administrateur";

export type Decision = { autorise: true } | { autorise: false; motif: "role" | "organisation" };

export function autoriser(acteur: Acteur, action: Action, ressource: Ressource): Decision {
  const regle: Regle | undefined = REGLES[action];
  if (!regle) return { autorise: false, motif: "role" };
  if (acteur.role === ROLE_PLATEFORME) return { autorise: true };
  if (!regle.roles.includes(acteur.role)) return { autorise: false, motif: "role" };
  if (regle.portee === "toutes") return { autorise: true };
  const sienne = ressource.organisationId === acteur.organisationId;
  const partagee = ressource.partageeAvec?.includes(acteur.organisationId) ?? false;
  return sienne || partagee ? { autorise: true } : { autorise: false, motif: "organisation" };
}

/**
 * `autoriser`, or the error the API answers with: 403 for a role that may not, 404 (the record's
 * existence not revealed) for another organisation's record. `quoi` names the record for the 404.
 */
export function exigerAutorisation(acteur: Acteur, action: Action, ressource: Ressource, quoi = "Organisation"): void {
  const decision = autoriser(acteur, action, ressource);
  if (decision.autorise) return;
  throw decision.motif === "role"
    ? new ErreurMetier("interdit", `Votre rôle ne permet pas de ${REGLES[action].libelle}.`)
    : introuvable(quoi);
}

/** The roles that may perform an action (the platform administrator aside): for help texts and tests. */
export function rolesAutorises(action: Action): readonly Role[] {
  return REGLES[action].roles;
}
