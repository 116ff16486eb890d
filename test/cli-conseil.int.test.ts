import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { vivier } from "./support/cli";

describe("vivier advise", () => {
  it("lit la situation sur l'entrée standard ou dans un fichier et répond en JSON", async () => {
    const situation = { agent: { statut: "titulaire" }, cadre: "operateur", sessions: [{ jours: 131 }] };
    const r = await vivier(["advise"], {}, JSON.stringify(situation));
    expect(r.code, r.erreurs).toBe(0);
    expect(JSON.parse(r.sortie)).toMatchObject({ instrument: "detachement", regle: "T3", joursOuvres: 131 });
    const fichier = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "vivier-advise-")), "s.json");
    fs.writeFileSync(fichier, `\uFEFF${JSON.stringify({ ...situation, sessions: [{ jours: 5.5 }] })}`);
    const f = await vivier(["advise", "--file", fichier]);
    expect(JSON.parse(f.sortie).instrument).toBe("cumul_activites");
  });

  it("sort avec le code 2 et la liste des erreurs champ par champ", async () => {
    const r = await vivier(["advise"], {}, JSON.stringify({ agent: { statut: "roi" }, cadre: "operateur", sessions: [{ jours: -1 }] }));
    expect(r.code).toBe(2);
    expect(JSON.parse(r.sortie).erreurs.map((e: { champ: string }) => e.champ)).toEqual(["agent.statut", "sessions.0.jours"]);
    const pasJson = await vivier(["advise"], {}, "{");
    expect(pasJson.code).toBe(2);
    expect(JSON.parse(pasJson.sortie).erreurs[0].champ).toBe("situation");
    expect((await vivier(["advise", "--file", "/nulle/part.json"])).code).toBe(2);
  });
});
