import { describe, expect, it } from "vitest";
import { ROLES, type Role } from "../acces";
import { ageAu, estPerime, indexer, lireProfil, perimeLe, peutConsentir, peutModifier, perimetre, projeter, regard, VISIBILITES } from ".";

const PROFIL = {
  prenom: " Léa ",
  nom: "Fontaine",
  courriel: "Lea.Fontaine@Exemple.FR",
  position: "titulaire",
  domaines: [{ code: "EAU-POTABLE", niveau: "expert" }],
  langues: [{ code: "EN", niveau: "B2" }],
  pays: ["sn"],
  disponibilites: [{ debut: "2027-01-04", fin: "2027-03-31" }],
};

describe("profil", () => {
  it("normalise ce qui se saisit de plusieurs façons", () => {
    const lu = lireProfil(PROFIL);
    expect(lu.ok && lu.profil).toMatchObject({ prenom: "Léa", courriel: "lea.fontaine@exemple.fr", langues: [{ code: "en", niveau: "B2" }], pays: ["SN"] });
  });
  it("refuse champ par champ : doublons, codes inconnus, période à l'envers, caractères de contrôle", () => {
    const lu = lireProfil({
      ...PROFIL,
      nom: "Font\u0000aine",
      domaines: [{ code: "EAU-POTABLE", niveau: "expert" }, { code: "EAU-POTABLE", niveau: "notions" }],
      langues: [{ code: "zz", niveau: "B2" }],
      pays: ["SN", "XX"],
      disponibilites: [{ debut: "2027-03-01", fin: "2027-02-01" }],
      dateNaissance: "1980-02-30",
    });
    expect(lu.ok).toBe(false);
    if (lu.ok) return;
    expect(Object.fromEntries(lu.erreurs.map((e) => [e.champ, e.message]))).toEqual({
      nom: "le nom contient des caractères de contrôle",
      "domaines.1": "le domaine « EAU-POTABLE » figure deux fois",
      "langues.0.code": "code de langue ISO 639-1 inconnu (en, es…)",
      "pays.1": "code de pays ISO 3166 inconnu (SN, MA…)",
      "disponibilites.0.fin": "la fin de la période précède son début",
      dateNaissance: "la date de naissance : cette date n'existe pas",
    });
  });
  it("lit les régions d'intervention : pays et code ISO 3166-2 en majuscules, nom libre", () => {
    const lu = lireProfil({ ...PROFIL, regions: [{ pays: "sn", nom: " Dakar ", code: "sn-dk" }, { pays: "MG", nom: "Atsinanana", code: "" }] });
    expect(lu.ok && lu.profil.regions).toEqual([
      { pays: "SN", nom: "Dakar", code: "SN-DK" },
      { pays: "MG", nom: "Atsinanana" },
    ]);
    const sans = lireProfil(PROFIL);
    expect(sans.ok && sans.profil.regions).toEqual([]);
  });
  it("refuse une région au pays inconnu, au code mal formé ou d'un autre pays, en double, ou dont le nom couperait une cellule", () => {
    const lu = lireProfil({
      ...PROFIL,
      regions: [
        { pays: "XX", nom: "Nulle part", code: "SN-DK" },
        { pays: "SN", nom: "Thiès", code: "SNTH" },
        { pays: "SN", nom: "Saint-Louis", code: "MA-09" },
        { pays: "SN", nom: "Dakar" },
        { pays: "SN", nom: "DAKAR" },
        { pays: "MA", nom: "Dakar" },
        { pays: "MA", nom: "Souss; Massa" },
        { pays: "MA", nom: "" },
      ],
    });
    expect(lu.ok).toBe(false);
    if (lu.ok) return;
    expect(Object.fromEntries(lu.erreurs.map((e) => [e.champ, e.message]))).toEqual({
      // The code is not compared with a country that does not exist.
      "regions.0.pays": "code de pays ISO 3166 inconnu (SN, MA…)",
      "regions.1.code": "code ISO 3166-2 attendu : le code du pays, un tiret, 1 à 3 lettres ou chiffres (SN-DK, MA-09…)",
      "regions.2.code": "le code ISO 3166-2 doit commencer par SN-",
      // The same name in the same country, whatever its case and accents; in another country, another region.
      "regions.4.nom": "la région « DAKAR (SN) » figure deux fois",
      "regions.6.nom": "le nom de la région ne peut contenir ni « ; », ni parenthèses, ni retour à la ligne",
      "regions.7.nom": "le nom de la région est obligatoire",
    });
    const trop = lireProfil({ ...PROFIL, regions: Array.from({ length: 81 }, (_, i) => ({ pays: "FR", nom: `Région ${i}` })) });
    expect(!trop.ok && trop.erreurs).toEqual([{ champ: "regions", message: "80 régions au plus" }]);
  });
  it("calcule l'âge au jour près", () => {
    expect(ageAu("1959-06-15", "2026-06-14")).toBe(66);
    expect(ageAu("1959-06-15", "2026-06-15")).toBe(67);
  });
});

