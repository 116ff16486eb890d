import { describe, expect, it } from "vitest";
import type { NiveauCecrl, NiveauExpertise } from "../experts";
import { type BesoinMission, classer, evaluer, type ExpertAApparier, POIDS, type Raison } from "./appariement";

/** An expert built step by step; the builder is itself an ExpertAApparier. */
class UnExpert implements ExpertAApparier {
  domaines: ExpertAApparier["domaines"] = [];
  langues: ExpertAApparier["langues"] = [];
  pays: string[] = [];
  regions: { pays: string; nom: string }[] = [];
  disponibilites: { debut: string; fin: string }[] = [];
  joursParAn?: number;
  joursEngages = 0;
  missionsPassees: { pays?: string }[] = [];
  constructor(public id: string) {}
  sait(code: string, niveau: NiveauExpertise) {
    this.domaines.push({ code, niveau });
    return this;
  }
  parle(code: string, niveau: NiveauCecrl) {
    this.langues.push({ code, niveau });
    return this;
  }
  aTravailleEn(...pays: string[]) {
    this.pays.push(...pays);
    return this;
  }
  region(pays: string, nom: string) {
    this.regions.push({ pays, nom });
    return this;
  }
  missionPassee(pays: string) {
    this.missionsPassees.push({ pays });
    return this;
  }
  dispoDu(debut: string, fin: string) {
    this.disponibilites.push({ debut, fin });
    return this;
  }
  accorde(joursParAn: number, joursEngages = 0) {
    this.joursParAn = joursParAn;
    this.joursEngages = joursEngages;
    return this;
  }
  sansJoursParAn() {
    this.joursParAn = undefined;
    return this;
  }
}
const unExpert = (id = "e1") => new UnExpert(id);

/** Matches the mission below on every criterion. */
const unExpertParfait = (id = "e1") =>
  unExpert(id).sait("EAU-POTABLE", "expert").parle("en", "C1").aTravailleEn("SN").dispoDu("2027-01-01", "2027-12-31").accorde(30);

class UneMission implements BesoinMission {
  domaines: BesoinMission["domaines"] = [];
  langues: BesoinMission["langues"] = [];
  pays = "SN";
  sessions: BesoinMission["sessions"] = [];
  demande(code: string, niveauMin?: NiveauExpertise) {
    this.domaines.push(niveauMin ? { code, niveauMin } : { code });
    return this;
  }
  enLangue(code: string, niveau: NiveauCecrl) {
    this.langues.push({ code, niveau });
    return this;
  }
  au(pays: string) {
    this.pays = pays;
    return this;
  }
  session(debut: string, fin: string) {
    this.sessions.push({ debut, fin });
    return this;
  }
  sessionDe(jours: number) {
    this.sessions.push({ jours });
    return this;
  }
}
/** Drinking water at least « confirmé », English B2, in Senegal; 12 to 19 March 2027 is 6 working days. */
const uneMission = () => new UneMission().demande("EAU-POTABLE", "confirme").enLangue("en", "B2").au("SN").session("2027-03-12", "2027-03-19");

const note = (besoin: BesoinMission, expert: ExpertAApparier) => {
  const r = evaluer(besoin, expert);
  if (r.exclu) throw new Error(`exclu : ${r.motif}`);
  return r;
};
const raison = (raisons: Raison[], type: Raison["type"]) => raisons.filter((r) => r.type === type).map((r) => `${r.texte} [${r.points}]`);

describe("POIDS", () => {
  it("compte 100 points quand tous les critères s'appliquent, les domaines d'abord", () => {
    const points = [POIDS.domaines, POIDS.langues, POIDS.pays, POIDS.disponibilite, POIDS.charge].map((p) => p.points);
    expect(points.reduce((s, p) => s + p, 0)).toBe(100);
    expect(Math.max(...points)).toBe(POIDS.domaines.points);
  });
});

