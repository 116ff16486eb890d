/**
 * Whom matching may show a mission's owner (visibilite.ts, the rule the service applies twice),
 * and the neighbours of the domains asked, without a database.
 */
import { describe, expect, it } from "vitest";
import { perimetreDuProprietaire, type Proprietaire, regardDuProprietaire, VISIBILITES } from "../../domain/experts";
import type { TypeOrganisation } from "../../domain/organisations";
import { domainesVoisins } from "./appariement";

const ORGANISATION = "11111111-1111-4111-8111-111111111111";
const AUTRE = "22222222-2222-4222-8222-222222222222";
const proprietaire = (type: TypeOrganisation): Proprietaire => ({ id: ORGANISATION, type });

describe("perimetreDuProprietaire, regardDuProprietaire", () => {
  it.each([
    ["operateur", null, ["operateurs", "ministere"]],
    ["ministere", null, ["ministere"]],
    ["collectivite", ORGANISATION, []],
    ["association_elus", ORGANISATION, []],
    ["ambassade", null, []],
    ["organisme_partenaire", null, []],
    ["plateforme", null, []],
  ] as const)("%s : son employeur %s, les consentements %j", (type, employeur, visibilites) => {
    const p = perimetreDuProprietaire(proprietaire(type));
    expect({ organisationEmployeur: p.organisationEmployeur, visibilites: [...p.visibilites] }).toEqual({ organisationEmployeur: employeur, visibilites });
    // The holder's branch matches no account: an organisation holds no profile.
    expect(p.utilisateurId).toBe("00000000-0000-0000-0000-000000000000");
  });

  it("voit un profil exactement quand il est dans son périmètre, et dit comment", () => {
    const types: TypeOrganisation[] = ["operateur", "ministere", "collectivite", "association_elus", "ambassade", "plateforme"];
    for (const type of types) {
      const p = perimetreDuProprietaire(proprietaire(type));
      for (const organisationId of [ORGANISATION, AUTRE]) {
        for (const visibilite of VISIBILITES) {
          const r = regardDuProprietaire(proprietaire(type), { organisationId, visibilite });
          const dedans = p.organisationEmployeur === organisationId || p.visibilites.includes(visibilite);
          expect(r !== null, `${type}, ${organisationId === ORGANISATION ? "ses agents" : "d'autres"}, ${visibilite}`).toBe(dedans);
          if (r) expect(r).toBe(p.organisationEmployeur === organisationId ? "employeur" : type === "operateur" ? "operateur" : "ministere");
        }
      }
    }
  });

  it("une collectivité ne voit pas les agents d'une autre, même ouverts au ministère", () => {
    expect(regardDuProprietaire(proprietaire("collectivite"), { organisationId: AUTRE, visibilite: "ministere" })).toBeNull();
    expect(regardDuProprietaire(proprietaire("collectivite"), { organisationId: ORGANISATION, visibilite: "employeur" })).toBe("employeur");
  });
});

describe("domainesVoisins", () => {
  it("les autres domaines des familles demandées, sans ceux demandés", () => {
    const voisins = domainesVoisins({ domaines: [{ code: "EAU-POTABLE" }, { code: "EAU-QUALITE" }], langues: [], pays: "SN", sessions: [] });
    expect(voisins).toContain("EAU-ASSAINISSEMENT-COLLECTIF");
    expect(voisins).not.toContain("EAU-POTABLE");
    expect(voisins).not.toContain("EAU-QUALITE");
    expect(voisins.every((c) => c.startsWith("EAU-"))).toBe(true);
    expect(domainesVoisins({ domaines: [{ code: "INCONNU" }], langues: [], pays: "SN", sessions: [] })).toEqual([]);
  });
});
