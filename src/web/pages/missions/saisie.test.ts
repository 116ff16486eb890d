import { describe, expect, it } from "vitest";
import { lireMission, type Mission } from "../../../domain/missions";
import { ErreurApi, type VueMission } from "../../api";
import {
  idsDesChamps,
  libelleDuChamp,
  nouveauDomaine,
  nouvelleLangue,
  nouvelleSession,
  preciserErreurs,
  preciserErreursSession,
  saisieDepuisMission,
  saisieVide,
  versMissionSaisie,
} from "./saisie";

const MISSION: Mission = {
  intitule: "Appui au service de l'eau de Guédiawaye",
  source: "operateur",
  cadre: "operateur",
  hote: { type: "operateur_public" },
  termesDeReference: "Diagnostic du réseau et plan d'action.",
  pays: "SN",
  beneficiaire: "Commune de Guédiawaye",
  domaines: [{ code: "EAU-POTABLE", niveauMin: "confirme" }, { code: "DECHETS-TRI" }],
  langues: [{ code: "en", niveau: "B2" }],
  nombreExperts: 2,
  remuneration: { honorairesJournaliers: 350, perDiem: 120.5 },
  dateLimiteCandidature: "2027-01-15",
  sessions: [
    { debut: "2027-02-01", fin: "2027-02-05", libelle: "Diagnostic" },
    { jours: 2.5 },
  ],
};

const vue = {
  ...MISSION,
  id: "m1",
  etat: "brouillon",
  remuneration: MISSION.remuneration ?? null,
  sessions: MISSION.sessions.map((s, i) => ({ rang: i + 1, ...s })),
} as unknown as VueMission;

const refus = (erreurs: { champ: string; message: string }[]) =>
  new ErreurApi({ type: "about:blank", title: "Données invalides", status: 400, detail: "Certaines données sont invalides.", code: "validation", erreurs });