describe("evaluer : domaines", () => {
  it("un expert qui répond à tout obtient 100, avec une raison par critère dans l'ordre utile", () => {
    const r = note(uneMission(), unExpertParfait());
    expect(r.score).toBe(100);
    expect(r.raisons).toEqual([
      { type: "domaine", texte: "Production et distribution d'eau potable : niveau expert (confirmé demandé)", points: 60 },
      { type: "langue", texte: "anglais C1 (B2 demandé)", points: 15 },
      { type: "pays", texte: "a travaillé dans le pays de la mission : Sénégal", points: 10 },
      { type: "disponibilite", texte: "disponible du 12/03/2027 au 19/03/2027", points: 10 },
      { type: "charge", texte: "6 jours sur les 30 jours par an accordés par l'employeur, cette mission comprise", points: 5 },
    ]);
  });

  it.each([
    ["expert", "confirme", 60, "niveau expert (confirmé demandé)"],
    ["confirme", "confirme", 60, "niveau confirmé (confirmé demandé)"],
    ["notions", "confirme", 36, "niveau notions, en dessous du niveau confirmé demandé"],
    ["notions", "expert", 18, "niveau notions, en dessous du niveau expert demandé"],
    ["notions", undefined, 60, "niveau notions"],
  ] as const)("niveau %s pour %s demandé : %d points", (tenu, demande, points, texte) => {
    const besoin = new UneMission().demande("EAU-POTABLE", demande).enLangue("en", "B2").session("2027-03-12", "2027-03-19");
    const expert = unExpertParfait();
    expert.domaines = [{ code: "EAU-POTABLE", niveau: tenu }];
    expect(raison(note(besoin, expert).raisons, "domaine")).toEqual([`Production et distribution d'eau potable : ${texte} [${points}]`]);
  });

  it("en dessous du minimum compte moins, mais plus qu'un domaine voisin, qui compte plus que rien", () => {
    const base = () => unExpert().parle("en", "C1").aTravailleEn("SN").dispoDu("2027-01-01", "2027-12-31").accorde(30);
    const score = (code: string, niveau: NiveauExpertise) => note(uneMission(), base().sait(code, niveau)).score;
    expect([
      score("EAU-POTABLE", "confirme"),
      score("EAU-POTABLE", "notions"),
      score("EAU-ASSAINISSEMENT-COLLECTIF", "expert"),
      score("CULTURE-PATRIMOINE", "expert"),
    ]).toEqual([100, 76, 55, 10]);
  });

  it("un domaine de la même famille est un domaine voisin, qui compte un peu", () => {
    const voisin = unExpert().sait("EAU-ASSAINISSEMENT-COLLECTIF", "confirme").parle("en", "C1").aTravailleEn("SN").dispoDu("2027-01-01", "2027-12-31").accorde(30);
    expect(raison(note(uneMission(), voisin).raisons, "domaine")).toEqual([
      "domaine voisin : Assainissement collectif et traitement des eaux usées, de la même famille que Production et distribution d'eau potable [15]",
    ]);
  });

  it("sans aucun domaine demandé ni voisin, le score est bas mais l'expert n'est pas exclu", () => {
    const r = note(uneMission(), unExpert().sait("CULTURE-PATRIMOINE", "expert").parle("en", "C2").aTravailleEn("SN").dispoDu("2027-01-01", "2027-12-31").accorde(30));
    expect(r.score).toBe(10);
    expect(r.raisons.slice(0, 2)).toEqual([
      { type: "domaine", texte: "aucun des domaines demandés ni domaine voisin : les autres critères ne comptent que pour 25 %", points: 0 },
      { type: "domaine", texte: "Production et distribution d'eau potable : absent du profil", points: 0 },
    ]);
    expect(r.raisons.reduce((s, x) => s + x.points, 0)).toBeCloseTo(10, 0);
  });

  it("partage les points des domaines entre les domaines demandés, les mieux tenus d'abord", () => {
    const mission = new UneMission().demande("DECHETS-TRI", "expert").demande("EAU-POTABLE", "confirme").enLangue("en", "B2").session("2027-03-12", "2027-03-19");
    const r = note(mission, unExpertParfait().sait("DECHETS-TRI", "confirme"));
    expect(raison(r.raisons, "domaine")).toEqual([
      "Production et distribution d'eau potable : niveau expert (confirmé demandé) [30]",
      "Tri sélectif et collecte séparée : niveau confirmé, en dessous du niveau expert demandé [18]",
    ]);
    expect(r.score).toBe(88);
  });
});

