import { describe, expect, it } from "vitest";
import { ACTEURS_CANDIDATURE, contexteCandidature, type NomActeur } from "./constructeurs";
import {
  type AccordEmployeur,
  type Candidature,
  ETATS_CANDIDATURE,
  ETATS_CANDIDATURE_EN_MOTS,
  type EtatCandidature,
  EVENEMENTS_CANDIDATURE,
  type EvenementCandidature,
  evenementsPossiblesCandidature,
  peutCandidature,
  suite,
} from "./etats-candidature";

const MOTIF = "Le service ne peut se passer de l'agent pendant la clôture budgétaire.";
const candidature = (etat: EtatCandidature, accordEmployeur: AccordEmployeur = "en_attente"): Candidature => ({ etat, accordEmployeur });
const par = (acteur: NomActeur) => contexteCandidature(acteur, { motif: MOTIF });
const ACTEURS = Object.keys(ACTEURS_CANDIDATURE) as NomActeur[];
const ETATS = [null, ...ETATS_CANDIDATURE] as const;

/** Who may fire each event, in words: the reason given to anybody else. */
const RESERVE_A: Record<EvenementCandidature, [NomActeur | undefined, string]> = {
  deposer: ["expert", "seul l'expert titulaire du profil peut déposer une candidature"],
  proposer: ["rh", "seul le service RH de l'employeur de l'agent peut proposer un agent"],
  confirmer: ["expert", "seul l'expert titulaire du profil peut confirmer la candidature proposée"],
  retirer: ["expert", "seul l'expert titulaire du profil peut retirer la candidature"],
  preselectionner: ["proprietaire", "seule l'organisation propriétaire de la mission peut présélectionner la candidature"],
  retenir: ["proprietaire", "seule l'organisation propriétaire de la mission peut retenir la candidature"],
  decliner: ["proprietaire", "seule l'organisation propriétaire de la mission peut décliner la candidature"],
  accorderLiberation: ["rh", "seul le service RH de l'employeur de l'agent peut accorder la libération de l'agent"],
  refuserLiberation: ["rh", "seul le service RH de l'employeur de l'agent peut refuser la libération de l'agent"],
  affecter: [undefined, "l'affectation est confirmée d'elle-même quand la candidature est retenue et la libération accordée"],
};
/** The start of the reason when the state does not allow the event. */
const IMPOSSIBLE: Record<EvenementCandidature, string> = {
  deposer: "impossible de déposer une candidature",
  proposer: "impossible de proposer un agent",
  confirmer: "impossible de confirmer la candidature proposée",
  retirer: "impossible de retirer la candidature",
  preselectionner: "impossible de présélectionner la candidature",
  retenir: "impossible de retenir la candidature",
  decliner: "impossible de décliner la candidature",
  accorderLiberation: "impossible d'accorder la libération de l'agent",
  refuserLiberation: "impossible de refuser la libération de l'agent",
  affecter: "impossible de confirmer l'affectation",
};
/** Every allowed (event, state) with the employer's agreement pending, and the state it leads to. */
const PERMISES: [EvenementCandidature, EtatCandidature | null, EtatCandidature][] = [
  ["deposer", null, "deposee"],
  ["proposer", null, "proposee"],
  ["confirmer", "proposee", "deposee"],
  ["retirer", "proposee", "retiree"],
  ["retirer", "deposee", "retiree"],
  ["retirer", "preselectionnee", "retiree"],
  ["retirer", "retenue", "retiree"],
  ["preselectionner", "deposee", "preselectionnee"],
  ["retenir", "deposee", "retenue"],
  ["retenir", "preselectionnee", "retenue"],
  ["decliner", "proposee", "declinee"],
  ["decliner", "deposee", "declinee"],
  ["decliner", "preselectionnee", "declinee"],
  ["decliner", "retenue", "declinee"],
  ["accorderLiberation", "proposee", "proposee"],
  ["accorderLiberation", "deposee", "deposee"],
  ["accorderLiberation", "preselectionnee", "preselectionnee"],
  ["accorderLiberation", "retenue", "retenue"],
  ["refuserLiberation", "proposee", "proposee"],
  ["refuserLiberation", "deposee", "deposee"],
  ["refuserLiberation", "preselectionnee", "preselectionnee"],
  ["refuserLiberation", "retenue", "retenue"],
];
const permise = (e: EvenementCandidature, de: EtatCandidature | null) => PERMISES.some(([pe, pde]) => pe === e && pde === de);
const tous = EVENEMENTS_CANDIDATURE.flatMap((e) => ETATS.flatMap((de) => ACTEURS.map((acteur) => [e, de, acteur] as const)));
const ACCORD_APRES: Partial<Record<EvenementCandidature, AccordEmployeur>> = { accorderLiberation: "accorde", refuserLiberation: "refuse" };

