import { describe, expect, it } from "vitest";
import { autoriser, formeCanonique, REGLES, ROLES, ROLES_PAR_TYPE, roleAdmisPour, verifierMotDePasse } from ".";

const ORG_A = "org-a";
const ORG_B = "org-b";

describe("politique d'accès", () => {
  it("autorise l'administrateur d'une organisation sur la sienne", () => {
    expect(autoriser({ utilisateurId: "u", organisationId: ORG_A, role: "administrateur_organisation" }, "audit.lire", { organisationId: ORG_A })).toEqual({ autorise: true });
  });

  it("cache une organisation étrangère (404) plutôt que d'en révéler l'existence", () => {
    expect(autoriser({ utilisateurId: "u", organisationId: ORG_A, role: "administrateur_organisation" }, "audit.lire", { organisationId: ORG_B })).toEqual({ autorise: false, motif: "organisation" });
  });

  it("ouvre ce qui a été explicitement partagé", () => {
    expect(autoriser({ utilisateurId: "u", organisationId: ORG_A, role: "administrateur_organisation" }, "organisation.voir_membres", { organisationId: ORG_B, partageeAvec: [ORG_A] })).toEqual({ autorise: true });
  });

  it("refuse un rôle qui n'a pas le droit (403), même sur sa propre organisation", () => {
    expect(autoriser({ utilisateurId: "u", organisationId: ORG_A, role: "agent" }, "organisation.inviter", { organisationId: ORG_A })).toEqual({ autorise: false, motif: "role" });
    expect(autoriser({ utilisateurId: "u", organisationId: ORG_A, role: "administrateur_organisation" }, "organisation.creer", { organisationId: null })).toEqual({ autorise: false, motif: "role" });
  });

  it("donne tout à l'administrateur de la plateforme, et rien par défaut", () => {
    for (const action of Object.keys(REGLES) as (keyof typeof REGLES)[]) {
      expect(autoriser({ utilisateurId: "u", organisationId: "plateforme", role: "administrateur" }, action, { organisationId: ORG_B })).toEqual({ autorise: true });
    }
    expect(autoriser({ utilisateurId: "u", organisationId: ORG_A, role: "gestionnaire_rh" }, "action.inconnue" as never, { organisationId: ORG_A })).toEqual({ autorise: false, motif: "role" });
  });

  it("attribue chaque rôle à au moins un type d'organisation, et l'administration de la plateforme à elle seule", () => {
    for (const role of ROLES) expect(Object.values(ROLES_PAR_TYPE).some((r) => r.includes(role)), role).toBe(true);
    expect(roleAdmisPour("plateforme", "administrateur")).toBe(true);
    expect(roleAdmisPour("collectivite", "administrateur")).toBe(false);
    expect(roleAdmisPour("operateur", "gestionnaire_rh")).toBe(false);
  });
});

describe("règles de mot de passe", () => {
  const courants = new Set(["motdepasse123", "azertyuiop123"]);
  const estCourant = (f: string) => courants.has(f);

  it("exige 12 caractères au moins", () => {
    expect(verifierMotDePasse("court-11car", estCourant)).toEqual({ ok: false, message: "Le mot de passe doit compter au moins 12 caractères (11 saisis)." });
    expect(verifierMotDePasse("une phrase de passe", estCourant)).toEqual({ ok: true });
  });

  it("refuse les mots de passe courants, quelle que soit la casse ou l'accentuation", () => {
    expect(verifierMotDePasse("MotDePasse123", estCourant).ok).toBe(false);
    expect(verifierMotDePasse("MötDePässe123", estCourant).ok).toBe(false);
    expect(formeCanonique("ÉtéÀParis")).toBe("eteaparis");
  });

  it("refuse les répétitions et l'adresse électronique", () => {
    expect(verifierMotDePasse("aaaaaaaaaaaaaaa", estCourant).ok).toBe(false);
    expect(verifierMotDePasse("bruno.martin-2026!", estCourant, "bruno.martin@exemple.fr").ok).toBe(false);
  });
});
