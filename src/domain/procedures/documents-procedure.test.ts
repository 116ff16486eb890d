/**
 * The documents of a case, rendered by the document engine from the complete example cases of
 * constructeurs.ts, their follow-up written by the procedures' own events, the parties and the
 * inputs: every template renders in PDF and DOCX and reads back the agent, the host, a date in
 * French; a value missing from the case is refused naming the template's field; every field of
 * every template is reached by the mapping, and no other.
 */
import { describe, expect, it } from "vitest";
// The test checks the mapping against the engine itself; the domain code never imports it.
// eslint-disable-next-line no-restricted-imports
import { type Format, lireModele, listerModeles, nomsDesModeles, rendre } from "../../documents";
// eslint-disable-next-line no-restricted-imports
import { aplatir, lireDocx, lirePdf } from "../../documents/lecture-de-test";
import type { ActeurProcedure } from "./acteurs";
import { TYPES_PROCEDURE, type TypeProcedure } from "./choix-instrument";
import { modifie, uneConventionMad, uneConventionPartenariat, uneDemandeCumul, unOrdreDeMission } from "./constructeurs";
import { type DocumentProcedure, DOCUMENTS_PROCEDURE, documentsDisponibles, type PartiesDocument } from "./documents-procedure";
import type { Dossier, Saisie } from "./dossier";
import { DOSSIERS } from "./dossiers";

const GENERE_LE = "2026-03-20";

const PARTIES: PartiesDocument = {
  employeur: { nom: "la Métropole de Lyon" },
  accueil: { nom: "le ministère des Collectivités territoriales du Sénégal" },
  operateur: { nom: "Expertise France" },
  agent: { prenom: "Camille", nom: "Martin" },
};

/** The inputs every document may ask, flat as a form sends them. */
const SAISIE: Saisie = {
  "autorite.qualite": "Le Président de la Métropole de Lyon",
  "autorite.nom": "M. Paul Durand",
  "agent.civilite": "Mme",
  "tribunal.nom": "tribunal administratif de Lyon",
  "signature.lieu": "Lyon",
  "signature.date": "2026-03-20",
  "collectivite.representant.nom": "M. Paul Durand",
  "collectivite.representant.qualite": "Président de la Métropole de Lyon",
  "organismeAccueil.representant.nom": "M. Abdou Ndiaye",
  "organismeAccueil.representant.qualite": "directeur des services techniques",
  "operateur.representant.qualite": "directeur général",
  "collectivite.designation": "la Métropole",
  "operateur.designation": "l'opérateur",
  presentationParties: "La Métropole de Lyon coopère depuis 2015 avec la ville de Thiès.\nExpertise France met en œuvre le programme pour le compte de l'Union européenne.",
  "projet.documentContractuel": "le cadre logique annexé à la convention de financement",
  "modalites.expertiseInterne": "le diagnostic et la formation, soit 3 experts et 60 jours-experts",
  "modalites.outilsNumeriques": "la plateforme de formation en ligne de la Métropole",
  "mobilisation.missionsCourtesSurTempsDeService": true,
  clausesDuBailleur: false,
  "securite.correspondant": "M. Jean Petit, direction des relations internationales, 04 78 00 00 01",
};

// ——— The case, brought to a state by its procedure's own events ———

type Etape = { evenement: string; acteur: ActeurProcedure; le: string; saisie?: Saisie; motif?: string };

/** What the service does, event after event: the table's answer, then the effects recorded. */
function parcourir(type: TypeProcedure, depart: Dossier, etapes: readonly Etape[]): Dossier {
  const def = DOSSIERS[type];
  return etapes.reduce((d, e) => {
    const saisie = e.saisie ?? {};
    const r = def.peut(d.etat, e.evenement, def.contexte(d, { acteurs: [e.acteur], aujourdhui: e.le, ...(e.motif ? { motif: e.motif } : {}) }, saisie));
    if (!r.ok) throw new Error(`${type} : ${e.evenement} refusé en ${d.etat} — ${r.raison}`);
    const effets = def.effets(d, r.transition, saisie, e.le);
    return { etat: r.transition.vers, donnees: effets.donnees ?? d.donnees, suivi: effets.suivi ?? d.suivi };
  }, depart);
}

const dossier = (etat: string, donnees: object): Dossier => ({ etat, donnees: structuredClone(donnees) as Record<string, unknown>, suivi: {} });

