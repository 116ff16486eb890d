/**
 * The advisor on the rules of LEGAL.md, one describe per rule id (C1…C6, M1…M5, D1…D4, P1, R1,
 * E1, E2, T0…T5, X1…X7): a lawyer can find the test of each rule by its id.
 */
import { describe, expect, it } from "vitest";
import { conseillerDeTest, uneSituation } from "../../../test/support/conseiller";
import { type Territoire, TERRITOIRES } from "../calendar";
import type { Instrument, Reponse } from ".";

const ouvert = (r: Reponse, i: Instrument) => r.eligibilite.find((e) => e.instrument === i)!.ouvert;
const regles = (m: { regle: string }[]) => m.map((x) => x.regle);
const AGENTS_PUBLICS = ["titulaire", "stagiaire", "contractuel_cdi", "contractuel_cdd"] as const;

describe("C1 — le cumul d'activités est ouvert à tout agent public", () => {
  it.each(AGENTS_PUBLICS)("ouvert à : %s", (statut) => expect(ouvert(uneSituation().agent(statut).conseil(), "cumul_activites")).toBe(true));
  it.each(["retraite", "elu", "partenaire"] as const)("fermé à : %s", (statut) => expect(ouvert(uneSituation().agent(statut).conseil(), "cumul_activites")).toBe(false));
});

describe("C2 — l'expertise et la coopération internationale sont des activités autorisées", () => {
  it("cite l'article R123-8 pour un cumul", () => {
    const r = uneSituation().jours(3).conseil();
    expect(r.instrument).toBe("cumul_activites");
    expect(r.references.map((x) => x.titre).join(" ")).toContain("R123-8");
  });
});

describe("C3 — les jours de cumul sont pris hors du temps de service", () => {
  it("alerte quand des sessions tombent sur des jours ouvrés de l'agent, et le dit à confirmer", () => {
    const r = uneSituation().du("2026-04-07", "2026-04-09").conseil();
    expect(r.instrument).toBe("cumul_activites");
    expect(r.alertes.find((a) => a.regle === "C3")!.message).toContain("3 jours ouvrés");
    expect(regles(r.incertitudes)).toContain("C3");
  });
  it("n'alerte pas pour des jours déclarés sans dates", () => expect(regles(uneSituation().jours(3).conseil().alertes)).not.toContain("C3"));
});

describe("C4 — l'autorisation de cumul peut être retirée", () => {
  it("le rappelle dans les délais du cumul", () => expect(uneSituation().jours(2).conseil().consequences.delais.join(" ")).toContain("retirée à tout moment"));
});

describe("C5 — réponse dans le mois, le silence ne vaut pas autorisation", () => {
  it("le rappelle et signale l'article à confirmer", () => {
    const r = uneSituation().jours(2).conseil();
    expect(r.consequences.delais.join(" ")).toContain("le silence ne vaut pas autorisation");
    expect(regles(r.incertitudes)).toContain("C5");
  });
});

describe("C6 — tout changement substantiel demande une nouvelle demande", () => {
  it("le rappelle parmi les documents du cumul", () => expect(uneSituation().jours(2).conseil().consequences.documents.join(" ")).toContain("changement substantiel"));
});

describe("M1 — qui peut être mis à disposition", () => {
  it("ouverte au titulaire", () => expect(uneSituation().jours(20).conseil().instrument).toBe("mise_a_disposition"));
  it("ouverte au contractuel en CDI, avec une incertitude", () => {
    const r = uneSituation().agent("contractuel_cdi").jours(20).conseil();
    expect(r.instrument).toBe("mise_a_disposition");
    expect(r.incertitudes.find((i) => i.regle === "M1")!.message).toContain("CDI");
  });
  it("fermée au contractuel en CDD : « pas ouverte » et les alternatives qui le sont", () => {
    const r = uneSituation().agent("contractuel_cdd").jours(20).conseil();
    expect(ouvert(r, "mise_a_disposition")).toBe(false);
    expect(r.recommandationDeLaNote).toBe("mise_a_disposition");
    expect(r.instrument).toBe("cumul_activites");
    expect(regles(r.alertes)).toContain("T4");
    expect(r.alternatives.map((a) => a.instrument)).toEqual(["ordre_de_mission"]);
    expect(r.explication.join(" ")).toContain("n'est ouverte qu'aux fonctionnaires titulaires");
  });
  it("fermée au stagiaire, point à confirmer", () => {
    const r = uneSituation().agent("stagiaire").jours(20).conseil();
    expect(ouvert(r, "mise_a_disposition")).toBe(false);
    expect(regles(r.incertitudes)).toContain("M1");
  });
});

