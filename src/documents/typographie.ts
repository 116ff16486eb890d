/**
 * French typography for generated documents: the spaces that French puts where English puts none,
 * so that a line never starts with « : » or « € » and the documents read as a French lawyer expects.
 * Pure and idempotent (applying it twice changes nothing): it runs on the templates' text and on the
 * filled values, after substitution, one line at a time.
 */

/** U+202F, espace fine insécable: before ; : ! ? and inside « ». */
export const FINE = "\u202F";
/** U+00A0, espace insécable: before € and %, between groups of digits, after n°. */
export const INSECABLE = "\u00A0";

export type OptionsTypographie = {
  /** Replaces the straight apostrophe between two letters by the typographic one (l'agent → l’agent). */
  apostrophe?: boolean;
};

/** Characters after which a missing space before ; ! ? is added: a word, a number, a closing mark. */
const AVANT_PONCTUATION = String.raw`[\p{L}\p{N})\]»…'’"]`;

const REGLES: [RegExp, string][] = [
  // An ordinary or no-break space already typed before ; : ! ? becomes the narrow one.
  [/(\S)[ \u00A0]+([;:!?])/gu, `$1${FINE}$2`],
  // None typed: added only where the sign ends a word (followed by a space or the end), so that
  // « 14:30 », « https://… » and « ?page=2 » stay as they are.
  [new RegExp(`(${AVANT_PONCTUATION})([;!?])(?=\\s|$)`, "gu"), `$1${FINE}$2`],
  [/([\p{L}\p{N})\]»])(:)(?=\s|$)/gu, `$1${FINE}$2`],
  // Guillemets: exactly one narrow no-break space inside, whatever was typed.
  [/«[ \u00A0\u202F]*/g, `«${FINE}`],
  [/[ \u00A0\u202F]*»/g, `${FINE}»`],
  // Units after a number.
  [/(\d)[ \u202F]?([€%])/g, `$1${INSECABLE}$2`],
  // Groups of three digits (12 500, 1 000 000); a date or a phone number has no such group.
  [/(\d)[ \u202F](?=\d{3}(?!\d))/g, `$1${INSECABLE}`],
  // « n° 2008-580 » never splits after the sign.
  [/([nN]°)[ \u202F]?(?=\d)/g, `$1${INSECABLE}`],
];

/** The text with French spaces; line breaks are kept as they are. */
export function typographier(texte: string, options: OptionsTypographie = {}): string {
  let resultat = texte;
  for (const [motif, remplacement] of REGLES) resultat = resultat.replace(motif, remplacement);
  if (options.apostrophe) resultat = resultat.replace(/(\p{L})'(?=\p{L})/gu, "$1’");
  return resultat;
}
