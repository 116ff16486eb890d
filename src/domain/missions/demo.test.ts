import { describe, expect, it } from "vitest";
import { lireDateIso, versDateIso } from "../calendar/dates";
import { decompterSessions } from "../instruments";
import { COMPTES_DEMO } from "../organisations";
import { ACCORDS_EMPLOYEUR, ETATS_CANDIDATURE } from "./etats-candidature";
import { ETATS_MISSION } from "./etats-mission";
import { decaler, EMPLOYEURS_DEMO, periodeOuvree, planifierMissionsDemo, PROJETS_DEMO, PROPRIETAIRES_DEMO, rejouerMission, texteNotificationDemo } from "./demo";
import { effetDUneNouvelleSession, joursSurLeProjet } from "./jours";
import { sourcesPermises } from "./proprietaires";
import { premierJour, type SessionMission } from "./sessions";

const AUJOURDHUI = "2026-03-16";
const plan = planifierMissionsDemo(AUJOURDHUI);
const missions = plan.flatMap((p) => p.missions.map((m) => ({ ...m, projet: p })));
const candidatures = missions.flatMap((m) => m.candidatures.map((c) => ({ ...c, mission: m })));

/** Amina Diallo's staffings on a project, and her total there. */
function joursDeLAgente(projet: (typeof plan)[number]) {
  const affectations = projet.missions.filter((m) => m.candidatures.some((c) => c.expert === "agente" && c.etat === "affectee")).map((m) => ({ sessions: m.mission.sessions }));
  return joursSurLeProjet(affectations);
}