describe("M2 — l'organisme d'accueil doit être de ceux que la loi énumère", () => {
  it.each(["organisation_internationale", "institution_ue", "etat_etranger", "administration_etrangere"] as const)("admis : %s", (hote) =>
    expect(uneSituation().hote(hote).jours(20).conseil().instrument).toBe("mise_a_disposition"),
  );
  it("un opérateur public est admis sous réserve, à confirmer", () => {
    const r = uneSituation().hote("operateur_public").jours(20).conseil();
    expect(r.instrument).toBe("mise_a_disposition");
    expect(regles(r.incertitudes)).toContain("M2");
  });
  it("un organisme privé ne l'est pas : repli sur le cumul", () => {
    const r = uneSituation().hote("operateur_prive").jours(20).conseil();
    expect(ouvert(r, "mise_a_disposition")).toBe(false);
    expect(r.instrument).toBe("cumul_activites");
  });
  it("un hôte non précisé est signalé", () => expect(regles(uneSituation().jours(20).conseil().alertes)).toContain("M2"));
});

describe("M3 — le remboursement est la règle ; pas de gratuité envers un opérateur", () => {
  it("alerte sur la mise à disposition auprès d'un opérateur", () => expect(regles(uneSituation().hote("operateur_public").jours(20).conseil().alertes)).toContain("M3"));
  it("pas d'alerte envers une organisation internationale", () =>
    expect(regles(uneSituation().hote("organisation_internationale").jours(20).conseil().alertes)).not.toContain("M3"));
});

describe("M4 — trois ans au plus, renouvelables", () => {
  it("le dit dans les délais, avec l'article à confirmer", () => {
    const r = uneSituation().hote("etat_etranger").jours(100).conseil();
    expect(r.consequences.delais.join(" ")).toContain("Trois ans au plus");
    expect(regles(r.incertitudes)).toContain("M4");
  });
});

describe("M5 — l'employeur continue de payer, l'accueil rembourse", () => {
  it("le dit dans les conséquences", () => {
    const r = uneSituation().hote("etat_etranger").jours(30).conseil();
    expect(r.consequences.quiPaie).toContain("L'employeur continue de verser");
    expect(r.consequences.remboursement).toContain("rembourse la rémunération et les charges");
  });
});

describe("D1 — le détachement est réservé aux titulaires", () => {
  it("ouvert au titulaire", () => expect(uneSituation().jours(200).conseil().instrument).toBe("detachement"));
  it.each(["stagiaire", "contractuel_cdi", "contractuel_cdd"] as const)("fermé à : %s", (statut) => expect(ouvert(uneSituation().agent(statut).jours(200).conseil(), "detachement")).toBe(false));
  it("un contractuel en CDI pour 200 jours : repli sur la mise à disposition", () => expect(uneSituation().agent("contractuel_cdi").jours(200).conseil().instrument).toBe("mise_a_disposition"));
});

describe("D2 — coopération : une convention préalable", () => {
  it("la demande parmi les documents du détachement", () => expect(uneSituation().jours(200).conseil().consequences.documents.join(" ")).toContain("convention préalable"));
});

