// A job title stripped of what does not name the occupation:
// `Travel ER RN job in Columbia, TN - Make $2091 to $2280/week` -> `er rn`.

import { dropNoiseWords } from './noise-words.js';

/** Between the parts of a title (`registered nurse - med surg`); also what cleaning leaves where it cut. */
export const SEGMENT_SEPARATOR = ' - ';

const US_STATES =
  'al|ak|az|ar|ca|co|ct|dc|de|fl|ga|hi|ia|id|il|in|ks|ky|la|ma|md|me|mi|mn|mo|ms|mt|nc|nd|ne|nh|nj|nm|nv|ny|oh|ok|or|pa|ri|sc|sd|tn|tx|ut|va|vt|wa|wi|wv|wy';
/** French gender endings written after the masculine: chargé(e), ingénieur.e, consultant·e, ingénieur-e. */
const INLINE_GENDER = /(\p{L})(?:\((?:e|ne|se|euse|rice|ere|ive|ve|le|lle|te|es|s|x)\)|[.·•](?:e|ne|se|euse|rice|ere|ive|ve|le|lle|te|es)(?![\p{L}\p{N}])|-e(?![\p{L}\p{N}-]))/gu;
const G = '[hfmwdx]';
/** (h/f), h/f, f/h, (m/w/d), m - f, (f/h/x), h/f/nb... as whole tokens; also "(all genders)", homme/femme. */
const GENDER_MARKER = new RegExp(
  `(?<![\\p{L}\\p{N}])\\(?\\s*${G}\\s*[/|-]\\s*${G}(?:\\s*[/|-]\\s*(?:${G}|nb|div|x))*\\s*\\)?(?![\\p{L}\\p{N}])|\\(?all genders\\)?|\\bhomme\\s*/\\s*femme\\b`,
  'gu',
);
/** "vendeur / vendeuse", "chef/cheffe": a masculine and its feminine; the feminine goes. */
const GENDER_PAIR = /(?<![\p{L}\p{N}])(\p{L}{3,})\s*\/\s*(\p{L}+)/gu;
const BRACKETS = /\([^()]*\)?|\[[^\]]*\]?|\{[^}]*\}?|[()[\]{}]/g;
const MONEY = '(?:[$€£]\\s?\\d[\\d,.]*\\s*k?|\\d[\\d,.]*\\s*k?\\s?(?:€|eur\\b|euros?\\b))';
/** "$2091 to $2280/week", "make $31 to $39/hour", "$1,945 per week", "45k€", "45 - 50 k€ / an". */
const PAY = new RegExp(
  `(?:\\bmake\\s+)?(?:\\bup to\\s+)?${MONEY}(?:\\s*(?:-|–|to|à|a)\\s*(?:${MONEY}|\\d[\\d,.]*\\s*k?))?(?:\\s*(?:/|per|par)\\s*(?:hour|hr|h|week|wk|year|yr|annum|month|mo|day|an|mois|jour|heure)\\b)?|\\b\\d+\\s*(?:-|à|a)?\\s*\\d*\\s*k€|\\b\\d+k\\b`,
  'gu',
);
/** Locations: "job in Columbia, TN", "in Greer, SC", "- Buras, LA" (a US city and state). */
const LOCATION = new RegExp(
  `\\bjobs?\\s+in\\s+[^-–|(,]+(?:,\\s*(?:${US_STATES})\\b)?|\\bin\\s+(?:[\\p{L}.']+\\s?){1,3},\\s*(?:${US_STATES})\\b|(?<=[-–—|,]\\s?)\\s*(?:[\\p{L}.']+\\s?){1,3},\\s*(?:${US_STATES})(?:\\s+\\d{5})?\\s*(?=$|\\s[-–—|]|,)`,
  'gu',
);
/** Bonus and shift phrases that name no occupation. */
const PHRASES =
  /\b(?:\d+(?:st|nd|rd|th)|first|second|third|day|night|evening|overnight|weekend|swing|rotating)\s+shifts?\b|\b(?:sign[- ]?on|signing|retention|relocation)\s+(?:bonus|package|assistance)\b|\b(?:entry|mid|senior|junior)[- ]level\b|\b(?:part|full)[- ]time\b|\bper\s+diem\b|\btemps\s+(?:plein|partiel)\b|\bwork\s+from\s+home\b|\bon[- ]site\b|\bnew\s+grad(?:uate)?s?\b|\b(?:needed|wanted|required)\s+(?:for|in|at)\b.*$/gu;
