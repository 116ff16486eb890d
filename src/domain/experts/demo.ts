/**
 * Realistic synthetic profiles, from a seeded generator: the demo's pool (2,000 agents over the demo
 * collectivités) and the search benchmark's (any number). French names, positions in plausible
 * proportions, domains of the thesaurus, languages and countries of French cooperation, consent
 * at every level, some stale profiles, some retirees.
 */
import type { Aleatoire } from "../shared";
import { indexer } from "./indexation";
import type { Profil } from "./profil";
import { DOMAINES, NIVEAUX_CECRL, NIVEAUX_EXPERTISE } from "./referentiels";
import type { Visibilite } from "./visibilite";

const PRENOMS = [
  "Marie", "Jean", "Nathalie", "Pierre", "Isabelle", "Michel", "Sylvie", "Philippe", "Catherine", "Alain", "Sophie", "Nicolas", "Christine", "Laurent",
  "Valérie", "Stéphane", "Sandrine", "Olivier", "Céline", "Frédéric", "Aurélie", "Julien", "Émilie", "Thomas", "Camille", "Antoine", "Léa", "Mathieu",
  "Claire", "Sébastien", "Hélène", "François", "Anne", "Éric", "Fatima", "Mohamed", "Aïcha", "Karim", "Yasmine", "Mamadou", "Awa", "Moussa", "Nadia",
  "Rachid", "Inès", "Hugo", "Chloé", "Lucas", "Manon", "Théo", "Océane", "Maxime", "Pauline", "Romain", "Élodie", "Guillaume", "Margaux", "Benoît",
  "Agnès", "Thierry", "Patricia", "Didier", "Brigitte", "Gérard", "Martine", "Yannick", "Solène", "Gaëtan", "Loïc", "Maëlle", "Noémie", "Jérôme",
];
const NOMS = [
  "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau", "Laurent", "Simon", "Michel", "Lefèvre", "Leroy", "Roux",
  "David", "Bertrand", "Morel", "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Muller", "Faure", "André",
  "Mercier", "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier", "François", "Legrand", "Gauthier", "Garcia", "Perrin", "Robin", "Clément", "Morin",
  "Nicolas", "Henry", "Roussel", "Mathieu", "Gautier", "Masson", "Marchand", "Duval", "Denis", "Dumont", "Marie", "Lemaire", "Noël", "Meyer", "Dufour",
  "Meunier", "Brun", "Blanchard", "Giraud", "Joly", "Rivière", "Lucas", "Brunet", "Gaillard", "Barbier", "Arnaud", "Martinez", "Gérard", "Roche",
  "Benali", "Diallo", "Traoré", "Nguyen", "Haddad", "Ndiaye", "Cissé", "Mendy", "Camara", "Kone", "Le Gall", "Le Goff", "Kerbrat", "Étienne",
];
const METIERS: [metier: string, grade: string, cadre: string, categorie: "A" | "B" | "C"][] = [
  ["Ingénieur·e eau et assainissement", "Ingénieur principal", "Ingénieurs territoriaux", "A"],
  ["Responsable de la collecte des déchets", "Technicien principal de 1re classe", "Techniciens territoriaux", "B"],
  ["Chargé·e de mission coopération internationale", "Attaché principal", "Attachés territoriaux", "A"],
  ["Directeur·rice des finances", "Attaché hors classe", "Attachés territoriaux", "A"],
  ["Urbaniste", "Ingénieur", "Ingénieurs territoriaux", "A"],
  ["Officier·ère d'état civil", "Rédacteur principal de 2e classe", "Rédacteurs territoriaux", "B"],
  ["Responsable de la sécurité civile", "Ingénieur principal", "Ingénieurs territoriaux", "A"],
  ["Chef·fe de projet ville intelligente", "Ingénieur", "Ingénieurs territoriaux", "A"],
  ["Conservateur·rice du patrimoine", "Conservateur en chef", "Conservateurs territoriaux du patrimoine", "A"],
  ["Responsable des espaces verts", "Technicien", "Techniciens territoriaux", "B"],
  ["Chargé·e de mobilité", "Ingénieur", "Ingénieurs territoriaux", "A"],
  ["Contrôleur·se de gestion", "Attaché", "Attachés territoriaux", "A"],
  ["Agent·e de maîtrise voirie", "Agent de maîtrise principal", "Agents de maîtrise territoriaux", "C"],
  ["Développeur·se économique", "Attaché", "Attachés territoriaux", "A"],
  ["Responsable des systèmes d'information", "Ingénieur principal", "Ingénieurs territoriaux", "A"],
  ["Travailleur·se social·e", "Assistant socio-éducatif", "Assistants territoriaux socio-éducatifs", "A"],
  ["Directeur·rice général·e des services", "Administrateur", "Administrateurs territoriaux", "A"],
  ["Responsable des marchés publics", "Rédacteur principal de 1re classe", "Rédacteurs territoriaux", "B"],
];
/** Languages with their weight, and the usual spread of levels. */
const LANGUES: [string, number][] = [["en", 60], ["es", 20], ["ar", 10], ["pt", 6], ["de", 8], ["it", 5], ["wo", 2], ["vi", 1], ["ru", 2], ["zh", 1], ["sw", 1], ["mg", 1]];
const PAYS: [string, number][] = [
  ["SN", 12], ["MA", 12], ["TN", 9], ["BJ", 7], ["CI", 7], ["MG", 6], ["CM", 5], ["BF", 5], ["ML", 4], ["VN", 4], ["LB", 5], ["HT", 4], ["DZ", 4],
  ["NE", 3], ["TG", 3], ["GN", 3], ["MR", 3], ["CD", 3], ["AM", 2], ["UA", 2], ["PS", 2], ["KH", 2], ["LA", 1], ["BR", 2], ["CO", 1], ["RO", 2],
  ["PL", 1], ["CA", 2], ["JO", 1], ["EG", 1],
];