describe("D3 — détachement de courte durée non renouvelable : l'écart avec la note est montré", () => {
  it("signale l'écart en incertitude", () => expect(uneSituation().jours(200).conseil().incertitudes.find((i) => i.regle === "D3")!.message).toContain("renouvelables une fois"));
});

describe("D4 — détachement de longue durée : réintégration à la première vacance", () => {
  it("le dit dans le retour au poste", () => expect(uneSituation().jours(200).conseil().consequences.retourAuPoste).toContain("première vacance"));
});

describe("P1 — la disponibilité est réservée aux titulaires", () => {
  it("alternative au détachement pour un titulaire", () => expect(uneSituation().jours(200).conseil().alternatives.map((a) => a.instrument)).toContain("disponibilite"));
  it("fermée au contractuel", () => expect(ouvert(uneSituation().agent("contractuel_cdi").jours(200).conseil(), "disponibilite")).toBe(false));
});

describe("R1 — les retraités contractent directement ; limite de 67 ans", () => {
  it("contrat direct, avec l'incertitude sur le cumul emploi-retraite", () => {
    const r = uneSituation().agent("retraite", { age: 64 }).jours(20).conseil();
    expect(r.instrument).toBe("contrat_direct");
    expect(regles(r.incertitudes)).toContain("R1");
    expect(regles(r.alertes)).not.toContain("R1");
  });
  it("alerte à 67 ans, pas à 66", () => {
    expect(uneSituation().agent("retraite", { age: 67 }).jours(3).conseil().alertes.find((a) => a.regle === "R1")!.message).toContain("67 ans");
    expect(regles(uneSituation().agent("retraite", { age: 66 }).jours(3).conseil().alertes)).not.toContain("R1");
  });
});

describe("E1 — un élu part sous mandat spécial", () => {
  it.each(["operateur", "expe_ct", "cooperation_decentralisee"] as const)("cadre %s", (cadre) => expect(uneSituation().agent("elu").cadre(cadre).conseil().instrument).toBe("mandat_special"));
});

describe("E2 — le personnel d'un organisme partenaire relève de son employeur", () => {
  it("hors champ, avec l'explication", () => {
    const r = uneSituation().agent("partenaire").jours(20).conseil();
    expect(r.instrument).toBe("hors_champ");
    expect(r.explication.join(" ")).toContain("son propre employeur");
  });
});

describe("T0 — coopération décentralisée : ordre de mission", () => {
  it("quel que soit le nombre de jours", () => {
    for (const j of [1, 20, 200]) expect(uneSituation().cadre("cooperation_decentralisee").jours(j).conseil().instrument).toBe("ordre_de_mission");
  });
});

describe("T1 — opérateur, moins de 6 jours : cumul, ou ordre de mission sur le temps de travail", () => {
  it("cumul d'activités, et ce qui changerait la réponse", () => {
    const r = uneSituation().jours(4).conseil();
    expect(r.instrument).toBe("cumul_activites");
    expect(r.regle).toBe("T1");
    expect(r.ceQuiChangerait.map((c) => c.message).join(" ")).toContain("encore 2 jours");
  });
  it("ordre de mission quand la collectivité prend la mission sur le temps de travail", () => expect(uneSituation().jours(4).surTempsDeTravail().conseil().instrument).toBe("ordre_de_mission"));
});

describe("T2 — opérateur, de 6 à 130 jours : mise à disposition", () => {
  it("recommande la mise à disposition et dit les deux seuils autour", () => {
    const r = uneSituation().hote("etat_etranger").jours(40).conseil();
    expect(r.regle).toBe("T2");
    const textes = r.ceQuiChangerait.map((c) => c.message).join(" ");
    expect(textes).toContain("5,5 jours ou moins");
    expect(textes).toContain("encore 90 jours de marge");
  });
});

describe("T3 — opérateur, plus de 130 jours : détachement ou disponibilité", () => {
  it("recommande le détachement", () => expect(uneSituation().jours(150).conseil()).toMatchObject({ regle: "T3", instrument: "detachement" }));
});

