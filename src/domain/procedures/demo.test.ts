import { describe, expect, it } from "vitest";
import { lireDateIso, versDateIso } from "../calendar/dates";
import { COMPTES_DEMO } from "../organisations";
import { type AgentDemo, COMPTES_ACTEURS_DEMO, COMPTES_PARTENAIRES_DEMO, compteActeurDemo, type ContexteHistoire, missionsDemoParCle, PROCEDURES_DEMO, type ProcedureDemo, rejouerProcedure } from "./demo";
import { definitionDossier } from "./dossiers";

const AGENT: AgentDemo = { prenom: "Amina", nom: "Diallo", grade: "Ingénieur principal", courriel: "agent@demo.vivier.test" };

/** Every demo case replayed on `aujourdhui`, with the mission it follows, by key. */
function planifier(aujourdhui: string) {
  const missions = missionsDemoParCle(aujourdhui);
  return new Map(
    PROCEDURES_DEMO.map((p) => {
      const mission = typeof p.agent === "object" && p.agent ? missions.get(p.agent.affectation.mission) : undefined;
      const contexte: ContexteHistoire = { aujourdhui, ...(mission ? { mission } : {}), ...(p.agent ? { agent: AGENT } : {}) };
      return [p.cle, { demo: p, plan: rejouerProcedure(p, contexte), mission }] as const;
    }),
  );
}

const AUJOURDHUI = "2026-12-01";
const cas = planifier(AUJOURDHUI);
const du = (cle: string) => cas.get(cle)!;

describe("les procédures de démonstration", () => {
  it("couvrent les quatre procédures qu'une affectation ou une collectivité ouvre, à des étapes où quelqu'un agit ou suit", () => {
    expect(Object.fromEntries([...cas].map(([cle, c]) => [cle, c.plan.etat]))).toEqual({
      "cumul-diagnostic-mbour": "autorisee",
      "cumul-formation-mbour": "deposee",
      "ordre-adressage-porto-novo": "effectue",
      "mad-pagoda-petite-cote": "active",
      "convention-nouvelle-aquitaine-expertise-france": "en_vigueur",
    });
    expect(new Set(PROCEDURES_DEMO.map((p) => p.cle)).size).toBe(PROCEDURES_DEMO.length);
  });

  it("ont des données complètes : rien ne manque sur la page de chaque dossier", () => {
    for (const { demo, plan } of cas.values()) expect(definitionDossier(demo.type).verifier(plan.donnees), demo.cle).toEqual([]);
  });

  it("préviennent de leur dernière étape, comme le service : l'agent et qui a la suite, pas son auteur", () => {
    const depose = du("cumul-formation-mbour").plan.notification;
    expect(depose).toMatchObject({
      type: "procedure.etape",
      titre: "Cumul d'activités « Cumul d'activités : formation des agents de la régie des eaux de Mbour » : déposée, en attente de l'avis du supérieur hiérarchique",
      sauf: "agent",
      lue: false,
    });
    expect(depose.pour).toContain("superieur");
    const autorise = du("cumul-diagnostic-mbour").plan.notification;
    expect(autorise).toMatchObject({ sauf: "autorite", lue: true });
    expect(autorise.pour).toEqual(expect.arrayContaining(["agent", "rh"]));
  });

  it("laissent au supérieur l'avis sur la demande déposée, sous un mois (C5)", () => {
    const { plan } = du("cumul-formation-mbour");
    const definition = definitionDossier("cumul_activites");
    const actions = definition.evenementsPossibles(plan.etat, definition.contexte(plan, { acteurs: ["superieur"], aujourdhui: AUJOURDHUI }, {}));
    expect(actions.map((a) => a.evenement)).toContain("donnerAvis");
    expect(definition.echeances(plan, AUJOURDHUI).map((e) => e.code)).toContain("decision_cumul");
  });

  it("suivent les remboursements de la mise à disposition : le premier trimestre soldé, le deuxième en retard", () => {
    const { plan } = du("mad-pagoda-petite-cote");
    const suivi = definitionDossier("mise_a_disposition").remboursements!(plan, AUJOURDHUI);
    expect(suivi.slice(0, 3).map((r) => r.statut)).toEqual(["solde", "en_retard", "pas_encore_du"]);
    expect(plan.historique.map((h) => h.vers)).toEqual(["projet", "soumise_a_l_agent", "acceptee_par_l_agent", "assemblee_informee", "signee_par_l_accueil", "signee", "arretee", "active", "active"]);
  });

  it("ouvrent un dossier après l'affectation qu'il suit, et l'ordre de mission est signé avant le départ", () => {
    for (const { demo, plan, mission } of cas.values()) {
      if (typeof demo.agent !== "object" || !demo.agent) continue;
      const cle = (demo.agent as Extract<ProcedureDemo["agent"], object>).affectation.candidature;
      const affectee = mission!.candidatures.find((c) => c.cle === cle)!.historique.find((h) => h.evenement === "affecter")!;
      expect(plan.ouverteLe.horodatage > affectee.le.horodatage, demo.cle).toBe(true);
    }
    const ordre = du("ordre-adressage-porto-novo").plan;
    const signe = ordre.historique.find((h) => h.evenement === "signer")!;
    expect(signe.le.jour < (ordre.donnees.depart as string)).toBe(true);
  });

  it("font agir des comptes de démonstration qui existent, chacun dans l'organisation où il a son rôle", () => {
    for (const [reference, comptes] of Object.entries(COMPTES_ACTEURS_DEMO)) {
      for (const [acteur, email] of Object.entries(comptes)) {
        const compte = COMPTES_DEMO.find((c) => c.email === email);
        expect(compte?.roles.some(([o]) => o === reference), `${acteur} ${email}`).toBe(true);
      }
    }
    for (const email of Object.values(COMPTES_PARTENAIRES_DEMO)) expect(COMPTES_DEMO.map((c) => c.email)).toContain(email);
    // Only the pool's agent and the Region's authority act without an account.
    const sansCompte = [...cas.values()].flatMap(({ demo, plan }) =>
      plan.historique.filter((h) => h.par !== "agent" && compteActeurDemo(demo.employeur, h.par) === undefined).map((h) => `${demo.cle}:${h.evenement}`),
    );
    expect(sansCompte).toEqual(["convention-nouvelle-aquitaine-expertise-france:signerPourLaCollectivite"]);
  });

  it("restent valides quel que soit le jour où la démonstration est générée (une année, jours fériés compris)", { timeout: 60_000 }, () => {
    const premier = lireDateIso("2026-01-01")!;
    for (let n = premier; n < premier + 366; n++) {
      const jour = versDateIso(n);
      const etats = [...planifier(jour).values()].map((c) => c.plan.etat);
      expect(etats, jour).toEqual(["autorisee", "deposee", "effectue", "active", "en_vigueur"]);
    }
  });

  it("refuse une histoire que la table de la procédure refuse", () => {
    const [cumul] = PROCEDURES_DEMO;
    const mission = missionsDemoParCle(AUJOURDHUI).get("ef-eau-senegal/diagnostic-mbour")!;
    const autoriseParLeSuperieur: ProcedureDemo = {
      ...cumul!,
      histoire: (c) => {
        const h = cumul!.histoire(c);
        return { ...h, etapes: h.etapes.map((e) => (e.evenement === "autoriser" ? { ...e, par: "superieur" as const } : e)) };
      },
    };
    expect(() => rejouerProcedure(autoriseParLeSuperieur, { aujourdhui: AUJOURDHUI, mission, agent: AGENT })).toThrow(/cumul-diagnostic-mbour : autoriser/);
  });
});
