import { describe, expect, it } from "vitest";
import type { ActeurProcedure } from "./acteurs";
import { type ActeurDeTest, acteurs, AUJOURDHUI, casDeLaTable, modifie, MOTIF, uneConventionPartenariat } from "./constructeurs";
import {
  type ContexteConventionPartenariat,
  echeancesConventionPartenariat,
  ETATS_CONVENTION_PARTENARIAT,
  type EtatConventionPartenariat,
  EVENEMENTS_CONVENTION_PARTENARIAT,
  type EvenementConventionPartenariat,
  evenementsPossiblesConventionPartenariat,
  peutConventionPartenariat,
} from "./convention-partenariat";
import { alertesConventionPartenariat, type ConventionPartenariat, lireConventionPartenariat, totauxAnnexeFinanciere } from "./convention-partenariat-donnees";

const REUNION = { date: "2026-03-10", compteRendu: "Validation du diagnostic de Thiès ; calendrier des missions d'avril." };
const EVALUATION = { date: "2026-03-10", synthese: "Objectifs atteints à 80 % ; trois communes équipées.", suite: "poursuivre" };

const favorable = (acteur: ActeurDeTest): ContexteConventionPartenariat => ({
  acteurs: acteurs(acteur),
  aujourdhui: AUJOURDHUI,
  motif: MOTIF,
  convention: uneConventionPartenariat(),
  reunion: REUNION,
  evaluation: EVALUATION,
});
const par = (acteur: ActeurProcedure, autre: Partial<ContexteConventionPartenariat> = {}): ContexteConventionPartenariat => ({
  acteurs: [acteur],
  aujourdhui: AUJOURDHUI,
  convention: uneConventionPartenariat(),
  ...autre,
});
const lue = (saisie = uneConventionPartenariat()): ConventionPartenariat => {
  const r = lireConventionPartenariat(saisie);
  if (!r.ok) throw new Error(JSON.stringify(r.erreurs));
  return r.valeur;
};

const AVANT_VIGUEUR = ["projet", "soumise", "signee_par_la_collectivite", "signee_par_l_operateur"] as const;
const PERMISES: [EvenementConventionPartenariat, EtatConventionPartenariat | null, EtatConventionPartenariat][] = [
  ["ouvrir", null, "projet"],
  ["soumettre", "projet", "soumise"],
  ["demanderModification", "soumise", "projet"],
  ["signerPourLaCollectivite", "soumise", "signee_par_la_collectivite"],
  ["signerPourLaCollectivite", "signee_par_l_operateur", "en_vigueur"],
  ["signerPourLOperateur", "soumise", "signee_par_l_operateur"],
  ["signerPourLOperateur", "signee_par_la_collectivite", "en_vigueur"],
  ["tenirComite", "en_vigueur", "en_vigueur"],
  ["modifierParAvenant", "en_vigueur", "en_vigueur"],
  ["evaluer", "en_vigueur", "evaluee"],
  ["terminer", "evaluee", "terminee"],
  ["resilier", "en_vigueur", "resiliee"],
  ["resilier", "evaluee", "resiliee"],
  ...AVANT_VIGUEUR.map((de) => ["abandonner", de, "abandonnee"] as [EvenementConventionPartenariat, EtatConventionPartenariat, EtatConventionPartenariat]),
];