describe("T4 — les bornes : 5 → T1, 5,5 → T1, 6 → T2, 130 → T2, 130,5 → T3, 131 → T3", () => {
  it.each([
    [5, "T1", "cumul_activites"],
    [5.5, "T1", "cumul_activites"],
    [6, "T2", "mise_a_disposition"],
    [130, "T2", "mise_a_disposition"],
    [130.5, "T3", "detachement"],
    [131, "T3", "detachement"],
  ] as const)("%s jours → %s", (jours, regle, instrument) => expect(uneSituation().jours(jours).conseil()).toMatchObject({ regle, instrument, joursOuvres: jours }));
  it("additionne les sessions, demi-journées comprises", () => expect(uneSituation().jours(2.5, 3).conseil()).toMatchObject({ joursOuvres: 5.5, regle: "T1" }));
  it("les seuils sont des paramètres", () => {
    expect(conseillerDeTest().parametre("seuil mise a disposition")).toBe(6);
    expect(conseillerDeTest().parametre("seuil detachement")).toBe(130);
  });
});

describe("X1, X3, X6, X7 — les obligations du programme EXPE-CT sont rappelées", () => {
  it("pour une mission EXPE-CT seulement", () => {
    const r = uneSituation().cadre("expe_ct").jours(5).conseil();
    expect(regles(r.informations)).toEqual(expect.arrayContaining(["X1", "X3", "X4", "X6", "X7"]));
    expect(uneSituation().jours(5).conseil().informations).toEqual([]);
  });
});

describe("X4 — le rapport EXPE-CT est dû deux mois après le retour", () => {
  it("donne la date quand les sessions sont datées", () =>
    expect(uneSituation().cadre("expe_ct").du("2026-08-25", "2026-08-31").conseil().informations.find((i) => i.regle === "X4")!.message).toContain("au plus tard le 2026-10-31"));
});

describe("X2 — une mission EXPE-CT dure une semaine au plus", () => {
  it("alerte au-delà de 7 jours calendaires, voyage compris", () => {
    const longue = uneSituation().cadre("expe_ct").du("2026-05-04", "2026-05-12").conseil();
    expect(longue.alertes.find((a) => a.regle === "X2")!.message).toContain("9 jours");
    expect(regles(longue.ceQuiChangerait)).toContain("X2");
    expect(regles(uneSituation().cadre("expe_ct").du("2026-05-04", "2026-05-10").conseil().alertes)).not.toContain("X2");
  });
});

describe("X5 — mission EXPE-CT : ordre de mission", () => {
  it("même au-delà de 6 jours", () => expect(uneSituation().cadre("expe_ct").jours(7).conseil()).toMatchObject({ regle: "X5", instrument: "ordre_de_mission" }));
});

describe("la réponse", () => {
  it("cite ses sources et explique le décompte par session", () => {
    const r = uneSituation().du("2026-04-01", "2026-04-10").conseil();
    expect(r.joursOuvres).toBe(7);
    expect(r.explication[0]).toContain("Lundi de Pâques");
    expect(r.references.length).toBeGreaterThan(2);
    expect(r.date).toBe("2026-11-26");
  });
  it("compte selon le territoire de l'agent", () => expect(uneSituation({ agent: { statut: "titulaire", territoire: "57" } }).du("2026-04-01", "2026-04-10").conseil().joursOuvres).toBe(6));
});

