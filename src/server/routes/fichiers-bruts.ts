/**
 * Uploads whose body is the file itself (application/octet-stream or the file's own type), its
 * name in the query string: no multipart parsing, and the size limit applies before anything is
 * read into memory. Registered per route plugin (Fastify scopes it): elsewhere the API takes JSON.
 */
import type { FastifyInstance } from "fastify";
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
