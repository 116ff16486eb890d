/**
 * The small form of a next action: which inputs it asks (the rule's `champs`: « avis »,
 * « motifRetrait », « remboursement.periode »…, and the reason when the table requires one), with
 * which widget and words, and the body of POST /procedures/:id/evenements made from what was
 * typed — `motif` apart, the other inputs nested as the table reads them (`remboursement:
 * { periode, montant, recuLe }`). Nothing is checked here: the API's field errors are shown
 * under their field.
 */
import type { EvenementPossibleProcedure, Procedure } from "../../api";
import {
  DEMANDEURS_FIN,
  LIBELLES_DEMANDEUR_FIN,
  LIBELLES_MOTIF_RETRAIT_CUMUL,
  LIBELLES_SENS_AVIS,
  LIBELLES_SUITE_EVALUATION,
  MOTIFS_RETRAIT_CUMUL,
  SENS_AVIS,
  SUITES_EVALUATION,
} from "./libelles";
import { formaterJourCivil } from "../vivier/libelles";

export type GenreChamp = "boutons" | "choix" | "date" | "nombre" | "montant" | "case" | "texte" | "texteLong";

export type ChampEvenement = {
  /** The input's name in the body (`remboursement.montant`); a period's two days end in `.debut` and `.fin`. */
  champ: string;
  genre: GenreChamp;
  libelle: string;
  aide?: string;
  options?: readonly (readonly [code: string, libelle: string])[];
  facultatif?: boolean;
};

export type ActionAvecSaisie = Pick<EvenementPossibleProcedure, "evenement" | "champs" | "motifObligatoire">;

const options = <C extends string>(codes: readonly C[], libelles: Record<C, string>) => codes.map((c) => [c, libelles[c]] as const);

/** Each input the tables ask, by its name in the rule's `champs`. */
const CHAMPS: Readonly<Record<string, Omit<ChampEvenement, "champ">>> = {
  avis: { genre: "boutons", libelle: "Avis du supérieur hiérarchique", options: options(SENS_AVIS, LIBELLES_SENS_AVIS) },
  motifRetrait: { genre: "choix", libelle: "Motif légal du retrait", aide: "L'autorisation ne peut être retirée que pour l'un de ces motifs (C4).", options: options(MOTIFS_RETRAIT_CUMUL, LIBELLES_MOTIF_RETRAIT_CUMUL) },
  demandeur: { genre: "choix", libelle: "Qui demande la fin avant le terme ?", options: options(DEMANDEURS_FIN, LIBELLES_DEMANDEUR_FIN) },
  dateInformationAssemblee: { genre: "date", libelle: "Date de la séance où l'assemblée délibérante a été informée", aide: "Avant le début de la mise à disposition." },
  anneeRapport: { genre: "nombre", libelle: "Année sur laquelle porte le rapport", aide: "Une année civile de la mise à disposition, par exemple 2026." },
  "remboursement.periode.debut": { genre: "date", libelle: "Premier jour de la période remboursée", aide: "Une période de l'échéancier de la convention." },
  "remboursement.periode.fin": { genre: "date", libelle: "Dernier jour de la période remboursée" },
  "remboursement.montant": { genre: "montant", libelle: "Montant reçu", aide: "En euros, au centime près." },
  "remboursement.recuLe": { genre: "date", libelle: "Reçu le" },
  nouvelleFin: { genre: "date", libelle: "Nouvelle date de fin du détachement", aide: "Le dernier jour de la période renouvelée." },
  surLePosteDOrigine: { genre: "case", libelle: "L'agent retrouve le poste qu'il occupait avant son détachement" },
  "reunion.date": { genre: "date", libelle: "Date de la réunion du comité de pilotage" },
  "reunion.compteRendu": { genre: "texteLong", libelle: "Compte rendu" },
  "reunion.participants": { genre: "texteLong", libelle: "Participants", facultatif: true },
  "evaluation.date": { genre: "date", libelle: "Date de l'évaluation" },
  "evaluation.synthese": { genre: "texteLong", libelle: "Synthèse de l'évaluation" },
  "evaluation.suite": { genre: "choix", libelle: "Suite donnée au partenariat", options: options(SUITES_EVALUATION, LIBELLES_SUITE_EVALUATION) },
};

