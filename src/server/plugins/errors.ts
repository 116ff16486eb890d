/**
 * Every error leaves the API as RFC 9457 problem JSON, through one table from error code to HTTP
 * status. Validation errors list each bad field with a French message. Unexpected errors are
 * logged with their stack and answered with a generic 500 that reveals nothing.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { type CodeErreur, type ErreurChamp, ErreurMetier } from "../../domain/shared";

/** The one table from error code to HTTP status and the title users read. */
export const STATUTS: Record<CodeErreur | "erreur_interne" | "route_inconnue", { statut: number; titre: string }> = {
  validation: { statut: 400, titre: "Données invalides" },
  non_authentifie: { statut: 401, titre: "Authentification requise" },
  interdit: { statut: 403, titre: "Accès refusé" },
  introuvable: { statut: 404, titre: "Ressource introuvable" },
  route_inconnue: { statut: 404, titre: "Adresse inconnue" },
  conflit: { statut: 409, titre: "Conflit" },
  trop_volumineux: { statut: 413, titre: "Contenu trop volumineux" },
  type_non_supporte: { statut: 415, titre: "Type de contenu non pris en charge" },
  trop_de_requetes: { statut: 429, titre: "Trop de requêtes" },
  erreur_interne: { statut: 500, titre: "Erreur interne" },
  indisponible: { statut: 503, titre: "Service indisponible" },
};

export type Probleme = {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: string;
  requestId: string;
  erreurs?: ErreurChamp[];
};

const ORIGINES: Record<string, string> = { body: "", querystring: "", params: "", headers: "en-tête " };

/** Fastify's own errors (malformed JSON, body too large…) translated to our codes and French. */
function depuisErreurFastify(e: FastifyError): ErreurMetier | undefined {
  switch (e.code) {
    case "FST_ERR_CTP_INVALID_JSON_BODY":
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return new ErreurMetier("validation", "Le corps de la requête n'est pas un document JSON valide.");
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return new ErreurMetier("trop_volumineux", "Le corps de la requête dépasse la taille autorisée.");
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
    case "FST_ERR_CTP_INVALID_CONTENT_LENGTH":
      return new ErreurMetier("type_non_supporte", "Ce type de contenu n'est pas accepté par cette adresse.");
    case "FST_ERR_RATE_LIMIT":
      return new ErreurMetier("trop_de_requetes", "Trop de requêtes : veuillez patienter avant de réessayer.");
    default:
      return undefined;
  }
}

export function probleme(requete: FastifyRequest, code: keyof typeof STATUTS, detail: string, erreurs?: ErreurChamp[]): Probleme {
  const { statut, titre } = STATUTS[code];
  return {
    type: `about:blank#${code}`,
    title: titre,
    status: statut,
    detail,
    instance: requete.url.split("?")[0] ?? requete.url,
    code,
    requestId: requete.id,
    ...(erreurs && erreurs.length ? { erreurs } : {}),
  };
}

export function envoyerProbleme(reponse: FastifyReply, p: Probleme) {
  return reponse.status(p.status).type("application/problem+json; charset=utf-8").send(p);
}

export const errorsPlugin = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((erreur: FastifyError, requete, reponse) => {
    if (hasZodFastifySchemaValidationErrors(erreur)) {
      const origine = ORIGINES[erreur.validationContext ?? "body"] ?? "";
      const erreurs = erreur.validation.map((v) => ({
        champ: `${origine}${v.instancePath.replace(/^\//, "").replace(/\//g, ".")}` || "(corps de la requête)",
        message: v.message ?? "valeur invalide",
      }));
      return envoyerProbleme(reponse, probleme(requete, "validation", "Certaines données de la requête sont invalides.", erreurs));
    }
    const metier = erreur instanceof ErreurMetier ? erreur : depuisErreurFastify(erreur);
    if (metier) {
      return envoyerProbleme(reponse, probleme(requete, metier.code, metier.message, metier.champs));
    }
    if (erreur.statusCode && erreur.statusCode >= 400 && erreur.statusCode < 500) {
      // Another client error raised by a plugin: keep its status, say it in French.
      requete.log.info({ err: erreur }, "requête refusée");
      return envoyerProbleme(reponse, {
        ...probleme(requete, "validation", "La requête ne peut pas être traitée."),
        status: erreur.statusCode,
        title: "Requête refusée",
      });
    }
    requete.log.error({ err: erreur }, "erreur inattendue");
    return envoyerProbleme(
      reponse,
      probleme(requete, "erreur_interne", `Une erreur inattendue est survenue. Référence à communiquer au support : ${requete.id}.`),
    );
  });
});
