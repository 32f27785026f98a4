// A cheap pre-parse guard: yaml needs memory and stack per nesting level, and a few MB of
// "[[[[" or "- - - -" exhaust both (4 GB for 5 MB of "["), so deep files are refused first.

/**
 * The offset where `text` first nests deeper than `limit`, or `undefined`. It counts flow
 * brackets outside quotes and comments, and compact block indicators ("- - -") at the start
 * of a line. It may overcount (a bracket inside a block scalar), never by enough to matter:
 * curriculum files nest a handful of levels.
 */
export function findExcessiveNesting(text: string, limit: number): number | undefined {
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