/**
 * Regions of the countries most drawn, as they are named in French: the ISO 3166-2 code where it
 * is certain (none for the regions of Madagascar, which the standard does not list).
 */
const REGIONS: Record<string, [nom: string, code?: string][]> = {
  SN: [["Dakar", "SN-DK"], ["Thiès", "SN-TH"], ["Saint-Louis", "SN-SL"], ["Ziguinchor", "SN-ZG"]],
  MA: [["Souss-Massa", "MA-09"], ["Rabat-Salé-Kénitra", "MA-04"], ["Casablanca-Settat", "MA-06"], ["Marrakech-Safi", "MA-07"]],
  TN: [["Tunis", "TN-11"], ["Sousse", "TN-51"], ["Sfax", "TN-61"]],
  BJ: [["Littoral", "BJ-LI"], ["Atlantique", "BJ-AQ"], ["Ouémé", "BJ-OU"]],
  CI: [["Abidjan", "CI-AB"], ["Yamoussoukro", "CI-YM"]],
  MG: [["Atsinanana"], ["Analamanga"], ["Boeny"]],
  CM: [["Littoral", "CM-LT"], ["Centre", "CM-CE"]],
  VN: [["Hanoï", "VN-HN"], ["Hô Chi Minh-Ville", "VN-SG"], ["Da Nang", "VN-DN"]],
  LB: [["Beyrouth", "LB-BA"], ["Mont-Liban", "LB-JL"]],
  ML: [["Bamako", "ML-BKO"]],
};
const PAYS_AVEC_REGIONS = PAYS.filter(([code]) => REGIONS[code] !== undefined);

/**
 * One to three regions of one country, for a third of the profiles: mostly a country of the profile,
 * sometimes another one (found by a search of that country all the same, see indexation.ts).
 */
function tirerRegions(alea: Aleatoire, pays: readonly string[]): Profil["regions"] {
  if (alea.suivant() >= 1 / 3) return [];
  const code = pays.find((p) => REGIONS[p] !== undefined) ?? pondere(alea, PAYS_AVEC_REGIONS);
  const regions = REGIONS[code]!;
  return alea.echantillon(regions, alea.entier(1, Math.min(3, regions.length))).map(([nom, iso]) => (iso ? { pays: code, nom, code: iso } : { pays: code, nom }));
}

export type ProfilGenere = {
  profil: Profil;
  visibilite: Visibilite;
  maintienApresRetraite: boolean;
  /** How long ago the profile was last confirmed, in days. */
  joursDepuisConfirmation: number;
};

/** A generated profile as the bulk insert takes it (demo data, benchmarks). */
export const aInserer = (g: ProfilGenere, maintenant = Date.now()) => ({
  profil: g.profil,
  indexation: indexer(g.profil),
  visibilite: g.visibilite,
  maintienApresRetraite: g.maintienApresRetraite,
  confirmeLe: new Date(maintenant - g.joursDepuisConfirmation * 86_400_000),
});

const pondere = <T>(alea: Aleatoire, choix: readonly [T, number][]): T => {
  const total = choix.reduce((s, [, p]) => s + p, 0);
  let r = alea.suivant() * total;
  for (const [v, p] of choix) if ((r -= p) < 0) return v;
  return choix[choix.length - 1]![0];
};
const sansAccents = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z]+/g, "");
const dateIso = (annee: number, mois: number, jour: number) => `${annee}-${String(mois).padStart(2, "0")}-${String(jour).padStart(2, "0")}`;

/**
 * `nombre` profiles; `domaine` names the e-mail domain of the employer (unique per employer), and
 * `n0` the first agent number (profiles are numbered, so that e-mails stay unique).
 */
