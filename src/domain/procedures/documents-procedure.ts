/**
 * Which documents a procedure's case produces, and the data each template is filled with: the
 * case's data and follow-up (`Dossier`) are shaped by the procedures' schemas, the templates of
 * src/documents/modeles name their fields otherwise (`agent.nom`, `mad.dateDebut`…). The mapping
 * is here, pure; the service reads the organisations' names, asks the inputs the case does not
 * hold (the signatory, the tribunal, the place of signature…), renders and stores the file.
 *
 * Nothing is invented: a value the case, the parties or the inputs do not give is left out, and
 * the engine then refuses the document naming the template's field — never a blank or a
 * placeholder in a legal text. Where the template leaves a blank to write by hand (the date of
 * signature), it stays blank unless given.
 */
import { nomDuPays } from "../experts/import/valeurs";
import { LIBELLES_STATUT, type Statut } from "./champs";
import type { TypeProcedure } from "./choix-instrument";
import type { EtatConventionPartenariat } from "./convention-partenariat";
import type { NatureLigneFinanciere } from "./convention-partenariat-donnees";
import type { EtatCumul } from "./cumul";
import { dernierJourDePeriode, estDate, joursEntre } from "./dates";
import type { Dossier } from "./dossier";
import type { EtatMiseADisposition } from "./mise-a-disposition";
import type { EtatOrdreDeMission } from "./ordre-de-mission";
import { LIBELLES_MODE_TRANSPORT, LIBELLES_NIVEAU_VIGILANCE, type NiveauVigilance } from "./ordre-de-mission-donnees";

/** The organisations' and the agent's names as the database holds them, passed by the service. */
export type PartiesDocument = { employeur: { nom: string }; accueil?: { nom: string }; operateur?: { nom: string }; agent?: { prenom: string; nom: string } };

/** An input asked when generating: `champ` is the template's field it fills, and the key of the input (flat « autorite.nom » or nested). */
export type ChampSaisiDocument = {
  champ: string;
  libelle: string;
  /** The document is produced without it: the template leaves a blank to fill by hand, or the case or a default gives the value. */
  facultatif?: boolean;
};

export type DocumentProcedure = {
  /** The template's name in src/documents/modeles. */
  modele: string;
  libelle: string;
  /** States where generating it makes sense. */
  etats: readonly string[];
  /** Inputs asked when generating, not in the case (the arrêté's signatory, the tribunal, the place of signature…). */
  champsSaisis?: readonly ChampSaisiDocument[];
  /** The template's data, nested by its fields' paths (`{ agent: { nom } }`); a value missing from the case is left out. */
  donnees(d: Dossier, parties: PartiesDocument, saisie: Record<string, unknown>): Record<string, unknown>;
};

// ——— Reading the case, the parties and the inputs ———

const estObjet = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The value at a dotted path of stored JSON, undefined as soon as a step is missing. */
function en(source: unknown, chemin: string): unknown {
  let v = source;
  for (const partie of chemin.split(".")) {
    if (!estObjet(v)) return undefined;
    v = v[partie];
  }
  return v;
}

/** An input, sent flat as a form names its fields (« autorite.nom ») or nested. */
const saisi = (saisie: Record<string, unknown>, chemin: string): unknown => (Object.hasOwn(saisie, chemin) ? saisie[chemin] : en(saisie, chemin));

const present = (v: unknown) => v !== undefined && v !== null && !(typeof v === "string" && v.trim() === "");
/** The first value given: the case's own before a fallback. */
const premier = (...valeurs: unknown[]): unknown => valeurs.find(present);
/** The first yes-or-no given (false is an answer, not an absence). */
const premierBooleen = (...valeurs: unknown[]): unknown => valeurs.find((v) => typeof v === "boolean") ?? premier(...valeurs);

const chaine = (v: unknown): string | undefined => (typeof v === "string" && v.trim() ? v.trim() : undefined);
const nombre = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined);

/** A text typed one item a line (actions, activities) as the template's list: one bullet per line, without the typed bullet. */
function enListe(v: unknown): unknown {
  if (typeof v !== "string") return v;
  return v
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*(?:[-•*]|\d+[.)])\s+/, "").trim())
    .filter(Boolean);
}

const MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
/** « 1er janvier 2026 »: inside a composed text, where the engine cannot format the date itself. */
function dateEnLettres(iso: string): string {
  const [annee, mois, jour] = iso.split("-").map(Number) as [number, number, number];
  return `${jour === 1 ? "1er" : jour} ${MOIS[mois - 1]} ${annee}`;
}

const EN_MOTS = ["un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze"];
const compte = (n: number, singulier: string, pluriel: string) => `${EN_MOTS[n - 1] ?? n} ${n > 1 ? pluriel : singulier}`;

/**
 * « six mois, jusqu'au 30 juin 2026 inclus »: the duration the convention and the arrêté state,
 * computed from the case's dates the way the law counts a period (dates.ts), and the last day so
 * that the text cannot be read two ways.
 */
function dureeEnLettres(debut: unknown, fin: unknown): string | undefined {
  if (!estDate(debut) || !estDate(fin) || fin < debut) return undefined;
  const jusquau = `jusqu'au ${dateEnLettres(fin)} inclus`;
  // Three years is the legal maximum of a period (M4); an avenant may run longer in all, so search further.
  for (let mois = 1; mois <= 120; mois++) {
    const dernier = dernierJourDePeriode(debut, mois);
    if (dernier > fin) break;
    if (dernier === fin) return `${mois % 12 === 0 ? compte(mois / 12, "an", "ans") : compte(mois, "mois", "mois")}, ${jusquau}`;
  }
  return `${joursEntre(debut, fin) + 1} jours, ${jusquau}`;
}

/** The later of two recorded days: a convention is concluded by its second signature. */
function plusTardive(a: unknown, b: unknown): string | undefined {
  if (!estDate(a) || !estDate(b)) return undefined;
  return a > b ? a : b;
}

/** The agent's name: the case's, as agreed in its text, else the database's. */
const agentDe = (donnees: unknown, racine: string, parties: PartiesDocument) => ({
  prenom: premier(en(donnees, `${racine}.prenom`), parties.agent?.prenom),
  nom: premier(en(donnees, `${racine}.nom`), parties.agent?.nom),
});

const signature = (saisie: Record<string, unknown>) => ({ lieu: saisi(saisie, "signature.lieu"), date: saisi(saisie, "signature.date") });

// The inputs asked for several documents, worded once.
const AUTORITE: readonly ChampSaisiDocument[] = [
  { champ: "autorite.qualite", libelle: "Qualité de l'autorité territoriale qui signe, par exemple Le Maire de Saint-Étienne" },
  { champ: "autorite.nom", libelle: "Nom de l'autorité territoriale ou de son délégataire, avec sa civilité" },
];
const CIVILITE: ChampSaisiDocument = { champ: "agent.civilite", libelle: "Civilité de l'agent, M. ou Mme" };
const TRIBUNAL: ChampSaisiDocument = { champ: "tribunal.nom", libelle: "Tribunal administratif compétent, par exemple tribunal administratif de Lyon" };
const SIGNATURE: readonly ChampSaisiDocument[] = [
  { champ: "signature.lieu", libelle: "Lieu de signature" },
  { champ: "signature.date", libelle: "Date de signature (laissée en blanc pour être écrite à la main si absente)", facultatif: true },
];

// ——— Cumul d'activités: the request (annex 3) and the authority's decision ———

