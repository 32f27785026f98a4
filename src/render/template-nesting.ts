// How deep a template's blocks nest, read from its text before Handlebars parses it: the parser
// takes time that grows much faster than the nesting (8,000 nested blocks: about a minute).

/** Blocks (an `{{else if}}` counts as one more, as Handlebars nests it) and sub-expressions. */
export const MAX_NESTING = 20;

/** Where the nesting first goes past `max`, or undefined when it never does. */
export interface DeepNesting {
  /** 1-based. */
  line: number;
  what: 'blocks' | 'sub-expressions';
}

export function findDeepNesting(text: string, max = MAX_NESTING): DeepNesting | undefined {
  /** Per open block, the levels it adds: 1, plus 1 per chained `{{else ...}}`. */
  const open: number[] = [];
  let depth = 0;
  let at = 0;
  for (;;) {
    const start = text.indexOf('{{', at);
    if (start === -1) return undefined;
    if (start > 0 && text[start - 1] === '\\') {
      at = start + 2;
      continue;
    }
    if (text.startsWith('{{{{', start)) {
      at = skipRawBlock(text, start);
      continue;
    }
    const body = /^\{\{~?\s*/.exec(text.slice(start, start + 64))?.[0].length ?? 2;
    const end = tagEnd(text, start + body);
    if (text.startsWith('!', start + body)) {
      at = end;
      continue;
    }
    const tag = text.slice(start + body, end);
    const kind = tag.charAt(0);
    if (kind === '#' || (kind === '^' && !/^\^\s*~?\s*\}\}/.test(tag))) {
      open.push(1);
      depth += 1;
    } else if (kind === '/') {
      depth -= open.pop() ?? 0;
    } else if (/^else\s+[^\s~}]/.test(tag) && open.length > 0) {
      open[open.length - 1] = (open[open.length - 1] ?? 0) + 1;
      depth += 1;
    }
    if (depth > max) return { line: lineOf(text, start), what: 'blocks' };
    if (parenDepth(tag) > max) return { line: lineOf(text, start), what: 'sub-expressions' };
    at = end;
  }
}

/** Index just past the `}}` (or `--}}` of a long comment) that ends the tag starting before `from`. */
function tagEnd(text: string, from: number): number {
  const closer = text.startsWith('!--', from) ? '--}}' : '}}';
  const end = text.indexOf(closer, from);
  return end === -1 ? text.length : end + closer.length;
}

/** `{{{{raw}}}} ... {{{{/raw}}}}`: Handlebars reads nothing inside. */
function skipRawBlock(text: string, start: number): number {
  const close = text.indexOf('{{{{/', start + 4);
  if (close === -1) return text.length;
  const end = text.indexOf('}}}}', close);
  return end === -1 ? text.length : end + 4;
}

/** The deepest `(` nesting of a tag, outside quoted strings. */
function parenDepth(tag: string): number {
  let depth = 0;
  let deepest = 0;
  let quote = '';
  for (const c of tag) {
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(') deepest = Math.max(deepest, ++depth);
    else if (c === ')') depth -= 1;
  }
  return deepest;
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