describe("evaluer : langues", () => {
  it.each([
    ["C2", 15, "anglais C2 (B2 demandé)"],
    ["B2", 15, "anglais B2"],
    ["B1", 7.5, "anglais B1, B2 demandé"],
    ["A2", 0, "anglais A2, B2 demandé"],
    [undefined, 0, "anglais non déclaré, B2 demandé"],
  ] as const)("anglais %s pour B2 demandé : %d points", (tenu, points, texte) => {
    const expert = unExpertParfait();
    expert.langues = tenu ? [{ code: "en", niveau: tenu }] : [];
    expect(raison(note(uneMission(), expert).raisons, "langue")).toEqual([`${texte} [${points}]`]);
  });

  it("dit le niveau demandé pour une langue un niveau en dessous (« espagnol B1, B2 demandé »)", () => {
    const r = note(uneMission().enLangue("es", "B2"), unExpertParfait().parle("es", "B1"));
    expect(raison(r.raisons, "langue")).toEqual(["anglais C1 (B2 demandé) [7.5]", "espagnol B1, B2 demandé [3.8]"]);
    expect(r.score).toBe(96);
  });

  it("sans langue demandée, les autres critères font les 100 points", () => {
    const mission = uneMission();
    mission.langues = [];
    const r = note(mission, unExpertParfait());
    expect(r.score).toBe(100);
    expect(r.raisons.map((x) => x.type)).toEqual(["domaine", "pays", "disponibilite", "charge"]);
    expect(r.raisons[0]!.points).toBe(70.6);
  });
});

describe("evaluer : pays", () => {
  const sansPays = () => unExpert().sait("EAU-POTABLE", "expert").parle("en", "C1").dispoDu("2027-01-01", "2027-12-31").accorde(30);
  it.each([
    ["déclaré", sansPays().aTravailleEn("MA", "SN"), "a travaillé dans le pays de la mission : Sénégal [10]"],
    ["par une région d'intervention", sansPays().region("SN", "Dakar"), "a travaillé dans le pays de la mission : Sénégal (Dakar) [10]"],
    ["par une mission passée", sansPays().missionPassee("SN"), "a travaillé dans le pays de la mission : Sénégal (mission passée) [10]"],
    ["ailleurs seulement", sansPays().aTravailleEn("MA").region("MA", "Souss-Massa").missionPassee("TN"), "pas d'expérience déclarée dans le pays de la mission : Sénégal [0]"],
  ])("pays %s", (_, expert, texte) => {
    expect(raison(note(uneMission(), expert).raisons, "pays")).toEqual([texte]);
  });
});