const DEMANDE_CUMUL: DocumentProcedure = {
  modele: "demande-cumul",
  libelle: "Demande d'autorisation de cumul d'activités (annexe 3)",
  // The request as deposited: before, the sworn statement may not be given yet; an abandoned one may never have been.
  etats: ["deposee", "avis_donne", "complement_demande", "autorisee", "refusee", "rejetee_implicitement", "retiree", "remplacee"] satisfies readonly EtatCumul[],
  donnees(d, parties) {
    const x = d.donnees;
    const accessoire = en(x, "activiteAccessoire");
    const quotite = en(x, "activitePrincipale.quotite");
    const pourcentage = nombre(en(x, "activitePrincipale.quotitePourcentage"));
    const natureOrganisme = chaine(en(accessoire, "organisme.nature"));
    const secteur = chaine(en(accessoire, "organisme.secteur"));
    const calendrier = chaine(en(accessoire, "dureePeriodiciteHoraires"));
    const debut = en(accessoire, "dateDebut");
    const fin = en(accessoire, "dateFin");
    return {
      agent: {
        ...agentDe(x, "expert", parties),
        grade: en(x, "expert.grade"),
        service: en(x, "expert.service"),
        adresseProfessionnelle: en(x, "expert.adresseProfessionnelle"),
        telephone: en(x, "expert.telephone"),
        courriel: en(x, "expert.courriel"),
      },
      activitePrincipale: {
        fonctions: en(x, "activitePrincipale.fonctions"),
        tempsComplet: quotite === "temps_complet" ? true : quotite === "temps_partiel" ? false : undefined,
        quotite: quotite === "temps_partiel" && pourcentage !== undefined ? `${pourcentage} %` : undefined,
      },
      activite: {
        description: en(accessoire, "description"),
        nature: en(accessoire, "nature"),
        // The template has no place of its own for the dates the request gives: they are the activity's duration.
        calendrier: calendrier && estDate(debut) && estDate(fin) ? `${calendrier} (du ${dateEnLettres(debut)} au ${dateEnLettres(fin)})` : undefined,
        remuneration: en(accessoire, "remuneration"),
        conditionsParticulieres: en(accessoire, "conditionsParticulieres"),
      },
      organisme: {
        nom: premier(en(accessoire, "organisme.identite"), parties.operateur?.nom, parties.accueil?.nom),
        presentation: natureOrganisme && secteur ? `${natureOrganisme} ; secteur d'activité : ${secteur}` : undefined,
      },
      autresActivites: { exercees: en(x, "autresActivitesAccessoires.exerce"), description: en(x, "autresActivitesAccessoires.description") },
      // The agent signs the request where and when they gave the sworn statement.
      signature: { lieu: en(x, "declarationSurLHonneur.faitA"), date: en(x, "declarationSurLHonneur.le") },
    };
  },
};

const SENS_AVIS_EN_LETTRES: Readonly<Record<string, string>> = { favorable: "favorable", defavorable: "défavorable" };

/** A refusal's reason, typed one ground a line, as the decision's list of grounds. */
const motifsDuRefus = (motif: unknown) => {
  const liste = enListe(motif);
  return Array.isArray(liste) && liste.length ? liste : undefined;
};

const DECISION_CUMUL: DocumentProcedure = {
  modele: "decision-cumul",
  libelle: "Décision sur la demande de cumul d'activités",
  // An express decision: a rejection by silence (C5) has none to write; a withdrawn or replaced authorisation was one.
  etats: ["autorisee", "refusee", "retiree", "remplacee"] satisfies readonly EtatCumul[],
  champsSaisis: [...AUTORITE, CIVILITE, TRIBUNAL, ...SIGNATURE],
  donnees(d, parties, saisie) {
    const x = d.donnees;
    const sens = en(d.suivi, "decision.sens");
    const autorisation = sens === "autorisation" ? true : sens === "refus" ? false : undefined;
    const sensAvis = en(d.suivi, "avis.sens");
    return {
      collectivite: { nom: parties.employeur.nom },
      autorite: { qualite: saisi(saisie, "autorite.qualite"), nom: saisi(saisie, "autorite.nom") },
      agent: { civilite: saisi(saisie, "agent.civilite"), ...agentDe(x, "expert", parties), grade: en(x, "expert.grade"), service: en(x, "expert.service") },
      // Deposited in Vivier: the authority received it that day, and its month runs from it (C5).
      demande: { date: en(d.suivi, "dateDepot") },
      avisSuperieur: { sens: typeof sensAvis === "string" ? (SENS_AVIS_EN_LETTRES[sensAvis] ?? sensAvis) : undefined, date: en(d.suivi, "avis.le") },
      organisme: { nom: premier(en(x, "activiteAccessoire.organisme.identite"), parties.operateur?.nom, parties.accueil?.nom) },
      activite: {
        nature: en(x, "activiteAccessoire.nature"),
        // Only an authorisation states the dates; a refusal states its grounds.
        dateDebut: autorisation ? en(x, "activiteAccessoire.dateDebut") : undefined,
        dateFin: autorisation ? en(x, "activiteAccessoire.dateFin") : undefined,
      },
      decision: { autorisation, motifs: autorisation === false ? motifsDuRefus(en(d.suivi, "decision.motif")) : undefined },
      tribunal: { nom: saisi(saisie, "tribunal.nom") },
      signature: signature(saisie),
    };
  },
};

