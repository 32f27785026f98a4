// A job title stripped of what does not name the occupation:
// `Travel ER RN job in Columbia, TN - Make $2091 to $2280/week` -> `er rn`.

import { dropNoiseWords } from './noise-words.js';

/** Between the parts of a title (`registered nurse - med surg`); also what cleaning leaves where it cut. */
export const SEGMENT_SEPARATOR = ' - ';

const US_STATES =
  'al|ak|az|ar|ca|co|ct|dc|de|fl|ga|hi|ia|id|il|in|ks|ky|la|ma|md|me|mi|mn|mo|ms|mt|nc|nd|ne|nh|nj|nm|nv|ny|oh|ok|or|pa|ri|sc|sd|tn|tx|ut|va|vt|wa|wi|wv|wy';
/** French gender endings written after the masculine: chargé(e), ingénieur.e, consultant·e, ingénieur-e. */
const INLINE_GENDER =
  /(\p{L})(?:\((?:e|ne|se|sse|euse|rice|ere|ive|ve|le|lle|te|es|s|x)\)|[.·•](?:e|ne|se|euse|rice|ere|ive|ve|le|lle|te|es)(?![\p{L}\p{N}])|-e(?![\p{L}\p{N}-]))/gu;
const G = '[hfmwdx]';
/** (h/f), h/f, f/h, (m/w/d), m - f, (f/h/x), h/f/nb... as whole tokens; also "(all genders)", homme/femme. */
const GENDER_MARKER = new RegExp(
  `(?<![\\p{L}\\p{N}])\\(?\\s*${G}\\s*[/|-]\\s*${G}(?:\\s*[/|-]\\s*(?:${G}|nb|div|x))*\\s*\\)?(?![\\p{L}\\p{N}])|\\(?all genders\\)?|\\bhomme\\s*/\\s*femme\\b`,
  'gu',
);
/** "vendeur / vendeuse", "chef/cheffe": a masculine and its feminine; the feminine goes. */
const GENDER_PAIR = /(?<![\p{L}\p{N}])(\p{L}{3,})\s*\/\s*(\p{L}+)/gu;

/** How a French feminine ends where its masculine ends otherwise: ingénieur/ingénieure, directeur/directrice, vendeur/vendeuse. */
const isFeminineOf = (feminine: string, masculine: string) =>
  (feminine.startsWith(masculine) && /^(?:e|ne|se|sse|le|lle|te)$/.test(feminine.slice(masculine.length))) ||
  (masculine.endsWith('eur') &&
    /^(?:euse|rice|eure)$/.test(feminine.slice(masculine.length - 3)) &&
    feminine.startsWith(masculine.slice(0, -3)));
const BRACKETS = /\([^()]*\)?|\[[^\]]*\]?|\{[^}]*\}?|[()[\]{}]/g;
const MONEY = '(?:[$€£]\\s?\\d[\\d,.]*\\s*k?|\\d[\\d,.]*\\s*k?\\s?(?:€|eur\\b|euros?\\b))';
/** "$2091 to $2280/week", "make $31 to $39/hour", "$1,945 per week", "45k€", "45 - 50 k€ / an". */
const PAY = new RegExp(
  `(?:\\bmake\\s+)?(?:\\bup to\\s+)?${MONEY}(?:\\s*(?:-|–|to|à|a)\\s*(?:${MONEY}|\\d[\\d,.]*\\s*k?))?(?:\\s*(?:/|per|par)\\s*(?:hour|hr|h|week|wk|year|yr|annum|month|mo|day|an|mois|jour|heure)\\b|\\s*(?:an\\s+)?(?:hour|hourly|hr|hrs|weekly|annually|yearly)\\b)?|\\b\\d+\\s*(?:-|à|a)?\\s*\\d*\\s*k€|\\b\\d+k\\b`,
  'gu',
);
/** Locations: "job in Columbia, TN", "in Greer, SC", "- Buras, LA" (a US city and state). */
const LOCATION = new RegExp(
  `\\bjobs?\\s+in\\s+[^-–|(,]+(?:,\\s*(?:${US_STATES})\\b)?|\\bin\\s+(?:[\\p{L}.']+\\s?){1,3},\\s*(?:${US_STATES})\\b|(?<=[-–—|,]\\s?)\\s*(?:[\\p{L}.']+\\s?){1,3},\\s*(?:${US_STATES})(?:\\s+\\d{5})?\\s*(?=$|\\s[-–—|]|,)`,
  'gu',
);
/** Bonus and shift phrases that name no occupation. */
const PHRASES =
  /\b(?:\d+(?:st|nd|rd|th)|first|second|third|day|night|evening|overnight|weekend|swing|rotating)\s+shifts?\b|\b(?:sign[- ]?on|signing|retention|relocation)\s+(?:bonus|package|assistance)\b|\b(?:entry|mid|senior|junior)[- ]level\b|\b(?:part|full)[- ]time\b|\bper\s+diem\b|\bnon[- ]?(?:tech(?:nical)?|cdl)\b|\btemps\s+(?:plein|partiel)\b|\bwork\s+from\s+home\b|\bon[- ]site\b|\bnew\s+grad(?:uate)?s?\b|\b(?:needed|wanted|required)\s+(?:for|in|at)\b.*$/gu;
