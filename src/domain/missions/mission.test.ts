import { describe, expect, it } from "vitest";
import { AUJOURDHUI, uneMission } from "./constructeurs";
import { cadreDeLaMission, lireMission, verifierPublication } from "./mission";
import { lireProjet } from "./projet";

const erreurs = (entree: unknown) => {
  const r = lireMission(entree);
  return r.ok ? [] : r.erreurs;
};

describe("un projet", () => {
  it("se lit avec son intitulé seul, les champs vides étant absents", () =>
    expect(lireProjet({ intitule: " PAGoDA Sénégal ", programme: "", bailleur: "Union européenne" })).toEqual({
      ok: true,
      projet: { intitule: "PAGoDA Sénégal", bailleur: "Union européenne" },
    }));
  it.each([
    [{}, "intitule", "l'intitulé du projet : du texte est attendu"],
    [{ intitule: "  " }, "intitule", "l'intitulé du projet est obligatoire"],
    [{ intitule: "x".repeat(201) }, "intitule", "l'intitulé du projet : 200 caractères au plus"],
    [{ intitule: "P", description: "x".repeat(5001) }, "description", "la description : 5000 caractères au plus"],
    [{ intitule: "P", operateur: "Expertise France" }, "operateur", "champ inconnu"],
    [{ intitule: "P\u0000" }, "intitule", "l'intitulé du projet contient des caractères de contrôle"],
    ["projet", "projet", "le projet est un objet JSON"],
  ])("refuse %j : %s", (entree, champ, message) => expect(lireProjet(entree)).toEqual({ ok: false, erreurs: [{ champ, message }] }));
});

describe("une mission", () => {
  it("se lit complète, le pays en majuscules, le cadre déduit de la source", () => {
    const r = lireMission(uneMission({ pays: "sn" }).saisie());
    expect(r).toMatchObject({ ok: true, mission: { pays: "SN", cadre: "operateur", nombreExperts: 1, remuneration: { honorairesJournaliers: 450, perDiem: 96.5 } } });
  });
  it("se lit en brouillon avec son intitulé et sa source seuls", () =>
    expect(lireMission({ intitule: "Gestion des déchets", source: "daect_expe_ct" })).toEqual({
      ok: true,
      mission: { intitule: "Gestion des déchets", source: "daect_expe_ct", cadre: "expe_ct", domaines: [], langues: [], nombreExperts: 1, sessions: [] },
    }));

  it.each([
    ["deux sessions qui se chevauchent", { sessions: [{ debut: "2026-04-07", fin: "2026-04-09" }, { debut: "2026-04-09", fin: "2026-04-10" }] }, "sessions.1.debut", "chevauche la session 1"],
    ["une session qui finit avant de commencer", { sessions: [{ jours: 2 }, { debut: "2026-04-09", fin: "2026-04-07" }] }, "sessions.1.fin", "la fin de la session précède son début"],
    ["des jours négatifs", { sessions: [{ jours: -1 }] }, "sessions.0.jours", "le nombre de jours doit être positif"],
    ["0,3 jour", { sessions: [{ jours: 0.3 }] }, "sessions.0.jours", "les jours se comptent par demi-journées (2, 2.5, 3…)"],
    ["un domaine inconnu", { domaines: [{ code: "PLOMBERIE-ZINGUERIE" }] }, "domaines.0.code", "domaine inconnu du thésaurus"],
    ["un niveau de domaine inconnu", { domaines: [{ code: "DECHETS-TRI", niveauMin: "maitre" }] }, "domaines.0.niveauMin", "niveau attendu : notions, confirme, expert"],
    ["un domaine en double", { domaines: [{ code: "DECHETS-TRI" }, { code: "DECHETS-TRI", niveauMin: "expert" }] }, "domaines.1.code", "le domaine « DECHETS-TRI » figure deux fois"],
    ["un pays inconnu", { pays: "XZ" }, "pays", "code de pays ISO 3166 inconnu (SN, MA…)"],
    ["une langue inconnue", { langues: [{ code: "zz", niveau: "B2" }] }, "langues.0.code", "code de langue ISO 639-1 inconnu (en, es…)"],
    ["un niveau de langue hors CECRL", { langues: [{ code: "en", niveau: "B3" }] }, "langues.0.niveau", "niveau du CECRL attendu : A1, A2, B1, B2, C1, C2"],
    ["une langue en double", { langues: [{ code: "en", niveau: "B2" }, { code: "EN", niveau: "C1" }] }, "langues.1.code", "la langue « en » figure deux fois"],
    ["zéro expert", { nombreExperts: 0 }, "nombreExperts", "au moins un expert"],
    ["51 experts", { nombreExperts: 51 }, "nombreExperts", "50 experts au plus"],
    ["1,5 expert", { nombreExperts: 1.5 }, "nombreExperts", "le nombre d'experts est un nombre entier"],
    ["une source inconnue", { source: "ambassade" }, "source", "source attendue : operateur, daect_expe_ct, cooperation_decentralisee, demande_etrangere"],
    ["un cadre contraire à la source", { cadre: "expe_ct" }, "cadre", "une mission de source « Projet d'un opérateur (financé par un bailleur) » relève du cadre operateur"],
    ["un type d'hôte inconnu", { hote: { type: "ong" } }, "hote.type", "type d'organisme d'accueil inconnu ; types possibles : organisation_internationale, institution_ue, etat_etranger, administration_etrangere, operateur_public, operateur_prive"],
    ["des honoraires négatifs", { remuneration: { honorairesJournaliers: -450 } }, "remuneration.honorairesJournaliers", "les honoraires journaliers : un montant négatif n'est pas admis"],
    ["un per diem au millième", { remuneration: { perDiem: 96.505 } }, "remuneration.perDiem", "le per diem : au centime près (deux décimales au plus)"],
    ["une date limite qui n'existe pas", { dateLimiteCandidature: "2026-02-29" }, "dateLimiteCandidature", "date limite de candidature : une date AAAA-MM-JJ qui existe est attendue"],
    ["une date limite après le début", { dateLimiteCandidature: "2026-04-07" }, "dateLimiteCandidature", "la date limite de candidature doit précéder le début de la première session (2026-04-07)"],
    ["des termes de référence trop longs", { termesDeReference: "x".repeat(20_001) }, "termesDeReference", "les termes de référence : 20000 caractères au plus"],
    ["un champ inconnu", { organisation: "Expertise France" }, "organisation", "champ inconnu"],
  ])("refuse %s, sur le champ %s", (_cas, champs, champ, message) =>
    expect(erreurs({ ...uneMission().saisie(), ...champs })).toEqual([{ champ, message }]));

  it("refuse l'absence d'intitulé et de source", () =>
    expect(erreurs({})).toEqual([
      { champ: "intitule", message: "l'intitulé de la mission : du texte est attendu" },
      { champ: "source", message: "source attendue : operateur, daect_expe_ct, cooperation_decentralisee, demande_etrangere" },
    ]));
  it("refuse ce qui n'est pas un objet", () => expect(erreurs([])).toEqual([{ champ: "mission", message: "la mission est un objet JSON" }]));
  it("accepte des montants au centime près malgré les flottants", () => expect(erreurs(uneMission({ remuneration: { perDiem: 0.1 + 0.2, complementRemuneration: 0 } }).saisie())).toEqual([]));
});