// ——— Mise à disposition: the convention (annex 2) and the arrêté ———

/**
 * The terms the convention was signed and the arrêté taken on: an avenant replaces the data and
 * keeps the terms it replaced (dossiers/mise-a-disposition.ts, dossiers/convention-partenariat.ts),
 * so the first avenant that changed them holds the original ones. The avenant itself is another
 * act, with no template yet.
 */
function termesInitiaux(d: Dossier): Record<string, unknown> {
  const avenants: unknown[] = Array.isArray(d.suivi.avenants) ? d.suivi.avenants : [];
  const precedents = avenants.map((a) => en(a, "termesPrecedents")).find(estObjet);
  return precedents ?? d.donnees;
}

/** « agent titulaire de la commune… »: the convention's wording of the status (annex 2). */
const STATUT_DANS_LA_CONVENTION: Partial<Record<Statut, string>> = {
  titulaire: "titulaire",
  stagiaire: "stagiaire",
  contractuel_cdi: "contractuel à durée indéterminée",
  contractuel_cdd: "contractuel à durée déterminée",
};
const statutDe = (v: unknown, libelles: Partial<Record<Statut, string>>) => (typeof v === "string" ? libelles[v as Statut] : undefined);

/** The signatories: the convention's own when it names them, else asked when generating. */
const REPRESENTANTS_MAD: readonly ChampSaisiDocument[] = [
  { champ: "collectivite.representant.nom", libelle: "Représentant de l'employeur, avec sa civilité (si la convention ne le nomme pas)", facultatif: true },
  { champ: "collectivite.representant.qualite", libelle: "Titre ou fonctions du représentant de l'employeur (si la convention ne le dit pas)", facultatif: true },
  { champ: "organismeAccueil.representant.nom", libelle: "Représentant de l'organisme d'accueil, avec sa civilité (si la convention ne le nomme pas)", facultatif: true },
  {
    champ: "organismeAccueil.representant.qualite",
    libelle: "Titre ou fonctions du représentant de l'organisme d'accueil (si la convention ne le dit pas)",
    facultatif: true,
  },
];

/** The states where the convention is still a draft: drafted by HR, then before the agent for their written agreement. */
const PROJET_MAD: readonly EtatMiseADisposition[] = ["projet", "soumise_a_l_agent", "acceptee_par_l_agent"];
const SIGNEE_ET_APRES: readonly EtatMiseADisposition[] = ["signee", "arretee", "active", "avenant_soumis", "avenant_accepte", "terminee", "terminee_avant_terme"];

