// A posting title turned into a career name: `Data Analyst Confirmé (H/F)` -> `data analyst`.

const G = '[hfmwdx]';
/** Gender markers: (h/f), h/f, f/h, (m/f), (m/w/d), h-f, (f/h/x), h/f/nb, (w|m|d)... as a whole token. */
const GENDER_MARKER = new RegExp(
  `(?<![\\p{L}\\p{N}])\\(?\\s*${G}\\s*[/|-]\\s*${G}(?:\\s*[/|-]\\s*(?:${G}|nb|div|x))*\\s*\\)?(?![\\p{L}\\p{N}])`,
  'gu',
);
/** Seniority words, with their feminine and unaccented forms. */
const SENIORITY = 'senior|junior|sr\\.?|jr\\.?|confirm[ée]e?|exp[ée]riment[ée]e?|d[ée]butante?';
const LEADING_SENIORITY = new RegExp(`^(?:${SENIORITY})(?![\\p{L}\\p{N}])[\\s,:/-]*`, 'u');
const TRAILING_SENIORITY = new RegExp(`(?<![\\p{L}\\p{N}])(?:${SENIORITY})$`, 'u');
const EDGE_PUNCTUATION = /^[\s\-–—,:;|/·•*]+|[\s\-–—,:;|/·•*]+$/gu;
const EMPTY_BRACKETS = /\(\s*\)|\[\s*\]/g;
/** One character EDGE_PUNCTUATION removes. */
const EDGE_CHARACTER = /^[\s\-–—,:;|/·•*]$/u;
/** Whitespace that is not one single space: what collapsing changes. */
const UNCOLLAPSED_SPACE = /[^\S ]| {2}/u;
/** The last letters of the seniority words: TRAILING_SENIORITY, which tries every position, runs only after one. */
const SENIORITY_ENDINGS = new Set(['r', '.', 'e', 'é', 't']);

/** Whether the text starts or ends with a character EDGE_PUNCTUATION removes. */
const hasEdgePunctuation = (text: string) => text !== '' && (EDGE_CHARACTER.test(text[0]!) || EDGE_CHARACTER.test(text[text.length - 1]!));

/**
 * Unicode NFKC, lower case, gender markers removed, whitespace collapsed, then one leading
 * seniority word removed (and, for French titles that put it last, one trailing one).
 * Returns '' when nothing is left.
 */
export function normalizeTitle(title: string): string {
  let text = title.normalize('NFKC').toLowerCase();
  if (text.includes('/') || text.includes('-') || text.includes('|')) text = text.replace(GENDER_MARKER, ' ');
  // Each pattern runs only when it may change something: most titles are a few plain words.
  if (text.includes('(') || text.includes('[')) text = text.replace(EMPTY_BRACKETS, ' ');
  if (UNCOLLAPSED_SPACE.test(text)) text = text.replace(/\s+/gu, ' ');
  if (hasEdgePunctuation(text)) text = text.replace(EDGE_PUNCTUATION, '');
  const withoutLeading = text.replace(LEADING_SENIORITY, '');
  if (withoutLeading) text = withoutLeading;
  let withoutTrailing = SENIORITY_ENDINGS.has(text[text.length - 1] ?? '') ? text.replace(TRAILING_SENIORITY, '') : text;
  if (hasEdgePunctuation(withoutTrailing)) withoutTrailing = withoutTrailing.replace(EDGE_PUNCTUATION, '');
  return withoutTrailing || text;
}
