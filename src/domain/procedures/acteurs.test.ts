import { describe, expect, it } from "vitest";
import { ROLES } from "../acces/roles";
import { ACTEURS_PROCEDURE, acteursProcedure, seuls } from "./acteurs";

describe("des rôles de la plateforme aux acteurs des procédures", () => {
  it.each([
    ["gestionnaire_rh", ["rh"]],
    ["superieur_hierarchique", ["superieur"]],
    ["autorite_territoriale", ["autorite"]],
    ["charge_ri", ["charge_ri"]],
    ["agent", []],
    ["operateur", []],
    ["administrateur_organisation", []],
    ["administrateur", []],
    ["agent_daect", []],
    ["membre_comite", []],
    ["agent_ambassade", []],
  ] as const)("%s chez l'employeur → %j", (role, attendus) => expect(acteursProcedure({ estAgentConcerne: false, rolesChezEmployeur: [role] })).toEqual(attendus));

  it("chaque rôle a sa ligne", () => expect(ROLES).toHaveLength(11));

  it("l'opérateur de l'organisme d'accueil est l'accueil ; celui de l'opérateur partie, l'opérateur", () => {
    expect(acteursProcedure({ estAgentConcerne: false, rolesChezAccueil: ["operateur"] })).toEqual(["accueil"]);
    expect(acteursProcedure({ estAgentConcerne: false, rolesChezAccueil: ["administrateur_organisation"] })).toEqual([]);
    expect(acteursProcedure({ estAgentConcerne: false, rolesChezOperateur: ["operateur"] })).toEqual(["operateur"]);
  });

  it("plusieurs rôles, plusieurs acteurs, dans un ordre stable", () =>
    expect(acteursProcedure({ estAgentConcerne: false, rolesChezEmployeur: ["autorite_territoriale", "gestionnaire_rh", "gestionnaire_rh"] })).toEqual(["rh", "autorite"]));

  it("personne n'agit pour l'employeur sur son propre dossier", () => {
    expect(acteursProcedure({ estAgentConcerne: true, rolesChezEmployeur: ["autorite_territoriale", "superieur_hierarchique", "gestionnaire_rh", "charge_ri"] })).toEqual(["agent"]);
    expect(acteursProcedure({ estAgentConcerne: true })).toEqual(["agent"]);
  });
  it("sans appartenance, aucun acteur", () => expect(acteursProcedure({ estAgentConcerne: false })).toEqual([]));
});

describe("« seul … peut » : qui, dans les refus", () => {
  it.each([
    [["agent"], "seul l'agent concerné"],
    [["autorite"], "seule l'autorité territoriale de l'employeur"],
    [["accueil", "rh"], "seul l'organisme d'accueil ou le service RH de l'employeur"],
    [["autorite", "operateur"], "seule l'autorité territoriale de l'employeur ou l'opérateur partie à la convention"],
    [[], "personne ne"],
  ] as const)("%j → « %s »", (acteurs, texte) => expect(seuls(acteurs)).toBe(texte));
  it("chaque acteur a sa désignation", () => expect(ACTEURS_PROCEDURE.map((a) => seuls([a])).every((s) => /^seule? (l'|le |la )/.test(s))).toBe(true));
});