const CONVENTION_MAD: DocumentProcedure = {
  modele: "convention-mise-a-disposition",
  libelle: "Convention de mise à disposition (annexe 2)",
  // The agent agrees to the text before the assembly is informed (art. 9, M5): until then, the
  // draft they read (« Projet de convention »), without the visas of what has not happened yet.
  etats: [...PROJET_MAD, "assemblee_informee", "signee_par_l_employeur", "signee_par_l_accueil", ...SIGNEE_ET_APRES] satisfies readonly EtatMiseADisposition[],
  champsSaisis: [...REPRESENTANTS_MAD, CIVILITE, ...SIGNATURE],
  donnees(d, parties, saisie) {
    const x = termesInitiaux(d);
    return {
      projet: PROJET_MAD.includes(d.etat as EtatMiseADisposition),
      collectivite: {
        nom: premier(en(x, "employeur.nom"), parties.employeur.nom),
        representant: {
          nom: premier(en(x, "employeur.representant"), saisi(saisie, "collectivite.representant.nom")),
          qualite: premier(en(x, "employeur.qualite"), saisi(saisie, "collectivite.representant.qualite")),
        },
      },
      organismeAccueil: {
        nom: premier(en(x, "accueil.nom"), parties.accueil?.nom),
        representant: {
          nom: premier(en(x, "accueil.representant"), saisi(saisie, "organismeAccueil.representant.nom")),
          qualite: premier(en(x, "accueil.qualite"), saisi(saisie, "organismeAccueil.representant.qualite")),
        },
      },
      organeDeliberant: { dateInformation: en(d.suivi, "dateInformationAssemblee") },
      agent: {
        civilite: saisi(saisie, "agent.civilite"),
        ...agentDe(x, "agent", parties),
        statut: statutDe(en(x, "agent.statut"), STATUT_DANS_LA_CONVENTION),
        grade: en(x, "agent.grade"),
      },
      mad: {
        dateDebut: en(x, "dateDebut"),
        duree: dureeEnLettres(en(x, "dateDebut"), en(x, "dateFin")),
        service: en(x, "accueil.affectation"),
        // The case has one text for the activities (art. 3): what the agent is charged with, and the list of them.
        mission: en(x, "activites"),
        activites: enListe(en(x, "activites")),
        // Art. 7: the reimbursement, or the exemption the law allows and why (M3).
        gratuite: en(x, "remboursement.gratuite") === true,
        justificationGratuite: en(x, "remboursement.justificationGratuite"),
      },
      complement: { montant: en(x, "complementRemuneration") },
      signature: signature(saisie),
    };
  },
};

const ARRETE_MAD: DocumentProcedure = {
  modele: "arrete-mise-a-disposition",
  libelle: "Arrêté portant mise à disposition",
  // Taken once the convention is signed by both (the arrêté cites the day it was concluded).
  etats: SIGNEE_ET_APRES,
  champsSaisis: [...AUTORITE, CIVILITE, TRIBUNAL, ...SIGNATURE],
  donnees(d, parties, saisie) {
    const x = termesInitiaux(d);
    const gratuite = en(x, "remboursement.gratuite");
    const quotite = nombre(en(x, "quotite"));
    return {
      collectivite: { nom: premier(en(x, "employeur.nom"), parties.employeur.nom) },
      autorite: { qualite: saisi(saisie, "autorite.qualite"), nom: saisi(saisie, "autorite.nom") },
      agent: {
        civilite: saisi(saisie, "agent.civilite"),
        ...agentDe(x, "agent", parties),
        statut: statutDe(en(x, "agent.statut"), LIBELLES_STATUT),
        grade: en(x, "agent.grade"),
        dateAccord: en(d.suivi, "accordAgentLe"),
      },
      organismeAccueil: { nom: premier(en(x, "accueil.nom"), parties.accueil?.nom) },
      organeDeliberant: { dateInformation: en(d.suivi, "dateInformationAssemblee") },
      convention: { date: plusTardive(en(d.suivi, "signatureEmployeurLe"), en(d.suivi, "signatureAccueilLe")) },
      mad: {
        fonctions: en(x, "activites"),
        dateDebut: en(x, "dateDebut"),
        duree: dureeEnLettres(en(x, "dateDebut"), en(x, "dateFin")),
        quotite: quotite === undefined ? undefined : `${quotite} %`,
        remboursement: typeof gratuite === "boolean" ? !gratuite : undefined,
        // M3: the legal ground of a free mise à disposition, written in the arrêté.
        motifDerogation: gratuite === true ? en(x, "remboursement.justificationGratuite") : undefined,
      },
      tribunal: { nom: saisi(saisie, "tribunal.nom") },
      signature: signature(saisie),
    };
  },
};

// ——— Partnership convention (annex 1) and its financial annex ———