describe("Territoires — les jours ouvrés de chaque territoire comptent dans la réponse", () => {
  // Une semaine de 2026 ou 2027 qui contient un jour férié propre au territoire (LEGAL.md §5 ;
  // docs/calendrier.md) : en métropole, un férié national. Pâques 2026 le 5 avril, 2027 le 28 mars.
  // Saint-Martin : le 28 mai, valeur par défaut du paramètre depuis 2018 (le 27 mai y est ouvré) ;
  // lundi de Pentecôte férié par défaut (25 mai 2026).
  const TERRITOIRES_ET_FERIES: { territoire: Territoire; debut: string; fin: string; joursOuvres: number; ferie: string }[] = [
    { territoire: "metropole", debut: "2026-07-13", fin: "2026-07-17", joursOuvres: 4, ferie: "Fête nationale le 2026-07-14" },
    { territoire: "57", debut: "2026-03-30", fin: "2026-04-03", joursOuvres: 4, ferie: "Vendredi saint le 2026-04-03" },
    { territoire: "67", debut: "2027-03-22", fin: "2027-03-26", joursOuvres: 4, ferie: "Vendredi saint le 2027-03-26" },
    { territoire: "68", debut: "2026-03-30", fin: "2026-04-10", joursOuvres: 8, ferie: "Vendredi saint le 2026-04-03" },
    { territoire: "971", debut: "2026-05-25", fin: "2026-05-29", joursOuvres: 3, ferie: "Abolition de l'esclavage le 2026-05-27" },
    { territoire: "972", debut: "2026-05-18", fin: "2026-05-22", joursOuvres: 4, ferie: "Abolition de l'esclavage le 2026-05-22" },
    { territoire: "973", debut: "2026-06-08", fin: "2026-06-12", joursOuvres: 4, ferie: "Abolition de l'esclavage le 2026-06-10" },
    { territoire: "974", debut: "2027-12-20", fin: "2027-12-24", joursOuvres: 4, ferie: "Abolition de l'esclavage le 2027-12-20" },
    { territoire: "976", debut: "2026-04-27", fin: "2026-04-30", joursOuvres: 3, ferie: "Abolition de l'esclavage le 2026-04-27" },
    { territoire: "977", debut: "2026-10-05", fin: "2026-10-09", joursOuvres: 4, ferie: "Abolition de l'esclavage le 2026-10-09" },
    { territoire: "978", debut: "2026-05-25", fin: "2026-05-29", joursOuvres: 3, ferie: "Abolition de l'esclavage le 2026-05-28" },
  ];

  it("couvre tous les territoires de la situation", () => expect(TERRITOIRES_ET_FERIES.map((t) => t.territoire)).toEqual([...TERRITOIRES]));

  it.each(TERRITOIRES_ET_FERIES)("$territoire : du $debut au $fin, $joursOuvres jours ouvrés, le férié du territoire nommé", ({ territoire, debut, fin, joursOuvres, ferie }) => {
    const r = uneSituation().agent("titulaire", { territoire }).sessions([{ debut, fin }]).conseil();
    expect(r.joursOuvres).toBe(joursOuvres);
    expect(r.decompte.territoire).toBe(territoire);
    expect(r.decompte.explication).toContain(ferie);
  });

  it.each(TERRITOIRES_ET_FERIES.filter((t) => t.territoire !== "metropole"))(
    "$territoire : le même jour est ouvré en métropole, qui compte un jour de plus",
    ({ debut, fin, joursOuvres, ferie }) => {
      const r = uneSituation().agent("titulaire", { territoire: "metropole" }).sessions([{ debut, fin }]).conseil();
      expect(r.joursOuvres).toBe(joursOuvres + 1);
      expect(r.decompte.explication).not.toContain(ferie);
    },
  );
});

describe("§5 — un jour férié dont la date reste à confirmer est signalé dans la réponse", () => {
  it("Saint-Martin : le 28 mai compté férié, avec le doute sur sa date", () => {
    const r = uneSituation().agent("titulaire", { territoire: "978" }).sessions([{ debut: "2026-05-25", fin: "2026-05-29" }]).conseil();
    const doute = r.incertitudes.find((i) => i.regle === "§5");
    expect(doute?.titre).toContain("2026-05-28");
    expect(doute?.message).toContain("à confirmer");
  });
  it("rien à confirmer pour une semaine ordinaire en métropole", () => {
    expect(uneSituation().du("2026-03-02", "2026-03-06").conseil().incertitudes.map((i) => i.regle)).not.toContain("§5");
  });
});
