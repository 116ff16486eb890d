/**
 * The rules folder itself: every `exemples` entry of a rule runs here (the lawyer's examples are
 * tests), and the shapes the advisor relies on hold (dated, sourced rules; texts, not mappings).
 */
import Engine from "publicodes";
import { describe, expect, it } from "vitest";
import { chargerRegles } from "../../../test/support/conseiller";

type Exemple = { nom: string; situation: Record<string, string | number>; "valeur attendue": unknown };
type Brut = Record<string, unknown> & { exemples?: Exemple[]; identifiant?: string; depuis?: string; références?: object };

const regles = chargerRegles() as Record<string, Brut | null>;
const moteur = new Engine(regles as never, { logger: { log() {}, warn() {}, error() {} } });

/** A complete situation, which each example completes or overrides. */
const SITUATION_DE_BASE = {
  "situation . statut": "'titulaire'",
  "situation . cadre": "'operateur'",
  "situation . hote": "'non_precise'",
  "situation . jours": "1 jour",
  "situation . jours d'absence du poste": "0 jour",
  "situation . duree calendaire": "1 jour",
  "situation . age": "0 an",
  "situation . age connu": "non",
  "situation . sur temps de travail": "non",
};

const exemples = Object.entries(regles).flatMap(([nom, r]) => (r?.exemples ?? []).map((e) => ({ regle: nom, ...e })));

describe("les exemples des règles", () => {
  it("sont assez nombreux", () => expect(exemples.length).toBeGreaterThanOrEqual(10));
  it.each(exemples.map((e) => [`${e.regle} — ${e.nom}`, e] as const))("%s", (_, e) => {
    moteur.setSituation({ ...SITUATION_DE_BASE, ...Object.fromEntries(Object.entries(e.situation).map(([k, v]) => [k, String(v)])) }, { keepPreviousSituation: false });
    const attendu = e["valeur attendue"];
    const obtenu = moteur.evaluate(e.regle).nodeValue;
    expect(obtenu).toBe(attendu === "oui" ? true : attendu === "non" ? false : attendu);
  });
});

describe("la forme des règles", () => {
  it("date et source chaque règle d'éligibilité et chaque paramètre", () => {
    for (const [nom, r] of Object.entries(regles)) {
      if (!/^(eligibilite|parametres) \. [^.]+$/.test(nom)) continue;
      expect(r?.depuis, nom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Object.keys(r?.références ?? {}).length, nom).toBeGreaterThan(0);
    }
  });
  it("écrit les textes comme des phrases, pas comme des tableaux YAML (piège du « : » français)", () => {
    for (const [nom, r] of Object.entries(regles)) {
      for (const cle of ["consentements", "documents", "délais"]) for (const x of (r?.[cle] as unknown[]) ?? []) expect(typeof x, `${nom} . ${cle}`).toBe("string");
      for (const cle of ["titre", "description", "message", "texte", "raison si fermé"]) if (r?.[cle] !== undefined) expect(typeof r[cle], `${nom} . ${cle}`).toBe("string");
    }
  });
  it("donne un identifiant LEGAL.md et un message à chaque alerte, incertitude et changement", () => {
    for (const [nom, r] of Object.entries(regles)) {
      if (!/^(alertes|incertitudes) \. /.test(nom)) continue;
      expect(r?.identifiant, nom).toMatch(/^[A-Z]\d[a-z]?$/);
      expect(r?.message, nom).toBeTypeOf("string");
    }
  });
});