/** The reason, worded after the event when it is asked in some cases only. */
function champMotif(a: ActionAvecSaisie): ChampEvenement {
  if (a.motifObligatoire) return { champ: "motif", genre: "texteLong", libelle: "Motif", aide: "Obligatoire. Il est gardé dans l'historique et communiqué aux personnes concernées." };
  if (a.evenement === "donnerAvis") return { champ: "motif", genre: "texteLong", libelle: "Raisons de l'avis", aide: "Obligatoires pour un avis défavorable." };
  if (a.evenement === "signer") {
    return {
      champ: "motif",
      genre: "texteLong",
      libelle: "Raison impérative de la mission",
      aide: "Obligatoire quand le pays est classé « déconseillé sauf raison impérative » ou « formellement déconseillé » : l'ordre signé la porte.",
    };
  }
  return { champ: "motif", genre: "texteLong", libelle: "Motif", facultatif: true };
}

/** The inputs of the action's form, in the rule's order, the reason last. */
export function champsEvenement(a: ActionAvecSaisie): ChampEvenement[] {
  const champs = a.champs.flatMap((nom): ChampEvenement[] => {
    // The reason comes last; an avenant's terms are the convention's own form (FormulaireAvenant).
    if (nom === "motif" || nom === "convention") return [];
    // A period is typed as its two days; the table reads « 2026-04-01/2026-06-30 ».
    if (nom === "remboursement.periode") return ["remboursement.periode.debut", "remboursement.periode.fin"].map((c) => ({ champ: c, ...CHAMPS[c]! }));
    const connu = CHAMPS[nom];
    return [connu === undefined ? { champ: nom, genre: "texte", libelle: nom } : { champ: nom, ...connu }];
  });
  const motif = a.motifObligatoire || a.champs.includes("motif");
  return motif ? [...champs, champMotif(a)] : champs;
}

/**
 * An avenant to a convention (mise à disposition, partnership): its input is the amended
 * convention as a whole (`champs: ["convention"]`), typed in the convention's form prefilled with
 * the terms in force.
 */
export const estAvenant = (type: string, a: Pick<ActionAvecSaisie, "evenement" | "champs">) =>
  a.champs.includes("convention") || (type === "mise_a_disposition" && a.evenement === "modifierParAvenant");

/** Whether firing the action needs a form (inputs or a reason) rather than one click. */
export const demandeUneSaisie = (a: ActionAvecSaisie) => a.motifObligatoire || a.champs.length > 0;

/** Where the API's error on an input goes in the form: a period's error under its first day. */
export const champDeLErreur = (champ: string) => (champ === "remboursement.periode" ? "remboursement.periode.debut" : champ);

export type ValeursEvenement = Record<string, string>;

/** The values as the form starts: nothing chosen, nothing typed (a box unticked). */
export const valeursVides = (champs: readonly ChampEvenement[]): ValeursEvenement => Object.fromEntries(champs.map((c) => [c.champ, ""]));

/** A number typed the French way (« 12 500,50 »): a number, else the text, for the API to say why it is refused. */
function nombre(texte: string): number | string {
  const t = texte.replace(/[\s\u00a0\u202f]/g, "").replace(",", ".");
  const n = Number(t);
  return t !== "" && Number.isFinite(n) ? n : texte.trim();
}

function ecrire(cible: Record<string, unknown>, chemin: string, valeur: unknown) {
  const cles = chemin.split(".");
  const derniere = cles.pop()!;
  let ici = cible;
  for (const cle of cles) {
    if (typeof ici[cle] !== "object" || ici[cle] === null) ici[cle] = {};
    ici = ici[cle] as Record<string, unknown>;
  }
  ici[derniere] = valeur;
}

