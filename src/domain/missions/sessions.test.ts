import { describe, expect, it } from "vitest";
import { SESSIONS_MAX } from "../instruments";
import { chevauchements, premierJour, schemaSessions, sessionsDansLOrdre, type SessionMission } from "./sessions";
import { erreursDeChamps } from "../shared";

const erreurs = (sessions: unknown) => {
  const r = schemaSessions.safeParse(sessions);
  return r.success ? [] : erreursDeChamps(r.error, "sessions");
};

describe("une session de mission", () => {
  it("est datée ou en jours, avec un libellé facultatif", () => {
    const sessions = [{ debut: "2026-04-07", fin: "2026-04-09", libelle: " Diagnostic " }, { jours: 2.5 }, { jours: 1, libelle: "" }];
    expect(schemaSessions.parse(sessions)).toEqual([{ debut: "2026-04-07", fin: "2026-04-09", libelle: "Diagnostic" }, { jours: 2.5 }, { jours: 1 }]);
  });
  it("accepte une session d'un seul jour", () => expect(erreurs([{ debut: "2026-04-07", fin: "2026-04-07" }])).toEqual([]));

  it.each([
    ["la fin avant le début", { debut: "2026-04-09", fin: "2026-04-07" }, { champ: "0.fin", message: "la fin de la session précède son début" }],
    ["des jours négatifs", { jours: -2 }, { champ: "0.jours", message: "le nombre de jours doit être positif" }],
    ["zéro jour", { jours: 0 }, { champ: "0.jours", message: "le nombre de jours doit être positif" }],
    ["0,3 jour", { jours: 0.3 }, { champ: "0.jours", message: "les jours se comptent par demi-journées (2, 2.5, 3…)" }],
    ["une date qui n'existe pas", { debut: "2026-02-30", fin: "2026-03-02" }, { champ: "0.debut", message: "début : cette date n'existe pas" }],
    ["une session de plus de trois ans", { debut: "2026-01-01", fin: "2030-01-01" }, { champ: "0.fin", message: "une session dure au plus 1098 jours" }],
    ["ni dates ni jours", { libelle: "atelier" }, { champ: "0", message: "une session a soit un début et une fin (AAAA-MM-JJ), soit un nombre de jours" }],
    ["des dates et des jours", { debut: "2026-04-07", fin: "2026-04-09", jours: 3 }, { champ: "0", message: "une session a soit un début et une fin (AAAA-MM-JJ), soit un nombre de jours" }],
    ["un champ inconnu", { jours: 2, lieu: "Thiès" }, { champ: "0.lieu", message: "champ inconnu" }],
    ["un libellé trop long", { jours: 2, libelle: "x".repeat(201) }, { champ: "0.libelle", message: "le libellé de la session : 200 caractères au plus" }],
  ])("refuse %s, une seule fois, sur le bon champ", (_cas, session, erreur) => expect(erreurs([session])).toEqual([erreur]));

  it("refuse une liste trop longue", () => {
    const sessions = Array.from({ length: SESSIONS_MAX + 1 }, () => ({ jours: 1 }));
    expect(erreurs(sessions)).toEqual([{ champ: "sessions", message: `au plus ${SESSIONS_MAX} sessions` }]);
  });
});

describe("les chevauchements de sessions datées", () => {
  const avril = { debut: "2026-04-07", fin: "2026-04-09" };
  it("signalent la session qui commence plus tard, en nommant l'autre", () => {
    expect(erreurs([avril, { jours: 3 }, { debut: "2026-04-09", fin: "2026-04-10" }])).toEqual([{ champ: "2.debut", message: "chevauche la session 1" }]);
    expect(erreurs([{ debut: "2026-04-09", fin: "2026-04-10" }, avril])).toEqual([{ champ: "0.debut", message: "chevauche la session 2" }]);
  });
  it("nomment toutes les sessions chevauchées", () =>
    expect(erreurs([avril, { debut: "2026-04-08", fin: "2026-04-08" }, { debut: "2026-04-01", fin: "2026-04-30" }])).toEqual([
      { champ: "0.debut", message: "chevauche la session 3" },
      { champ: "1.debut", message: "chevauche les sessions 1 et 3" },
    ]));
  it("départagent deux sessions du même début par leur place", () => expect(chevauchements([avril, avril])).toEqual([{ session: 1, avec: 0 }]));
  it("ne voient rien entre des sessions qui se suivent ni entre sessions en jours", () => {
    expect(chevauchements([avril, { debut: "2026-04-10", fin: "2026-04-10" }, { jours: 3 }, { jours: 3 }])).toEqual([]);
  });
  it("sont cherchés aussi quand une autre session est invalide", () =>
    expect(erreurs([avril, { jours: -1 }, { debut: "2026-04-08", fin: "2026-04-12" }]).map((e) => e.champ)).toEqual(["1.jours", "2.debut"]));
});

describe("l'ordre des sessions", () => {
  const sessions: SessionMission[] = [{ jours: 2 }, { debut: "2026-05-04", fin: "2026-05-06" }, { jours: 1 }, { debut: "2026-04-07", fin: "2026-04-09" }];
  it("met les sessions datées par début, puis les sessions en jours dans l'ordre saisi", () =>
    expect(sessionsDansLOrdre(sessions)).toEqual([sessions[3], sessions[1], sessions[0], sessions[2]]));
  it("donne le premier jour des sessions datées", () => {
    expect(premierJour(sessions)).toBe("2026-04-07");
    expect(premierJour([{ jours: 2 }])).toBeUndefined();
  });
});
