import { describe, expect, it } from "vitest";
import { ErreurApi } from "../../api";
import { idsDesChamps, libelleDuChamp, lireSaisie, nouvelleSession, preciserErreurs, type Saisie, saisieVide, versParams, versSituation } from "./saisie";

const sansCles = (s: Saisie | undefined) => s && { ...s, sessions: s.sessions.map(({ cle: _, ...reste }) => reste) };

function uneSaisie(): Saisie {
  return {
    statut: "contractuel_cdd",
    cadre: "operateur",
    hote: "etat_etranger",
    territoire: "57",
    age: "45",
    surTempsDeTravail: true,
    sessions: [
      { ...nouvelleSession(), jours: "20" },
      { ...nouvelleSession("dates"), debut: "2026-04-01", fin: "2026-04-10" },
      { ...nouvelleSession(), jours: "2.5" },
    ],
  };
}

describe("le lien du simulateur", () => {
  it("s'écrit en paramètres lisibles et rouvre la même saisie", () => {
    const saisie = uneSaisie();
    const params = versParams(saisie);
    expect(params.toString()).toBe(
      "statut=contractuel_cdd&cadre=operateur&hote=etat_etranger&territoire=57&age=45&temps=oui&session=20&session=2026-04-01_2026-04-10&session=2.5",
    );
    expect(sansCles(lireSaisie(params))).toEqual(sansCles(saisie));
  });

  it("laisse de côté les valeurs par défaut, et rien ne s'ouvre sans situation", () => {
    const saisie = { ...saisieVide(), statut: "titulaire" as const, cadre: "expe_ct" as const };
    expect(versParams(saisie).toString()).toBe("statut=titulaire&cadre=expe_ct&session=");
    expect(lireSaisie(new URLSearchParams(""))).toBeUndefined();
    expect(lireSaisie(new URLSearchParams("utm_source=courriel"))).toBeUndefined();
  });

  it("vide les valeurs inconnues d'un lien retouché, pour que l'API dise ce qui manque", () => {
    const lue = lireSaisie(new URLSearchParams("statut=roi&cadre=operateur&territoire=999&hote=ambassade&session=3"));
    expect(lue).toMatchObject({ statut: "", cadre: "operateur", territoire: "metropole", hote: "" });
  });
});

describe("la situation envoyée à l'API", () => {
  it("reprend la saisie, nombres compris", () => {
    expect(versSituation(uneSaisie())).toEqual({
      agent: { statut: "contractuel_cdd", territoire: "57", age: 45 },
      cadre: "operateur",
      hote: { type: "etat_etranger" },
      sessions: [{ jours: 20 }, { debut: "2026-04-01", fin: "2026-04-10" }, { jours: 2.5 }],
      surTempsDeTravail: true,
    });
  });

  it("envoie aussi ce qui manque, pour que l'API nomme chaque erreur d'un coup", () => {
    const s = versSituation(saisieVide());
    expect(s).toEqual({ agent: { statut: "", territoire: "metropole" }, cadre: "", sessions: [{ jours: null }], surTempsDeTravail: false });
  });
});

describe("les erreurs de l'API dans les mots du formulaire", () => {
  const probleme = (erreurs: { champ: string; message: string }[]) =>
    new ErreurApi({ type: "about:blank", title: "Données invalides", status: 400, detail: "Certaines données sont invalides.", code: "validation", erreurs });

  it("demande simplement les champs vides et met l'erreur d'une session sur son premier champ", () => {
    const saisie: Saisie = {
      ...saisieVide(),
      sessions: [{ ...nouvelleSession(), jours: "" }, { ...nouvelleSession("dates"), debut: "2026-05-10", fin: "" }, { ...nouvelleSession("dates"), debut: "2026-05-10", fin: "2026-05-01" }],
    };
    const precisee = preciserErreurs(
      probleme([
        { champ: "agent.statut", message: "statut inconnu ; statuts possibles : titulaire, …" },
        { champ: "cadre", message: "cadre inconnu ; cadres possibles : …" },
        { champ: "sessions.0", message: "une session a soit un début et une fin (AAAA-MM-JJ), soit un nombre de jours" },
        { champ: "sessions.1.fin", message: "fin : une date AAAA-MM-JJ est attendue" },
        { champ: "sessions.2.fin", message: "la fin de la session précède son début" },
        { champ: "date", message: "date : …" },
      ]),
      saisie,
    ) as ErreurApi;
    expect(precisee.probleme.erreurs).toEqual([
      { champ: "agent.statut", message: "choisissez le statut de la personne" },
      { champ: "cadre", message: "choisissez le cadre de la mission" },
      { champ: "sessions.0.jours", message: "indiquez le nombre de jours" },
      { champ: "sessions.1.fin", message: "indiquez la date de fin" },
      { champ: "sessions.2.fin", message: "la fin de la session précède son début" },
      { champ: "date", message: "date : …" },
    ]);
    // Each of them has its input, and a name in the error summary.
    const ids = idsDesChamps(saisie);
    expect(ids["sessions.2.fin"]).toBe(`simulateur-session-${saisie.sessions[2]?.cle}-fin`);
    expect(ids["sessions.0.jours"]).toBeDefined();
    expect(libelleDuChamp("sessions.2.fin")).toBe("Session 3 : date de fin");
    expect(libelleDuChamp("agent.statut")).toBe("Statut de la personne");
  });

  it("laisse passer telle quelle une erreur sans champs (serveur injoignable)", () => {
    const panne = new ErreurApi({ type: "about:blank", title: "Serveur injoignable", status: 0, detail: "…", code: "reseau" });
    expect(preciserErreurs(panne, saisieVide())).toBe(panne);
  });
});