describe("la table des états d'une candidature, acteur par acteur", () => {
  it.each(tous.filter(([e, de, acteur]) => permise(e, de) && RESERVE_A[e][0] === acteur))("%s une candidature %s : permis à %s", (evenement, de, acteur) => {
    const vers = PERMISES.find(([pe, pde]) => pe === evenement && pde === de)![2];
    const r = peutCandidature(evenement, de ? candidature(de) : undefined, par(acteur));
    const accord = de === null ? { de: null, vers: "en_attente" } : ACCORD_APRES[evenement] && { de: "en_attente", vers: ACCORD_APRES[evenement] };
    // The one allowed event here that completes « retenue + accordée »: the staffing follows it.
    const suivie = evenement === "accorderLiberation" && de === "retenue" ? { suite: { evenement: "affecter", de: "retenue", vers: "affectee" } } : {};
    expect(r).toEqual({ ok: true, evenement, de, vers, motif: MOTIF, ...(accord ? { accordEmployeur: accord } : {}), ...suivie });
  });

  it.each(tous.filter(([e, , acteur]) => RESERVE_A[e][0] !== acteur))("%s une candidature %s : refusé à %s, qui n'a pas le rôle", (evenement, de, acteur) =>
    expect(peutCandidature(evenement, de ? candidature(de) : undefined, par(acteur))).toEqual({ ok: false, code: "interdit", raison: RESERVE_A[evenement][1] }));

  it.each(tous.filter(([e, de, acteur]) => !permise(e, de) && RESERVE_A[e][0] === acteur))("%s une candidature %s : refusé à %s dans cet état", (evenement, de, acteur) =>
    expect(peutCandidature(evenement, de ? candidature(de) : undefined, par(acteur))).toEqual({
      ok: false,
      code: "conflit",
      raison: `${IMPOSSIBLE[evenement]} : la candidature ${de ? `est ${ETATS_CANDIDATURE_EN_MOTS[de]}` : "n'existe pas"}`,
    }));

  it("une personne qui a deux rôles agit avec l'un ou l'autre", () => {
    const rhCandidate = contexteCandidature("expert", { estRhEmployeur: true });
    expect(peutCandidature("deposer", undefined, rhCandidate)).toMatchObject({ ok: true });
    expect(peutCandidature("accorderLiberation", candidature("deposee"), rhCandidate)).toMatchObject({ ok: true });
  });
});

describe("les motifs", () => {
  it.each([
    ["decliner", "proprietaire", "décliner la candidature"],
    ["refuserLiberation", "rh", "refuser la libération de l'agent"],
  ] as const)("%s demande un motif", (evenement, acteur, action) =>
    expect(peutCandidature(evenement, candidature("retenue"), contexteCandidature(acteur))).toEqual({
      ok: false,
      code: "validation",
      raison: `un motif est obligatoire pour ${action}`,
      erreurs: [{ champ: "motif", message: `indiquez le motif pour ${action}` }],
    }));
  it("retirer n'en demande pas", () =>
    expect(peutCandidature("retirer", candidature("deposee"), contexteCandidature("expert"))).toEqual({ ok: true, evenement: "retirer", de: "deposee", vers: "retiree" }));
});

describe("la mission doit être ouverte pour déposer, proposer et choisir", () => {
  it.each([
    ["deposer", "expert", undefined],
    ["proposer", "rh", undefined],
    ["preselectionner", "proprietaire", candidature("deposee")],
    ["retenir", "proprietaire", candidature("deposee")],
  ] as const)("%s", (evenement, acteur, c) => {
    expect(peutCandidature(evenement, c, contexteCandidature(acteur, { etatMission: "publiee" }))).toMatchObject({ ok: true });
    for (const [etatMission, enMots] of [
      ["brouillon", "en brouillon"],
      ["pourvue", "pourvue"],
      ["annulee", "annulée"],
    ] as const) {
      expect(peutCandidature(evenement, c, contexteCandidature(acteur, { etatMission }))).toEqual({
        ok: false,
        code: "conflit",
        raison: `${IMPOSSIBLE[evenement]} : la mission n'est pas ouverte aux candidatures (elle est ${enMots})`,
      });
    }
  });
  it("mais l'expert peut toujours retirer sa candidature, et le propriétaire la décliner", () => {
    expect(peutCandidature("retirer", candidature("retenue"), contexteCandidature("expert", { etatMission: "annulee" }))).toMatchObject({ ok: true });
    expect(peutCandidature("decliner", candidature("retenue"), contexteCandidature("proprietaire", { etatMission: "annulee", motif: "Mission annulée." }))).toMatchObject({ ok: true });
  });
});