const SOUMISE_ET_APRES: readonly EtatConventionPartenariat[] = [
  "soumise",
  "signee_par_la_collectivite",
  "signee_par_l_operateur",
  "en_vigueur",
  "evaluee",
  "terminee",
  "resiliee",
];

const DESIGNATIONS: readonly ChampSaisiDocument[] = [
  { champ: "collectivite.designation", libelle: "Désignation de la collectivité dans la convention, par exemple la Région (par défaut, son intitulé)", facultatif: true },
];

/** « ci-après désigné(e) « la Région » »: the short name the parties chose, else the full one, which designates as well. */
const designation = (saisie: Record<string, unknown>, champ: string, nom: unknown) => premier(saisi(saisie, champ), nom);

const CONVENTION_PARTENARIAT: DocumentProcedure = {
  modele: "convention-partenariat",
  libelle: "Convention de partenariat avec l'opérateur (annexe 1)",
  etats: SOUMISE_ET_APRES,
  champsSaisis: [
    { champ: "collectivite.representant.nom", libelle: "Représentant de la collectivité, avec sa civilité (si la convention ne le nomme pas)", facultatif: true },
    { champ: "collectivite.representant.qualite", libelle: "Titre ou fonctions du représentant de la collectivité (si la convention ne le dit pas)", facultatif: true },
    ...DESIGNATIONS,
    { champ: "operateur.representant.nom", libelle: "Représentant de l'opérateur, avec sa civilité (si la convention ne le nomme pas)", facultatif: true },
    { champ: "operateur.representant.qualite", libelle: "Titre ou fonctions du représentant de l'opérateur (si la convention ne le dit pas)", facultatif: true },
    { champ: "operateur.designation", libelle: "Désignation de l'opérateur dans la convention (par défaut, son intitulé)", facultatif: true },
    // The terms below are the convention's data now; asked here only for a case recorded without them.
    { champ: "presentationParties", libelle: "Présentation des parties signataires (si la convention ne la donne pas)", facultatif: true },
    { champ: "projet.documentContractuel", libelle: "Document contractuel qui définit le projet (si la convention ne le dit pas)", facultatif: true },
    { champ: "modalites.expertiseInterne", libelle: "Actions confiées aux experts internes (si la convention ne les dit pas)", facultatif: true },
    { champ: "modalites.outilsNumeriques", libelle: "Outils numériques mis à disposition, en langue française (si la convention ne les dit pas)", facultatif: true },
    {
      champ: "mobilisation.missionsCourtesSurTempsDeService",
      libelle: "Missions courtes sur le temps de service, avec un ordre de mission (oui), ou en cumul d'activités (non) (si la convention ne le dit pas)",
      facultatif: true,
    },
    { champ: "clausesDuBailleur", libelle: "Propriété intellectuelle et communication régies par le contrat avec le bailleur, oui ou non (si la convention ne le dit pas)", facultatif: true },
    ...SIGNATURE,
  ],
  donnees(d, parties, saisie) {
    // The convention as signed: after an avenant, its first terms (the avenant is a text of its own).
    const x = termesInitiaux(d);
    const collectivite = premier(en(x, "collectivite.nom"), parties.employeur.nom);
    const operateur = premier(en(x, "operateur.nom"), parties.operateur?.nom);
    const lignes = en(x, "annexeFinanciere.lignes");
    return {
      collectivite: {
        nom: collectivite,
        representant: {
          nom: premier(en(x, "collectivite.representant"), saisi(saisie, "collectivite.representant.nom")),
          qualite: premier(en(x, "collectivite.qualite"), saisi(saisie, "collectivite.representant.qualite")),
        },
        designation: designation(saisie, "collectivite.designation", collectivite),
      },
      operateur: {
        nom: operateur,
        representant: {
          nom: premier(en(x, "operateur.representant"), saisi(saisie, "operateur.representant.nom")),
          qualite: premier(en(x, "operateur.qualite"), saisi(saisie, "operateur.representant.qualite")),
        },
        designation: designation(saisie, "operateur.designation", operateur),
      },
      presentationParties: premier(en(x, "presentationParties"), saisi(saisie, "presentationParties")),
      projet: {
        intitule: en(x, "programme"),
        beneficiaires: en(x, "beneficiaire"),
        documentContractuel: premier(en(x, "documentContractuel"), saisi(saisie, "projet.documentContractuel")),
        actions: enListe(en(x, "actions")),
        dateAchevement: en(x, "dateFin"),
      },
      modalites: {
        expertiseInterne: premier(en(x, "expertiseInterne"), saisi(saisie, "modalites.expertiseInterne")),
        outilsNumeriques: premier(en(x, "outilsNumeriques"), saisi(saisie, "modalites.outilsNumeriques")),
        // The case's technical terms of art. 3, besides the two the template names.
        autres: en(x, "modalites"),
      },
      mobilisation: {
        missionsCourtesSurTempsDeService: premierBooleen(en(x, "missionsCourtesSurTempsDeService"), saisi(saisie, "mobilisation.missionsCourtesSurTempsDeService")),
        // The case always carries its financial annex (at least the fees): art. 4 then refers to it.
        annexeFinanciere: Array.isArray(lignes) ? lignes.length > 0 : undefined,
      },
      comitePilotage: { reunionsParAn: en(x, "reunionsComiteParAn") },
      clausesDuBailleur: premierBooleen(en(x, "clausesDuBailleur"), saisi(saisie, "clausesDuBailleur")),
      signature: signature(saisie),
    };
  },
};