const cumulDecide = (decision: "autoriser" | "refuser" = "autoriser", demande: object = uneDemandeCumul()) =>
  parcourir("cumul_activites", dossier("brouillon", demande), [
    { evenement: "deposer", acteur: "agent", le: "2026-03-11" },
    { evenement: "donnerAvis", acteur: "superieur", le: "2026-03-13", saisie: { avis: "favorable" } },
    decision === "autoriser"
      ? { evenement: "autoriser", acteur: "autorite", le: "2026-03-16" }
      : { evenement: "refuser", acteur: "autorite", le: "2026-03-16", motif: "La mission coïncide avec le renouvellement du marché de collecte.\nLe service ne peut se passer de son responsable en avril." },
  ]);

const madArretee = (convention: object = uneConventionMad()) =>
  parcourir("mise_a_disposition", dossier("projet", convention), [
    { evenement: "envoyerALAgent", acteur: "rh", le: "2025-11-20" },
    { evenement: "accepterParLAgent", acteur: "agent", le: "2025-11-24" },
    { evenement: "informerAssemblee", acteur: "rh", le: "2025-12-01", saisie: { dateInformationAssemblee: "2025-11-28" } },
    { evenement: "signerPourLEmployeur", acteur: "autorite", le: "2025-12-08" },
    { evenement: "signerPourLAccueil", acteur: "accueil", le: "2025-12-12" },
    { evenement: "prendreArrete", acteur: "autorite", le: "2025-12-15" },
  ]);

const partenariatEnVigueur = (convention: object = uneConventionPartenariat()) =>
  parcourir("convention_partenariat", dossier("projet", convention), [
    { evenement: "soumettre", acteur: "charge_ri", le: "2026-02-02" },
    { evenement: "signerPourLaCollectivite", acteur: "autorite", le: "2026-02-09" },
    { evenement: "signerPourLOperateur", acteur: "operateur", le: "2026-02-16" },
  ]);

/** The schema leaves the costs' cover optional while the order is drafted; the template states it. */
const ordreComplet = () => modifie(unOrdreDeMission(), "priseEnChargeFrais", "Transport et séjour à la charge de la Métropole de Lyon");
const ordreSigne = (ordre: object = ordreComplet()) =>
  parcourir("ordre_de_mission", dossier("brouillon", ordre), [
    { evenement: "soumettre", acteur: "rh", le: "2026-03-16" },
    { evenement: "signer", acteur: "autorite", le: "2026-03-18" },
  ]);

const documentDe = (modele: string): DocumentProcedure => {
  const doc = Object.values(DOCUMENTS_PROCEDURE)
    .flat()
    .find((x) => x.modele === modele);
  if (!doc) throw new Error(`aucun document ${modele}`);
  return doc;
};

/**
 * Each template with its complete case and the values its text must show: the agent, the host
 * (or the employer), a date written in French.
 */
const CAS: readonly { modele: string; dossier: () => Dossier; attendus: readonly string[] }[] = [
  { modele: "demande-cumul", dossier: () => cumulDecide(), attendus: ["Martin Camille", "Expertise France", "10 mars 2026", "du 7 avril 2026 au 14 avril 2026"] },
  { modele: "decision-cumul", dossier: () => cumulDecide(), attendus: ["Mme Camille Martin", "Expertise France", "la Métropole de Lyon", "11 mars 2026", "du 7 avril 2026 au 14 avril 2026"] },
  {
    modele: "convention-mise-a-disposition",
    dossier: () => madArretee(),
    attendus: ["Mme Camille Martin", "Ministère des collectivités territoriales du Sénégal", "28 novembre 2025", "1er janvier 2026", "six mois, jusqu’au 30 juin 2026 inclus", "800,00 €"],
  },
  {
    modele: "arrete-mise-a-disposition",
    dossier: () => madArretee(),
    attendus: ["Mme Camille Martin", "Ministère des collectivités territoriales du Sénégal", "conclue le 12 décembre 2025", "du 24 novembre 2025", "50 % de son temps de travail"],
  },
  { modele: "convention-partenariat", dossier: () => partenariatEnVigueur(), attendus: ["Métropole de Lyon", "Expertise France", "30 juin 2027", "Communes de Thiès, Mbour et Tivaouane"] },
  { modele: "annexe-financiere", dossier: () => partenariatEnVigueur(), attendus: ["Métropole de Lyon", "Expertise France", "signée le 16 février 2026", "45 000,00 €", "4 500,00 €", "9 000,00 €"] },
  { modele: "ordre-de-mission", dossier: () => ordreSigne(), attendus: ["Mme Camille Martin", "la Métropole de Lyon", "Sénégal", "le 7 avril 2026", "Vigilance renforcée (jaune)", "SMACL, contrat n° 123-456"] },
];

