/**
 * Uploads whose body is the file itself (application/octet-stream or the file's own type), its
 * name in the query string: no multipart parsing, and the size limit applies before anything is
 * read into memory. Registered per route plugin (Fastify scopes it): elsewhere the API takes JSON.
 */
import type { FastifyError, FastifyInstance } from "fastify";
import { formaterTaille } from "../../domain/fichiers";
import { ErreurMetier } from "../../domain/shared";

export const TYPES_FICHIERS = {
  octets: "application/octet-stream",
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv",
} as const;

export function accepterFichiersBruts(app: FastifyInstance, types: readonly string[], tailleMax: number): void {
  app.addContentTypeParser([...types], { parseAs: "buffer", bodyLimit: tailleMax }, (_requete, corps, fini) => fini(null, corps));
}

/** The uploaded bytes, or a field error when the body is empty. */
export function fichierEnvoye(corps: unknown): Uint8Array {
  if (!(corps instanceof Uint8Array) || corps.length === 0) {
    throw new ErreurMetier("validation", "Le fichier est vide ou absent : envoyez-le comme corps de la requête.", [{ champ: "fichier", message: "le fichier est vide ou absent" }]);
  }
  return corps;
}

/**
 * In the route plugin (its scope): a body over the limit, refused before it is read, is said as
 * the file's own error, with the limit.
 */
export function direFichierTropVolumineux(app: FastifyInstance, tailleMax: number): void {
  app.setErrorHandler((erreur: FastifyError) => {
    if (erreur.code !== "FST_ERR_CTP_BODY_TOO_LARGE") throw erreur;
    const limite = formaterTaille(tailleMax);
    throw new ErreurMetier("trop_volumineux", `Le fichier dépasse la taille maximale de ${limite}.`, [{ champ: "fichier", message: `le fichier dépasse la taille maximale de ${limite}` }]);
  });
}

/**
 * The uploaded bytes. A JSON or text body (parsed before the handler, after the access checks) is
 * not a file: 415 with `attendu`, what to send instead — not « empty ».
 */
export function fichierDuCorps(corps: unknown, attendu: string): Uint8Array {
  if (corps !== undefined && !(corps instanceof Uint8Array)) throw new ErreurMetier("type_non_supporte", attendu, [{ champ: "fichier", message: attendu }]);
  return fichierEnvoye(corps);
}
