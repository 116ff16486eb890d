import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { vivier } from "./support/cli";

// Each run spawns a CLI (about a second of start-up): they run side by side.
describe.concurrent("vivier working-days", () => {
  it("affiche le nombre de jours ouvrés, bornes comprises, en métropole par défaut, sans ouvrir de base", async () => {
    const dataDir = path.join(os.tmpdir(), `vivier-calendrier-${process.pid}-${Date.now()}`);
    const r = await vivier(["working-days", "--from", "2026-04-01", "--to", "2026-04-10"], { DATA_DIR: dataDir });
    expect(r.code, r.erreurs).toBe(0);
    expect(r.sortie).toBe("7\n");
    // The embedded database would have created its folder.
    expect(fs.existsSync(dataDir)).toBe(false);
  });

  it("tient compte du territoire : le Vendredi saint en Moselle, l'abolition de l'esclavage en Guyane", async () => {
    const moselle = await vivier(["working-days", "--from", "2026-04-01", "--to", "2026-04-10", "--territory", "57"]);
    expect(moselle.sortie).toBe("6\n");
    const annee = await vivier(["working-days", "--from", "2026-01-01", "--to", "2026-12-31", "--territory", "973"]);
    expect(annee.sortie).toBe("251\n");
  });

  it("détaille le compte en JSON", async () => {
    const r = await vivier(["working-days", "--from", "2026-04-01", "--to", "2026-04-10", "--territory", "57", "--json"]);
    expect(r.code, r.erreurs).toBe(0);
    expect(JSON.parse(r.sortie)).toEqual({
      joursOuvres: 6,
      territoire: "57",
      du: "2026-04-01",
      au: "2026-04-10",
      joursCalendaires: 10,
      joursDeWeekEnd: 2,
      joursFeries: [
        { date: "2026-04-03", nom: "Vendredi saint" },
        { date: "2026-04-06", nom: "Lundi de Pâques" },
      ],
    });
  });

  it("figure dans l'aide générale et a la sienne", async () => {
    expect((await vivier(["--help"])).sortie).toContain("working-days");
    const aide = await vivier(["working-days", "--help"]);
    expect(aide.code).toBe(0);
    expect(aide.sortie).toContain("--territory");
  });

  it.each([
    [["--to", "2026-04-10"], "indiquez le premier jour : --from AAAA-MM-JJ"],
    [["--from", "2026-04-01"], "indiquez le dernier jour : --to AAAA-MM-JJ"],
    [["--from", "2026-02-30", "--to", "2026-04-10"], "--from : date invalide « 2026-02-30 »"],
    [["--from", "2026-04-01", "--to", "10/04/2026"], "--to : date invalide « 10/04/2026 »"],
    [["--from", "2026-04-10", "--to", "2026-04-01"], "--to : la fin (2026-04-01) précède le début (2026-04-10)"],
    [["--from", "2026-04-01", "--to", "2026-04-10", "--territory", "75"], "--territory : territoire inconnu « 75 »"],
    [["--from", "1970-01-01", "--to", "2026-04-10"], "--from : année 1970 hors du calendrier connu"],
    [["--from", "2026-04-01", "--to", "2026-04-10", "--jours"], "--jours"],
  ])("sort avec le code 2 et un message en français : %j", async (args, message) => {
    const r = await vivier(["working-days", ...args]);
    expect(r.code).toBe(2);
    expect(r.sortie).toBe("");
    expect(r.erreurs).toContain(message);
  });
});