export function genererProfils(alea: Aleatoire, nombre: number, employeur: { domaine: string; n0?: number }, aujourdhui: string): ProfilGenere[] {
  const annee = Number(aujourdhui.slice(0, 4));
  return Array.from({ length: nombre }, (_, k) => {
    const numero = (employeur.n0 ?? 0) + k + 1;
    const prenom = alea.choisir(PRENOMS);
    const nom = alea.choisir(NOMS);
    const [metier, grade, cadreEmplois, categorie] = alea.choisir(METIERS);
    const position = pondere(alea, [["titulaire", 70], ["contractuel_cdi", 10], ["contractuel_cdd", 6], ["stagiaire", 3], ["retraite", 7], ["elu", 2], ["partenaire", 2]] as const);
    const naissance = position === "retraite" ? alea.entier(1952, 1962) : alea.entier(1962, 1999);
    const domaines = alea.echantillon(DOMAINES, alea.entier(1, 4)).map((d) => ({
      code: d.code,
      niveau: pondere(alea, [[NIVEAUX_EXPERTISE[0], 2], [NIVEAUX_EXPERTISE[1], 5], [NIVEAUX_EXPERTISE[2], 3]] as const),
      ...(alea.suivant() < 0.3 ? { precision: `${alea.entier(3, 20)} ans d'expérience, dont des missions à l'international` } : {}),
    }));
    const codesLangues = [...new Set(Array.from({ length: alea.entier(0, 3) }, () => pondere(alea, LANGUES)))];
    const pays = [...new Set(Array.from({ length: alea.entier(0, 4) }, () => pondere(alea, PAYS)))];
    const regions = tirerRegions(alea, pays);
    const missionsPassees = pays.slice(0, alea.entier(0, pays.length)).map((p) => ({
      intitule: `Appui à la collectivité partenaire : ${alea.choisir(domaines).code.toLowerCase().replace(/-/g, " ")}`,
      pays: p,
      annee: alea.entier(annee - 12, annee - 1),
      commanditaire: alea.choisir(["Expertise France", "DAECT (EXPE-CT)", "Coopération décentralisée", "Agence française de développement", "Union européenne"]),
    }));
    const debutDispo = alea.entier(0, 300);
    const disponibilites =
      alea.suivant() < 0.5
        ? [
            {
              debut: new Date(Date.parse(`${aujourdhui}T00:00:00Z`) + debutDispo * 86_400_000).toISOString().slice(0, 10),
              fin: new Date(Date.parse(`${aujourdhui}T00:00:00Z`) + (debutDispo + alea.entier(14, 240)) * 86_400_000).toISOString().slice(0, 10),
            },
          ]
        : [];
    const profil: Profil = {
      prenom,
      nom,
      courriel: `${sansAccents(prenom)}.${sansAccents(nom)}.${numero}@${employeur.domaine}`,
      telephone: `04 77 ${String(alea.entier(10, 99))} ${String(alea.entier(10, 99))} ${String(alea.entier(10, 99))}`,
      numeroAgent: `A${String(numero).padStart(6, "0")}`,
      position,
      grade: position === "elu" || position === "partenaire" ? undefined : grade,
      cadreEmplois: position === "elu" || position === "partenaire" ? undefined : cadreEmplois,
      categorie: position === "elu" || position === "partenaire" ? undefined : categorie,
      metier,
      domaines,
      langues: codesLangues.map((code) => ({ code, niveau: NIVEAUX_CECRL[alea.entier(1, 5)]! })),
      pays,
      regions,
      missionsPassees,
      disponibilites,
      joursParAn: alea.suivant() < 0.6 ? alea.entier(2, 40) : undefined,
      dateNaissance: dateIso(naissance, alea.entier(1, 12), alea.entier(1, 28)),
      dateRetraitePrevue: position === "retraite" ? undefined : dateIso(naissance + 64, alea.entier(1, 12), 1),
    };
    return {
      profil,
      visibilite: pondere(alea, [["employeur", 3], ["operateurs", 4], ["ministere", 3]] as const),
      // A retiree is in the pool only with their consent.
      maintienApresRetraite: position === "retraite" || alea.suivant() < 0.3,
      joursDepuisConfirmation: alea.entier(0, 600),
    };
  });
}

/** The demo agent's own profile (agent@demo.vivier.test, Saint-Étienne), claimed and shown to operators. */
export const PROFIL_DEMO_AGENT: Profil = {
  prenom: "Amina",
  nom: "Diallo",
  courriel: "agent@demo.vivier.test",
  telephone: "04 77 48 77 48",
  numeroAgent: "SE-004218",
  position: "titulaire",
  grade: "Ingénieur principal",
  cadreEmplois: "Ingénieurs territoriaux",
  categorie: "A",
  metier: "Ingénieure eau et assainissement",
  domaines: [
    { code: "EAU-POTABLE", niveau: "expert", precision: "Quinze ans à la régie des eaux de Saint-Étienne ; schéma directeur d'eau potable." },
    { code: "DECHETS-TRI", niveau: "confirme" },
  ],
  langues: [
    { code: "en", niveau: "C1" },
    { code: "wo", niveau: "B1" },
  ],
  pays: ["SN", "MA"],
  regions: [{ pays: "SN", nom: "Dakar", code: "SN-DK" }],
  missionsPassees: [{ intitule: "Diagnostic du réseau d'eau potable de la commune de Guédiawaye", pays: "SN", annee: 2024, commanditaire: "Expertise France" }],
  disponibilites: [],
  joursParAn: 10,
  dateNaissance: "1981-03-14",
  dateRetraitePrevue: "2045-04-01",
};