describe("visibilité selon le consentement", () => {
  const employeur = "org-employeur";
  const profil = (visibilite: (typeof VISIBILITES)[number]) => ({ organisationId: employeur, utilisateurId: "agent-1", visibilite });
  const lecteur = (role: Role, organisationId = "autre-org", utilisateurId = "quelqu-un") => ({ role, organisationId, utilisateurId });

  it("l'agent voit et consent ; le RH de l'employeur voit et écrit ; ses relations internationales voient seulement", () => {
    expect(regard(lecteur("agent", employeur, "agent-1"), profil("employeur"))).toBe("titulaire");
    expect(peutConsentir("titulaire")).toBe(true);
    const rh = lecteur("gestionnaire_rh", employeur);
    expect(regard(rh, profil("employeur"))).toBe("employeur");
    expect(peutModifier(rh, "employeur")).toBe(true);
    expect(peutConsentir("employeur")).toBe(false);
    const ri = lecteur("charge_ri", employeur);
    expect(regard(ri, profil("employeur"))).toBe("employeur");
    expect(peutModifier(ri, "employeur")).toBe(false);
  });

  it.each(ROLES.map((r) => [r]))("%s hors de l'employeur ne voit que ce que l'agent a consenti", (role) => {
    const attendus: Partial<Record<Role, (typeof VISIBILITES)[number][]>> = {
      operateur: ["operateurs", "ministere"],
      agent_daect: ["ministere"],
      membre_comite: ["ministere"],
    };
    for (const v of VISIBILITES) {
      const vu = regard(lecteur(role), profil(v));
      expect(vu !== null, `${role} / ${v}`).toBe((attendus[role] ?? []).includes(v));
      expect(peutModifier(lecteur(role), vu)).toBe(false);
    }
    expect(perimetre(lecteur(role)).visibilites).toEqual(attendus[role] ?? []);
  });

  it("hors de l'employeur, les champs réservés disparaissent", () => {
    const p = { nom: "Fontaine", telephone: "04", numeroAgent: "A1", dateNaissance: "1980-01-01", dateRetraitePrevue: "2045-01-01" };
    expect(projeter(p, "operateur")).toEqual({ nom: "Fontaine" });
    expect(projeter(p, "employeur")).toEqual(p);
  });
});

describe("fraîcheur", () => {
  it("périmé 12 mois après la confirmation, le même jour du mois ou le dernier", () => {
    expect(perimeLe(new Date("2025-03-31T10:00:00Z"), 11).toISOString().slice(0, 10)).toBe("2026-02-28");
    const confirme = new Date("2025-12-01T00:00:00Z");
    expect(estPerime(confirme, new Date("2026-11-30T23:00:00Z"), 12)).toBe(false);
    expect(estPerime(confirme, new Date("2026-12-01T00:00:00Z"), 12)).toBe(true);
  });
});

describe("indexation pour la recherche", () => {
  it("aplatit langues et niveaux, disponibilités, et écrit les libellés dans les deux langues", () => {
    const lu = lireProfil(PROFIL);
    if (!lu.ok) throw new Error("profil invalide");
    const i = indexer(lu.profil);
    expect(i.languesNiveaux).toEqual(["en", "en:A1", "en:A2", "en:B1", "en:B2"]);
    expect(i.periodesDisponibles).toBe("{[2027-01-04,2027-03-31]}");
    expect(i.texteA).toContain("Léa");
    expect(i.texteA).toMatch(/eau potable/i);
    expect(i.texteB).toContain("Sénégal");
    expect(i.texteB).toContain("Senegal");
  });

  it("cherche une région par son nom, et par son pays même quand l'agent ne l'a pas déclaré", () => {
    const lu = lireProfil({
      ...PROFIL,
      regions: [
        { pays: "SN", nom: "Thiès", code: "SN-TH" },
        { pays: "MG", nom: "Atsinanana" },
        { pays: "MG", nom: "Analamanga" },
      ],
    });
    if (!lu.ok) throw new Error("profil invalide");
    const i = indexer(lu.profil);
    expect(i.pays).toEqual(["SN", "MG"]);
    expect(lu.profil.pays).toEqual(["SN"]);
    expect(i.texteB).toContain("Thiès");
    expect(i.texteB).toContain("Atsinanana");
    expect(i.texteB).toContain("Madagascar");
    // The lower weight: a region says where, not what the expert knows.
    expect(i.texteA).not.toContain("Thiès");
  });
});
