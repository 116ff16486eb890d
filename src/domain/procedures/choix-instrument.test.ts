import { describe, expect, it } from "vitest";
import { uneSituation } from "../../../test/support/conseiller";
import { INSTRUMENTS, type Instrument, STATUTS, TYPES_HOTE } from "../instruments";
import { eligibilite, INSTRUMENT_DE_LA_PROCEDURE, procedureRecommandee, TYPES_PROCEDURE, verifierChoixInstrument } from "./choix-instrument";

const titulaire = { statut: "titulaire", typeHote: "administration_etrangere" } as const;

describe("la procédure à ouvrir pour l'instrument recommandé", () => {
  it.each([
    ["ordre_de_mission", "ordre_de_mission"],
    ["cumul_activites", "cumul_activites"],
    ["mise_a_disposition", "mise_a_disposition"],
    ["detachement", "detachement"],
  ] as const)("%s → %s", (instrument, procedure) => expect(procedureRecommandee(instrument)).toEqual({ procedure }));
  it.each([
    ["disponibilite", /arrêté, hors de Vivier.*\(P1\)/],
    ["contrat_direct", /directement avec l'opérateur.*\(R1\)/],
    ["mandat_special", /assemblée délibérante.*\(E1\)/],
    ["hors_champ", /employeur d'origine.*\(E2\)/],
  ] as const)("%s : pas de procédure dans Vivier, et où aller", (instrument, raison) =>
    expect(procedureRecommandee(instrument)).toEqual({ procedure: undefined, raison: expect.stringMatching(raison) }));
  it("chaque procédure qui porte un instrument y revient ; la convention de partenariat n'en porte pas", () => {
    for (const p of TYPES_PROCEDURE) {
      const instrument = INSTRUMENT_DE_LA_PROCEDURE[p];
      if (instrument) expect(procedureRecommandee(instrument)).toEqual({ procedure: p });
    }
    expect(INSTRUMENT_DE_LA_PROCEDURE.convention_partenariat).toBeUndefined();
  });
});

describe("choisir un autre instrument que celui recommandé", () => {
  it("l'instrument recommandé ne demande pas de justification", () =>
    expect(verifierChoixInstrument("mise_a_disposition", "mise_a_disposition", undefined, titulaire)).toEqual({
      ok: true,
      instrument: "mise_a_disposition",
      procedure: "mise_a_disposition",
      aConfirmer: [],
    }));
  it("un autre demande une justification, gardée avec le dossier", () => {
    expect(verifierChoixInstrument("cumul_activites", "ordre_de_mission", "  ", titulaire)).toEqual({
      ok: false,
      code: "validation",
      raison: "une justification est obligatoire pour choisir l'ordre de mission plutôt que le cumul d'activités, l'instrument recommandé",
      erreurs: [{ champ: "justification", message: "indiquez pourquoi vous choisissez l'ordre de mission plutôt que le cumul d'activités, l'instrument recommandé" }],
    });
    expect(verifierChoixInstrument("cumul_activites", "ordre_de_mission", " La collectivité prend la mission sur le temps de travail (T1). ", titulaire)).toEqual({
      ok: true,
      instrument: "ordre_de_mission",
      procedure: "ordre_de_mission",
      justification: "La collectivité prend la mission sur le temps de travail (T1).",
      aConfirmer: [],
    });
  });
  it("une justification trop longue est refusée", () =>
    expect(verifierChoixInstrument("cumul_activites", "mise_a_disposition", "x".repeat(2001), titulaire)).toMatchObject({
      ok: false,
      code: "validation",
      erreurs: [{ champ: "justification", message: "2000 caractères au plus" }],
    }));
  it("une procédure ouverte à la main n'a rien à justifier, mais l'éligibilité est vérifiée", () => {
    expect(verifierChoixInstrument(undefined, "detachement", undefined, titulaire)).toMatchObject({ ok: true, procedure: "detachement" });
    expect(verifierChoixInstrument(undefined, "detachement", undefined, { statut: "contractuel_cdi" })).toMatchObject({ ok: false, regle: "D1" });
  });
  it("un instrument sans procédure dans Vivier le dit", () =>
    expect(verifierChoixInstrument("detachement", "disponibilite", "L'agent préfère partir sans rémunération.", titulaire)).toMatchObject({
      ok: true,
      procedure: undefined,
      raisonSansProcedure: expect.stringContaining("(P1)"),
    }));

  it.each([
    ["mise_a_disposition", { statut: "contractuel_cdd" }, "M1", "la mise à disposition n'est pas possible ici : la mise à disposition n'est pas ouverte à un contractuel en CDD (M1)"],
    ["mise_a_disposition", { statut: "stagiaire" }, "M1", "la mise à disposition n'est pas possible ici : la mise à disposition n'est pas ouverte à un fonctionnaire stagiaire (à confirmer) (M1)"],
    ["mise_a_disposition", { statut: "titulaire", typeHote: "operateur_prive" }, "M2", "la mise à disposition n'est pas possible ici : un organisme privé ne peut accueillir une mise à disposition (M2)"],
    ["detachement", { statut: "stagiaire" }, "D1", "le détachement n'est pas possible ici : le détachement est réservé aux fonctionnaires titulaires, pas à un fonctionnaire stagiaire (D1)"],
    ["disponibilite", { statut: "contractuel_cdi" }, "P1", "la disponibilité n'est pas possible ici : la disponibilité est réservée aux fonctionnaires titulaires, pas à un contractuel en CDI (P1)"],
    ["cumul_activites", { statut: "retraite" }, "R1", "le cumul d'activités n'est pas possible ici : une personne retraitée n'a plus d'instrument de son ancien employeur : elle contracte directement avec l'opérateur (R1)"],
    ["ordre_de_mission", { statut: "elu" }, "E1", "l'ordre de mission n'est pas possible ici : un élu n'est pas un agent : sa mission se fait sous mandat spécial (E1)"],
    ["cumul_activites", { statut: "partenaire" }, "E2", "le cumul d'activités n'est pas possible ici : le personnel d'un organisme partenaire relève des règles de son propre employeur (E2)"],
    ["contrat_direct", { statut: "titulaire" }, "R1", "le contrat direct avec l'opérateur n'est pas possible ici : le contrat direct est la voie des personnes retraitées ; un agent en activité passe par son employeur (R1)"],
    ["mandat_special", { statut: "contractuel_cdd" }, "E1", "le mandat spécial n'est pas possible ici : le mandat spécial est celui des élus (E1)"],
  ] as const)("%s pour %j est refusé, justification ou non (%s)", (choisi, casDuChoix, regle, message) => {
    const r = verifierChoixInstrument("cumul_activites", choisi, "Nous le voulons ainsi.", casDuChoix);
    expect(r).toEqual({ ok: false, code: "validation", raison: message, erreurs: [{ champ: "instrument", message }], regle, source: expect.stringMatching(new RegExp(`^${regle} — `)) });
  });

  it.each([
    [{ statut: "contractuel_cdi", typeHote: "organisation_internationale" }, ["M1"]],
    [{ statut: "titulaire", typeHote: "operateur_public" }, ["M2"]],
    [{ statut: "titulaire" }, ["M2"]],
    [{ statut: "titulaire", typeHote: "etat_etranger" }, []],
  ] as const)("la mise à disposition pour %j est ouverte, avec ce qui reste à confirmer : %j", (casDuChoix, regles) => {
    const r = verifierChoixInstrument("mise_a_disposition", "mise_a_disposition", undefined, casDuChoix);
    expect(r.ok && r.aConfirmer.map((a) => a.regle)).toEqual(regles);
  });
});

describe("l'éligibilité des procédures et celle du conseiller disent la même chose", () => {
  const hotes = [undefined, ...TYPES_HOTE];
  const situations = STATUTS.flatMap((statut) => hotes.map((typeHote) => [statut, typeHote] as const));
  it.each(situations)("statut %s, organisme d'accueil %s", (statut, typeHote) => {
    const s = uneSituation().agent(statut);
    const reponse = (typeHote ? s.hote(typeHote) : s).conseil();
    const duConseiller = Object.fromEntries(reponse.eligibilite.map((e) => [e.instrument, e.ouvert]));
    const desProcedures = Object.fromEntries(INSTRUMENTS.map((i: Instrument) => [i, eligibilite(i, { statut, typeHote }).ouvert]));
    expect(desProcedures).toEqual(duConseiller);
  });
});