/** Spellings of one word: full stack, front-end and back end become one token each. */
const COMPOUNDS: [RegExp, string][] = [
  [/\bbill\s+of\s+materials?\b/g, 'bom'],
  [/\btech[\s-]?lead\b/g, 'techlead'],
  [/\bfull[\s-]?stack\b/g, 'fullstack'],
  [/\bfront[\s-]?end\b/g, 'frontend'],
  [/\bback[\s-]?end\b/g, 'backend'],
  [/\be[\s-]?commerce\b/g, 'ecommerce'],
  [/\bweb[\s-]?master\b/g, 'webmaster'],
  [/\bdata[\s-]?base\b/g, 'database'],
  [/\bdev[\s-]?ops\b/g, 'devops'],
  [/\bc\s?\+\+/g, 'cpp'],
  [/\bc\s?#/g, 'csharp'],
  [/\.net\b/g, ' dotnet'],
  [/\bservice\s+desk\b/g, 'help desk'],
];
/** "Director of Operations" -> "operations director", as sockit reorders "X of Y" (one or two words before "of"). */
const X_OF_Y = /^(\p{L}+(?: \p{L}+)?) of (.+)$/u;
/**
 * "Faculty, Respiratory Therapy", "Director, Human Resources": O*NET's inverted order, put
 * right when the part after the comma is a short qualifier, not itself a job title.
 */
const INVERTED = /^(\p{L}+(?: \p{L}+)?)\s*,\s*((?:[\p{L}&]+\s?){1,4}?)(?=\s+[-–—|]\s|$)/u;
const PERSON_NOUN = /(?:er|or|ist|ant|ent|ian|eur|euse|rice|iste|ien|ienne|ager|lead|ate|ive)s?$/;
const SEPARATORS = /\s+[-–—]+\s*|\s*[-–—]+\s+|\s*[|:;•]\s*|\s*,\s*|\s+\/\s*|\s*\/\s+|[–—]/gu;

/**
 * A title cleaned for coding: lower case, accents folded, gender forms, brackets, pay,
 * locations, shifts, requisition numbers and noise words (seniority, level, contract, "job")
 * removed; its parts joined by SEGMENT_SEPARATOR. Idempotent; '' when nothing is left.
 */
export function cleanTitle(title: string): string {
  let text = title;
  for (let pass = 0; pass < 4; pass++) {
    const next = cleanOnce(text);
    if (next === text) break;
    text = next;
  }
  return text;
}

function cleanOnce(title: string): string {
  let text = foldAccents(title.normalize('NFKC').toLowerCase());
  text = text.replace(INLINE_GENDER, '$1').replace(GENDER_MARKER, ' - ');
  text = text.replace(GENDER_PAIR, (pair, first: string, second: string) => (second.startsWith(first.slice(0, 4)) ? first : pair));
  text = text.replace(BRACKETS, ' - ').replace(PAY, ' - ').replace(PHRASES, ' - ');
  for (const [pattern, word] of COMPOUNDS) text = text.replace(pattern, word);
  text = text.replace(LOCATION, ' - ').trim();
  text = text.replace(INVERTED, (inverted, head: string, qualifier: string) => (PERSON_NOUN.test(qualifier.trim()) ? inverted : `${qualifier.trim()} ${head}`));
  text = text.replace(SEPARATORS, SEGMENT_SEPARATOR);
  const segments = text
    .split(SEGMENT_SEPARATOR)
    .map((segment) => segment.replace(/[^\p{L}\p{N} ]+/gu, ' ').replace(/\s+/g, ' ').trim().replace(X_OF_Y, '$2 $1'))
    .filter((segment) => segment !== '');
  return dropNoiseWords(segments).join(SEGMENT_SEPARATOR);
}

/** Accents and ligatures folded to ASCII letters where they have one (é -> e, œ -> oe). */
export function foldAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/[’`´]/g, "'");
}