/**
 * Whom the job is for ("CAE Engineer for Global Automotive Company in Raymond, Ohio"),
 * recruiting events ("Pharmacist ... Allied Health Career Event") and "in training" (a trainee:
 * "Wastewater Mechanic in Training"); run only when MAY_RECRUIT finds what they need.
 */
const RECRUITING =
  /\bfor\s+(?:an?\s+|our\s+|the\s+)?(?:[\p{L}&'-]+\s+){0,4}?(?:company|companies|firm|client|organi[sz]ation|manufacturer|start-?up|brand|provider)\b.*$|\b(?:allied\s+health\s+)?(?:career|job|hiring)\s+(?:event|fair|day)s?\b|\bin[- ]training\b/gu;
const MAY_RECRUIT = /for |training|event|fair|day/;
/** Spellings of one word: full stack, front-end and back end become one token each. */
const COMPOUNDS: [string, string][] = [
  ['bill\\s+of\\s+materials?\\b', 'bom'],
  ['tech[\\s-]?lead\\b', 'techlead'],
  ['full[\\s-]?stack\\b', 'fullstack'],
  ['front[\\s-]?end\\b', 'frontend'],
  ['back[\\s-]?end\\b', 'backend'],
  ['e[\\s-]?commerce\\b', 'ecommerce'],
  ['web[\\s-]?master\\b', 'webmaster'],
  ['data[\\s-]?base\\b', 'database'],
  ['dev[\\s-]?ops\\b', 'devops'],
  ['c\\s?\\+\\+', 'cpp'],
  ['c\\s?#', 'csharp'],
  ['service\\s+desk\\b', 'help desk'],
  ['fp\\s?&\\s?a\\b', 'financial planning and analysis'],
  ['r\\s?&\\s?d\\b', 'rd'],
  ['eh\\s?&\\s?s\\b', 'ehs'],
  ['fork[\\s-]?lift\\b', 'forklift'],
  ['b\\s?(?:2|to)\\s?b\\b', 'btob'],
  ['b\\s?(?:2|to)\\s?c\\b', 'btoc'],
  ['cyber\\s?security\\b', 'cybersecurity'],
  ['data\\s?cent(?:er|re)\\b', 'datacenter'],
];
/** All compounds in one pattern (one capture group each), and ".net". */
const COMPOUND = new RegExp(`\\b(?:${COMPOUNDS.map(([pattern]) => `(${pattern})`).join('|')})|\\.net\\b`, 'g');
const compound = (_match: string, ...groups: unknown[]) => {
  const index = groups.slice(0, COMPOUNDS.length).findIndex((group) => group !== undefined);
  return index < 0 ? ' dotnet' : COMPOUNDS[index]![1];
};
/** "Director of Operations" -> "operations director", as sockit reorders "X of Y" (one or two words before "of"). */
const X_OF_Y = /^(\p{L}+(?: \p{L}+)?) of (.+)$/u;
/**
 * "Faculty, Respiratory Therapy", "Director, Human Resources": O*NET's inverted order, put
 * right when the part after the comma is a short qualifier, not itself a job title.
 */
const INVERTED = /^(\p{L}+(?: \p{L}+)?)\s*,\s*((?:[\p{L}&]+\s?){1,4}?)(?=\.?(?:\s+[-–—|](?:\s|$)|$))/u;
/** A rank alone before the part naming its function: "Manager - Financial Planning and Analysis", "Engineer - Electrical". */
const RANKS = new Set([
  'manager',
  'director',
  'head',
  'lead',
  'supervisor',
  'analyst',
  'coordinator',
  'consultant',
  'engineer',
  'president',
  'vice president',
]);
/** "Executive Assistant to the CEO": whom an assistant works for is not the occupation. */
const WORKS_FOR = /(\p{L}+ (?:assistant|secretary|aide|advisor|adviser|counsel|liaison))\s+to\s+(?:the\s+)?[^-–—|,]+/gu;
/** "Assistant to the CEO", "Assistant to President": an executive's assistant. */
const ASSISTANT_TO_EXECUTIVE =
  /^(?:personal\s+|administrative\s+)?assistant\s+to\s+(?:the\s+)?(?:ceo|cfo|coo|cto|president|vice\s+president|vp|chief\b[^-–—|,]*|founder|owner|executive\b[^-–—|,]*|director\b[^-–—|,]*)/u;
const PERSON_NOUN = /(?:er|or|ist|ant|(?<!m)ent|ian|eur|euse|rice|iste|ien|ienne|ager|lead|ate|ive)s?$/;
const SEPARATORS = /\s+[-–—]+\s*|\s*[-–—]+\s+|\s*[|:;•]\s*|\s*,\s*|\s+\/\s*|\s*\/\s+|[–—]/gu;

/**
 * A title cleaned for coding: lower case, accents folded, gender forms, brackets, pay,
 * locations, shifts, requisition numbers and noise words (seniority, level, contract, "job")
 * removed; its parts joined by SEGMENT_SEPARATOR. Idempotent; '' when nothing is left.
 */
export function cleanTitle(title: string): string {
  let text = cleanOnce(title);
  // One pass is almost always stable; more settle what removing words can form ("full
  // senior stack" -> "full stack" -> "fullstack"). A property test checks idempotence.
  for (let pass = 0; pass < 4 && MAY_CHANGE_AGAIN.test(text); pass++) {
    const next = cleanOnce(text);
    if (next === text) break;
    text = next;
  }
  return text;
}

/**
 * What a cleaned title may still hold that a second pass would change: the word pairs the
 * patterns above join or drop (formed when a word between them went), and the words that open
 * a reordering or a location. Single words such as "data" alone ("Data Engineer") never do.
 */
const MAY_CHANGE_AGAIN =
  /\b(?:of|in|for|jobs?|to|c|e)\b|\b(?:bill of|tech lead|full (?:stack|time)|front end|back end|web master|data (?:base|cent(?:er|re))|dev ops|service desk|fp a|cyber security|fork lift|part time|per diem|non (?:tech|cdl)|temps (?:plein|partiel)|work from|on site|new grad|(?:entry|mid|senior|junior) level|(?:sign|signing|retention|relocation) (?:on|bonus|package|assistance)|(?:needed|wanted|required) (?:for|in|at)|(?:career|job|hiring) (?:event|fair|day)|in training)\b|[hfmwdx] - [hfmwdx]\b/;

function cleanOnce(title: string): string {
  let text = foldAccents(title.normalize('NFKC').toLowerCase());
  // Each pattern runs only when the characters it needs are there: most titles are plain words.
  if (/[(.·•]|\p{L}-e\b/u.test(text)) text = text.replace(INLINE_GENDER, '$1');
  if (/[/|]|genders|homme|(?<![\p{L}\p{N}])[hfmwdx]\s*-/u.test(text)) text = text.replace(GENDER_MARKER, ' - ');
  if (text.includes(' - ')) text = dropDashedFeminines(text);
  if (text.includes('/'))
    text = text.replace(GENDER_PAIR, (pair, first: string, second: string) => (second.startsWith(first.slice(0, 4)) ? first : pair));
  if (/[()[\]{}]/.test(text)) text = text.replace(BRACKETS, ' - ');
  if (/[$€£\d]/.test(text)) text = text.replace(PAY, ' - ');
  text = text.replace(PHRASES, ' - ');
  if (MAY_RECRUIT.test(text)) text = text.replace(RECRUITING, ' - ');
  text = text.replace(COMPOUND, compound);
  if ((text.includes('job') && text.includes(' in')) || STATE_AFTER_COMMA.test(text)) text = text.replace(LOCATION, ' - ');
  text = text.trim();
  if (text.includes(' to ')) text = text.replace(ASSISTANT_TO_EXECUTIVE, 'executive assistant').replace(WORKS_FOR, '$1');
  if (text.includes(',')) text = text.replace(INVERTED, invert);
  text = text.replace(SEPARATORS, SEGMENT_SEPARATOR);
  const segments: string[] = [];
  const pieces = text.split(SEGMENT_SEPARATOR);
  for (let p = 0; p < pieces.length; p++) {
    let segment = pieces[p]!;
    if (UNCLEAN_SEGMENT.test(segment)) segment = segment.replace(NOT_WORD, ' ').replace(SPACES, ' ').trim();
    if (segment.includes(' of ')) segment = segment.replace(X_OF_Y, '$2 $1');
    if (segment !== '') segments.push(segment);
  }
  const parts = dropNoiseWords(segments);
  if (parts.length > 1 && RANKS.has(parts[0]!) && isFunction(parts[1]!)) parts.splice(0, 2, `${parts[1]} ${parts[0]}`);
  return parts.join(SEGMENT_SEPARATOR);
}

/**
 * "Ingénieur - Ingénieure": a masculine (three letters or more) and its feminine between dashes;
 * the feminine goes. Each dash is looked at once, so "Stage - Ingénieur - Ingénieure" finds its
 * pair on the first pass.
 */
function dropDashedFeminines(text: string): string {
  let out = text;
  for (let dash = out.indexOf('-'); dash >= 0; dash = out.indexOf('-', dash + 1)) {
    let before = dash;
    while (before > 0 && isSpace(out.charCodeAt(before - 1))) before--;
    let after = dash + 1;
    while (after < out.length && isSpace(out.charCodeAt(after))) after++;
    if (before === dash || after === dash + 1) continue;
    let start = before;
    while (start > 0 && isLetter(out, start - 1)) start--;
    let end = after;
    while (end < out.length && isLetter(out, end)) end++;
    if (before - start < 3 || end === after || (start > 0 && isDigit(out.charCodeAt(start - 1)))) continue;
    if (isFeminineOf(out.slice(after, end), out.slice(start, before))) {
      out = out.slice(0, before) + out.slice(end);
      dash = before - 1;
    }
  }
  return out;
}

const isSpace = (code: number) => code === 32 || (code >= 9 && code <= 13) || code === 160;
const isDigit = (code: number) => code >= 48 && code <= 57;
/** A letter at a position: ASCII letters directly, others through \p{L}. */
function isLetter(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return true;
  return code > 127 && /\p{L}/u.test(text[at]!);
}

/** The inverted order put right unless the part after the comma is itself a person ("Nurse, Registered"). */
function invert(inverted: string, head: string, qualifier: string): string {
  return PERSON_NOUN.test(qualifier.trim()) ? inverted : `${qualifier.trim()} ${head}`;
}

/** A title part that holds something but plain words and single spaces (most hold nothing else). */
const UNCLEAN_SEGMENT = /[^a-z0-9 ]|\s\s|^\s|\s$/;
const NOT_WORD = /[^\p{L}\p{N} ]+/gu;
const SPACES = /\s+/g;
/** A two-letter word after a comma, which LOCATION's US states need: most commas are not followed by one. */
const STATE_AFTER_COMMA = /,\s*[a-z]{2}(?![a-z])/;

/** A short title part that names a function rather than a person: "product marketing", not "registered nurse". */
function isFunction(part: string): boolean {
  return part.split(' ').length <= 4 && !PERSON_NOUN.test(part) && !/\d/.test(part);
}

/** Accents and ligatures folded to ASCII letters where they have one (é -> e, œ -> oe). */
function foldAccents(text: string): string {
  if (!/[^\x00-\x7f]/.test(text)) return text;
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/[’`´]/g, "'");
}
