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

/**
 * Unicode NFKC, lower case, gender markers removed, whitespace collapsed, then one leading
 * seniority word removed (and, for French titles that put it last, one trailing one).
 * Returns '' when nothing is left.
 */
export function normalizeTitle(title: string): string {
  let text = title.normalize('NFKC').toLowerCase();
  if (text.includes('/') || text.includes('-') || text.includes('|')) text = text.replace(GENDER_MARKER, ' ');
  text = text.replace(EMPTY_BRACKETS, ' ').replace(/\s+/gu, ' ').replace(EDGE_PUNCTUATION, '');
  const withoutLeading = text.replace(LEADING_SENIORITY, '');
  if (withoutLeading) text = withoutLeading;
  const withoutTrailing = text.replace(TRAILING_SENIORITY, '').replace(EDGE_PUNCTUATION, '');
  return withoutTrailing || text;
}