/**
 * The total of a nature of the annex's lines, summed in cents; undefined when a line does not
 * read (the total would be wrong). No line of a nature is none paid, except the fees, which the
 * annex must state, if only as 0 € (convention-partenariat-donnees.ts).
 */
function total(lignes: unknown, nature: NatureLigneFinanciere): number | undefined {
  if (!Array.isArray(lignes)) return undefined;
  const siennes = lignes.filter((l) => en(l, "nature") === nature);
  if (!siennes.length && nature === "honoraires") return undefined;
  let centimes = 0;
  for (const l of siennes) {
    const montant = nombre(en(l, "montant"));
    if (montant === undefined) return undefined;
    centimes += Math.round(montant * 100);
  }
  return centimes / 100;
}

const ANNEXE_FINANCIERE: DocumentProcedure = {
  modele: "annexe-financiere",
  libelle: "Annexe financière de la convention de partenariat",
  etats: SOUMISE_ET_APRES,
  champsSaisis: DESIGNATIONS,
  donnees(d, parties, saisie) {
    const x = termesInitiaux(d);
    const collectivite = premier(en(x, "collectivite.nom"), parties.employeur.nom);
    const lignes = en(x, "annexeFinanciere.lignes");
    return {
      collectivite: { nom: collectivite, designation: designation(saisie, "collectivite.designation", collectivite) },
      operateur: { nom: premier(en(x, "operateur.nom"), parties.operateur?.nom) },
      projet: { intitule: en(x, "programme") },
      // Signed when the second party signed: it took effect that day (annex 1, art. 8).
      conventionPartenariat: { date: en(d.suivi, "entreeEnVigueurLe") },
      honoraires: { montant: total(lignes, "honoraires") },
      fraisDeGestion: { montant: total(lignes, "frais_de_gestion") },
      complement: { montant: total(lignes, "complement_remuneration") },
    };
  },
};

// ——— Ordre de mission ———

const CADRE_DE_LA_MISSION: Readonly<Record<string, string>> = {
  cooperation_decentralisee: "coopération décentralisée",
  expe_ct: "programme EXPE-CT du ministère de l'Europe et des Affaires étrangères",
  operateur: "mission d'un opérateur d'assistance technique internationale",
};

function cadreDe(cadre: unknown, parties: PartiesDocument): string | undefined {
  const libelle = typeof cadre === "string" ? CADRE_DE_LA_MISSION[cadre] : undefined;
  if (!libelle) return undefined;
  return cadre === "operateur" && parties.operateur?.nom ? `${libelle} (${parties.operateur.nom})` : libelle;
}