async function texteRendu(modele: string, donnees: unknown, format: Format): Promise<string> {
  const r = await rendre(modele, donnees, { format, genereLe: GENERE_LE });
  if (!r.ok) throw new Error(`${modele} : ${r.erreurs.map((e) => e.message).join(" ; ")}`);
  return aplatir(format === "pdf" ? (await lirePdf(r.octets)).texte : (await lireDocx(r.octets)).texte);
}

describe.each(CAS)("le document $modele", ({ modele, dossier: cas, attendus }) => {
  const doc = documentDe(modele);

  it.each(["pdf", "docx"] as const)("se rend en %s depuis le dossier complet, et dit l'agent, l'accueil, les dates en français", async (format) => {
    const d = cas();
    expect(doc.etats).toContain(d.etat);
    const texte = await texteRendu(modele, doc.donnees(d, PARTIES, SAISIE), format);
    for (const attendu of attendus) expect(texte, attendu).toContain(aplatir(attendu));
  }, 60_000);
});

describe("le projet de convention de mise à disposition", () => {
  it.each(["pdf", "docx"] as const)("se lit par l'agent avant son accord (%s) : titré projet, sans l'information de l'assemblée ni son avis, qui viennent après", async (format) => {
    const soumise = parcourir("mise_a_disposition", dossier("projet", uneConventionMad()), [{ evenement: "envoyerALAgent", acteur: "rh", le: "2025-11-20" }]);
    const doc = documentDe("convention-mise-a-disposition");
    expect(doc.etats).toContain(soumise.etat);
    const texte = await texteRendu("convention-mise-a-disposition", doc.donnees(soumise, PARTIES, SAISIE), format);
    expect(texte).toContain(aplatir("Projet de convention de mise à disposition de Mme Camille Martin"));
    expect(texte).toContain(aplatir("Projet transmis à Mme Camille Martin pour son accord écrit"));
    expect(texte).toContain(aplatir("Vu le décret n° 2008-580 du 18 juin 2008"));
    // The text is set with typographic apostrophes.
    expect(texte).not.toContain(aplatir("Vu l’information faite"));
    expect(texte).not.toContain(aplatir("Considérant l’avis favorable"));
    // Once the assembly is informed, the convention itself, with both visas.
    const arretee = await texteRendu("convention-mise-a-disposition", doc.donnees(madArretee(), PARTIES, SAISIE), format);
    expect(arretee).not.toContain("Projet de convention de mise");
    expect(arretee).toContain(aplatir("Vu l’information faite à l’organe délibérant le 28 novembre 2025"));
    expect(arretee).toContain(aplatir("Considérant l’avis favorable donné par Mme Camille Martin"));
  }, 60_000);
});

describe("une mise à disposition gratuite", () => {
  it.each(["pdf", "docx"] as const)("dit à l'article 7 la dérogation et sa justification, au lieu du remboursement (%s)", async (format) => {
    const justification = "mise à disposition auprès d'un État étranger, que la loi exempte du remboursement";
    const gratuite = madArretee(modifie(uneConventionMad(), "remboursement", { gratuite: true, justificationGratuite: justification }));
    const texte = await texteRendu("convention-mise-a-disposition", documentDe("convention-mise-a-disposition").donnees(gratuite, PARTIES, SAISIE), format);
    expect(texte).toContain(aplatir("ne donne pas lieu à remboursement par l’organisme d’accueil"));
    expect(texte).toContain(aplatir(justification.replace("'", "’")));
    expect(texte).not.toContain(aplatir("L’organisme d’accueil rembourse à l’employeur"));
    const remboursee = await texteRendu("convention-mise-a-disposition", documentDe("convention-mise-a-disposition").donnees(madArretee(), PARTIES, SAISIE), format);
    expect(remboursee).toContain(aplatir("L’organisme d’accueil rembourse à l’employeur"));
  }, 60_000);
});

