// Text that Mermaid can only read as a gantt task name (or section name), or as a flowchart node's text, whatever it holds.
//
// The lexer (packages/mermaid/src/diagrams/gantt/parser/gantt.jison, case-insensitive, first
// rule wins) tries directives and comments at the start of a token before `taskTxt`, and
// `taskTxt` ends at `:` and a line break (before Mermaid 10.7 also at `#` and `;`).

/**
 * Words the lexer reads as a statement when a line starts with them, in every version since 9:
 * a prefix is enough for some (`topAxis`, `gantt`), so any label starting with one is guarded.
 */
const KEYWORDS = [
  'accDescr',
  'accTitle',
  'axisFormat',
  'call',
  'click',
  'dateFormat',
  'displayMode',
  'excludes',
  'gantt',
  'href',
  'includes',
  'inclusiveEndDates',
  'section',
  'tickInterval',
  'title',
  'todayMarker',
  'topAxis',
  'weekday',
  'weekend',
];

/** Case-insensitive like the lexer; `u` also folds `ſ` and the Kelvin sign, in case a parser ever does. */
const STATEMENT_START = new RegExp(`^(?:${KEYWORDS.join('|')}|\\d{4}-\\d{2}-\\d{2})`, 'iu');

/** U+2060 WORD JOINER: invisible, not whitespace to the lexer (`\s`), matched by no rule but `taskTxt`. */
const GUARD = '\u2060';

/**
 * Look-alikes for the characters that end a task name, comment a line or start an entity, so a
 * title keeps its meaning: `SQL: the basics` -> `SQL꞉ the basics`, `C#` -> `C♯`, `100%` -> `100％`.
 */
const LOOK_ALIKES: Record<string, string> = { ':': '\uA789', '#': '\u266F', '%': '\uFF05', ';': ',' };

/** What a label that is empty once cleaned reads as: an empty task name breaks the whole chart. */
const EMPTY = '(no title)';

/** A label safe for one line of a Mermaid gantt chart: one line, no directive, no comment, no `:`. */
export function escapeMermaidLabel(text: string): string {
  const label = oneLine(text)
    .replace(/[:#%;]/g, (c) => LOOK_ALIKES[c] ?? ' ')
    .trim();
  if (label === '') return EMPTY;
  return STATEMENT_START.test(label) ? `${GUARD}${label}` : label;
}

/**
 * Mermaid's entity codes for what would end a flowchart node's quoted text (`"`), start an
 * entity or a Markdown string, or be read as HTML by the label renderer.
 */
const NODE_ENTITIES: Record<string, string> = { '"': '#quot;', '#': '#35;', '&': '#amp;', '<': '#lt;', '>': '#gt;', '`': '#96;' };

/**
 * Text for a flowchart node written `c1["..."]` (a knowledge map's concept): one line, and
 * the characters that could end the quotes or format the label given as entity codes, which
 * Mermaid turns back into the characters shown.
 */
export function escapeMermaidNodeText(text: string): string {
  const label = oneLine(text)
    .replace(/["#&<>`]/g, (c) => NODE_ENTITIES[c] ?? ' ')
    .trim();
  return label === '' ? EMPTY : label;
}

/** Lone surrogates replaced, invisible format characters dropped, every kind of line break and space run made one space. */
function oneLine(text: string): string {
  return text
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/\p{Cf}/gu, '')
    .replace(/[\p{Cc}\p{Zl}\p{Zp}\s]+/gu, ' ');
}
