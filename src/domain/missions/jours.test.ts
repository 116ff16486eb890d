import { describe, expect, it } from "vitest";
import { lireSituation } from "../instruments";
import { ErreurMetier } from "../shared";
import {
  effetDUneNouvelleSession,
  joursFaitsEtRestants,
  joursSurLeProjet,
  SEUILS_PAR_DEFAUT,
  sessionsDuProjet,
  sessionsFaitesAu,
  situationPourLeConseiller,
} from "./jours";
import type { SessionMission } from "./sessions";

// 2026: Easter Monday 6 April, Ascension Thursday 14 May; Good Friday 3 April in Moselle only.
const semaineDePaques: SessionMission = { debut: "2026-04-06", fin: "2026-04-10", libelle: "Diagnostic" };
const semaineDeLAscension: SessionMission = { debut: "2026-05-11", fin: "2026-05-15", libelle: "Atelier" };

describe("le total d'un agent sur un projet", () => {
  it("additionne les sessions de toutes ses affectations, jours fériés exclus, demi-journées comprises", () => {
    const r = joursSurLeProjet([{ sessions: [semaineDeLAscension] }, { sessions: [semaineDePaques, { jours: 1.5 }] }]);
    expect(r).toMatchObject({ jours: 9.5, tranche: "T2" });
    expect(r.sessions).toEqual([semaineDePaques, semaineDeLAscension, { jours: 1.5 }]);
    expect(r.decompte.explication).toContain("Lundi de Pâques le 2026-04-06");
  });
  it("compte sur le calendrier du territoire de l'agent", () => {
    const avril = [{ sessions: [{ debut: "2026-04-01", fin: "2026-04-10" }] }];
    expect(joursSurLeProjet(avril).jours).toBe(7);
    expect(joursSurLeProjet(avril, { territoire: "57" }).jours).toBe(6);
  });
  it("classe le total selon des seuils qui sont des paramètres", () => {
    expect(joursSurLeProjet([{ sessions: [{ jours: 5.5 }] }]).tranche).toBe("T1");
    expect(joursSurLeProjet([{ sessions: [{ jours: 5.5 }] }], { seuils: { miseADisposition: 5, detachement: 130 } }).tranche).toBe("T2");
  });
  it("ne compte rien sans affectation", () => expect(joursSurLeProjet([])).toMatchObject({ jours: 0, tranche: "T1", sessions: [] }));
  it("met les sessions du projet dans l'ordre des dates", () =>
    expect(sessionsDuProjet([{ sessions: [{ jours: 2 }, semaineDeLAscension] }, { sessions: [semaineDePaques] }])).toEqual([semaineDePaques, semaineDeLAscension, { jours: 2 }]));
});

describe("T5 — l'effet d'une nouvelle session", () => {
  it("franchit 6 jours : la mise à disposition pour les jours restants", () =>
    expect(effetDUneNouvelleSession([{ debut: "2026-04-07", fin: "2026-04-09" }], { jours: 3 })).toEqual({
      avant: 3,
      apres: 6,
      franchissement: {
        avant: 3,
        apres: 6,
        de: "T1",
        vers: "T2",
        message:
          "Le total passe de 3 à 6 jours d'expertise sur le projet : la note recommande désormais la mise à disposition pour les jours restants. " +
          "Les jours déjà faits gardent leur instrument (le cumul d'activités).",
      },
    }));
  it("franchit 130 jours : le détachement ou la disponibilité pour les jours restants", () =>
    expect(effetDUneNouvelleSession([{ jours: 128 }], { debut: "2026-06-01", fin: "2026-06-05" }, SEUILS_PAR_DEFAUT, "metropole").franchissement?.message).toBe(
      "Le total passe de 128 à 133 jours d'expertise sur le projet : la note recommande désormais le détachement ou la disponibilité pour les jours restants. " +
        "Les jours déjà faits gardent leur instrument (la mise à disposition).",
    ));
  it("compte les demi-journées : 4,5 + 1,5 franchit 6", () => expect(effetDUneNouvelleSession([{ jours: 4.5 }], { jours: 1.5 }).franchissement).toMatchObject({ de: "T1", vers: "T2" }));
  it("ne franchit rien : pas d'alerte", () => expect(effetDUneNouvelleSession([{ jours: 2 }], { jours: 3.5 })).toEqual({ avant: 2, apres: 5.5 }));
  it("une semaine avec l'Ascension compte 4 jours : 1,5 + 4 reste sous 6", () => expect(effetDUneNouvelleSession([{ jours: 1.5 }], semaineDeLAscension)).toEqual({ avant: 1.5, apres: 5.5 }));
  it("en Moselle, le Vendredi saint ne compte pas", () => {
    expect(effetDUneNouvelleSession([{ jours: 2 }], { debut: "2026-03-30", fin: "2026-04-03" }).franchissement).toMatchObject({ vers: "T2" });
    expect(effetDUneNouvelleSession([{ jours: 2 }], { debut: "2026-03-30", fin: "2026-04-03" }, SEUILS_PAR_DEFAUT, "57")).toEqual({ avant: 2, apres: 6, franchissement: expect.objectContaining({ vers: "T2" }) });
    expect(effetDUneNouvelleSession([{ jours: 1.5 }], { debut: "2026-03-30", fin: "2026-04-03" }, SEUILS_PAR_DEFAUT, "57")).toEqual({ avant: 1.5, apres: 5.5 });
  });
});

