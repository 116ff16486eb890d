import { describe, expect, it } from "vitest";
import type { ActeurProcedure } from "./acteurs";
import { type ActeurDeTest, acteurs, AUJOURDHUI, casDeLaTable, modifie, MOTIF, unOrdreDeMission } from "./constructeurs";
import {
  type ContexteOrdreDeMission,
  echeancesOrdreDeMission,
  ETATS_ORDRE_DE_MISSION,
  type EtatOrdreDeMission,
  EVENEMENTS_ORDRE_DE_MISSION,
  type EvenementOrdreDeMission,
  evenementsPossiblesOrdreDeMission,
  peutOrdreDeMission,
} from "./ordre-de-mission";
import { lireOrdreDeMission, type OrdreDeMission, verifierChecklistSecurite } from "./ordre-de-mission-donnees";

const favorable = (acteur: ActeurDeTest, evenement?: EvenementOrdreDeMission): ContexteOrdreDeMission => ({
  acteurs: acteurs(acteur),
  aujourdhui: evenement === "terminer" ? "2026-04-11" : AUJOURDHUI,
  motif: MOTIF,
  ordre: unOrdreDeMission(),
});
const par = (acteur: ActeurProcedure, autre: Partial<ContexteOrdreDeMission> = {}): ContexteOrdreDeMission => ({ acteurs: [acteur], aujourdhui: AUJOURDHUI, ordre: unOrdreDeMission(), ...autre });
const lu = (saisie = unOrdreDeMission()): OrdreDeMission => {
  const r = lireOrdreDeMission(saisie);
  if (!r.ok) throw new Error(JSON.stringify(r.erreurs));
  return r.valeur;
};

const PERMISES: [EvenementOrdreDeMission, EtatOrdreDeMission | null, EtatOrdreDeMission][] = [
  ["ouvrir", null, "brouillon"],
  ["soumettre", "brouillon", "a_signer"],
  ["renvoyer", "a_signer", "brouillon"],
  ["signer", "a_signer", "signe"],
  ["terminer", "signe", "effectue"],
  ["annuler", "brouillon", "annule"],
  ["annuler", "a_signer", "annule"],
  ["annuler", "signe", "annule"],
];

const RH_OU_RI = "seul le service RH de l'employeur ou le service des relations internationales de l'employeur";
const RESERVE_A: Record<EvenementOrdreDeMission, [ActeurProcedure[], string]> = {
  ouvrir: [["rh", "charge_ri"], `${RH_OU_RI} peut ouvrir un ordre de mission`],
  soumettre: [["rh", "charge_ri"], `${RH_OU_RI} peut soumettre l'ordre de mission à la signature`],
  renvoyer: [["autorite"], "seule l'autorité territoriale de l'employeur peut renvoyer l'ordre de mission pour correction"],
  signer: [["autorite"], "seule l'autorité territoriale de l'employeur peut signer l'ordre de mission"],
  terminer: [["rh", "charge_ri", "agent"], `${RH_OU_RI} ou l'agent concerné peut constater le retour de mission`],
  annuler: [["rh", "charge_ri", "autorite"], `${RH_OU_RI} ou l'autorité territoriale de l'employeur peut annuler l'ordre de mission`],
};

const cas = casDeLaTable({
  etats: ETATS_ORDRE_DE_MISSION,
  evenements: EVENEMENTS_ORDRE_DE_MISSION,
  permises: PERMISES,
  reserveA: Object.fromEntries(Object.entries(RESERVE_A).map(([e, [a]]) => [e, a])) as Record<EvenementOrdreDeMission, ActeurProcedure[]>,
});