/** The body of the event: its reason apart, its inputs nested; an empty optional input is left out, a box is true or false. */
export function versCorpsEvenement(
  evenement: string,
  champs: readonly ChampEvenement[],
  valeurs: ValeursEvenement,
): { evenement: string; motif?: string; saisie?: Record<string, unknown> } {
  const saisie: Record<string, unknown> = {};
  let motif: string | undefined;
  for (const c of champs) {
    const v = (valeurs[c.champ] ?? "").trim();
    if (c.champ === "motif") {
      if (v !== "") motif = v;
      continue;
    }
    if (c.champ === "remboursement.periode.fin") continue;
    if (c.champ === "remboursement.periode.debut") {
      const fin = (valeurs["remboursement.periode.fin"] ?? "").trim();
      if (v !== "" || fin !== "") ecrire(saisie, "remboursement.periode", `${v}/${fin}`);
      continue;
    }
    if (c.genre === "case") ecrire(saisie, c.champ, v === "oui");
    else if (v === "") continue;
    else if (c.genre === "nombre" || c.genre === "montant") ecrire(saisie, c.champ, nombre(v));
    else ecrire(saisie, c.champ, v);
  }
  return { evenement, ...(motif === undefined ? {} : { motif }), ...(Object.keys(saisie).length === 0 ? {} : { saisie }) };
}

/** What a page does with the case as the API answered an event, and the sentence that says what happened. */
export type ApresEvenement = (apres: Procedure, texte: string) => void;

/** What an event did, in a sentence: the new state, or what was recorded when the state stays. */
export function phraseApres(avant: Pick<Procedure, "etat">, apres: Pick<Procedure, "etat" | "etatLibelle">, libelle: string): string {
  const action = `« ${libelle.charAt(0).toUpperCase()}${libelle.slice(1)} »`;
  return apres.etat === avant.etat
    ? `${action} : c'est enregistré. La procédure reste « ${apres.etatLibelle} ».`
    : `${action} : c'est fait. La procédure est désormais « ${apres.etatLibelle} ».`;
}

const JOUR = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The inputs an event was given, as the history shows them: each by its label, its coded value in
 * words (« Avis du supérieur hiérarchique : Défavorable »), a period as its two days, the amended
 * terms of an avenant named only (the data show them once in force).
 */
export function saisieEnMots(saisie: Record<string, unknown> | null): string[] {
  if (saisie === null) return [];
  const lignes: string[] = [];
  const enMots = (nom: string, v: unknown): void => {
    if (nom === "convention") return void lignes.push("Nouveaux termes de la convention soumis");
    if (nom === "remboursement.periode" && typeof v === "string" && v.includes("/")) {
      const [debut = "", fin = ""] = v.split("/");
      return void lignes.push(`Période remboursée : du ${JOUR.test(debut) ? formaterJourCivil(debut) : debut} au ${JOUR.test(fin) ? formaterJourCivil(fin) : fin}`);
    }
    if (typeof v === "object" && v !== null && !Array.isArray(v)) {
      for (const [k, x] of Object.entries(v)) enMots(`${nom}.${k}`, x);
      return;
    }
    const c = CHAMPS[nom];
    const libelle = c?.libelle ?? nom;
    let valeur: string;
    if (typeof v === "boolean") valeur = v ? "oui" : "non";
    else if (typeof v === "number") valeur = new Intl.NumberFormat("fr-FR").format(v);
    else if (typeof v === "string") valeur = c?.options?.find(([code]) => code === v)?.[1] ?? (JOUR.test(v) ? formaterJourCivil(v) : v);
    else valeur = JSON.stringify(v);
    lignes.push(`${libelle} : ${valeur}`);
  };
  for (const [nom, v] of Object.entries(saisie)) enMots(nom, v);
  return lignes;
}
