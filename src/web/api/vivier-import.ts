/**
 * Importing a pool of experts from a spreadsheet (dry run, then import) and exporting it
 * (docs/vivier.md, ADR 0003). Shapes mirror the server's OpenAPI document (/api/docs, tag « vivier »).
 *
 * The file is the request body. It goes through XMLHttpRequest rather than fetch, whose upload
 * progress browsers do not report: a 60 MB file on a slow line takes a while, and the page shows
 * how far it is. Errors are the same ErreurApi as every other call (client.ts).
 */
import { ErreurApi, jetonCsrfActuel, lireProbleme, SERVEUR_INJOIGNABLE, urlApi } from "./client";
import type { Colonne, ChampImport, Correspondance } from "../../domain/experts/import/entetes";
import type { Rapport } from "../../domain/experts/import/rapport";
import type { DescriptionFichier } from "../../domain/experts/import/fichier";

// The report's vocabulary, from the pure domain so that the page and the CLI say the same words.
// This module has no zod schema nor I/O; the others of domain/experts/import are type-only here.
export { LIBELLES_STATUT_LIGNE, STATUTS_LIGNE, type LigneRapport, type StatutLigne, type Totaux } from "../../domain/experts/import/rapport";
export type { ChampImport, Colonne, Correspondance };

/** What a dry run answers: the file as read, its columns and what each line would do. */
export type AnalyseImport = { fichier: { nom: string } & DescriptionFichier; colonnes: Colonne[]; rapport: Rapport };
/** What an import answers: the same report, and what was written. */
export type ResultatImport = AnalyseImport & { ecrit: { crees: number; misAJour: number } };
export type FormatExport = "csv" | "xlsx";

/** Called with how much of the file is sent, from 0 to 1. */
export type SuiviEnvoi = (fraction: number) => void;

const vivier = (organisationId: string) => `/api/v1/organisations/${encodeURIComponent(organisationId)}/vivier`;

/** Only the headers the user changed travel: no mapping at all is the automatic recognition. */
const enJson = (mapping: Correspondance | undefined) => (mapping === undefined || Object.keys(mapping).length === 0 ? undefined : JSON.stringify(mapping));

/** POSTs the file as the body, reporting the upload's progress; answers the JSON body. */
function envoyerFichier<T>(url: string, fichier: File, onProgress?: SuiviEnvoi, signal?: AbortSignal): Promise<T> {
  return new Promise<T>((resoudre, rejeter) => {
    if (signal?.aborted) return rejeter(new DOMException("La requête a été annulée.", "AbortError"));
    const xhr = new XMLHttpRequest();
    const annuler = () => xhr.abort();
    xhr.open("POST", url);
    xhr.setRequestHeader("Accept", "application/json");
    // The server reads the format from the bytes, never from the name or the type.
    xhr.setRequestHeader("Content-Type", "application/octet-stream");
    const jeton = jetonCsrfActuel();
    if (jeton !== undefined) xhr.setRequestHeader("x-csrf-token", jeton);
    if (onProgress) {
      xhr.upload.onprogress = (e) => {
        if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
      };
      xhr.upload.onload = () => onProgress(1);
    }
    xhr.onload = () => {
      signal?.removeEventListener("abort", annuler);
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resoudre(JSON.parse(xhr.responseText) as T);
        } catch {
          rejeter(new ErreurApi({ type: "about:blank", title: "Erreur", status: xhr.status, detail: "La réponse du serveur est illisible.", code: "inconnu" }));
        }
        return;
      }
      // No status a Response could carry: as if the server had not answered.
      if (xhr.status < 200 || xhr.status > 599) return rejeter(new ErreurApi(SERVEUR_INJOIGNABLE));
      // The same reading of a failure as fetch's, so that a proxy's error page gives the same problem.
      const reponse = new Response(xhr.responseText, { status: xhr.status, headers: { "content-type": xhr.getResponseHeader("content-type") ?? "" } });
      void lireProbleme(reponse).then((p) => rejeter(new ErreurApi(p)));
    };
    xhr.onerror = () => {
      signal?.removeEventListener("abort", annuler);
      rejeter(new ErreurApi(SERVEUR_INJOIGNABLE));
    };
    xhr.ontimeout = xhr.onerror;
    xhr.onabort = () => rejeter(new DOMException("La requête a été annulée.", "AbortError"));
    signal?.addEventListener("abort", annuler, { once: true });
    xhr.send(fichier);
  });
}

/** The dry run: the report line by line, nothing written. */
export function analyserImport(organisationId: string, fichier: File, mapping?: Correspondance, onProgress?: SuiviEnvoi, signal?: AbortSignal): Promise<AnalyseImport> {
  return envoyerFichier(urlApi(`${vivier(organisationId)}/analyse`, { nom: fichier.name, mapping: enJson(mapping) }), fichier, onProgress, signal);
}

/**
 * The import, all or nothing: refused (ErreurApi 400 whose report `analyseRefusee` reads) when a
 * line is rejected, unless `lignesAccepteesSeulement`.
 */
export function importer(
  organisationId: string,
  fichier: File,
  options: { mapping?: Correspondance; lignesAccepteesSeulement?: boolean },
  onProgress?: SuiviEnvoi,
  signal?: AbortSignal,
): Promise<ResultatImport> {
  const url = urlApi(`${vivier(organisationId)}/import`, {
    nom: fichier.name,
    mapping: enJson(options.mapping),
    lignesAccepteesSeulement: options.lignesAccepteesSeulement ? "true" : undefined,
  });
  return envoyerFichier(url, fichier, onProgress, signal);
}

/** The report an import refused for its rejected lines carries (the problem's `analyse`), if any. */
export function analyseRefusee(erreur: unknown): AnalyseImport | undefined {
  if (!(erreur instanceof ErreurApi)) return undefined;
  const analyse = (erreur.probleme as { analyse?: unknown }).analyse;
  return typeof analyse === "object" && analyse !== null && "rapport" in analyse ? (analyse as AnalyseImport) : undefined;
}

/** The export is downloaded by the browser itself (a plain link: the session cookie goes with it). */
export const urlExportVivier = (organisationId: string, format: FormatExport) => urlApi(`${vivier(organisationId)}/export`, { format });
