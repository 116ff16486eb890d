/**
 * Reads the advisor's rules: every `.publicodes` file of src/domain/instruments/regles (YAML),
 * merged into one set. Read once per process; the domain gets them as data.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import type { Regles } from "../../domain/instruments";

export const DOSSIER_REGLES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../domain/instruments/regles");

let cache: Regles | undefined;

export function chargerRegles(dossier = DOSSIER_REGLES): Regles {
  if (cache && dossier === DOSSIER_REGLES) return cache;
  const regles: Regles = {};
  for (const fichier of fs.readdirSync(dossier).filter((f) => f.endsWith(".publicodes")).sort()) {
    const contenu = parse(fs.readFileSync(path.join(dossier, fichier), "utf8")) as Regles | null;
    for (const [nom, regle] of Object.entries(contenu ?? {})) {
      if (nom in regles) throw new Error(`Règle « ${nom} » définie deux fois (${fichier}).`);
      regles[nom] = regle;
    }
  }
  if (dossier === DOSSIER_REGLES) cache = regles;
  return regles;
}
