/**
 * What request logs may hold: never a credential. Headers that carry one are redacted, and so are
 * query parameters that carry secrets (OpenID Connect's `code` and `state` on the ProConnect
 * callback, a token someone put in a URL by mistake).
 */
const PARAMETRES_SECRETS = /([?&](?:code|state|id_token_hint|jeton|token|access_token)=)[^&#]*/gi;

export const urlSansSecret = (url: string) => url.replace(PARAMETRES_SECRETS, "$1***");

type RequeteJournalisee = { method: string; url: string; id: string; ip?: string };

export const JOURNALISATION_SANS_SECRET = {
  redact: ["req.headers.authorization", "req.headers.cookie", 'res.headers["set-cookie"]'],
  serializers: {
    req: (req: RequeteJournalisee) => ({ method: req.method, url: urlSansSecret(req.url), id: req.id, ip: req.ip }),
  },
};
