import { describe, expect, it } from "vitest";
import type { ActeurProcedure } from "./acteurs";
import { type ActeurDeTest, acteurs, AUJOURDHUI, casDeLaTable, modifie, MOTIF, unDetachement } from "./constructeurs";
import {
  type ContexteDetachement,
  echeancesDetachement,
  ETATS_DETACHEMENT,
  type EtatDetachement,
  EVENEMENTS_DETACHEMENT,
  type EvenementDetachement,
  evenementsPossiblesDetachement,
  peutDetachement,
} from "./detachement";
import { type Detachement, type DetachementSaisie, lireDetachement, reglesDeDuree, RETOUR_AU_POSTE } from "./detachement-donnees";

const favorable = (acteur: ActeurDeTest, evenement?: EvenementDetachement): ContexteDetachement => ({
  acteurs: acteurs(acteur),
  aujourdhui: evenement === "terminer" ? "2028-01-01" : AUJOURDHUI,
  motif: MOTIF,
  detachement: unDetachement(),
  nouvelleFin: "2030-12-31",
  demandeur: "agent",
  surLePosteDOrigine: true,
});
const par = (acteur: ActeurProcedure, autre: Partial<ContexteDetachement> = {}): ContexteDetachement => ({ acteurs: [acteur], aujourdhui: AUJOURDHUI, detachement: unDetachement(), ...autre });
const avec = (...changements: [string, unknown][]): DetachementSaisie => changements.reduce((d, [chemin, valeur]) => modifie(d, chemin, valeur), unDetachement());
/** A short détachement in France, six months of 2026. */
const court = (...changements: [string, unknown][]) => avec(["type", "courte_duree"], ["dateDebut", "2026-01-01"], ["dateFin", "2026-06-30"], ["aLEtranger", false], ...changements);
const erreurs = (saisie: unknown) => {
  const r = lireDetachement(saisie);
  return r.ok ? [] : r.erreurs;
};
const lu = (saisie: DetachementSaisie): Detachement => {
  const r = lireDetachement(saisie);
  if (!r.ok) throw new Error(JSON.stringify(r.erreurs));
  return r.valeur;
};

const PERMISES: [EvenementDetachement, EtatDetachement | null, EtatDetachement][] = [
  ["ouvrir", null, "brouillon"],
  ["demander", "brouillon", "demande"],
  ["enregistrerAccordAccueil", "demande", "accorde_par_l_accueil"],
  ["refuser", "demande", "refuse"],
  ["refuser", "accorde_par_l_accueil", "refuse"],
  ["prendreArrete", "accorde_par_l_accueil", "arrete"],
  ["activer", "arrete", "en_cours"],
  ["renouveler", "en_cours", "en_cours"],
  ["terminer", "en_cours", "a_reintegrer"],
  ["mettreFin", "en_cours", "a_reintegrer"],
  ["reintegrer", "a_reintegrer", "reintegre"],
  ["abandonner", "brouillon", "abandonne"],
  ["abandonner", "demande", "abandonne"],
  ["abandonner", "accorde_par_l_accueil", "abandonne"],
];

const RESERVE_A: Record<EvenementDetachement, [ActeurProcedure[], string]> = {
  ouvrir: [["agent", "rh"], "seul l'agent concerné ou le service RH de l'employeur peut ouvrir une demande de détachement"],
  demander: [["agent"], "seul l'agent concerné peut déposer la demande écrite de détachement"],
  enregistrerAccordAccueil: [["accueil", "rh"], "seul l'organisme d'accueil ou le service RH de l'employeur peut enregistrer l'accord de l'organisme d'accueil"],
  refuser: [["autorite"], "seule l'autorité territoriale de l'employeur peut refuser le détachement"],
  prendreArrete: [["autorite"], "seule l'autorité territoriale de l'employeur peut prendre l'arrêté de détachement"],
  activer: [["rh"], "seul le service RH de l'employeur peut constater le début du détachement"],
  renouveler: [["autorite"], "seule l'autorité territoriale de l'employeur peut renouveler le détachement"],
  terminer: [["rh"], "seul le service RH de l'employeur peut constater la fin du détachement"],
  mettreFin: [["autorite"], "seule l'autorité territoriale de l'employeur peut mettre fin au détachement avant son terme"],
  reintegrer: [["autorite"], "seule l'autorité territoriale de l'employeur peut réintégrer l'agent"],
  abandonner: [["agent", "rh"], "seul l'agent concerné ou le service RH de l'employeur peut abandonner la demande de détachement"],
};