describe("evaluer : disponibilités et charge", () => {
  it.each([
    ["une session hors des périodes", unExpert().sait("EAU-POTABLE", "expert").dispoDu("2026-01-01", "2026-12-31").accorde(30), uneMission(), "indisponible du 12/03/2027 au 19/03/2027"],
    [
      "une session à cheval sur la fin d'une période",
      unExpert().sait("EAU-POTABLE", "expert").dispoDu("2027-01-01", "2027-03-15").accorde(30),
      uneMission(),
      "indisponible du 12/03/2027 au 19/03/2027",
    ],
    [
      "la plus ancienne session manquée, et le nombre des autres",
      unExpert().dispoDu("2027-03-01", "2027-03-31").accorde(60),
      uneMission().session("2027-09-01", "2027-09-03").session("2027-05-03", "2027-05-05").session("2027-11-02", "2027-11-04"),
      "indisponible du 03/05/2027 au 05/05/2027 (et 2 autres sessions)",
    ],
    ["aucune période déclarée", unExpert().sait("EAU-POTABLE", "expert").accorde(30), uneMission(), "aucune disponibilité déclarée"],
    [
      "plus de jours que l'employeur n'en accorde",
      unExpertParfait().accorde(10, 5),
      uneMission(),
      "dépasserait les 10 jours par an accordés par l'employeur (déjà engagés : 5 jours ; cette mission : 6 jours)",
    ],
    ["aucun jour accordé", unExpertParfait().accorde(0), new UneMission().sessionDe(0.5), "l'employeur n'accorde aucun jour par an (déjà engagés : 0 jour ; cette mission : 0,5 jour)"],
  ])("exclut : %s", (_, expert, mission, motif) => {
    expect(evaluer(mission, expert)).toEqual({ exclu: true, motif });
  });

  it("couvre une session par des périodes qui se suivent ou se chevauchent, comme la recherche", () => {
    const expert = unExpertParfait();
    expert.disponibilites = [
      { debut: "2027-03-16", fin: "2027-04-30" },
      { debut: "2027-03-01", fin: "2027-03-15" },
    ];
    expect(note(uneMission(), expert).score).toBe(100);
    expert.disponibilites = [
      { debut: "2027-03-01", fin: "2027-03-14" },
      { debut: "2027-03-16", fin: "2027-04-30" },
    ];
    expect(evaluer(uneMission(), expert)).toEqual({ exclu: true, motif: "indisponible du 12/03/2027 au 19/03/2027" });
  });

  it("compte les bornes des sessions et des périodes comme comprises", () => {
    const expert = unExpertParfait();
    expert.disponibilites = [{ debut: "2027-03-12", fin: "2027-03-19" }];
    expect(note(uneMission(), expert).score).toBe(100);
  });

  it("des sessions sans dates ne peuvent être vérifiées : l'expert reste, disponibilités à confirmer", () => {
    const mission = new UneMission().demande("EAU-POTABLE", "confirme").enLangue("en", "B2").sessionDe(3).sessionDe(2.5);
    const sansPeriode = unExpert().sait("EAU-POTABLE", "expert").parle("en", "C1").aTravailleEn("SN").accorde(30);
    const r = note(mission, sansPeriode);
    expect(raison(r.raisons, "disponibilite")).toEqual(["disponibilités à confirmer (sessions sans dates) [5]"]);
    expect(raison(r.raisons, "charge")).toEqual(["5,5 jours sur les 30 jours par an accordés par l'employeur, cette mission comprise [5]"]);
    expect(r.score).toBe(95);
    const mixte = note(uneMission().sessionDe(2), unExpertParfait());
    expect(raison(mixte.raisons, "disponibilite")).toEqual(["disponible sur les sessions datées ; disponibilités à confirmer (sessions sans dates) [5]"]);
  });

  it("dit sur combien de sessions datées l'expert est disponible", () => {
    const r = note(uneMission().session("2027-06-01", "2027-06-02"), unExpertParfait());
    expect(raison(r.raisons, "disponibilite")).toEqual(["disponible sur les 2 sessions [10]"]);
  });

  it.each([
    ["loin de la limite", 30, 0, 5, "6 jours sur les 30 jours par an accordés par l'employeur, cette mission comprise [5]"],
    ["à 80 % tout juste", 10, 2, 5, "8 jours sur les 10 jours par an accordés par l'employeur, cette mission comprise [5]"],
    ["au-delà de 80 %", 10, 3, 1, "proche de la limite : 9 jours sur les 10 jours par an accordés par l'employeur, cette mission comprise [1]"],
    ["à la limite tout juste", 10, 4, 1, "proche de la limite : 10 jours sur les 10 jours par an accordés par l'employeur, cette mission comprise [1]"],
  ])("charge %s", (_, joursParAn, engages, points, texte) => {
    const r = note(uneMission(), unExpertParfait().accorde(joursParAn, engages));
    expect(raison(r.raisons, "charge")).toEqual([texte]);
    expect(r.score).toBe(95 + points);
  });

  it("sans jours par an connus, n'exclut pas et le dit", () => {
    const r = note(uneMission(), unExpertParfait().sansJoursParAn());
    expect(raison(r.raisons, "charge")).toEqual(["jours par an non renseignés [2.5]"]);
    expect(r.score).toBe(98);
  });

  it("compte les jours ouvrés des sessions datées (jours fériés de métropole exclus)", () => {
    // Monday 3 to Friday 7 May 2027: Ascension day is Thursday 6 May, so four working days.
    const mission = new UneMission().demande("EAU-POTABLE").enLangue("en", "B2").session("2027-05-03", "2027-05-07");
    expect(raison(note(mission, unExpertParfait()).raisons, "charge")).toEqual([
      "4 jours sur les 30 jours par an accordés par l'employeur, cette mission comprise [5]",
    ]);
  });
});

