// Mermaid labels (issue: Mermaid injection): no title can become a directive, a comment or a second line.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeMermaidLabel, escapeMermaidNodeText } from '../../src/escape/mermaid.js';
import { GANTT_LEXERS, lexGantt } from './gantt-lexer.js';

const ATTACK = 'click task1 href "https//evil.example/phish" %%';

describe('escapeMermaidLabel', () => {
  it.each([
    [ATTACK, '\u2060click task1 href "https//evil.example/phish" ％％'],
    ['%% hidden course', '％％ hidden course'],
    ['SQL: the basics', 'SQL꞉ the basics'],
    ['C# and F#; a tour', 'C♯ and F♯, a tour'],
    ['100% remote', '100％ remote'],
    ['Section 508 accessibility', '\u2060Section 508 accessibility'],
    ['2024-01-01 kick-off', '\u20602024-01-01 kick-off'],
    ['line one\nline two\r\n\u2028three', 'line one line two three'],
    ['tab\there\u0000nul\u202Eevil', 'tab here nulevil'],
    ['  spaced   out  ', 'spaced out'],
    ['\n\t', '(no title)'],
    ['Learn SQL', 'Learn SQL'],
  ])('%j -> %j', (title, label) => {
    expect(escapeMermaidLabel(title)).toBe(label);
  });

  const pieces = fc.constantFrom(
    'click ',
    'href "x"',
    'call f()',
    'section ',
    'title ',
    'gantt',
    'dateFormat x',
    'axisFormat %s',
    'excludes weekends',
    'includes 2024-01-01',
    'todayMarker off',
    'tickInterval 1day',
    'weekday monday',
    'weekend friday',
    'accTitle: a',
    'accDescr: b',
    'accDescr { c }',
    'displayMode compact',
    'topAxis',
    'inclusiveEndDates',
    '2024-01-01',
    '%%',
    '%%{init: {}}%%',
    '%',
    '}',
    ':',
    ';',
    '#',
    '#35;',
    '\n',
    '\r',
    '\u2028',
    '\u0085',
    '\t',
    ' ',
    '\u00A0',
    '\uFEFF',
    '\u2060',
    '\u202E',
    '\uD800',
    'ſection ',
    'ⅽlick ',
    'a',
    'C',
    '"',
    '`',
    '```',
  );
  const titles = fc.oneof(
    fc.string({ unit: 'binary' }),
    fc.array(fc.oneof(pieces, fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 8 }).map((parts) => parts.join('')),
  );

  it('never lets a label be read as anything but a task name or a section name, by any version of the lexer', () => {
    fc.assert(
      fc.property(titles, (title) => {
        const label = escapeMermaidLabel(title);
        expect(label).not.toMatch(/[:;#%\p{Cc}\p{Zl}\p{Zp}]/u);
        expect(label).not.toBe('');
        for (const rules of Object.values(GANTT_LEXERS)) {
          expect(lexGantt(`  ${label} : 3000, 8000\n`, rules)).toEqual([
            ['taskTxt', `${label} `],
            ['taskData', ': 3000, 8000'],
            ['NL', '\n'],
          ]);
          expect(lexGantt(`  section ${label}\n`, rules)).toEqual([
            ['section', `section ${label}`],
            ['NL', '\n'],
          ]);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('models the lexer: without escaping, the attack is a click link and %% hides a course', () => {
    for (const rules of Object.values(GANTT_LEXERS)) {
      expect(lexGantt(`  ${ATTACK} : 3000, 8000\n`, rules)[0]?.[0]).toBe('click');
      expect(lexGantt('  %% hidden : 3000, 8000\n', rules)).toEqual([['NL', '\n']]);
    }
  });
});

describe('escapeMermaidNodeText', () => {
  it.each([
    ['Backend: "servers"', 'Backend: #quot;servers#quot;'],
    ['C# & <b>F#</b>', 'C#35; #amp; #lt;b#gt;F#35;#lt;/b#gt;'],
    ['`markdown` string', '#96;markdown#96; string'],
    ['two\nlines\u2028here', 'two lines here'],
    ['\u200b ', '(no title)'],
  ])('%j -> %j', (name, text) => {
    expect(escapeMermaidNodeText(name)).toBe(text);
  });

  it('can neither close the quotes of c1["..."] nor start a line, a tag or a Markdown string (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (name) => {
        const text = escapeMermaidNodeText(name);
        expect(text).not.toMatch(/["<>&`\n\r\u2028\u2029]/);
        // Every # starts one of the entity codes written, which Mermaid turns back into a character.
        expect(text.replace(/#(quot|amp|lt|gt|35|96);/g, '')).not.toContain('#');
        expect(text.trim()).not.toBe('');
      }),
    );
  });
});
