/**
 * Who owns missions, and whom a mission's owner may take on (PRODUCT.md §3, docs/missions.md).
 *
 * An operator's project staff, the DAECT and a collectivité's international relations publish
 * missions for their organisation. A mission only takes the experts its owner may see in the pool,
 * by the agents' own consent: an operator's mission the profiles opened to operators, the DAECT's
 * those opened to the ministry, a collectivité's its own agents — the rule of the search and of
 * matching (../experts/visibilite.ts), so that the three never disagree.
 */
import { PROPRIETAIRES_MISSION } from "../acces/politique";
import type { Role } from "../acces/roles";
import { estTerritoire, type Territoire } from "../calendar";
import { type Position, type ProfilVu, type Proprietaire, regardDuProprietaire } from "../experts";
import type { TypeOrganisation } from "../organisations/types";
import { LIBELLES_SOURCE_MISSION, type SourceMission } from "./mission";

/** The roles that act for the owner of missions (create, publish, select): the policy's. */
export const ROLES_PROPRIETAIRE: readonly Role[] = PROPRIETAIRES_MISSION;

/**
 * The sources an organisation of each type publishes: its own kind, or a foreign authority's
 * request it answers. The source decides the advisor's framework (cadre), so an operator may not
 * label its mission a décentralised cooperation.
 */
const SOURCES_DU_TYPE: Partial<Record<TypeOrganisation, readonly SourceMission[]>> = {
  operateur: ["operateur", "demande_etrangere"],
  ministere: ["daect_expe_ct", "demande_etrangere"],
  collectivite: ["cooperation_decentralisee", "demande_etrangere"],
  association_elus: ["cooperation_decentralisee", "demande_etrangere"],
};

export const sourcesPermises = (type: TypeOrganisation): readonly SourceMission[] => SOURCES_DU_TYPE[type] ?? [];

/** Why an organisation of this type may not publish a mission of this source; undefined when it may. */
export function refusDeSource(type: TypeOrganisation, source: SourceMission): string | undefined {
  const permises = sourcesPermises(type);
  if (permises.includes(source)) return undefined;
  if (permises.length === 0) return "votre organisation ne publie pas de missions";
  return `une mission « ${LIBELLES_SOURCE_MISSION[source]} » ne peut être publiée par votre organisation (sources possibles : ${permises.join(", ")})`;
}

/**
 * May the mission's owner see (and so take on) this profile? Decided for the owner organisation,
 * not for the person acting: whoever acts for an operator sees what the agents opened to
 * operators. The same rule as matching (`regardDuProprietaire`).
 */
export function profilVisibleDuProprietaire(proprietaire: Proprietaire, profil: Pick<ProfilVu, "organisationId" | "visibilite">): boolean {
  return regardDuProprietaire(proprietaire, profil) !== null;
}

/**
 * Whether an employer has to release the person (the candidacy's `accordEmployeur` starts
 * `en_attente`) or not (`non_requis`): a retiree has left their employer, an elected official
 * answers to no employer for their mandate.
 */
export const liberationRequise = (position: Position): boolean => position !== "retraite" && position !== "elu";

/** The calendar of the agent's working days: their employer's territory (Alsace-Moselle, overseas), else metropolitan France. */
export const territoireDeLEmployeur = (codeDepartement: string | null | undefined): Territoire => (estTerritoire(codeDepartement) ? codeDepartement : "metropole");
