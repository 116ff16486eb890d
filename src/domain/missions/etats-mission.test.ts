import { describe, expect, it } from "vitest";
import { contexteMission, uneMission } from "./constructeurs";
import { ETATS_MISSION, type EtatMission, EVENEMENTS_MISSION, type EvenementMission, evenementsPossibles, peut, TRANSITIONS_MISSION } from "./etats-mission";

// Without a deadline, so that one day can be both before publication's deadline and after the start.
const mission = (etat: EtatMission) => uneMission().sans("dateLimiteCandidature").enEtat(etat);
/** A context where every guard passes: the table alone decides. */
const favorable = contexteMission({ aujourdhui: "2026-04-07", affectationsConfirmees: 1, motif: "Le bailleur a suspendu le projet." });

/** Every allowed (event, state): the table as a lawyer would read it. */
const PERMISES: [EvenementMission, EtatMission, EtatMission][] = [
  ["publier", "brouillon", "publiee"],
  ["ouvrirSelection", "publiee", "en_selection"],
  ["pourvoir", "en_selection", "pourvue"],
  ["demarrer", "pourvue", "en_cours"],
  ["terminer", "en_cours", "terminee"],
  ["annuler", "brouillon", "annulee"],
  ["annuler", "publiee", "annulee"],
  ["annuler", "en_selection", "annulee"],
  ["annuler", "pourvue", "annulee"],
  ["annuler", "en_cours", "annulee"],
  ["repasserEnBrouillon", "publiee", "brouillon"],
];
const permise = (e: EvenementMission, de: EtatMission) => PERMISES.some(([pe, pde]) => pe === e && pde === de);
const REFUSEES = EVENEMENTS_MISSION.flatMap((e) => ETATS_MISSION.filter((de) => !permise(e, de)).map((de) => [e, de] as const));