describe("la situation donnée au conseiller", () => {
  it("porte toutes les sessions de l'agent sur le projet, dans l'ordre, sans libellés, et le conseiller l'accepte", () => {
    const saisie = situationPourLeConseiller({
      statut: "titulaire",
      territoire: "974",
      age: 52,
      cadre: "operateur",
      hote: { type: "operateur_public" },
      sessions: [semaineDeLAscension, { jours: 2, libelle: "Restitution" }, semaineDePaques],
      surTempsDeTravail: false,
    });
    expect(saisie).toEqual({
      agent: { statut: "titulaire", territoire: "974", age: 52 },
      cadre: "operateur",
      hote: { type: "operateur_public" },
      sessions: [
        { debut: "2026-04-06", fin: "2026-04-10" },
        { debut: "2026-05-11", fin: "2026-05-15" },
        { jours: 2 },
      ],
      surTempsDeTravail: false,
    });
    expect(lireSituation(saisie).ok).toBe(true);
  });
  it("prend la métropole par défaut et omet ce qui n'est pas dit", () =>
    expect(situationPourLeConseiller({ statut: "contractuel_cdd", cadre: "expe_ct", sessions: [{ jours: 3 }] })).toEqual({
      agent: { statut: "contractuel_cdd", territoire: "metropole" },
      cadre: "expe_ct",
      sessions: [{ jours: 3 }],
    }));
});

describe("les jours déjà faits (T5 : ne jamais requalifier)", () => {
  const sessions: SessionMission[] = [{ jours: 2 }, semaineDeLAscension, { debut: "2026-04-07", fin: "2026-04-09" }];
  it("coupe la session en cours : ses jours avant la date sont faits, la date elle-même reste à faire", () =>
    expect(sessionsFaitesAu(sessions, "2026-05-13")).toEqual({
      faites: [{ debut: "2026-04-07", fin: "2026-04-09" }, { debut: "2026-05-11", fin: "2026-05-12", libelle: "Atelier" }],
      restantes: [{ debut: "2026-05-13", fin: "2026-05-15", libelle: "Atelier" }],
      nonDatees: [{ jours: 2 }],
    }));
  it("une session qui commence à la date reste entière à faire ; une session finie la veille est faite", () => {
    expect(sessionsFaitesAu(sessions, "2026-05-11")).toMatchObject({ faites: [{ fin: "2026-04-09" }], restantes: [semaineDeLAscension] });
    expect(sessionsFaitesAu(sessions, "2026-05-16")).toMatchObject({ faites: [{ fin: "2026-04-09" }, semaineDeLAscension], restantes: [] });
  });
  it("compte les jours faits et restants, l'Ascension exclue", () => expect(joursFaitsEtRestants(sessions, "2026-05-13")).toEqual({ faits: 5, restants: 2, nonDates: 2 }));
  it("refuse une date qui n'existe pas", () => expect(() => sessionsFaitesAu(sessions, "2026-02-30")).toThrow(ErreurMetier));
});