const PARTIES = "seul le service des relations internationales de l'employeur ou l'opérateur partie à la convention peut";
const RESERVE_A: Record<EvenementConventionPartenariat, [ActeurProcedure[], string]> = {
  ouvrir: [["charge_ri", "operateur"], `${PARTIES} ouvrir une convention de partenariat`],
  soumettre: [["charge_ri", "operateur"], `${PARTIES} soumettre la convention aux signatures`],
  demanderModification: [["charge_ri", "operateur"], `${PARTIES} demander une modification de la convention`],
  signerPourLaCollectivite: [["autorite"], "seule l'autorité territoriale de l'employeur peut signer la convention pour la collectivité"],
  signerPourLOperateur: [["operateur"], "seul l'opérateur partie à la convention peut signer la convention pour l'opérateur"],
  tenirComite: [["charge_ri", "operateur"], `${PARTIES} enregistrer une réunion du comité de pilotage et son compte rendu`],
  modifierParAvenant: [["charge_ri", "operateur"], `${PARTIES} enregistrer un avenant signé des deux parties`],
  evaluer: [["charge_ri", "operateur"], `${PARTIES} enregistrer l'évaluation finale`],
  terminer: [["charge_ri", "operateur"], `${PARTIES} clore la convention`],
  resilier: [["autorite", "operateur"], "seule l'autorité territoriale de l'employeur ou l'opérateur partie à la convention peut résilier la convention"],
  abandonner: [["charge_ri", "operateur"], `${PARTIES} abandonner la convention`],
};

const cas = casDeLaTable({
  etats: ETATS_CONVENTION_PARTENARIAT,
  evenements: EVENEMENTS_CONVENTION_PARTENARIAT,
  permises: PERMISES,
  reserveA: Object.fromEntries(Object.entries(RESERVE_A).map(([e, [a]]) => [e, a])) as Record<EvenementConventionPartenariat, ActeurProcedure[]>,
});