describe("le cadre de la mission", () => {
  it.each([
    ["operateur", undefined, "operateur"],
    ["daect_expe_ct", undefined, "expe_ct"],
    ["cooperation_decentralisee", undefined, "cooperation_decentralisee"],
    ["demande_etrangere", undefined, undefined],
    ["demande_etrangere", "cooperation_decentralisee", "cooperation_decentralisee"],
    ["demande_etrangere", "operateur", "operateur"],
  ] as const)("source %s, cadre choisi %s → %s", (source, choisi, cadre) => expect(cadreDeLaMission(source, choisi)).toBe(cadre));
  it("reste à choisir pour une demande étrangère", () => expect(uneMission().source("demande_etrangere").lue().cadre).toBeUndefined());
  it("est celui choisi pour une demande étrangère", () => expect(uneMission().source("demande_etrangere", "expe_ct").lue().cadre).toBe("expe_ct"));
});

describe("ce qui empêche de publier", () => {
  it("rien pour une mission complète", () => expect(verifierPublication(uneMission().lue(), AUJOURDHUI)).toEqual([]));
  it("une mission sans session", () =>
    expect(verifierPublication(uneMission().avecSessions().lue())).toEqual([{ champ: "sessions", message: "une mission sans session ne peut être publiée" }]));
  it("chaque champ nécessaire qui manque, dans un brouillon minimal", () => {
    const brouillon = uneMission().sans("termesDeReference", "pays", "beneficiaire", "domaines", "sessions", "dateLimiteCandidature").source("demande_etrangere");
    expect(Object.fromEntries(verifierPublication(brouillon.lue()).map((e) => [e.champ, e.message]))).toEqual({
      termesDeReference: "les termes de référence sont nécessaires pour publier la mission",
      pays: "le pays est nécessaire pour publier la mission",
      beneficiaire: "le bénéficiaire est nécessaire pour publier la mission",
      domaines: "au moins un domaine d'expertise est nécessaire pour publier la mission",
      cadre: "choisissez le cadre de la mission (coopération décentralisée, EXPE-CT ou opérateur) avant de la publier",
      sessions: "une mission sans session ne peut être publiée",
    });
  });
  it("une date limite de candidature passée", () =>
    expect(verifierPublication(uneMission().lue(), "2026-03-28")).toEqual([{ champ: "dateLimiteCandidature", message: "la date limite de candidature est passée" }]));
});
