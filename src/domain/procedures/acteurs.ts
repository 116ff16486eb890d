/**
 * Who acts on a statutory procedure, stated abstractly as in `ContexteMission`: the tables say
 * « l'agent concerné », « l'autorité territoriale de l'employeur »… and never a role name, so that
 * the law reads in them. The service turns a person's memberships into these actors with
 * `acteursProcedure`, the one place where the platform's roles meet the procedures:
 *
 * | abstract actor | who, for one case                                                      |
 * |----------------|------------------------------------------------------------------------|
 * | agent          | the person the case is about (by identity, not by the role `agent`)    |
 * | superieur      | `superieur_hierarchique` in the employer collectivité                  |
 * | rh             | `gestionnaire_rh` in the employer collectivité                         |
 * | autorite       | `autorite_territoriale` in the employer collectivité                   |
 * | charge_ri      | `charge_ri` in the employer collectivité                               |
 * | accueil        | `operateur` in the host organisation (MAD, détachement), when on Vivier |
 * | operateur      | `operateur` in the operator party to a partnership convention          |
 *
 * Nobody acts for the employer on their own case: an authority (or a superior, an HR or RI
 * officer) who is the agent concerned acts only as the agent there — deciding on one's own
 * cumul is exactly what code pénal art. 432-12 is about. Platform and organisation
 * administrators manage accounts, not cases: they are no actor.
 *
 * A host that is not on Vivier (a foreign ministry, an international organisation) acts through
 * the employer's HR service, which records its acts with the signed copy: the events of the host
 * are open to `accueil` and `rh` alike.
 */
import type { Role } from "../acces/roles";

export const ACTEURS_PROCEDURE = ["agent", "superieur", "rh", "autorite", "charge_ri", "accueil", "operateur"] as const;
export type ActeurProcedure = (typeof ACTEURS_PROCEDURE)[number];

export const LIBELLES_ACTEUR_PROCEDURE: Record<ActeurProcedure, string> = {
  agent: "Agent concerné",
  superieur: "Supérieur·e hiérarchique de l'agent",
  rh: "Service RH de l'employeur",
  autorite: "Autorité territoriale de l'employeur",
  charge_ri: "Relations internationales de l'employeur",
  accueil: "Organisme d'accueil",
  operateur: "Opérateur partie à la convention",
};

/** The actor as the subject of « seul … peut », with its article and its gender. */
const DESIGNATION: Record<ActeurProcedure, { nom: string; feminin: boolean }> = {
  agent: { nom: "l'agent concerné", feminin: false },
  superieur: { nom: "le supérieur hiérarchique de l'agent", feminin: false },
  rh: { nom: "le service RH de l'employeur", feminin: false },
  autorite: { nom: "l'autorité territoriale de l'employeur", feminin: true },
  charge_ri: { nom: "le service des relations internationales de l'employeur", feminin: false },
  accueil: { nom: "l'organisme d'accueil", feminin: false },
  operateur: { nom: "l'opérateur partie à la convention", feminin: false },
};

/** « seule l'autorité territoriale de l'employeur », « seul l'agent concerné ou le service RH de l'employeur ». */
export function seuls(acteurs: readonly ActeurProcedure[]): string {
  const [premier] = acteurs;
  if (!premier) return "personne ne";
  return `${DESIGNATION[premier].feminin ? "seule" : "seul"} ${acteurs.map((a) => DESIGNATION[a].nom).join(" ou ")}`;
}

/** Where the person stands towards one case: their memberships in each organisation of the case. */
export type Appartenances = {
  /** The person is the agent the case is about. */
  estAgentConcerne: boolean;
  /** Roles in the collectivité that employs the agent. */
  rolesChezEmployeur?: readonly Role[];
  /** Roles in the host organisation (mise à disposition, détachement). */
  rolesChezAccueil?: readonly Role[];
  /** Roles in the operator party to a partnership convention. */
  rolesChezOperateur?: readonly Role[];
};

const ACTEUR_CHEZ_EMPLOYEUR: Partial<Record<Role, ActeurProcedure>> = {
  gestionnaire_rh: "rh",
  superieur_hierarchique: "superieur",
  autorite_territoriale: "autorite",
  charge_ri: "charge_ri",
};

/** The abstract actors a person is for one case, each once, in the order of ACTEURS_PROCEDURE. */
export function acteursProcedure(a: Appartenances): ActeurProcedure[] {
  const acteurs = new Set<ActeurProcedure>();
  if (a.estAgentConcerne) acteurs.add("agent");
  else for (const role of a.rolesChezEmployeur ?? []) if (ACTEUR_CHEZ_EMPLOYEUR[role]) acteurs.add(ACTEUR_CHEZ_EMPLOYEUR[role]);
  if (a.rolesChezAccueil?.includes("operateur")) acteurs.add("accueil");
  if (a.rolesChezOperateur?.includes("operateur")) acteurs.add("operateur");
  return ACTEURS_PROCEDURE.filter((x) => acteurs.has(x));
}
