/**
 * The state of the import page: the file, the report of its last dry run, the column mapping the
 * user is editing, the request under way and the import's outcome. The API does all the reading
 * and checking (ADR 0003): the page only sends the file again with a corrected mapping.
 */
import { useRef, useState } from "react";
import {
  type AnalyseImport,
  analyseRefusee,
  analyserImport,
  type ChampImport,
  type Colonne,
  type Correspondance,
  ErreurApi,
  estAnnulation,
  importer,
  type ResultatImport,
  type SuiviEnvoi,
} from "../../api";
import { erreurDeChamp, useFormulaire, versErreurApi } from "../../components/formulaire";
import { useMessage } from "../../components/ZoneMessage";
import { ImportResultat } from "./ImportResultat";

export const ID_FICHIER = "vivier-import-fichier";
/** The select of the column at this position in the file. */
export const idColonne = (index: number) => `vivier-import-colonne-${index}`;

// The server's own limit (LIMITES_IMPORT in domain/experts/import/fichier.ts, whose module the
// browser bundle must not carry): checked here too, so that a file too big is not sent at all.
const TAILLE_MAX = 64 * 1024 * 1024;
export const LIMITES_AFFICHEES = "64 Mo et 100 000 lignes au plus";

/** `undefined` fraction: the file is sent and the server is working, for a time nobody knows. */
export type Progression = { operation: "analyse" | "import"; fraction: number | undefined };

/**
 * A mapping names a column by its header: when two columns share one, only the first can be
 * mapped (the server would apply the mapping to the first anyway).
 */
export const estPremiere = (colonnes: readonly Colonne[], i: number) => colonnes.findIndex((c) => c.entete === colonnes[i]!.entete) === i;

/** The mapping to send: the one the report was made with, and the user's changes since. */
function correspondanceVoulue(colonnes: readonly Colonne[], choix: readonly (ChampImport | null)[], base: Correspondance): Correspondance {
  const voulue = { ...base };
  colonnes.forEach((c, i) => {
    if (estPremiere(colonnes, i) && choix[i] !== c.champ) voulue[c.entete] = choix[i] ?? null;
  });
  return voulue;
}

/** Where focus goes for an error on the file or on a column's mapping (`correspondance.<header>`). */
function idsDesChamps(colonnes: readonly Colonne[]): Record<string, string> {
  const ids: Record<string, string> = { fichier: ID_FICHIER };
  colonnes.forEach((c, i) => {
    if (estPremiere(colonnes, i)) ids[`correspondance.${c.entete}`] = idColonne(i);
  });
  return ids;
}

/** The mapping without the headers the API refused it for, when that is all it refused it for. */
function sansEntetesRefuses(erreur: unknown, mapping: Correspondance): Correspondance | undefined {
  const champs = erreur instanceof ErreurApi && erreur.statut === 400 ? (erreur.probleme.erreurs ?? []).map((e) => e.champ) : [];
  const refuses = champs.map((c) => c.replace(/^correspondance\./, "")).filter((entete) => Object.hasOwn(mapping, entete));
  if (refuses.length === 0 || refuses.length !== champs.length) return undefined;
  return Object.fromEntries(Object.entries(mapping).filter(([entete]) => !refuses.includes(entete)));
}

export function useImportVivier(organisationId: string) {
  const [fichier, setFichier] = useState<File>();
  const [analyse, setAnalyse] = useState<AnalyseImport>();
  const [correspondance, setCorrespondance] = useState<Correspondance>({});
  const [choix, setChoix] = useState<(ChampImport | null)[]>([]);
  const [progression, setProgression] = useState<Progression>();
  const [ecrit, setEcrit] = useState<ResultatImport["ecrit"]>();
  const controleur = useRef<AbortController>(undefined);
  const erreurs = useFormulaire(idsDesChamps(analyse?.colonnes ?? []));
  const message = useMessage();

  /**
   * Runs one request, the progress shown meanwhile. A newer request (another file chosen during
   * an analysis) cancels the older one, whose answer must not replace the newer report.
   */
  async function executer<T>(operation: Progression["operation"], appel: (suivi: SuiviEnvoi, signal: AbortSignal) => Promise<T>): Promise<T> {
    controleur.current?.abort();
    const c = new AbortController();
    controleur.current = c;
    setProgression({ operation, fraction: 0 });
    try {
      return await appel((f) => setProgression({ operation, fraction: f < 1 ? f : undefined }), c.signal);
    } finally {
      if (controleur.current === c) {
        controleur.current = undefined;
        setProgression(undefined);
      }
    }
  }

  function montrer(a: AnalyseImport, mapping: Correspondance) {
    setAnalyse(a);
    setCorrespondance(mapping);
    setChoix(a.colonnes.map((c) => c.champ));
  }

  /**
   * The dry run. `garder`: the mapping comes from the previous file (the same spreadsheet, once
   * corrected, most often); the server refuses one that names a header this file lacks, so those
   * headers are dropped and the dry run made again, once.
   */
  async function analyser(f: File, mapping: Correspondance, garder = false) {
    erreurs.effacer();
    message.effacer();
    setEcrit(undefined);
    try {
      montrer(await executer("analyse", (suivi, signal) => analyserImport(organisationId, f, mapping, suivi, signal)), mapping);
    } catch (e) {
      if (estAnnulation(e)) return;
      const reduite = garder ? sansEntetesRefuses(e, mapping) : undefined;
      if (reduite !== undefined) return analyser(f, reduite);
      erreurs.signaler(e, "Le fichier n'a pas pu être envoyé.");
    }
  }

  /** A new file: the previous report is about another file, and goes; the mapping is kept. */
  function choisirFichier(f: File | undefined) {
    controleur.current?.abort();
    setFichier(f);
    setAnalyse(undefined);
    setChoix([]);
    setEcrit(undefined);
    erreurs.effacer();
    message.effacer();
    if (f === undefined) return;
    if (f.size > TAILLE_MAX) {
      erreurs.signaler(erreurDeChamp("fichier", "Ce fichier dépasse 64 Mo : découpez-le en plusieurs fichiers."), "");
      return;
    }
    void analyser(f, correspondance, true);
  }

  function changerChoix(i: number, champ: ChampImport | null) {
    setChoix((avant) => avant.map((c, j) => (j === i ? champ : c)));
  }

  const modifiee = analyse !== undefined && analyse.colonnes.some((c, i) => choix[i] !== c.champ);

  function relancer() {
    if (fichier === undefined || analyse === undefined) return;
    void analyser(fichier, correspondanceVoulue(analyse.colonnes, choix, correspondance));
  }

  /** Imports with the mapping of the report shown, so that what is written is what was read. */
  async function importerFichier(lignesAccepteesSeulement: boolean) {
    if (fichier === undefined) return;
    message.effacer();
    try {
      const r = await executer("import", (suivi, signal) => importer(organisationId, fichier, { mapping: correspondance, lignesAccepteesSeulement }, suivi, signal));
      montrer(r, correspondance);
      setEcrit(r.ecrit);
      message.annoncer({ succes: true, texte: <ImportResultat ecrit={r.ecrit} organisationId={organisationId} /> });
    } catch (e) {
      if (estAnnulation(e)) return;
      // Refused for its rejected lines: the report it carries is the freshest (the pool may have changed).
      const refus = analyseRefusee(e);
      if (refus !== undefined) montrer(refus, correspondance);
      message.annoncer({ succes: false, texte: versErreurApi(e, "L'import n'a pas abouti.").message });
    }
  }

  return { fichier, analyse, choix, modifiee, progression, ecrit, erreurs, message, choisirFichier, changerChoix, relancer, importer: importerFichier };
}