describe("l'accord de l'employeur pour libérer l'agent", () => {
  it.each([
    ["accorderLiberation", "accorde", "impossible d'accorder la libération de l'agent : la libération est déjà accordée"],
    ["refuserLiberation", "refuse", "impossible de refuser la libération de l'agent : la libération est déjà refusée"],
    ["accorderLiberation", "non_requis", "impossible d'accorder la libération de l'agent : aucun employeur n'a à libérer cette personne"],
    ["refuserLiberation", "non_requis", "impossible de refuser la libération de l'agent : aucun employeur n'a à libérer cette personne"],
  ] as const)("%s quand elle est %s : refusé", (evenement, accord, raison) =>
    expect(peutCandidature(evenement, candidature("deposee", accord), par("rh"))).toEqual({ ok: false, code: "conflit", raison }));

  it("l'employeur peut revenir sur un accord ou sur un refus, tant que l'agent n'est pas affecté", () => {
    expect(peutCandidature("refuserLiberation", candidature("deposee", "accorde"), par("rh"))).toMatchObject({ ok: true, accordEmployeur: { de: "accorde", vers: "refuse" } });
    expect(peutCandidature("accorderLiberation", candidature("deposee", "refuse"), par("rh"))).toMatchObject({ ok: true, accordEmployeur: { de: "refuse", vers: "accorde" } });
    expect(peutCandidature("refuserLiberation", candidature("affectee", "accorde"), par("rh"))).toEqual({
      ok: false,
      code: "conflit",
      raison: "impossible de refuser la libération de l'agent : la candidature est affectée",
    });
  });

  it("n'est pas requis pour qui n'a pas d'employeur (un retraité)", () =>
    expect(peutCandidature("deposer", undefined, contexteCandidature("expert", { liberationRequise: false }))).toEqual({
      ok: true,
      evenement: "deposer",
      de: null,
      vers: "deposee",
      accordEmployeur: { de: null, vers: "non_requis" },
    }));
});

describe("l'affectation suit quand la candidature est retenue et la libération accordée, dans un ordre ou dans l'autre", () => {
  const AFFECTER = { evenement: "affecter", de: "retenue", vers: "affectee" };
  it("retenue d'abord, libération ensuite : l'accord de l'employeur affecte l'agent", () => {
    const retenue = peutCandidature("retenir", candidature("preselectionnee"), contexteCandidature("proprietaire"));
    expect(retenue).toEqual({ ok: true, evenement: "retenir", de: "preselectionnee", vers: "retenue" });
    const accord = { ok: true, evenement: "accorderLiberation", de: "retenue", vers: "retenue", accordEmployeur: { de: "en_attente", vers: "accorde" }, suite: AFFECTER };
    expect(peutCandidature("accorderLiberation", candidature("retenue"), contexteCandidature("rh"))).toEqual(accord);
  });
  it("libération d'abord, choix ensuite : retenir affecte l'agent", () => {
    expect(peutCandidature("accorderLiberation", candidature("deposee"), contexteCandidature("rh"))).not.toHaveProperty("suite");
    const retenue = { ok: true, evenement: "retenir", de: "deposee", vers: "retenue", suite: AFFECTER };
    expect(peutCandidature("retenir", candidature("deposee", "accorde"), contexteCandidature("proprietaire"))).toEqual(retenue);
  });
  it("sans employeur à consulter, retenir affecte l'agent", () =>
    expect(peutCandidature("retenir", candidature("deposee", "non_requis"), contexteCandidature("proprietaire"))).toMatchObject({ suite: AFFECTER }));
  it("un refus de l'employeur laisse la candidature retenue, sans affectation, jusqu'à ce qu'il revienne dessus", () => {
    const refus = { ok: true, evenement: "refuserLiberation", de: "retenue", vers: "retenue", accordEmployeur: { de: "en_attente", vers: "refuse" }, motif: MOTIF };
    expect(peutCandidature("refuserLiberation", candidature("retenue"), par("rh"))).toEqual(refus);
    expect(peutCandidature("retenir", candidature("deposee", "refuse"), contexteCandidature("proprietaire"))).not.toHaveProperty("suite");
    expect(peutCandidature("accorderLiberation", candidature("retenue", "refuse"), contexteCandidature("rh"))).toMatchObject({ suite: AFFECTER });
  });
  it.each([
    ["retenue", "accorde", true],
    ["retenue", "non_requis", true],
    ["retenue", "en_attente", false],
    ["retenue", "refuse", false],
    ["preselectionnee", "accorde", false],
    ["affectee", "accorde", false],
  ] as const)("suite d'une candidature %s, libération %s : affectation %s", (etat, accord, affectee) =>
    expect(suite(candidature(etat, accord))).toEqual(affectee ? AFFECTER : undefined));
});

describe("les prochaines actions d'une candidature", () => {
  const noms = (c: Candidature | undefined, acteur: NomActeur) => evenementsPossiblesCandidature(c, contexteCandidature(acteur)).map((e) => e.evenement);
  it.each([
    [undefined, "expert", ["deposer"]],
    [undefined, "rh", ["proposer"]],
    [undefined, "proprietaire", []],
    [candidature("proposee"), "expert", ["confirmer", "retirer"]],
    [candidature("deposee"), "proprietaire", ["preselectionner", "retenir", "decliner"]],
    [candidature("retenue"), "rh", ["accorderLiberation", "refuserLiberation"]],
    [candidature("retenue", "refuse"), "rh", ["accorderLiberation"]],
    [candidature("affectee", "accorde"), "expert", []],
    [candidature("deposee"), "autre", []],
  ] as const)("%j pour %s : %j", (c, acteur, attendus) => expect(noms(c, acteur)).toEqual(attendus));
  it("disent quand un motif sera demandé", () =>
    expect(evenementsPossiblesCandidature(candidature("retenue"), contexteCandidature("proprietaire"))).toEqual([
      { evenement: "decliner", libelle: "décliner la candidature", motifObligatoire: true },
    ]));
});