/** « Avion, véhicule de service ; précisions »: the modes as the checklist names them, then what was added. */
function transportDe(modes: unknown, precisions: unknown): string | undefined {
  if (!Array.isArray(modes) || !modes.length) return undefined;
  const libelles = modes.map((m) => (typeof m === "string" ? (LIBELLES_MODE_TRANSPORT as Record<string, string>)[m] : undefined));
  if (libelles.some((l) => l === undefined)) return undefined;
  const liste = libelles.map((l, i) => (i === 0 ? l! : l!.charAt(0).toLocaleLowerCase("fr") + l!.slice(1))).join(", ");
  const plus = chaine(precisions);
  return plus ? `${liste} ; ${plus}` : liste;
}

function assuranceDe(assureur: unknown, contrat: unknown): string | undefined {
  const qui = chaine(assureur);
  if (!qui) return undefined;
  const numero = chaine(contrat);
  return numero ? `${qui}, contrat n° ${numero}` : qui;
}

const ORDRE_DE_MISSION: DocumentProcedure = {
  modele: "ordre-de-mission",
  libelle: "Ordre de mission",
  // Submitted with its checklist complete; a draft may still lack it.
  etats: ["a_signer", "signe", "effectue"] satisfies readonly EtatOrdreDeMission[],
  champsSaisis: [
    ...AUTORITE,
    CIVILITE,
    { champ: "securite.correspondant", libelle: "Correspondant de la collectivité joignable pendant la mission (nom, service, téléphone)" },
    ...SIGNATURE,
  ],
  donnees(d, parties, saisie) {
    const x = d.donnees;
    const pays = en(x, "destination.pays");
    const niveau = en(x, "securite.niveauVigilance");
    return {
      collectivite: { nom: parties.employeur.nom },
      autorite: { qualite: saisi(saisie, "autorite.qualite"), nom: saisi(saisie, "autorite.nom") },
      agent: { civilite: saisi(saisie, "agent.civilite"), ...agentDe(x, "agent", parties), grade: en(x, "agent.grade"), service: en(x, "agent.service") },
      mission: {
        objet: en(x, "objet"),
        cadre: cadreDe(en(x, "cadre"), parties),
        pays: typeof pays === "string" && pays.trim() ? nomDuPays(pays.trim().toUpperCase()) : undefined,
        lieux: en(x, "destination.ville"),
        dateDepart: en(x, "depart"),
        dateRetour: en(x, "retour"),
        transport: transportDe(en(x, "transport.modes"), en(x, "transport.precisions")),
      },
      frais: { priseEnCharge: en(x, "priseEnChargeFrais") },
      securite: {
        niveauVigilance: typeof niveau === "string" ? LIBELLES_NIVEAU_VIGILANCE[niveau as NiveauVigilance] : undefined,
        dateConsultation: en(x, "securite.vigilanceConsulteeLe"),
        inscriptionAriane: en(x, "securite.inscriptionAriane"),
        correspondant: saisi(saisie, "securite.correspondant"),
      },
      assurance: {
        contrat: assuranceDe(en(x, "securite.assurance.assureur"), en(x, "securite.assurance.contrat")),
        rapatriement: en(x, "securite.assurance.rapatriement"),
      },
      signature: signature(saisie),
    };
  },
};

/** The documents of each procedure, in the order of the case (the request before the decision). */
export const DOCUMENTS_PROCEDURE: Readonly<Record<TypeProcedure, readonly DocumentProcedure[]>> = {
  cumul_activites: [DEMANDE_CUMUL, DECISION_CUMUL],
  mise_a_disposition: [CONVENTION_MAD, ARRETE_MAD],
  // Issue 7 gives no template for the détachement.
  detachement: [],
  convention_partenariat: [CONVENTION_PARTENARIAT, ANNEXE_FINANCIERE],
  ordre_de_mission: [ORDRE_DE_MISSION],
};

/** The documents a case of this type can produce in this state. */
export const documentsDisponibles = (type: TypeProcedure, etat: string): DocumentProcedure[] => DOCUMENTS_PROCEDURE[type].filter((doc) => doc.etats.includes(etat));