describe("la table de l'ordre de mission, acteur par acteur", () => {
  it("a un événement par verbe de la table", () => expect([...EVENEMENTS_ORDRE_DE_MISSION].sort()).toEqual(Object.keys(RESERVE_A).sort()));

  it.each(cas.permis)("%s un ordre de mission %s : permis à %s → %s", (evenement, de, acteur, vers) =>
    expect(peutOrdreDeMission(de, evenement, favorable(acteur, evenement))).toEqual({ ok: true, transition: { evenement, de, vers, motif: MOTIF } }));

  it.each(cas.interdits)("%s un ordre de mission %s : refusé à %s, qui n'a pas ce rôle", (evenement, de, acteur) =>
    expect(peutOrdreDeMission(de, evenement, favorable(acteur, evenement))).toEqual({ ok: false, code: "interdit", raison: RESERVE_A[evenement][1] }));

  it.each(cas.conflits)("%s un ordre de mission %s : refusé à %s dans cet état", (evenement, de, acteur) => {
    const r = peutOrdreDeMission(de, evenement, favorable(acteur, evenement));
    expect(r).toMatchObject({ ok: false, code: "conflit" });
    expect(!r.ok && r.raison).toMatch(/^impossible (de |d').+ : l'ordre de mission /);
  });
});

describe("les gardes de l'ordre de mission : la sécurité et l'assurance avant la signature", () => {
  it.each([
    ["securite.niveauVigilance", "relevez le niveau de vigilance du pays (Conseils aux voyageurs de France Diplomatie)"],
    ["securite.vigilanceConsulteeLe", "indiquez quand les conseils aux voyageurs ont été consultés"],
    ["securite.inscriptionAriane", "inscrivez le voyageur sur Ariane (France Diplomatie)"],
    ["securite.assurance.assureur", "indiquez l'assureur qui couvre le voyageur"],
  ])("soumettre et signer : sans %s, « %s »", (champ, message) => {
    const ordre = modifie(unOrdreDeMission(), champ);
    expect(peutOrdreDeMission("brouillon", "soumettre", par("rh", { ordre }))).toEqual({
      ok: false,
      code: "validation",
      raison: `l'ordre de mission ne peut être soumis à la signature : ${message}`,
      erreurs: [{ champ, message }],
    });
    expect(peutOrdreDeMission("a_signer", "signer", par("autorite", { ordre }))).toMatchObject({ ok: false, code: "validation", erreurs: [{ champ, message }] });
  });
  it("sans assurance rapatriement, ni Ariane décochée", () => {
    const ordre = modifie(modifie(unOrdreDeMission(), "securite.assurance.rapatriement", false), "securite.inscriptionAriane", false);
    expect(peutOrdreDeMission("brouillon", "soumettre", par("charge_ri", { ordre }))).toMatchObject({
      erreurs: [
        { champ: "securite.inscriptionAriane", message: "inscrivez le voyageur sur Ariane (France Diplomatie)" },
        { champ: "securite.assurance.rapatriement", message: "vérifiez que le voyageur est couvert par une assurance assistance et rapatriement" },
      ],
    });
  });
  it("une liste vide dit tout ce qui manque", () =>
    expect(verifierChecklistSecurite(lu(modifie(unOrdreDeMission(), "securite")), AUJOURDHUI).map((e) => e.champ)).toEqual([
      "securite.niveauVigilance",
      "securite.vigilanceConsulteeLe",
      "securite.inscriptionAriane",
      "securite.assurance.rapatriement",
      "securite.assurance.assureur",
    ]));
  it("les conseils aux voyageurs ne se consultent pas dans l'avenir", () =>
    expect(verifierChecklistSecurite(lu(modifie(unOrdreDeMission(), "securite.vigilanceConsulteeLe", "2026-03-17")), AUJOURDHUI)).toEqual([
      { champ: "securite.vigilanceConsulteeLe", message: "la date de consultation des conseils aux voyageurs est à venir" },
    ]));

  it("signer : avant le départ, le jour même encore", () => {
    expect(peutOrdreDeMission("a_signer", "signer", par("autorite", { aujourdhui: "2026-04-08" }))).toEqual({
      ok: false,
      code: "conflit",
      raison: "la mission est partie le 2026-04-07 : l'ordre de mission se signe avant le départ",
    });
    expect(peutOrdreDeMission("a_signer", "signer", par("autorite", { aujourdhui: "2026-04-07" }))).toMatchObject({ ok: true });
  });
  it.each([
    ["vigilance_normale", false],
    ["vigilance_renforcee", false],
    ["deconseille_sauf_raison_imperative", true],
    ["formellement_deconseille", true],
  ] as const)("signer vers un pays « %s » : raison impérative demandée : %s", (niveau, demandee) => {
    const ordre = modifie(unOrdreDeMission(), "securite.niveauVigilance", niveau);
    const r = peutOrdreDeMission("a_signer", "signer", par("autorite", { ordre }));
    if (demandee) {
      expect(r).toMatchObject({ ok: false, code: "validation", erreurs: [{ champ: "motif", message: expect.stringMatching(/indiquez la raison impérative de la mission$/) }] });
      expect(peutOrdreDeMission("a_signer", "signer", par("autorite", { ordre, motif: "Reconstruction après le séisme, à la demande de l'ambassade." }))).toMatchObject({ ok: true });
    } else expect(r).toMatchObject({ ok: true });
  });

  it("terminer : à partir du jour du retour", () => {
    expect(peutOrdreDeMission("signe", "terminer", par("agent", { aujourdhui: "2026-04-10" }))).toEqual({ ok: false, code: "conflit", raison: "le retour est prévu le 2026-04-11 : il ne peut être constaté avant" });
    expect(peutOrdreDeMission("signe", "terminer", par("agent", { aujourdhui: "2026-04-11" }))).toMatchObject({ ok: true, transition: { vers: "effectue" } });
  });
  it.each([
    ["renvoyer", "a_signer", "autorite"],
    ["annuler", "signe", "rh"],
  ] as const)("%s demande un motif", (evenement, de, acteur) => expect(peutOrdreDeMission(de, evenement, par(acteur))).toMatchObject({ ok: false, code: "validation", erreurs: [{ champ: "motif" }] }));
});

describe("les prochaines actions de l'ordre de mission", () => {
  it("la soumission est montrée bloquée tant que la liste n'est pas complète", () =>
    expect(evenementsPossiblesOrdreDeMission("brouillon", par("rh", { ordre: modifie(unOrdreDeMission(), "securite.inscriptionAriane") }))).toEqual([
      {
        evenement: "soumettre",
        vers: "a_signer",
        libelle: "soumettre l'ordre de mission à la signature",
        motifObligatoire: false,
        champs: [],
        bloquee: {
          ok: false,
          code: "validation",
          raison: "l'ordre de mission ne peut être soumis à la signature : inscrivez le voyageur sur Ariane (France Diplomatie)",
          erreurs: [{ champ: "securite.inscriptionAriane", message: "inscrivez le voyageur sur Ariane (France Diplomatie)" }],
        },
      },
      { evenement: "annuler", vers: "annule", libelle: "annuler l'ordre de mission", motifObligatoire: true, champs: [], facultative: true },
    ]));
  it("l'autorité signe ou renvoie", () => expect(evenementsPossiblesOrdreDeMission("a_signer", par("autorite")).map((e) => e.evenement)).toEqual(["renvoyer", "signer", "annuler"]));
});

describe("l'ordre de mission : ses données", () => {
  it("un ordre complet est lu, le code pays en capitales", () => expect(lu(modifie(unOrdreDeMission(), "destination.pays", "sn")).destination.pays).toBe("SN"));
  it("la liste de sécurité peut manquer au brouillon", () => expect(lu(modifie(unOrdreDeMission(), "securite")).securite).toEqual({}));

  it.each([
    ["agent.nom", "le nom de l'agent : du texte est attendu"],
    ["cadre", "cadre inconnu ; cadres possibles : cooperation_decentralisee, expe_ct, operateur"],
    ["objet", "l'objet de la mission : du texte est attendu"],
    ["destination.pays", "code de pays ISO 3166 attendu (SN, MA…)"],
    ["destination.ville", "la ville de destination : du texte est attendu"],
    ["depart", "le départ : une date AAAA-MM-JJ qui existe est attendue"],
    ["retour", "le retour : une date AAAA-MM-JJ qui existe est attendue"],
    ["transport.modes", "les modes de transport sont une liste"],
  ])("%s manquant : « %s »", (champ, message) => {
    const r = lireOrdreDeMission(modifie(unOrdreDeMission(), champ));
    expect(r.ok ? [] : r.erreurs).toEqual([{ champ, message }]);
  });
  it.each([
    ["destination.pays", "XX", "destination.pays", "code de pays ISO 3166 inconnu (SN, MA…)"],
    ["retour", "2026-04-06", "retour", "le retour précède le départ"],
    ["transport.modes", [], "transport.modes", "indiquez au moins un mode de transport"],
    ["transport.modes", ["avion", "avion"], "transport.modes", "chaque mode de transport une fois"],
    ["transport.modes", ["fusee"], "transport.modes.0", "mode de transport inconnu ; modes possibles : avion, train, vehicule_de_service, vehicule_personnel, transports_en_commun, autre"],
    ["securite.niveauVigilance", "violet", "securite.niveauVigilance", "niveau de vigilance inconnu ; niveaux possibles : vigilance_normale, vigilance_renforcee, deconseille_sauf_raison_imperative, formellement_deconseille"],
  ])("%s = %j : %s « %s »", (chemin, valeur, champ, message) => {
    const r = lireOrdreDeMission(modifie(unOrdreDeMission(), chemin, valeur));
    expect(r.ok ? [] : r.erreurs).toContainEqual({ champ, message });
  });
  it("X2 : une mission EXPE-CT dure sept jours au plus, voyage compris", () => {
    const expect_ct = modifie(unOrdreDeMission(), "cadre", "expe_ct");
    expect(lireOrdreDeMission(modifie(expect_ct, "retour", "2026-04-13")).ok).toBe(true);
    expect(lireOrdreDeMission(modifie(expect_ct, "retour", "2026-04-14"))).toEqual({ ok: false, erreurs: [{ champ: "retour", message: "X2 : une mission EXPE-CT dure 7 jours au plus, voyage compris" }] });
    expect(lireOrdreDeMission(modifie(unOrdreDeMission(), "retour", "2026-04-14")).ok).toBe(true);
  });
});

describe("l'échéance de l'ordre de mission", () => {
  it.each([
    ["2026-03-30", "a_venir"],
    ["2026-03-31", "proche"],
    ["2026-04-07", "proche"],
    ["2026-04-08", "depassee"],
  ])("signé avant le départ, vu le %s : %s", (aujourdhui, niveau) =>
    expect(echeancesOrdreDeMission({ etat: "a_signer", ordre: lu() }, aujourdhui)).toEqual([
      { code: "signature_ordre_de_mission", libelle: "Signature de l'ordre de mission, sécurité et assurance vérifiées, avant le départ", date: "2026-04-07", niveau, source: "T0 — note d'information du MEAE, II-A-1" },
    ]));
  it("plus rien une fois signé", () => expect(echeancesOrdreDeMission({ etat: "signe", ordre: lu() }, AUJOURDHUI)).toEqual([]));
});
