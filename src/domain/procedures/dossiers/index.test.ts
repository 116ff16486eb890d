import { describe, expect, it } from "vitest";
import { ACTEURS_PROCEDURE } from "../acteurs";
import { TYPES_PROCEDURE, type TypeProcedure } from "../choix-instrument";
import { AUJOURDHUI, MOTIF, unDetachement, uneConventionMad, uneConventionPartenariat, uneDemandeCumul, unOrdreDeMission } from "../constructeurs";
import { TABLE_CONVENTION_PARTENARIAT } from "../convention-partenariat";
import { TABLE_CUMUL } from "../cumul";
import { TABLE_DETACHEMENT } from "../detachement";
import type { Dossier, Saisie } from "../dossier";
import { TABLE_MISE_A_DISPOSITION } from "../mise-a-disposition";
import { TABLE_ORDRE_DE_MISSION } from "../ordre-de-mission";
import { definitionDossier, DOSSIERS } from ".";

const TABLES: Record<TypeProcedure, { regles: readonly { evenement: string; champs?: readonly string[] }[] }> = {
  cumul_activites: TABLE_CUMUL,
  mise_a_disposition: TABLE_MISE_A_DISPOSITION,
  detachement: TABLE_DETACHEMENT,
  convention_partenariat: TABLE_CONVENTION_PARTENARIAT,
  ordre_de_mission: TABLE_ORDRE_DE_MISSION,
};

const REUNION = { date: "2026-03-10", compteRendu: "Lancement du programme", participants: "Les deux parties" };

/** Each procedure's case at its fullest: the example data, and what its events record. */
const COMPLETS: Record<TypeProcedure, Omit<Dossier, "etat">> = {
  cumul_activites: { donnees: uneDemandeCumul(), suivi: { dateDepot: "2026-03-01", complementDemande: true } },
  mise_a_disposition: {
    donnees: uneConventionMad(),
    suivi: {
      avenantEnCours: { termes: uneConventionMad(), soumisLe: "2026-03-01", motif: MOTIF },
      rapportsRecus: [2026],
      remboursementsRecus: [{ periode: "2026-01-01/2026-03-31", montant: 12_000, recuLe: "2026-03-10" }],
    },
  },
  detachement: { donnees: unDetachement(), suivi: {} },
  convention_partenariat: { donnees: uneConventionPartenariat(), suivi: { reunionsComite: [REUNION] } },
  ordre_de_mission: { donnees: unOrdreDeMission() as Record<string, unknown>, suivi: {} },
};

/** A complete input for each event that takes one (besides its reason). */
const SAISIES: Record<TypeProcedure, Record<string, Saisie>> = {
  cumul_activites: { donnerAvis: { avis: "favorable" }, retirer: { motifRetrait: "interet_du_service" } },
  mise_a_disposition: {
    informerAssemblee: { dateInformationAssemblee: "2025-12-15" },
    modifierParAvenant: { convention: uneConventionMad() },
    mettreFin: { demandeur: "accueil" },
    deposerRapportAnnuel: { anneeRapport: 2026 },
    enregistrerRemboursement: { remboursement: { periode: "2026-01-01/2026-03-31", montant: 12_000, recuLe: "2026-03-10" } },
  },
  detachement: { renouveler: { nouvelleFin: "2030-12-31" }, mettreFin: { demandeur: "agent" }, reintegrer: { surLePosteDOrigine: true } },
  convention_partenariat: {
    tenirComite: { reunion: REUNION },
    modifierParAvenant: { convention: uneConventionPartenariat() },
    evaluer: { evaluation: { date: "2026-03-10", synthese: "Objectifs atteints", suite: "poursuivre" } },
  },
  ordre_de_mission: {},
};

/** A case as an older version, or a faulty import, may have left it. */
const ILLISIBLE: Omit<Dossier, "etat"> = {
  donnees: { dateFin: 12, expert: null },
  suivi: { dateDepot: 3, avenantEnCours: "oui", rapportsRecus: "2026", remboursementsRecus: [null, 5], reunionsComite: [{ date: "hier" }] },
};

const valeurA = (objet: unknown, chemin: string) => chemin.split(".").reduce<unknown>((v, cle) => (v as Record<string, unknown> | undefined)?.[cle], objet);

describe.each(TYPES_PROCEDURE)("le dossier %s", (type) => {
  const def = definitionDossier(type);
  const regles = TABLES[type].regles;

  it("est celui de son type, avec chaque événement de sa table", () => {
    expect(def).toBe(DOSSIERS[type]);
    expect(def.type).toBe(type);
    expect([...def.evenements].sort()).toEqual([...new Set(regles.map((r) => r.evenement))].sort());
  });

  it("nomme chaque état ; ses états finaux et d'édition en sont, édités par des acteurs des procédures", () => {
    expect(Object.keys(def.libellesEtats).sort()).toEqual([...def.etats].sort());
    expect(def.etats).toEqual(expect.arrayContaining([...def.finaux, ...def.edition.etats]));
    expect(def.edition.etats.length).toBeGreaterThan(0);
    expect(ACTEURS_PROCEDURE).toEqual(expect.arrayContaining([...def.edition.acteurs]));
  });

  it("a une saisie complète pour chaque champ que ses règles demandent", () => {
    for (const r of regles) for (const champ of r.champs ?? []) if (champ !== "motif") expect(valeurA(SAISIES[type][r.evenement], champ), `${r.evenement} : ${champ}`).toBeDefined();
  });

  it.each([
    ["complet", COMPLETS[type]],
    ["illisible", ILLISIBLE],
  ])("dossier %s : dans chaque état, chaque événement répond sans lever d'exception, et ses effets aussi", (nom, cas) => {
    const base = { acteurs: ACTEURS_PROCEDURE, motif: MOTIF };
    const permis = new Set<string>();
    for (const aujourdhui of [AUJOURDHUI, "2028-06-30"]) {
      for (const etat of [null, ...def.etats]) {
        const d: Dossier = { etat: etat ?? "", ...structuredClone(cas) };
        expect(() => def.evenementsPossibles(etat, def.contexte(d, { ...base, aujourdhui }, {}))).not.toThrow();
        expect(() => def.echeances(d, aujourdhui)).not.toThrow();
        for (const evenement of def.evenements) {
          const saisie = SAISIES[type][evenement] ?? {};
          const r = def.peut(etat, evenement, def.contexte(d, { ...base, aujourdhui }, saisie));
          if (!r.ok) continue;
          permis.add(evenement);
          const effets = def.effets(d, r.transition, saisie, aujourdhui);
          const apres: Dossier = { etat: r.transition.vers, donnees: effets.donnees ?? d.donnees, suivi: effets.suivi ?? d.suivi };
          expect(() => [def.echeances(apres, aujourdhui), def.verifier(apres.donnees), JSON.stringify(apres)]).not.toThrow();
        }
      }
    }
    expect(() => def.verifier(cas.donnees)).not.toThrow();
    // The complete case lets every event pass somewhere: its inputs are complete indeed.
    if (nom === "complet") expect([...permis].sort()).toEqual([...def.evenements].sort());
  });
});
