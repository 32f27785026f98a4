// A pre-parse guard: yaml needs memory and stack per nesting level, and a few MB of "[[[["
// or "- - - -" exhaust both (4 GB for 5 MB of "["; 32,000 "- " crash the process), so deep
// files are refused first.
import { createRequire } from 'node:module';

/** Deeper nesting is refused before parsing. */
export const MAX_NESTING_DEPTH = 100;

/** yaml, loaded on first use (30 ms): `rank-jobs` checks YAML only when given an alias or vocabulary file. */
let yamlModule: typeof import('yaml') | undefined;
const yaml = (): typeof import('yaml') => (yamlModule ??= createRequire(import.meta.url)('yaml') as typeof import('yaml'));

/**
 * Up to this many nesting tokens in all, no file can nest deep enough to hurt yaml
 * (measured: 16,000 levels parse in 0.1 s), so the exact check is not needed.
 */
const HARMLESS_NESTING = 2000;

/**
 * The offset where `text` first nests deeper than `limit`, or `undefined`. A cheap scan
 * answers for ordinary files; it can be fooled (a quote inside a block scalar hides what
 * follows), so a file holding enough brackets or indicators to be dangerous is checked
 * again with yaml's own lexer, which reads quotes and scalars exactly as the parser will.
 */
export function findExcessiveNesting(text: string, limit: number): number | undefined {
  const quick = scanQuickly(text, limit);
  if (quick !== undefined || nestingBound(text) <= HARMLESS_NESTING) return quick;
  return scanExactly(text, limit);
}

/**
 * Counts flow brackets outside quotes and comments, and compact block indicators ("- - -")
 * at the start of a line. It may overcount (a bracket inside a block scalar) and it trusts
 * any quote it sees, which is where it can be fooled.
 */
function scanQuickly(text: string, limit: number): number | undefined {
  let depth = 0;
  let quote: string | undefined;
  let lineStart = true;
  let compact = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quote) {
      if (quote === '"' && c === '\\') i++;
      else if (c === quote && quote === "'" && text[i + 1] === "'") i++;
      else if (c === quote) quote = undefined;
      continue;
    }
    if (c === '\n') {
      lineStart = true;
      compact = 0;
      continue;
    }
    const previous = i === 0 ? '\n' : (text[i - 1] as string);
    if (lineStart) {
      if (c === ' ' || c === '\t') continue;
      if ((c === '-' || c === '?' || c === ':') && (text[i + 1] === ' ' || text[i + 1] === '\t')) {
        if (++compact > limit) return i;
        continue;
      }
      lineStart = false;
    }
    if (c === '#' && /\s/.test(previous)) {
      const end = text.indexOf('\n', i);
      i = (end < 0 ? text.length : end) - 1;
    } else if ((c === '"' || c === "'") && /[\s[{,:]/.test(previous)) {
      quote = c;
    } else if (c === '[' || c === '{') {
      if (++depth > limit) return i;
    } else if ((c === ']' || c === '}') && depth > 0) {
      depth--;
    }
  }
  return undefined;
}

/**
 * An upper bound of the nesting any reading of `text` can reach: every opening bracket,
 * plus the most block indicators on one line (indentation alone needs a line per level,
 * which a 5 MB file cannot afford deeply enough to matter).
 */
function nestingBound(text: string): number {
  let brackets = 0;
  let indicators = 0;
  let mostIndicators = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) brackets++;
    else if (c === 0x2d || c === 0x3f || c === 0x3a) indicators++;
    else if (c === 0x0a) {
      if (indicators > mostIndicators) mostIndicators = indicators;
      indicators = 0;
    }
  }
  return brackets + Math.max(mostIndicators, indicators);
}

/** yaml's lexer yields these markers, which are not source text. */
const MARKERS = new Set(['\x02', '\x18', '\x1f']);

/** The nesting as yaml will read it: flow brackets, and block indicators sharing a line. */
function scanExactly(text: string, limit: number): number | undefined {
  let offset = 0;
  let flow = 0;
  let compact = 0;
  for (const token of new (yaml().Lexer)().lex(text)) {
    if (token === '[' || token === '{') {
      if (++flow > limit) return offset;
    } else if ((token === ']' || token === '}') && flow > 0) flow--;
    else if (token === '\n' || token === '\r\n') compact = 0;
    else if (flow === 0 && (token === '-' || token === '?' || token === ':')) {
      if (++compact > limit) return offset;
    }
    if (!MARKERS.has(token)) offset += token.length;
  }
  return undefined;
}