describe("la table de la convention de partenariat, acteur par acteur", () => {
  it("a un événement par verbe de la table", () => expect([...EVENEMENTS_CONVENTION_PARTENARIAT].sort()).toEqual(Object.keys(RESERVE_A).sort()));

  it.each(cas.permis)("%s une convention %s : permis à %s → %s", (evenement, de, acteur, vers) =>
    expect(peutConventionPartenariat(de, evenement, favorable(acteur))).toEqual({ ok: true, transition: { evenement, de, vers, motif: MOTIF } }));

  it.each(cas.interdits)("%s une convention %s : refusé à %s, qui n'a pas ce rôle", (evenement, de, acteur) =>
    expect(peutConventionPartenariat(de, evenement, favorable(acteur))).toEqual({ ok: false, code: "interdit", raison: RESERVE_A[evenement][1] }));

  it.each(cas.conflits)("%s une convention %s : refusé à %s dans cet état", (evenement, de, acteur) => {
    const r = peutConventionPartenariat(de, evenement, favorable(acteur));
    expect(r).toMatchObject({ ok: false, code: "conflit" });
    expect(!r.ok && r.raison).toMatch(/^impossible (de |d').+ : la convention de partenariat /);
  });

  it("ne se clôt qu'après l'évaluation finale", () =>
    expect(peutConventionPartenariat("en_vigueur", "terminer", par("charge_ri"))).toEqual({
      ok: false,
      code: "conflit",
      raison: "impossible de clore la convention : la convention de partenariat est en vigueur (possible seulement quand elle est évaluée)",
    }));
});

describe("les gardes de la convention de partenariat", () => {
  it("soumettre : une convention complète, avec son annexe financière", () =>
    expect(
      peutConventionPartenariat("projet", "soumettre", par("operateur", { convention: modifie(uneConventionPartenariat(), "annexeFinanciere.lignes", [{ nature: "frais_de_gestion", montant: 100 }]) })),
    ).toEqual({
      ok: false,
      code: "validation",
      raison: "la convention ne peut être soumise aux signatures : l'annexe financière dit les honoraires versés à la collectivité (0 € pour un partenariat à titre gracieux)",
      erreurs: [{ champ: "annexeFinanciere.lignes", message: "l'annexe financière dit les honoraires versés à la collectivité (0 € pour un partenariat à titre gracieux)" }],
    }));

  it("tenirComite : une réunion passée et son compte rendu", () => {
    const tenir = (reunion: unknown) => peutConventionPartenariat("en_vigueur", "tenirComite", par("charge_ri", { reunion }));
    expect(tenir(REUNION)).toEqual({ ok: true, transition: { evenement: "tenirComite", de: "en_vigueur", vers: "en_vigueur" } });
    expect(tenir(undefined)).toMatchObject({ ok: false, code: "validation", erreurs: [{ champ: "reunion", message: "une réunion du comité de pilotage s'écrit { date, compteRendu, participants? }" }] });
    expect(tenir({ ...REUNION, compteRendu: "" })).toEqual({
      ok: false,
      code: "validation",
      raison: "la réunion ne peut être enregistrée : le compte rendu est obligatoire",
      erreurs: [{ champ: "reunion.compteRendu", message: "le compte rendu est obligatoire" }],
    });
    expect(tenir({ ...REUNION, date: "2026-03-17" })).toEqual({
      ok: false,
      code: "validation",
      raison: "la réunion ne peut être enregistrée : la date est à venir",
      erreurs: [{ champ: "reunion.date", message: "la date est à venir" }],
    });
  });
  it("evaluer : une synthèse et la suite donnée", () =>
    expect(peutConventionPartenariat("en_vigueur", "evaluer", par("operateur", { evaluation: { ...EVALUATION, suite: "peut-etre" } }))).toMatchObject({
      ok: false,
      code: "validation",
      erreurs: [{ champ: "evaluation.suite", message: "suite inconnue ; suites possibles : poursuivre, arreter, a_definir" }],
    }));
  it.each([
    ["demanderModification", "soumise", "charge_ri"],
    ["modifierParAvenant", "en_vigueur", "operateur"],
    ["resilier", "en_vigueur", "autorite"],
    ["abandonner", "projet", "charge_ri"],
  ] as const)("%s demande un motif", (evenement, de, acteur) => expect(peutConventionPartenariat(de, evenement, par(acteur))).toMatchObject({ ok: false, code: "validation", erreurs: [{ champ: "motif" }] }));
});

describe("les prochaines actions de la convention", () => {
  const noms = (etat: EtatConventionPartenariat | null, acteur: ActeurProcedure) => evenementsPossiblesConventionPartenariat(etat, par(acteur)).map((e) => e.evenement);
  it.each([
    [null, "operateur", ["ouvrir"]],
    ["soumise", "autorite", ["signerPourLaCollectivite"]],
    ["soumise", "operateur", ["demanderModification", "signerPourLOperateur", "abandonner"]],
    ["signee_par_l_operateur", "operateur", ["abandonner"]],
    ["en_vigueur", "charge_ri", ["tenirComite", "modifierParAvenant", "evaluer"]],
    ["en_vigueur", "operateur", ["tenirComite", "modifierParAvenant", "evaluer", "resilier"]],
    ["terminee", "operateur", []],
  ] as const)("d'une convention %s pour %s : %j", (etat, acteur, attendus) => expect(noms(etat, acteur)).toEqual(attendus));
});

describe("la convention de partenariat (annexe 1) et son annexe financière", () => {
  it.each([
    ["collectivite.nom", "le nom de la collectivité : du texte est attendu"],
    ["operateur.nom", "le nom de l'opérateur : du texte est attendu"],
    ["programme", "le programme ou projet : du texte est attendu"],
    ["beneficiaire", "le bénéficiaire du programme : du texte est attendu"],
    ["actions", "les actions à mettre en œuvre : du texte est attendu"],
    ["dateFin", "la date d'achèvement technique du programme : une date AAAA-MM-JJ qui existe est attendue"],
    ["reunionsComiteParAn", "le nombre de réunions du comité de pilotage par an est un nombre"],
    ["annexeFinanciere", "l'annexe financière s'écrit { lignes }"],
    ["annexeFinanciere.lignes", "les lignes de l'annexe financière sont une liste"],
    ["annexeFinanciere.lignes.0.nature", "nature de ligne inconnue ; natures possibles : honoraires, frais_de_gestion, complement_remuneration"],
    ["annexeFinanciere.lignes.1.montant", "le montant de la ligne : un montant en euros est attendu"],
  ])("%s manquant : « %s »", (champ, message) => {
    const r = lireConventionPartenariat(modifie(uneConventionPartenariat(), champ));
    expect(r.ok ? [] : r.erreurs).toContainEqual({ champ, message });
  });
  it.each([
    ["reunionsComiteParAn", 0, "le comité de pilotage se réunit au moins une fois par an"],
    ["annexeFinanciere.lignes", [], "l'annexe financière a au moins une ligne"],
    ["joursExpertsPrevus", 2.25, "les jours d'experts se comptent par demi-journées"],
    ["annexeFinanciere.lignes.0.montant", 100_000_000.01, "le montant de la ligne : 100 000 000 € au plus"],
  ])("%s = %j : « %s »", (chemin, valeur, message) => {
    const r = lireConventionPartenariat(modifie(uneConventionPartenariat(), chemin, valeur));
    expect(r.ok ? [] : r.erreurs.map((e) => e.message)).toContain(message);
  });

  it("totalise chaque nature au centime", () => {
    const lignes = [
      { nature: "honoraires", montant: 0.1 },
      { nature: "honoraires", montant: 0.2 },
      { nature: "complement_remuneration", montant: 9000 },
    ];
    expect(totauxAnnexeFinanciere(lue(modifie(uneConventionPartenariat(), "annexeFinanciere.lignes", lignes)))).toEqual({ honoraires: 0.3, frais_de_gestion: 0, complement_remuneration: 9000 });
  });
  it("M3 : un partenariat à titre gracieux va à l'examen juridique", () => {
    expect(alertesConventionPartenariat(lue())).toEqual([]);
    const gracieux = modifie(uneConventionPartenariat(), "annexeFinanciere.lignes", [{ nature: "honoraires", montant: 0 }]);
    expect(alertesConventionPartenariat(lue(gracieux))).toEqual([{ regle: "M3", message: expect.stringContaining("examen juridique") }]);
  });
});

describe("les échéances de la convention de partenariat", () => {
  const reunions = (...dates: string[]) => dates;
  it("l'évaluation finale au terme, et les réunions du comité que l'année doit encore", () =>
    expect(echeancesConventionPartenariat({ etat: "en_vigueur", convention: lue(), reunionsComite: reunions("2025-11-04", "2026-02-10") }, AUJOURDHUI)).toEqual([
      {
        code: "comite_pilotage_2026",
        libelle: "Comité de pilotage : 1 réunion encore à tenir en 2026 (2 par an au moins)",
        date: "2026-12-31",
        niveau: "a_venir",
        source: "6-PART — annexe 1 de la note, art. 4, 5 et annexe de gestion financière",
      },
      {
        code: "evaluation_finale",
        libelle: "Évaluation finale du partenariat, au terme de la convention",
        date: "2027-06-30",
        niveau: "a_venir",
        source: "6-PART — annexe 1 de la note, art. 4, 5 et annexe de gestion financière",
      },
    ]));
  it("une convention qui finit dans l'année attend ses réunions avant sa fin", () =>
    expect(
      echeancesConventionPartenariat({ etat: "en_vigueur", convention: lue(modifie(uneConventionPartenariat(), "dateFin", "2026-05-15")) }, AUJOURDHUI).map((e) => [e.code, e.date, e.niveau, e.libelle]),
    ).toEqual([
      ["comite_pilotage_2026", "2026-05-15", "proche", "Comité de pilotage : 2 réunions encore à tenir en 2026 (2 par an au moins)"],
      ["evaluation_finale", "2026-05-15", "proche", "Évaluation finale du partenariat, au terme de la convention"],
    ]));
  it("rien quand l'année a eu ses réunions ; rien hors vigueur", () => {
    expect(echeancesConventionPartenariat({ etat: "en_vigueur", convention: lue(), reunionsComite: ["2026-01-10", "2026-03-01"] }, AUJOURDHUI).map((e) => e.code)).toEqual(["evaluation_finale"]);
    expect(echeancesConventionPartenariat({ etat: "evaluee", convention: lue() }, AUJOURDHUI)).toEqual([]);
  });
});