describe("la convention de partenariat", () => {
  it("se rend de ses seuls termes, que les deux parties signent : rien de l'exposé, des experts ni des clauses n'est demandé à la génération", async () => {
    const termes = ["presentationParties", "projet.documentContractuel", "modalites.expertiseInterne", "modalites.outilsNumeriques", "mobilisation.missionsCourtesSurTempsDeService", "clausesDuBailleur"];
    const saisie = Object.fromEntries(Object.entries(SAISIE).filter(([k]) => !termes.includes(k)));
    const texte = await texteRendu("convention-partenariat", documentDe("convention-partenariat").donnees(partenariatEnVigueur(), PARTIES, saisie), "pdf");
    expect(texte).toContain(aplatir("La Métropole de Lyon coopère depuis 2015 avec la ville de Thiès."));
    expect(texte).toContain(aplatir("le cadre logique annexé à la convention de financement"));
    expect(texte).toContain(aplatir("soit 3 experts et 60 jours-experts"));
    for (const champ of documentDe("convention-partenariat").champsSaisis!.filter((c) => termes.includes(c.champ))) expect(champ.facultatif, champ.champ).toBe(true);
  }, 60_000);
});

describe("un dossier incomplet", () => {
  /** The engine's answer: the fields it names, for both formats alike. */
  async function champsManquants(modele: string, d: Dossier, saisie: Saisie = SAISIE): Promise<string[]> {
    const champs = await Promise.all(
      (["pdf", "docx"] as const).map(async (format) => {
        const r = await rendre(modele, documentDe(modele).donnees(d, PARTIES, saisie), { format, genereLe: GENERE_LE });
        return r.ok ? [] : r.erreurs.map((e) => e.champ);
      }),
    );
    expect(champs[1]).toEqual(champs[0]);
    return champs[0]!;
  }
  const sans = (d: Dossier, chemin: string): Dossier => ({ ...d, donnees: modifie(d.donnees, chemin) });

  it.each([
    ["demande-cumul", () => sans(cumulDecide(), "expert.grade"), "agent.grade"],
    ["demande-cumul", () => sans(cumulDecide(), "activiteAccessoire.organisme.secteur"), "organisme.presentation"],
    ["decision-cumul", () => sans(cumulDecide(), "activiteAccessoire.nature"), "activite.nature"],
    ["convention-mise-a-disposition", () => sans(madArretee(), "accueil.affectation"), "mad.service"],
    ["arrete-mise-a-disposition", () => sans(madArretee(), "quotite"), "mad.quotite"],
    ["convention-partenariat", () => sans(partenariatEnVigueur(), "beneficiaire"), "projet.beneficiaires"],
    ["annexe-financiere", () => sans(partenariatEnVigueur(), "programme"), "projet.intitule"],
    ["ordre-de-mission", () => sans(ordreSigne(), "objet"), "mission.objet"],
  ])("%s : le champ du modèle qui manque est nommé, et rien n'est produit", async (modele, cas, champ) => {
    expect(await champsManquants(modele, cas())).toEqual([champ]);
  }, 60_000);

  it("sans les dates que les événements n'ont pas encore retenues, l'arrêté nomme les siennes", async () => {
    const d = madArretee();
    expect(await champsManquants("arrete-mise-a-disposition", { ...d, suivi: {} })).toEqual(["agent.dateAccord", "organeDeliberant.dateInformation", "convention.date"]);
  }, 60_000);

  it("une décision implicite de rejet n'a pas de décision écrite : le sens de la décision et ses motifs manquent", async () => {
    const d = cumulDecide();
    const implicite = { ...d, etat: "rejetee_implicitement", suivi: { ...d.suivi, decision: { sens: "rejet_implicite", le: "2026-04-12", motif: null } } };
    // Without a sense, the engine keeps the refusal's passage, which asks its grounds.
    expect(await champsManquants("decision-cumul", implicite)).toEqual(["decision.autorisation", "decision.motifs"]);
  }, 60_000);

  it("sans les saisies, le document nomme ce qu'il faut saisir ; la date de signature reste en blanc", async () => {
    const champs = await champsManquants("arrete-mise-a-disposition", madArretee(), {});
    expect(champs).toEqual(["autorite.qualite", "autorite.nom", "agent.civilite", "tribunal.nom", "signature.lieu"]);
    const saisis = documentDe("arrete-mise-a-disposition").champsSaisis!;
    expect(saisis.filter((c) => !c.facultatif).map((c) => c.champ)).toEqual(champs);
  }, 60_000);
});