describe("la table des états d'une mission", () => {
  it.each(PERMISES)("le propriétaire peut %s une mission %s → %s", (evenement, de, vers) =>
    expect(peut(evenement, mission(de), favorable)).toEqual({ ok: true, evenement, de, vers, motif: "Le bailleur a suspendu le projet." }));

  it.each(REFUSEES)("le propriétaire ne peut %s une mission %s", (evenement, de) => {
    const r = peut(evenement, mission(de), favorable);
    expect(r).toMatchObject({ ok: false, code: "conflit" });
    expect(!r.ok && r.raison).toMatch(/^impossible (de |d')/);
  });

  it.each(PERMISES)("un autre que le propriétaire ne peut %s une mission %s", (evenement, de) =>
    expect(peut(evenement, mission(de), { ...favorable, estProprietaire: false })).toEqual({
      ok: false,
      code: "interdit",
      raison: `seule l'organisation propriétaire de la mission peut ${TRANSITIONS_MISSION[evenement].libelle}`,
    }));

  it("dit l'état attendu, et rien de plus pour un état final", () => {
    expect(peut("ouvrirSelection", mission("brouillon"), favorable)).toMatchObject({ raison: "impossible d'ouvrir la sélection : la mission est en brouillon (il faut qu'elle soit publiée)" });
    expect(peut("publier", mission("terminee"), favorable)).toMatchObject({ raison: "impossible de publier la mission : la mission est terminée" });
    expect(peut("annuler", mission("annulee"), favorable)).toMatchObject({ raison: "impossible d'annuler la mission : la mission est annulée" });
  });
});

describe("les gardes", () => {
  it("publier : une mission sans session ne peut être publiée, avec l'erreur du champ", () =>
    expect(peut("publier", uneMission().sans("dateLimiteCandidature").avecSessions().enEtat("brouillon"), favorable)).toEqual({
      ok: false,
      code: "validation",
      raison: "la mission ne peut être publiée : une mission sans session ne peut être publiée",
      erreurs: [{ champ: "sessions", message: "une mission sans session ne peut être publiée" }],
    }));
  it("publier : la date limite de candidature ne doit pas être passée", () =>
    expect(peut("publier", uneMission().enEtat("brouillon"), contexteMission({ aujourdhui: "2026-03-30" }))).toMatchObject({ ok: false, erreurs: [{ champ: "dateLimiteCandidature" }] }));

  it("pourvoir : autant d'affectations confirmées que d'experts demandés", () => {
    const deux = uneMission().pour(2).enEtat("en_selection");
    expect(peut("pourvoir", deux, contexteMission({ affectationsConfirmees: 1 }))).toEqual({
      ok: false,
      code: "conflit",
      raison: "1 affectation confirmée pour 2 experts attendus : la mission n'est pas encore pourvue",
    });
    expect(peut("pourvoir", mission("en_selection"), contexteMission())).toMatchObject({ raison: "0 affectation confirmée pour 1 expert attendu : la mission n'est pas encore pourvue" });
    expect(peut("pourvoir", deux, contexteMission({ affectationsConfirmees: 2 }))).toMatchObject({ ok: true, vers: "pourvue" });
  });

  it("demarrer : pas avant le premier jour de la première session", () => {
    expect(peut("demarrer", mission("pourvue"), contexteMission({ aujourdhui: "2026-04-06" }))).toEqual({
      ok: false,
      code: "conflit",
      raison: "la première session commence le 2026-04-07 : la mission ne peut démarrer avant",
    });
    expect(peut("demarrer", mission("pourvue"), contexteMission({ aujourdhui: "2026-04-07" }))).toMatchObject({ ok: true });
  });
  it("demarrer : des sessions en jours n'ont pas de date, le propriétaire décide", () =>
    expect(peut("demarrer", uneMission().avecSessions({ jours: 3 }).enEtat("pourvue"), contexteMission({ aujourdhui: "2020-01-01" }))).toMatchObject({ ok: true }));

  it("annuler : un motif est obligatoire", () => {
    expect(peut("annuler", mission("publiee"), contexteMission({ motif: "  " }))).toEqual({
      ok: false,
      code: "validation",
      raison: "un motif est obligatoire pour annuler la mission",
      erreurs: [{ champ: "motif", message: "indiquez le motif pour annuler la mission" }],
    });
    expect(peut("annuler", mission("publiee"), contexteMission({ motif: "x".repeat(2001) }))).toMatchObject({ ok: false, code: "validation", erreurs: [{ champ: "motif" }] });
  });
  it("un motif facultatif est gardé pour l'historique", () =>
    expect(peut("terminer", mission("en_cours"), contexteMission({ motif: " Rapport remis. " }))).toEqual({ ok: true, evenement: "terminer", de: "en_cours", vers: "terminee", motif: "Rapport remis." }));

  it("repasserEnBrouillon : seulement sans candidature", () => {
    expect(peut("repasserEnBrouillon", mission("publiee"), contexteMission({ candidatures: 1 }))).toEqual({
      ok: false,
      code: "conflit",
      raison: "des candidatures ont été reçues : la mission ne peut repasser en brouillon ; annulez-la si elle doit changer",
    });
  });
});

describe("les prochaines actions", () => {
  const noms = (etat: EtatMission, contexte = contexteMission()) => evenementsPossibles(mission(etat), contexte).map((e) => e.evenement);
  it.each([
    ["brouillon", ["publier", "annuler"]],
    ["publiee", ["ouvrirSelection", "annuler", "repasserEnBrouillon"]],
    ["en_selection", ["annuler"]],
    ["pourvue", ["annuler"]],
    ["terminee", []],
    ["annulee", []],
  ] as const)("d'une mission %s : %j", (etat, attendus) => expect(noms(etat)).toEqual(attendus));
  it("suivent les gardes", () => {
    expect(noms("en_selection", contexteMission({ affectationsConfirmees: 1 }))).toEqual(["pourvoir", "annuler"]);
    expect(noms("pourvue", contexteMission({ aujourdhui: "2026-04-08" }))).toEqual(["demarrer", "annuler"]);
    expect(noms("publiee", contexteMission({ candidatures: 3 }))).toEqual(["ouvrirSelection", "annuler"]);
  });
  it("disent quand un motif sera demandé", () =>
    expect(evenementsPossibles(mission("en_cours"), contexteMission())).toEqual([
      { evenement: "terminer", vers: "terminee", libelle: "terminer la mission", motifObligatoire: false },
      { evenement: "annuler", vers: "annulee", libelle: "annuler la mission", motifObligatoire: true },
    ]));
  it("sont vides pour qui n'est pas propriétaire", () => expect(noms("publiee", contexteMission({ estProprietaire: false }))).toEqual([]));
});