describe("evaluer : bornes du score", () => {
  it.each([
    ["rien en commun", unExpert().dispoDu("2027-01-01", "2027-12-31").sansJoursParAn()],
    ["tout", unExpertParfait()],
    ["tout, plusieurs fois", unExpertParfait().sait("EAU-POTABLE", "expert").parle("en", "C2").aTravailleEn("SN").region("SN", "Dakar").missionPassee("SN")],
  ])("%s : un entier entre 0 et 100", (_, expert) => {
    const r = note(uneMission(), expert);
    expect(Number.isInteger(r.score)).toBe(true);
    expect(r.score).toBeGreaterThanOrEqual(0);
    expect(r.score).toBeLessThanOrEqual(100);
  });
});

describe("classer", () => {
  const mission = uneMission();
  const experts = [
    unExpert("d-voisin").sait("EAU-ASSAINISSEMENT-COLLECTIF", "expert").parle("en", "C1").aTravailleEn("SN").dispoDu("2027-01-01", "2027-12-31").accorde(30),
    unExpert("a-indispo").sait("EAU-POTABLE", "expert").parle("en", "C1").aTravailleEn("SN").dispoDu("2026-01-01", "2026-12-31").accorde(30),
    unExpertParfait("c-parfait"),
    unExpertParfait("b-parfait"),
    unExpert("e-rien").dispoDu("2027-01-01", "2027-12-31"),
    unExpertParfait("f-sous-niveau").sait("EAU-POTABLE", "notions"),
  ];
  experts[5]!.domaines = [{ code: "EAU-POTABLE", niveau: "notions" }];

  it("classe par score décroissant puis par identifiant, sans les exclus, avec les raisons", () => {
    const classement = classer(mission, experts, { limite: 10 });
    expect(classement.map((c) => [c.expert.id, c.score])).toEqual([
      ["b-parfait", 100],
      ["c-parfait", 100],
      ["f-sous-niveau", 76],
      ["d-voisin", 55],
      ["e-rien", 3],
    ]);
    expect(classement[0]!.raisons).toEqual((evaluer(mission, experts[3]!) as { raisons: Raison[] }).raisons);
  });

  it("garde l'ordre quel que soit l'ordre d'entrée, et s'arrête à la limite", () => {
    const ordre = (liste: typeof experts, limite: number) => classer(mission, liste, { limite }).map((c) => c.expert.id);
    expect(ordre([...experts].reverse(), 10)).toEqual(ordre(experts, 10));
    expect(ordre(experts, 3)).toEqual(["b-parfait", "c-parfait", "f-sous-niveau"]);
    expect(ordre(experts, 1)).toEqual(["b-parfait"]);
    expect(ordre(experts, 0)).toEqual([]);
  });

  it("départage un grand nombre d'ex aequo par identifiant sans les trier tous", () => {
    const nombreux = Array.from({ length: 500 }, (_, i) => unExpertParfait(`x${String((i * 7919) % 500).padStart(3, "0")}`));
    expect(classer(mission, nombreux, { limite: 5 }).map((c) => c.expert.id)).toEqual(["x000", "x001", "x002", "x003", "x004"]);
    expect(classer(mission, nombreux, { limite: 200 }).map((c) => c.expert.id)).toEqual(Array.from({ length: 200 }, (_, i) => `x${String(i).padStart(3, "0")}`));
  });
});