describe("la correspondance entre le dossier et les modèles", () => {
  /** The paths of the values given, as the template names its fields: nested objects walked, a list a leaf. */
  function chemins(donnees: unknown, prefixe = ""): string[] {
    if (donnees === undefined) return [];
    if (typeof donnees !== "object" || donnees === null || Array.isArray(donnees)) return [prefixe];
    return Object.entries(donnees).flatMap(([cle, v]) => chemins(v, prefixe ? `${prefixe}.${cle}` : cle));
  }

  /** Each template's cases: the complete one, and the variants that take the other passages of its text. */
  const VARIANTES: Readonly<Record<string, readonly (() => Dossier)[]>> = {
    "demande-cumul": [
      () => cumulDecide(),
      () =>
        cumulDecide(
          "autoriser",
          modifie(
            modifie(modifie(uneDemandeCumul(), "activitePrincipale.quotite", "temps_partiel"), "activitePrincipale.quotitePourcentage", 80),
            "autresActivitesAccessoires",
            { exerce: true, description: "Enseignement à l'université Lyon 2, 20 heures par an" },
          ),
        ),
    ],
    "decision-cumul": [() => cumulDecide(), () => cumulDecide("refuser")],
    "convention-mise-a-disposition": [
      () => madArretee(),
      () => madArretee(modifie(uneConventionMad(), "remboursement", { gratuite: true, justificationGratuite: "l'organisme d'accueil est une administration d'un État étranger" })),
    ],
    "arrete-mise-a-disposition": [
      () => madArretee(),
      () => madArretee(modifie(uneConventionMad(), "remboursement", { gratuite: true, justificationGratuite: "l'organisme d'accueil est une administration d'un État étranger" })),
    ],
    "convention-partenariat": [() => partenariatEnVigueur(modifie(uneConventionPartenariat(), "modalites", "Les experts accueillent des techniciens de Thiès en immersion à Lyon."))],
    "annexe-financiere": [() => partenariatEnVigueur()],
    "ordre-de-mission": [() => ordreSigne()],
  };

  it.each(nomsDesModeles())("chaque champ du modèle %s est atteint, et aucun autre", (nom) => {
    const doc = documentDe(nom);
    const atteints = new Set(VARIANTES[nom]!.flatMap((cas) => chemins(doc.donnees(cas(), PARTIES, SAISIE))));
    expect([...atteints].sort()).toEqual(
      lireModele(nom)
        .champs.map((c) => c.chemin)
        .sort(),
    );
  });

  it("chaque saisie demandée remplit un champ du modèle", () => {
    for (const doc of Object.values(DOCUMENTS_PROCEDURE).flat()) {
      const champs = new Set(lireModele(doc.modele).champs.map((c) => c.chemin));
      for (const s of doc.champsSaisis ?? []) expect(champs.has(s.champ), `${doc.modele} : ${s.champ}`).toBe(true);
    }
  });

  it("lit une saisie imbriquée comme une saisie à plat", () => {
    const doc = documentDe("ordre-de-mission");
    const imbriquee = { autorite: { qualite: "Le Président", nom: "M. Paul Durand" }, agent: { civilite: "Mme" } };
    expect(doc.donnees(ordreSigne(), PARTIES, imbriquee)).toMatchObject(imbriquee);
  });

  it("préfère les noms du dossier, tels que l'agent et les parties les ont arrêtés, à ceux de la base", () => {
    const convention = documentDe("convention-mise-a-disposition").donnees(madArretee(), PARTIES, SAISIE);
    expect(convention).toMatchObject({
      collectivite: { nom: "Métropole de Lyon", representant: { nom: "Le président", qualite: "Président" } },
      organismeAccueil: { nom: "Ministère des collectivités territoriales du Sénégal", representant: { nom: "M. Abdou Ndiaye" } },
    });
    // The cumul request does not name the employer: the database does.
    expect(documentDe("decision-cumul").donnees(cumulDecide(), PARTIES, SAISIE)).toMatchObject({ collectivite: { nom: "la Métropole de Lyon" } });
  });

  it("après un avenant, la convention et l'arrêté restent ceux des termes signés", () => {
    const renouvelee = modifie(modifie(uneConventionMad(), "debutPeriode", "2026-07-01"), "dateFin", "2027-06-30");
    const active = parcourir("mise_a_disposition", madArretee(), [{ evenement: "activer", acteur: "rh", le: "2026-01-05" }]);
    const apres = parcourir("mise_a_disposition", active, [
      { evenement: "modifierParAvenant", acteur: "rh", le: "2026-05-04", saisie: { convention: renouvelee }, motif: "Renouvellement" },
      { evenement: "accepterAvenant", acteur: "agent", le: "2026-05-11" },
      { evenement: "prendreArreteAvenant", acteur: "autorite", le: "2026-05-18" },
    ]);
    expect(apres.donnees.dateFin).toBe("2027-06-30");
    for (const modele of ["convention-mise-a-disposition", "arrete-mise-a-disposition"]) {
      expect(documentDe(modele).donnees(apres, PARTIES, SAISIE), modele).toMatchObject({ mad: { duree: "six mois, jusqu'au 30 juin 2026 inclus" } });
    }
  });

  it("après des avenants de la convention de partenariat, la convention et son annexe restent celles signées", () => {
    const prolongee = modifie(modifie(uneConventionPartenariat(), "dateFin", "2028-06-30"), "programme", "Programme prolongé");
    const apres = parcourir("convention_partenariat", partenariatEnVigueur(), [
      // An avenant on a point the case does not hold, then one that changes the terms.
      { evenement: "modifierParAvenant", acteur: "charge_ri", le: "2026-04-01", motif: "Changement de correspondant sécurité" },
      { evenement: "modifierParAvenant", acteur: "operateur", le: "2026-05-04", saisie: { convention: prolongee }, motif: "Prolongation d'un an" },
    ]);
    expect(apres.donnees).toMatchObject({ dateFin: "2028-06-30", programme: "Programme prolongé" });
    for (const modele of ["convention-partenariat", "annexe-financiere"]) {
      expect(documentDe(modele).donnees(apres, PARTIES, SAISIE), modele).toMatchObject({ projet: { intitule: "Programme d'appui à la gestion des déchets au Sénégal" } });
    }
    expect(documentDe("convention-partenariat").donnees(apres, PARTIES, SAISIE)).toMatchObject({ projet: { dateAchevement: "2027-06-30" } });
  });

  it("écrit une durée qui n'est pas faite de mois entiers en jours", () => {
    const d = madArretee(modifie(uneConventionMad(), "dateFin", "2026-06-15"));
    expect(documentDe("arrete-mise-a-disposition").donnees(d, PARTIES, SAISIE)).toMatchObject({ mad: { duree: "166 jours, jusqu'au 15 juin 2026 inclus" } });
  });
});

