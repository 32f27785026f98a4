// A model of Mermaid's gantt lexer, to test what a line of our charts reads as. Transcribed from
// packages/mermaid/src/diagrams/gantt/parser/gantt.jison in mermaid-js/mermaid, as jison compiles
// it (case-insensitive; `\b` appended to rules that end with a word character; the first rule
// that matches wins): the rules of the initial state, the others being entered only by a
// directive. Two versions: 11.x (df032c9, April 2026) and 10.6 and before (f02dfe60a^), whose
// task names also end at `#` and `;` and which skip `#` comments.

type Rule = [pattern: string, token: string | null];

const DIRECTIVES: Rule[] = [
  ['%%\\{', 'open_directive'],
  ['accTitle\\s*:\\s*', 'acc_title'],
  ['accDescr\\s*:\\s*', 'acc_descr'],
  ['accDescr\\s*\\{\\s*', 'acc_descr_multiline'],
  ['%%(?!\\{)*[^\\n]*', null],
  ['[^\\}]%%*[^\\n]*', null],
  ['%%*[^\\n]*[\\n]*', null],
  ['[\\n]+', 'NL'],
  ['\\s+', null],
];

const STATEMENTS = (oldComments: boolean): Rule[] => [
  ...(oldComments ? ([['#[^\\n]*', null]] as Rule[]) : []),
  ['%[^\\n]*', null],
  ['href[\\s]+["]', 'href'],
  ['call[\\s]+', 'call'],
  ['click[\\s]+', 'click'],
  ['gantt\\b', 'gantt'],
  ['dateFormat\\s[^#\\n;]+', 'dateFormat'],
  ['inclusiveEndDates\\b', 'inclusiveEndDates'],
  ['topAxis\\b', 'topAxis'],
  ['axisFormat\\s[^#\\n;]+', 'axisFormat'],
  ['tickInterval\\s[^#\\n;]+', 'tickInterval'],
  ['includes\\s[^#\\n;]+', 'includes'],
  ['excludes\\s[^#\\n;]+', 'excludes'],
  ['todayMarker\\s[^\\n;]+', 'todayMarker'],
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((d): Rule => [`weekday\\s+${d}\\b`, 'weekday']),
];

export const GANTT_LEXERS: Record<string, Rule[]> = {
  'mermaid 11': [
    ...DIRECTIVES,
    ...STATEMENTS(false),
    ['weekend\\s+friday\\b', 'weekend'],
    ['weekend\\s+saturday\\b', 'weekend'],
    ['\\d\\d\\d\\d-\\d\\d-\\d\\d\\b', 'date'],
    ['title\\s[^\\n]+', 'title'],
    ['accDescription\\s[^#\\n;]+', 'accDescription'],
    ['section\\s[^\\n]+', 'section'],
    ['[^:\\n]+', 'taskTxt'],
    [':[^#\\n;]+', 'taskData'],
    [':', ':'],
    ['.', 'INVALID'],
  ],
  'mermaid 10.6': [
    ...DIRECTIVES,
    ...STATEMENTS(true),
    ['\\d\\d\\d\\d-\\d\\d-\\d\\d\\b', 'date'],
    ['title\\s[^#\\n;]+', 'title'],
    ['accDescription\\s[^#\\n;]+', 'accDescription'],
    ['section\\s[^#:\\n;]+', 'section'],
    ['[^#:\\n;]+', 'taskTxt'],
    [':[^#\\n;]+', 'taskData'],
    [':', ':'],
    ['.', 'INVALID'],
  ],
};

/** The tokens of `text` (skipped text is left out), as `token text` pairs. */
export function lexGantt(text: string, rules: Rule[]): [string, string][] {
  const compiled = rules.map(([pattern, token]) => [new RegExp(`^(?:${pattern})`, 'i'), token] as const);
  const tokens: [string, string][] = [];
  let rest = text;
  while (rest.length > 0) {
    const found = compiled.map(([regex, token]) => [regex.exec(rest)?.[0], token] as const).find(([match]) => match);
    if (!found) throw new Error(`Nothing matches ${JSON.stringify(rest)}.`);
    const [match, token] = found;
    if (token !== null) tokens.push([token, match as string]);
    rest = rest.slice((match as string).length);
  }
  return tokens;
}
