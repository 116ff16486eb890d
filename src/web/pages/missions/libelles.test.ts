import { describe, expect, it } from "vitest";
import { SESSIONS_MAX as SESSIONS_MAX_DOMAINE } from "../../../domain/instruments/situation";
import {
  ETATS_MISSION as ETATS_DOMAINE,
  LIBELLES_ACCORD_EMPLOYEUR as ACCORDS_DOMAINE,
  LIBELLES_ETAT_CANDIDATURE as ETATS_CANDIDATURE_DOMAINE,
  LIBELLES_ETAT_MISSION as ETATS_MISSION_DOMAINE,
  LIBELLES_SOURCE_MISSION as SOURCES_DOMAINE,
  LIMITES_MISSION as LIMITES_DOMAINE,
  SOURCES_MISSION as LISTE_SOURCES_DOMAINE,
  sourcesPermises,
} from "../../../domain/missions";
import { TYPES_ORGANISATION } from "../../../domain/organisations/types";
import {
  dureeSession,
  ETATS_MISSION,
  jours,
  LIBELLES_ACCORD_EMPLOYEUR,
  LIBELLES_ETAT_CANDIDATURE,
  LIBELLES_ETAT_MISSION,
  LIBELLES_SOURCE_MISSION,
  libelleEtatMission,
  LIMITES_MISSION,
  majuscule,
  repartitionJours,
  SESSIONS_MAX,
  SOURCES_DU_TYPE,
  SOURCES_MISSION,
} from "./libelles";

describe("libellés des missions côté web", () => {
  it("disent la même chose que le domaine", () => {
    expect(ETATS_MISSION).toEqual(ETATS_DOMAINE);
    expect(LIBELLES_ETAT_MISSION).toEqual(ETATS_MISSION_DOMAINE);
    expect(SOURCES_MISSION).toEqual(LISTE_SOURCES_DOMAINE);
    expect(LIBELLES_SOURCE_MISSION).toEqual(SOURCES_DOMAINE);
    expect(LIBELLES_ETAT_CANDIDATURE).toEqual(ETATS_CANDIDATURE_DOMAINE);
    expect(LIBELLES_ACCORD_EMPLOYEUR).toEqual(ACCORDS_DOMAINE);
    expect(LIMITES_MISSION).toEqual(LIMITES_DOMAINE);
    expect(SESSIONS_MAX).toBe(SESSIONS_MAX_DOMAINE);
  });

  it("proposent à chaque type d'organisation les sources que le domaine lui permet", () => {
    for (const type of TYPES_ORGANISATION) expect(SOURCES_DU_TYPE[type] ?? []).toEqual(sourcesPermises(type));
  });

  it("laissent un code inconnu tel quel et mettent une majuscule aux actions", () => {
    expect(libelleEtatMission("publiee")).toBe("Publiée");
    expect(libelleEtatMission("inconnu")).toBe("inconnu");
    expect(majuscule("publier la mission")).toBe("Publier la mission");
  });
});

describe("les jours en mots", () => {
  it("accorde le pluriel à partir de 2, demi-journées comprises", () => {
    expect(jours(1)).toBe("1 jour");
    expect(jours(1.5)).toBe("1,5 jour");
    expect(jours(2)).toBe("2 jours");
  });

  it("dit une session datée ou en jours", () => {
    expect(dureeSession({ debut: "2027-03-01", fin: "2027-03-05", jours: null })).toBe("Du 1er mars 2027 au 5 mars 2027");
    expect(dureeSession({ debut: "2027-03-02", fin: "2027-03-02", jours: null })).toBe("Le 2 mars 2027");
    expect(dureeSession({ debut: null, fin: null, jours: 4.5 })).toBe("4,5 jours (sans dates)");
  });

  it("ne dit des jours faits et restants que ce qui compte", () => {
    expect(repartitionJours({ joursFaits: 0, joursRestants: 0, joursNonDates: 3 })).toBe("3 jours sans dates");
    expect(repartitionJours({ joursFaits: 1, joursRestants: 4, joursNonDates: 0 })).toBe("1 jour fait, 4 jours restants");
    expect(repartitionJours({ joursFaits: 2, joursRestants: 0, joursNonDates: 1 })).toBe("2 jours faits, 0 jour restant, 1 jour sans dates");
  });
});