describe("les documents disponibles", () => {
  it("couvrent chaque modèle une fois, dans des états qui existent", () => {
    const modeles = Object.values(DOCUMENTS_PROCEDURE)
      .flat()
      .map((d) => d.modele);
    expect([...modeles].sort()).toEqual(listerModeles().map((m) => m.nom));
    for (const type of TYPES_PROCEDURE) {
      for (const doc of DOCUMENTS_PROCEDURE[type]) for (const etat of doc.etats) expect(DOSSIERS[type].etats, `${doc.modele} : ${etat}`).toContain(etat);
    }
  });

  it("suivent l'état du dossier", () => {
    const modeles = (type: TypeProcedure, etat: string) => documentsDisponibles(type, etat).map((d) => d.modele);
    expect(modeles("cumul_activites", "brouillon")).toEqual([]);
    expect(modeles("cumul_activites", "avis_donne")).toEqual(["demande-cumul"]);
    expect(modeles("cumul_activites", "autorisee")).toEqual(["demande-cumul", "decision-cumul"]);
    expect(modeles("cumul_activites", "refusee")).toEqual(["demande-cumul", "decision-cumul"]);
    expect(modeles("cumul_activites", "rejetee_implicitement")).toEqual(["demande-cumul"]);
    expect(modeles("mise_a_disposition", "soumise_a_l_agent")).toEqual(["convention-mise-a-disposition"]);
    expect(modeles("mise_a_disposition", "abandonnee")).toEqual([]);
    expect(modeles("mise_a_disposition", "assemblee_informee")).toEqual(["convention-mise-a-disposition"]);
    expect(modeles("mise_a_disposition", "signee")).toEqual(["convention-mise-a-disposition", "arrete-mise-a-disposition"]);
    expect(modeles("convention_partenariat", "projet")).toEqual([]);
    expect(modeles("convention_partenariat", "soumise")).toEqual(["convention-partenariat", "annexe-financiere"]);
    expect(modeles("ordre_de_mission", "brouillon")).toEqual([]);
    expect(modeles("ordre_de_mission", "a_signer")).toEqual(["ordre-de-mission"]);
    for (const etat of DOSSIERS.detachement.etats) expect(modeles("detachement", etat)).toEqual([]);
  });
});
