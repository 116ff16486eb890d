import { describe, expect, it } from "vitest";
import { VISIBILITES } from "../experts";
import { liberationRequise, profilVisibleDuProprietaire, refusDeSource, ROLES_PROPRIETAIRE, sourcesPermises, territoireDeLEmployeur } from ".";

describe("qui publie des missions", () => {
  it("les opérateurs, la DAECT et les relations internationales, chacun sa source ou une demande étrangère", () => {
    expect(ROLES_PROPRIETAIRE).toEqual(["operateur", "agent_daect", "charge_ri"]);
    expect(sourcesPermises("operateur")).toEqual(["operateur", "demande_etrangere"]);
    expect(sourcesPermises("ministere")).toEqual(["daect_expe_ct", "demande_etrangere"]);
    expect(sourcesPermises("collectivite")).toEqual(["cooperation_decentralisee", "demande_etrangere"]);
    expect(refusDeSource("operateur", "operateur")).toBeUndefined();
    expect(refusDeSource("operateur", "cooperation_decentralisee")).toMatch(/ne peut être publiée par votre organisation/);
    expect(refusDeSource("ambassade", "operateur")).toBe("votre organisation ne publie pas de missions");
  });
});

describe("quels profils une mission peut prendre : le consentement de l'agent, comme la recherche", () => {
  const employeur = "org-employeur";
  const profil = (visibilite: (typeof VISIBILITES)[number]) => ({ organisationId: employeur, utilisateurId: "agent-1", visibilite });
  const attendu = {
    operateur: { employeur: false, operateurs: true, ministere: true },
    ministere: { employeur: false, operateurs: false, ministere: true },
    collectivite: { employeur: false, operateurs: false, ministere: false },
    ambassade: { employeur: false, operateurs: false, ministere: false },
  } as const;
  for (const [type, parVisibilite] of Object.entries(attendu)) {
    it(`la mission d'un·e ${type}`, () => {
      for (const v of VISIBILITES) expect(profilVisibleDuProprietaire({ id: "autre-org", type: type as keyof typeof attendu }, profil(v)), v).toBe(parVisibilite[v]);
    });
  }

  it("la mission d'une collectivité prend ses propres agents, quel que soit leur choix", () => {
    for (const v of VISIBILITES) expect(profilVisibleDuProprietaire({ id: employeur, type: "collectivite" }, profil(v))).toBe(true);
  });
});

describe("libération et calendrier", () => {
  it("un retraité ou un élu n'a pas d'employeur qui le libère", () => {
    expect(liberationRequise("titulaire")).toBe(true);
    expect(liberationRequise("contractuel_cdd")).toBe(true);
    expect(liberationRequise("retraite")).toBe(false);
    expect(liberationRequise("elu")).toBe(false);
  });

  it("le territoire de l'employeur donne le calendrier des jours ouvrés", () => {
    expect(territoireDeLEmployeur("57")).toBe("57");
    expect(territoireDeLEmployeur("974")).toBe("974");
    expect(territoireDeLEmployeur("42")).toBe("metropole");
    expect(territoireDeLEmployeur(null)).toBe("metropole");
  });
});