describe("le formulaire de mission", () => {
  it("renvoie telle quelle une mission lue, que le domaine accepte", () => {
    const envoyee = versMissionSaisie(saisieDepuisMission(vue));
    const lue = lireMission(JSON.parse(JSON.stringify(envoyee)));
    expect(lue.ok).toBe(true);
    expect(lue.ok && lue.mission).toEqual(MISSION);
  });

  it("n'envoie ni les champs facultatifs vides, ni le cadre quand la source le fixe, et laisse l'API dire qu'un nombre n'en est pas un", () => {
    const f = { ...saisieVide("operateur"), intitule: "Mission", cadre: "expe_ct", perDiem: "12,5", nombreExperts: "deux" };
    const envoyee = versMissionSaisie(f);
    expect(envoyee).not.toHaveProperty("cadre");
    expect(envoyee).not.toHaveProperty("hote");
    expect(envoyee.pays).toBeUndefined();
    expect(envoyee.remuneration).toEqual({ honorairesJournaliers: undefined, perDiem: 12.5, complementRemuneration: undefined });
    expect(envoyee.nombreExperts).toBeNull();
    // The empty session is sent as typed: the API says what it lacks.
    expect(envoyee.sessions).toEqual([{ debut: "", fin: "" }]);
    expect(versMissionSaisie({ ...f, source: "demande_etrangere", cadre: "expe_ct" }).cadre).toBe("expe_ct");
    expect(versMissionSaisie({ ...saisieVide(), sessions: [{ ...nouvelleSession("jours"), libelle: " Atelier " }] }).sessions).toEqual([{ jours: null, libelle: "Atelier" }]);
    expect(versMissionSaisie(saisieVide())).not.toHaveProperty("remuneration");
  });

  it("met chaque erreur de l'API sur son champ, même après le retrait d'une entrée au-dessus", () => {
    const f = {
      ...saisieVide(""),
      domaines: [nouveauDomaine(), { ...nouveauDomaine(), code: "INCONNU" }],
      langues: [{ ...nouvelleLangue(), code: "en", niveau: "B2" }, { ...nouvelleLangue(), code: "en", niveau: "C1" }],
      sessions: [
        { ...nouvelleSession("dates"), debut: "2027-03-01", fin: "2027-02-01" },
        { ...nouvelleSession("jours"), jours: "-1" },
        { ...nouvelleSession("dates"), debut: "2027-02-15", fin: "2027-02-20" },
      ],
    };
    const [d0, d1] = f.domaines;
    const [l0, l1] = f.langues;
    const [s0, s1, s2] = f.sessions;
    const precise = preciserErreurs(
      refus([
        { champ: "source", message: "source attendue : operateur, …" },
        { champ: "hote.type", message: "type d'organisme d'accueil inconnu" },
        { champ: "domaines.0.code", message: "domaine inconnu du thésaurus" },
        { champ: "domaines.1.code", message: "domaine inconnu du thésaurus" },
        { champ: "langues.1", message: "la langue « en » figure deux fois" },
        { champ: "sessions.0.fin", message: "la fin précède le début" },
        { champ: "sessions.1.jours", message: "un nombre de jours positif est attendu" },
        { champ: "sessions.1.debut", message: "chevauche la session 1" },
        { champ: "sessions.2.debut", message: "chevauche la session 1" },
        { champ: "remuneration.perDiem", message: "un montant négatif n'est pas admis" },
      ]),
      f,
    ) as ErreurApi;
    expect(precise.probleme.erreurs).toEqual([
      { champ: "source", message: "choisissez l'origine du besoin" },
      { champ: "hote", message: "type d'organisme d'accueil inconnu" },
      { champ: `domaines.${d0!.cle}.code`, message: "choisissez un domaine du thésaurus" },
      { champ: `domaines.${d1!.cle}.code`, message: "domaine inconnu du thésaurus" },
      { champ: `langues.${l1!.cle}.code`, message: "la langue « en » figure deux fois" },
      { champ: `sessions.${s0!.cle}.fin`, message: "la fin précède le début" },
      { champ: `sessions.${s1!.cle}.jours`, message: "un nombre de jours positif est attendu" },
      { champ: `sessions.${s1!.cle}.jours`, message: "chevauche la session 1" },
      { champ: `sessions.${s2!.cle}.debut`, message: "chevauche la session 1" },
      { champ: "remuneration.perDiem", message: "un montant négatif n'est pas admis" },
    ]);
    expect(l0).toBeDefined();

    // Every field named has an input, in the form's order, and a name in the summary.
    const ids = idsDesChamps(f);
    for (const e of precise.probleme.erreurs ?? []) expect(ids[e.champ]).toBeDefined();
    expect(Object.keys(ids).indexOf("dateLimiteCandidature")).toBeLessThan(Object.keys(ids).indexOf(`sessions.${s0!.cle}.debut`));
    expect(libelleDuChamp(`sessions.${s2!.cle}.debut`, f)).toBe("Session 3 : début");
    expect(libelleDuChamp(`langues.${l1!.cle}.code`, f)).toBe("Langue 2 : langue");
    expect(libelleDuChamp("remuneration.perDiem", f)).toBe("Per diem");
    expect(libelleDuChamp("sessions", f)).toBe("Sessions");
  });

  it("laisse telle quelle une erreur qui n'est pas de l'API ou qui ne nomme pas d'entrée connue", () => {
    const autre = new Error("réseau");
    expect(preciserErreurs(autre, saisieVide())).toBe(autre);
    const f = saisieVide("operateur");
    const precise = preciserErreurs(refus([{ champ: "domaines.4.code", message: "inconnu" }, { champ: "sessions", message: "au plus 200 sessions" }]), f) as ErreurApi;
    expect(precise.probleme.erreurs).toEqual([
      { champ: "domaines.4.code", message: "inconnu" },
      { champ: "sessions", message: "au plus 200 sessions" },
    ]);
  });
});

describe("l'ajout d'une session", () => {
  it("met les erreurs de l'API sur les champs de la session montrés, et demande simplement ce qui manque", () => {
    const enJours = { ...nouvelleSession("jours"), jours: "" };
    const precise = preciserErreursSession(
      refus([
        { champ: "session", message: "une session a soit un début et une fin, soit un nombre de jours" },
        { champ: "debut", message: "chevauche la session 1" },
        { champ: "libelle", message: "200 caractères au plus" },
        { champ: "dateLimiteCandidature", message: "la date limite de candidature doit précéder le début de la première session" },
      ]),
      enJours,
    ) as ErreurApi;
    expect(precise.probleme.erreurs).toEqual([
      { champ: "jours", message: "indiquez le nombre de jours" },
      { champ: "jours", message: "indiquez le nombre de jours" },
      { champ: "libelle", message: "200 caractères au plus" },
      { champ: "dateLimiteCandidature", message: "la date limite de candidature doit précéder le début de la première session" },
    ]);
    const datee = { ...nouvelleSession("dates"), debut: "2027-03-01", fin: "" };
    expect((preciserErreursSession(refus([{ champ: "debut", message: "chevauche la session 2" }, { champ: "fin", message: "date attendue" }]), datee) as ErreurApi).probleme.erreurs).toEqual([
      { champ: "debut", message: "chevauche la session 2" },
      { champ: "fin", message: "indiquez la date de fin" },
    ]);
  });
});