describe("les missions de démonstration", () => {
  it("couvrent chaque état de mission, de candidature et d'accord de l'employeur", () => {
    expect(new Set(missions.map((m) => m.etat))).toEqual(new Set(ETATS_MISSION));
    expect(new Set(candidatures.map((c) => c.etat))).toEqual(new Set(ETATS_CANDIDATURE));
    expect(new Set(candidatures.map((c) => c.accordEmployeur))).toEqual(new Set(ACCORDS_EMPLOYEUR));
    expect(plan.filter((p) => p.proprietaire === "operateur").length).toBeGreaterThanOrEqual(2);
    expect(plan.filter((p) => p.proprietaire === "daect").length).toBeGreaterThanOrEqual(1);
    expect(missions.length).toBeGreaterThanOrEqual(10);
  });

  it("mettent l'agente de démonstration à 5 jours d'un projet : une journée de plus franchit le seuil de 6 jours", () => {
    const miennes = candidatures.filter((c) => c.expert === "agente");
    expect(miennes.filter((c) => c.etat === "affectee").length).toBeGreaterThanOrEqual(1);
    expect(miennes.filter((c) => c.etat !== "affectee").length).toBeGreaterThanOrEqual(1);
    const projet = plan.find((p) => p.cle === "ef-eau-senegal")!;
    const total = joursDeLAgente(projet);
    expect(total).toMatchObject({ jours: 5, tranche: "T1" });
    // Amina's profile is shown to operators only: she applies to the operator's missions.
    expect(miennes.every((c) => c.mission.projet.proprietaire === "operateur")).toBe(true);
    // The restitution she is proposed for, if she is retained.
    const restitution = projet.missions.find((m) => m.candidatures.some((c) => c.expert === "agente" && c.etat === "proposee"))!;
    const effet = effetDUneNouvelleSession(total.sessions, restitution.mission.sessions[0]!);
    expect(effet).toMatchObject({ avant: 5, apres: 6, franchissement: { de: "T1", vers: "T2" } });
    for (const p of plan.filter((x) => x !== projet)) expect(joursDeLAgente(p).jours).toBe(0);
  });

  it("écrivent un historique qui va d'état en état jusqu'à l'état final, dans l'ordre du temps", () => {
    for (const m of missions) {
      expect(m.historique[0]).toMatchObject({ evenement: "creer", de: null, vers: "brouillon" });
      m.historique.slice(1).forEach((h, i) => {
        expect(h.de, m.cle).toBe(m.historique[i]!.vers);
        expect(h.le.horodatage > m.historique[i]!.le.horodatage, m.cle).toBe(true);
      });
      expect(m.historique.at(-1)!.vers, m.cle).toBe(m.etat);
      expect(m.publieeLe === null, m.cle).toBe(m.etat === "brouillon");
      for (const c of m.candidatures) {
        expect(c.historique[0]!.de, c.cle).toBeNull();
        c.historique.slice(1).forEach((h, i) => expect(h.de, `${m.cle} ${c.cle}`).toBe(c.historique[i]!.vers));
        expect(c.historique.at(-1)!.vers).toBe(c.etat);
        expect(c.historique.filter((h) => h.accordVers).at(-1)!.accordVers).toBe(c.accordEmployeur);
        // Candidacies arrive while the mission takes them.
        expect(c.creeeLe.horodatage > m.publieeLe!.horodatage).toBe(true);
      }
    }
  });

  it("datent les sessions selon l'état : passées pour une mission terminée, à venir pour une mission ouverte", () => {
    for (const m of missions) {
      const debut = premierJour(m.mission.sessions)!;
      const fin = m.mission.sessions.map((s) => ("fin" in s ? s.fin : "")).sort().at(-1)!;
      if (m.etat === "terminee") expect(fin < AUJOURDHUI, m.cle).toBe(true);
      if (m.etat === "en_cours") expect(debut <= AUJOURDHUI && fin >= AUJOURDHUI, m.cle).toBe(true);
      if (["brouillon", "publiee", "en_selection", "pourvue"].includes(m.etat)) expect(debut > AUJOURDHUI, m.cle).toBe(true);
      if (m.etat === "publiee") expect(m.mission.dateLimiteCandidature! >= AUJOURDHUI, m.cle).toBe(true);
    }
  });

  it("respectent les sources de chaque propriétaire, des clés uniques et des comptes qui existent", () => {
    const types = { operateur: "operateur", daect: "ministere" } as const;
    for (const m of missions) expect(sourcesPermises(types[m.projet.proprietaire]), m.cle).toContain(m.mission.source);
    const cles = [...plan.map((p) => p.cle), ...missions.map((m) => m.cle)];
    expect(new Set(cles).size).toBe(cles.length);
    const comptes = COMPTES_DEMO.map((c) => c.email);
    for (const email of [...Object.values(PROPRIETAIRES_DEMO).map((p) => p.compte), ...Object.values(EMPLOYEURS_DEMO)]) expect(comptes).toContain(email);
    // Each HR account is HR of the employer it releases for.
    for (const [employeur, email] of Object.entries(EMPLOYEURS_DEMO)) {
      expect(COMPTES_DEMO.find((c) => c.email === email)!.roles).toContainEqual([employeur, "gestionnaire_rh"]);
    }
  });

  // Two years of replays: seconds on a loaded machine, hence a timeout of its own.
  it("restent valides quel que soit le jour où la démonstration est générée (deux années, jours fériés compris)", { timeout: 60_000 }, () => {
    const premier = lireDateIso("2026-01-01")!;
    for (let n = premier; n < premier + 731; n++) {
      const jour = versDateIso(n);
      const p = planifierMissionsDemo(jour);
      const eau = p.find((x) => x.cle === "ef-eau-senegal")!;
      expect(joursDeLAgente(eau).jours, jour).toBe(5);
      expect(new Set(p.flatMap((x) => x.missions.map((m) => m.etat))).size, jour).toBe(ETATS_MISSION.length);
    }
  });

  it("refuse une histoire que les tables d'états refusent", () => {
    const [m] = PROJETS_DEMO[0]!.missions;
    expect(() => rejouerMission({ ...m!, etapes: [{ quand: -1, evenement: "pourvoir" }] }, AUJOURDHUI)).toThrow(/impossible de déclarer la mission pourvue/);
    expect(() => rejouerMission({ ...m!, etapes: [{ quand: -115, evenement: "publier" }, { quand: -2, candidature: "amina", evenement: "affecter" }] }, AUJOURDHUI)).toThrow(
      /suit d'elle-même/,
    );
    expect(() => rejouerMission({ ...m!, etapes: [{ quand: -115, evenement: "publier" }, { quand: -116, evenement: "ouvrirSelection" }] }, AUJOURDHUI)).toThrow(/précède/);
    expect(() => rejouerMission({ ...m!, etapes: [{ quand: -115, evenement: "publier" }, { quand: -100, candidature: "autre", evenement: "proposer" }] }, AUJOURDHUI)).toThrow(
      /repris son profil/,
    );
    expect(() => rejouerMission({ ...m!, etapes: [{ quand: -115, evenement: "publier" }, { quand: -70, candidature: "amina", evenement: "deposer" }] }, AUJOURDHUI)).toThrow(
      /date limite/,
    );
  });

  it("compte les sessions en jours ouvrés exacts, jours fériés sautés", () => {
    // Easter Monday 2026 is 6 April: three working days from it are the 7th to the 9th.
    expect(periodeOuvree("2026-04-06", 3)).toEqual({ debut: "2026-04-07", fin: "2026-04-09" });
    // Across a weekend and 1 May (a Friday in 2026).
    const p = periodeOuvree("2026-04-30", 2);
    expect(p).toEqual({ debut: "2026-04-30", fin: "2026-05-04" });
    expect(decompterSessions([p as SessionMission & { debut: string; fin: string }], "metropole").jours).toBe(2);
    expect(decaler("2026-03-01", -1)).toBe("2026-02-28");
  });

  it("rédige les notifications comme le service des candidatures", () => {
    const proposee = candidatures.find((c) => c.expert === "agente" && c.etat === "proposee")!;
    const n = proposee.mission.notifications.find((x) => x.candidature === proposee.cle)!;
    expect(n).toMatchObject({ evenement: "proposer", pour: "expert", lue: false });
    expect(texteNotificationDemo(n, proposee, "Amina Diallo", proposee.mission.mission.intitule)).toEqual({
      type: "candidature.proposer",
      titre: `Candidature proposée par l'employeur : Amina Diallo, mission « ${proposee.mission.mission.intitule} »`,
      texte: `La candidature de Amina Diallo à la mission « ${proposee.mission.mission.intitule} » est proposée par l'employeur, à confirmer par l'agent (libération en attente de l'employeur). L'agent confirme la candidature, ou la retire.`,
    });
    const refus = candidatures.find((c) => c.accordEmployeur === "refuse")!;
    const r = texteNotificationDemo({ evenement: "refuserLiberation" }, refus, "X", "Y");
    expect(r.texte).toMatch(/^La candidature de X à la mission « Y » est déposée \(libération refusée par l'employeur\)\. Motif : /);
  });
});