const cas = casDeLaTable({
  etats: ETATS_DETACHEMENT,
  evenements: EVENEMENTS_DETACHEMENT,
  permises: PERMISES,
  reserveA: Object.fromEntries(Object.entries(RESERVE_A).map(([e, [a]]) => [e, a])) as Record<EvenementDetachement, ActeurProcedure[]>,
});

describe("la table du détachement, acteur par acteur", () => {
  it("a un événement par verbe de la table", () => expect([...EVENEMENTS_DETACHEMENT].sort()).toEqual(Object.keys(RESERVE_A).sort()));

  it.each(cas.permis)("%s un détachement %s : permis à %s → %s", (evenement, de, acteur, vers) =>
    expect(peutDetachement(de, evenement, favorable(acteur, evenement))).toEqual({ ok: true, transition: { evenement, de, vers, motif: MOTIF } }));

  it.each(cas.interdits)("%s un détachement %s : refusé à %s, qui n'a pas ce rôle", (evenement, de, acteur) =>
    expect(peutDetachement(de, evenement, favorable(acteur, evenement))).toEqual({ ok: false, code: "interdit", raison: RESERVE_A[evenement][1] }));

  it.each(cas.conflits)("%s un détachement %s : refusé à %s dans cet état", (evenement, de, acteur) => {
    const r = peutDetachement(de, evenement, favorable(acteur, evenement));
    expect(r).toMatchObject({ ok: false, code: "conflit" });
    expect(!r.ok && r.raison).toMatch(/^impossible (de |d').+ : le détachement /);
  });

  it("dit l'état attendu au masculin", () =>
    expect(peutDetachement("demande", "activer", par("rh"))).toEqual({
      ok: false,
      code: "conflit",
      raison: "impossible de constater le début du détachement : le détachement est demandé par l'agent (possible seulement quand il a son arrêté)",
    }));
});

describe("les gardes du détachement", () => {
  it("demander : D1, les titulaires seulement", () =>
    expect(peutDetachement("brouillon", "demander", par("agent", { detachement: avec(["agent.statut", "contractuel_cdi"]) }))).toEqual({
      ok: false,
      code: "validation",
      raison: "la demande ne peut être déposée : D1 : le détachement est réservé aux fonctionnaires titulaires, pas à un contractuel en CDI",
      erreurs: [{ champ: "agent.statut", message: "D1 : le détachement est réservé aux fonctionnaires titulaires, pas à un contractuel en CDI" }],
    }));

  // The request too: the terms freeze with it, and the next two steps require the convention.
  it.each(["demander", "enregistrerAccordAccueil", "prendreArrete"] as const)("%s : D3b, la convention préalable d'une mission de coopération", (evenement) => {
    const de = { demander: "brouillon", enregistrerAccordAccueil: "demande", prendreArrete: "accorde_par_l_accueil" } as const satisfies Record<typeof evenement, EtatDetachement>;
    const acteur = ({ demander: "agent", enregistrerAccordAccueil: "rh", prendreArrete: "autorite" } as const)[evenement];
    const sansConvention = modifie(unDetachement(), "conventionPrealable");
    expect(peutDetachement(de[evenement], evenement, par(acteur, { detachement: sansConvention }))).toMatchObject({
      ok: false,
      code: "validation",
      erreurs: [{ champ: "conventionPrealable", message: "D3b : une mission de coopération demande une convention préalable entre l'employeur et l'organisme d'accueil" }],
    });
    expect(peutDetachement(de[evenement], evenement, par(acteur, { detachement: modifie(sansConvention, "cooperation", false) }))).toMatchObject({ ok: true });
  });

  it("activer : pas avant le premier jour", () => {
    const detachement = avec(["dateDebut", "2026-04-01"], ["dateFin", "2028-03-31"]);
    expect(peutDetachement("arrete", "activer", par("rh", { detachement }))).toEqual({ ok: false, code: "conflit", raison: "le détachement commence le 2026-04-01 : il ne peut être en cours avant" });
    expect(peutDetachement("arrete", "activer", par("rh", { detachement, aujourdhui: "2026-04-01" }))).toMatchObject({ ok: true });
  });
  it("terminer : après le dernier jour", () => {
    expect(peutDetachement("en_cours", "terminer", par("rh", { aujourdhui: "2027-12-31" }))).toEqual({
      ok: false,
      code: "conflit",
      raison: "le détachement court jusqu'au 2027-12-31 inclus : mettez-y fin avant son terme, ou attendez",
    });
    expect(peutDetachement("en_cours", "terminer", par("rh", { aujourdhui: "2028-01-01" }))).toMatchObject({ ok: true, transition: { vers: "a_reintegrer" } });
  });

  describe("renouveler : D3 et D4", () => {
    it("un détachement de courte durée n'est pas renouvelable, et l'écart avec la note est dit", () => {
      const r = peutDetachement("en_cours", "renouveler", par("autorite", { detachement: court(), nouvelleFin: "2026-12-31" }));
      expect(r).toEqual({
        ok: false,
        code: "conflit",
        raison:
          "un détachement de courte durée n'est pas renouvelable (D3). La note dit « 6 mois renouvelable une fois » ; le décret dit six mois au plus, non renouvelables. Vivier suit le décret. Point à confirmer : La rédaction exacte de la règle pour la fonction publique territoriale.",
      });
      expect(evenementsPossiblesDetachement("en_cours", par("autorite", { detachement: court() })).find((e) => e.evenement === "renouveler")).toMatchObject({ bloquee: { code: "conflit" } });
    });
    it.each([
      [undefined, "indiquez la nouvelle date de fin (AAAA-MM-JJ)"],
      ["2027-12-31", "la nouvelle fin doit suivre la fin actuelle (2027-12-31)"],
      ["2033-01-01", "D4 : un renouvellement dure cinq ans au plus (jusqu'au 2032-12-31)"],
    ])("un détachement de longue durée, nouvelle fin %s : « %s »", (nouvelleFin, message) =>
      expect(peutDetachement("en_cours", "renouveler", par("autorite", { nouvelleFin }))).toEqual({ ok: false, code: "validation", raison: message, erreurs: [{ champ: "nouvelleFin", message }] }));
    it("cinq ans au plus après la fin actuelle", () =>
      expect(peutDetachement("en_cours", "renouveler", par("autorite", { nouvelleFin: "2032-12-31" }))).toEqual({
        ok: true,
        transition: { evenement: "renouveler", de: "en_cours", vers: "en_cours" },
      }));
  });

  it("mettreFin : qui la demande, et pourquoi", () => {
    expect(peutDetachement("en_cours", "mettreFin", par("autorite", { motif: MOTIF }))).toMatchObject({ ok: false, code: "validation", erreurs: [{ champ: "demandeur" }] });
    expect(peutDetachement("en_cours", "mettreFin", par("autorite", { demandeur: "accueil" }))).toMatchObject({ ok: false, code: "validation", erreurs: [{ champ: "motif" }] });
  });
  it("refuser demande un motif", () => expect(peutDetachement("demande", "refuser", par("autorite"))).toMatchObject({ ok: false, code: "validation", raison: "un motif est obligatoire pour refuser le détachement" }));

  it("reintegrer : le même poste après un détachement de courte durée (D3), la première vacance après un long (D4)", () => {
    expect(peutDetachement("a_reintegrer", "reintegrer", par("autorite"))).toMatchObject({ ok: false, code: "validation", erreurs: [{ champ: "surLePosteDOrigine" }] });
    expect(peutDetachement("a_reintegrer", "reintegrer", par("autorite", { detachement: court(), surLePosteDOrigine: false }))).toEqual({
      ok: false,
      code: "validation",
      raison: "D3 : après un détachement de courte durée, l'agent retrouve le même poste",
      erreurs: [{ champ: "surLePosteDOrigine", message: "D3 : après un détachement de courte durée, l'agent retrouve le même poste" }],
    });
    expect(peutDetachement("a_reintegrer", "reintegrer", par("autorite", { surLePosteDOrigine: false }))).toMatchObject({ ok: true });
    expect(RETOUR_AU_POSTE.longue_duree).toContain("première vacance");
  });
});

describe("le détachement : ses données", () => {
  it("un détachement complet est lu", () => expect(lireDetachement(unDetachement()).ok).toBe(true));

  it.each([
    ["agent.nom", "le nom de l'agent : du texte est attendu"],
    ["accueil.nom", "le nom de l'organisme d'accueil : du texte est attendu"],
    ["accueil.type", "type d'organisme d'accueil inconnu ; types possibles : organisation_internationale, institution_ue, etat_etranger, administration_etrangere, operateur_public, operateur_prive"],
    ["fonctions", "les fonctions exercées auprès de l'organisme d'accueil : du texte est attendu"],
    ["type", "choisissez un détachement de courte durée ou de longue durée"],
    ["dateDebut", "le début du détachement : une date AAAA-MM-JJ qui existe est attendue"],
    ["dateFin", "la fin du détachement : une date AAAA-MM-JJ qui existe est attendue"],
    ["aLEtranger", "indiquez si l'agent est détaché pour servir à l'étranger (oui ou non)"],
    ["cooperation", "indiquez s'il s'agit d'une mission de coopération internationale (oui ou non)"],
  ])("%s manquant : « %s »", (champ, message) => expect(erreurs(modifie(unDetachement(), champ))).toEqual([{ champ, message }]));

  it("le préavis est de trois mois au plus", () =>
    expect(erreurs(avec(["preavisMois", 4]))).toEqual([{ champ: "preavisMois", message: "le préavis est de 3 mois au plus" }]));

  describe("D3 : six mois au plus, un an pour servir à l'étranger, non renouvelable", () => {
    it.each([
      ["2026-01-01", false, "2026-06-30"],
      ["2026-01-01", true, "2026-12-31"],
      ["2028-02-29", false, "2028-08-28"],
      ["2026-08-31", false, "2027-02-28"],
      ["2027-08-31", false, "2028-02-29"],
    ])("commencé le %s (à l'étranger : %s) : jusqu'au %s", (debut, aLEtranger, limite) => {
      expect(lireDetachement(court(["dateDebut", debut], ["dateFin", limite], ["aLEtranger", aLEtranger])).ok).toBe(true);
      const r = erreurs(court(["dateDebut", debut], ["dateFin", new Date(Date.parse(limite) + 86_400_000).toISOString().slice(0, 10)], ["aLEtranger", aLEtranger]));
      expect(r).toEqual([
        { champ: "dateFin", message: `D3 : un détachement de courte durée dure ${aLEtranger ? "un an" : "six mois"} au plus (jusqu'au ${limite}) ; au-delà, c'est un détachement de longue durée` },
      ]);
    });
    it("une seconde période est refusée", () =>
      expect(erreurs(court(["debutPeriode", "2026-03-01"]))).toEqual([{ champ: "debutPeriode", message: "D3 : un détachement de courte durée n'est pas renouvelable" }]));
  });

  describe("D4 : plus de six mois, cinq ans au plus par période", () => {
    it("six mois ou moins, c'est un détachement de courte durée", () => {
      expect(erreurs(avec(["dateDebut", "2026-01-01"], ["dateFin", "2026-06-30"]))).toEqual([{ champ: "type", message: "D4 : un détachement de six mois ou moins est de courte durée" }]);
      expect(lireDetachement(avec(["dateDebut", "2026-01-01"], ["dateFin", "2026-07-01"])).ok).toBe(true);
    });
    it("cinq ans au plus, recomptés depuis un renouvellement", () => {
      expect(lireDetachement(avec(["dateDebut", "2026-01-01"], ["dateFin", "2030-12-31"])).ok).toBe(true);
      expect(erreurs(avec(["dateDebut", "2026-01-01"], ["dateFin", "2031-01-01"]))).toEqual([
        { champ: "dateFin", message: "D4 : une période de détachement de longue durée dure cinq ans au plus (jusqu'au 2030-12-31) ; renouvelez-la" },
      ]);
      expect(lireDetachement(avec(["dateDebut", "2021-01-01"], ["debutPeriode", "2026-01-01"], ["dateFin", "2030-12-31"])).ok).toBe(true);
    });
  });

  it("montre la règle appliquée et l'écart avec la note, pour chaque type", () => {
    expect(reglesDeDuree("courte_duree")).toEqual({
      regle: "D3",
      texte: "Six mois au plus, non renouvelable ; un an au plus pour servir à l'étranger. L'agent n'est pas remplacé et retrouve le même poste à son retour.",
      aConfirmer: "La rédaction exacte de la règle pour la fonction publique territoriale.",
      ecartAvecLaNote: "La note dit « 6 mois renouvelable une fois » ; le décret dit six mois au plus, non renouvelables. Vivier suit le décret.",
    });
    expect(reglesDeDuree("longue_duree")).toMatchObject({ regle: "D4", ecartAvecLaNote: expect.stringContaining("« entre un et cinq ans, éventuellement renouvelable »") });
  });
});

describe("les échéances du détachement", () => {
  it("en cours : le préavis de trois mois, puis la fin", () =>
    expect(echeancesDetachement({ etat: "en_cours", detachement: lu(unDetachement()) }, AUJOURDHUI)).toEqual([
      {
        code: "preavis_detachement",
        libelle: "Préavis de 3 mois : l'agent fait connaître sa demande de renouvellement ou de réintégration",
        date: "2027-09-30",
        niveau: "a_venir",
        source: "6-DET — décret n° 86-68",
        aConfirmer: "L'article qui fixe le préavis ; Vivier compte trois mois avant la fin par défaut.",
      },
      { code: "fin_detachement", libelle: "Fin du détachement : renouvellement ou réintégration", date: "2027-12-31", niveau: "a_venir", source: "D4 — décret n° 86-68" },
    ]));
  it.each([
    ["2027-05-31", 3, "2027-02-28"],
    ["2028-05-31", 3, "2028-02-29"],
    ["2027-12-31", 1, "2027-11-30"],
  ])("fin le %s, préavis de %s mois : prévenir au plus tard le %s", (dateFin, preavisMois, date) =>
    expect(echeancesDetachement({ etat: "en_cours", detachement: lu(avec(["dateFin", dateFin], ["preavisMois", preavisMois])) }, AUJOURDHUI)[0]).toMatchObject({ code: "preavis_detachement", date }));
  it.each([
    ["2027-08-30", "a_venir"],
    ["2027-08-31", "proche"],
    ["2027-09-30", "proche"],
    ["2027-10-01", "depassee"],
  ])("le préavis vu le %s : %s", (aujourdhui, niveau) => expect(echeancesDetachement({ etat: "en_cours", detachement: lu(unDetachement()) }, aujourdhui)[0]!.niveau).toBe(niveau));
  it("sans préavis exigé, la fin seulement ; un détachement court le dit non renouvelable", () => {
    const e = echeancesDetachement({ etat: "en_cours", detachement: lu(court(["preavisMois", 0])) }, AUJOURDHUI);
    expect(e).toEqual([expect.objectContaining({ code: "fin_detachement", libelle: "Fin du détachement de courte durée (non renouvelable) : retour sur le même poste", source: expect.stringMatching(/^D3 — /) })]);
  });
  it("arrêté : la fin seulement ; rien avant l'arrêté ni après le retour", () => {
    expect(echeancesDetachement({ etat: "arrete", detachement: lu(unDetachement()) }, AUJOURDHUI).map((e) => e.code)).toEqual(["fin_detachement"]);
    for (const etat of ["brouillon", "demande", "a_reintegrer", "reintegre", "refuse"] as const) expect(echeancesDetachement({ etat, detachement: lu(unDetachement()) }, AUJOURDHUI)).toEqual([]);
  });
});
