import { describe, expect, it } from "vitest";
import { CATEGORIES_FP, LIMITES, lireProfil, PROFIL_DEMO_AGENT } from "../../../domain/experts";
import { ErreurApi, type VueProfil } from "../../api";
import {
  CATEGORIES,
  idsDesChamps,
  libelleDuChamp,
  LISTES,
  nouvelleEntree,
  preciserErreurs,
  saisieDepuisProfil,
  saisieVide,
  versSaisieProfil,
} from "./FormulaireProfilSaisie";

const vue = { ...PROFIL_DEMO_AGENT, id: "p1" } as unknown as VueProfil;

const refus = (erreurs: { champ: string; message: string }[]) =>
  new ErreurApi({ type: "about:blank", title: "Données invalides", status: 400, detail: "Certaines données sont invalides.", code: "validation", erreurs });

describe("le formulaire de profil", () => {
  it("a les catégories et les maximums du domaine", () => {
    expect(CATEGORIES).toEqual(CATEGORIES_FP);
    expect(LISTES.domaines.max).toBe(LIMITES.domaines);
    expect(LISTES.langues.max).toBe(LIMITES.langues);
    expect(LISTES.pays.max).toBe(LIMITES.pays);
    expect(LISTES.regions.max).toBe(LIMITES.regions);
    expect(LISTES.missionsPassees.max).toBe(LIMITES.missions);
    expect(LISTES.disponibilites.max).toBe(LIMITES.disponibilites);
  });

  it("renvoie tel quel un profil lu, que l'API accepte", () => {
    expect(PROFIL_DEMO_AGENT.regions).toEqual([{ pays: "SN", nom: "Dakar", code: "SN-DK" }]);
    const envoye = versSaisieProfil(saisieDepuisProfil(vue));
    const lu = lireProfil(JSON.parse(JSON.stringify(envoye)));
    expect(lu.ok).toBe(true);
    expect(lu.ok && lu.profil).toEqual(PROFIL_DEMO_AGENT);
  });

  it("n'envoie pas les champs facultatifs vides, et laisse l'API dire qu'un nombre n'en est pas un", () => {
    const f = { ...saisieVide(), joursParAn: "12,5", missionsPassees: [{ ...nouvelleEntree("missionsPassees"), intitule: "Audit", annee: "deux mille" }] };
    const envoye = versSaisieProfil(f);
    expect(envoye.telephone).toBeUndefined();
    expect(envoye.categorie).toBeUndefined();
    expect(envoye.joursParAn).toBe(12.5);
    expect(envoye.missionsPassees[0]!.annee).toBeNull();
    expect(envoye.missionsPassees[0]!.pays).toBeUndefined();
    const region = versSaisieProfil({ ...saisieVide(), regions: [{ ...nouvelleEntree("regions"), pays: "MA", nom: "Souss-Massa", code: " " }] }).regions;
    expect(region).toEqual([{ pays: "MA", nom: "Souss-Massa", code: undefined }]);
  });

  it("met chaque erreur de l'API sur son champ, même après le retrait d'une entrée au-dessus", () => {
    const f = {
      ...saisieVide(),
      domaines: [nouvelleEntree("domaines"), { ...nouvelleEntree("domaines"), code: "EAU-POTABLE" }],
      pays: [{ ...nouvelleEntree("pays"), code: "SN" }],
      regions: [
        { ...nouvelleEntree("regions"), pays: "SN", nom: "Dakar", code: "MA-09" },
        nouvelleEntree("regions"),
        { ...nouvelleEntree("regions"), pays: "SN", nom: "dakar" },
      ],
      langues: [{ ...nouvelleEntree("langues"), code: "es", niveau: "B2" }, { ...nouvelleEntree("langues"), code: "es", niveau: "C1" }],
    };
    const [d0, d1] = f.domaines;
    const [r0, r1, r2] = f.regions;
    const precise = preciserErreurs(
      refus([
        { champ: "position", message: "position statutaire attendue : titulaire, …" },
        { champ: "domaines.0.code", message: "domaine inconnu du thésaurus" },
        { champ: "domaines.1.niveau", message: "niveau attendu : notions, confirme, expert" },
        { champ: "langues.1", message: "la langue « es » figure deux fois" },
        { champ: "pays.0", message: "code de pays ISO 3166 inconnu (SN, MA…)" },
        { champ: "regions.0.code", message: "le code ISO 3166-2 doit commencer par SN-" },
        { champ: "regions.1.pays", message: "code de pays ISO 3166 inconnu (SN, MA…)" },
        { champ: "regions.1.nom", message: "le nom de la région est obligatoire" },
        { champ: "regions.2.nom", message: "la région « dakar (SN) » figure deux fois" },
        { champ: "joursParAn", message: "220 jours par an au plus" },
      ]),
      f,
    ) as ErreurApi;
    expect(precise.probleme.erreurs).toEqual([
      { champ: "position", message: "choisissez la position statutaire" },
      { champ: `domaines.${d0!.cle}.code`, message: "choisissez un domaine du thésaurus" },
      { champ: `domaines.${d1!.cle}.niveau`, message: "choisissez le niveau" },
      { champ: `langues.${f.langues[1]!.cle}.code`, message: "la langue « es » figure deux fois" },
      { champ: `pays.${f.pays[0]!.cle}.code`, message: "code de pays ISO 3166 inconnu (SN, MA…)" },
      { champ: `regions.${r0!.cle}.code`, message: "le code ISO 3166-2 doit commencer par SN-" },
      // A country left unchosen is asked for plainly; the API's words for a missing name are plain already.
      { champ: `regions.${r1!.cle}.pays`, message: "choisissez un pays" },
      { champ: `regions.${r1!.cle}.nom`, message: "le nom de la région est obligatoire" },
      { champ: `regions.${r2!.cle}.nom`, message: "la région « dakar (SN) » figure deux fois" },
      { champ: "joursParAn", message: "220 jours par an au plus" },
    ]);
    const ids = idsDesChamps(f);
    for (const e of precise.probleme.erreurs!) expect(ids, e.champ).toHaveProperty([e.champ]);
    // In the form's order: identity and status, then the lists, then the rest.
    const ordre = Object.keys(ids);
    expect(ordre.indexOf("position")).toBeLessThan(ordre.indexOf(`domaines.${d1!.cle}.niveau`));
    expect(ordre.indexOf(`domaines.${d1!.cle}.niveau`)).toBeLessThan(ordre.indexOf("joursParAn"));
    expect(libelleDuChamp(`domaines.${d1!.cle}.niveau`, f)).toBe("Domaine d'expertise 2 : niveau");
    expect(libelleDuChamp(`regions.${r0!.cle}.code`, f)).toBe("Région 1 : code ISO 3166-2");
    expect(ordre.indexOf(`pays.${f.pays[0]!.cle}.code`)).toBeLessThan(ordre.indexOf(`regions.${r0!.cle}.pays`));
    // The first domain removed: the second one's error is still its own, now named "Domaine d'expertise 1".
    expect(libelleDuChamp(`domaines.${d1!.cle}.niveau`, { ...f, domaines: [d1!] })).toBe("Domaine d'expertise 1 : niveau");
  });
});
