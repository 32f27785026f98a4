import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/escape/markdown.js';
import { escapeTerminal } from '../../src/escape/terminal.js';

/** Punctuation escapeMarkdown must never leave bare: everything that opens an inline construct. */
const ACTIVE = '!#$&*:<>@[\\]_`|~';

/** True when every active character is escaped: the text reads as (`\` + active or dot | anything else)*. */
function allEscaped(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') {
      if (!`${ACTIVE}.`.includes(text[i + 1] ?? '')) return false;
      i++;
    } else if (ACTIVE.includes(text[i]!)) return false;
  }
  return true;
}

/** What CommonMark shows for a run of backslash escapes. */
const unescapeMarkdown = (text: string) => text.replace(/\\(.)/g, '$1');

describe('escapeMarkdown', () => {
  it.each([
    ['<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)\\>'],
    ['![x](http://evil.example/t.png)', '\\!\\[x\\](http\\://evil.example/t.png)'],
    ['[x](javascript:alert(1)) [y][1] [^1]', '\\[x\\](javascript\\:alert(1)) \\[y\\]\\[1\\] \\[^1\\]'],
    ['<http://evil.example>', '\\<http\\://evil.example\\>'],
    ['**bold** _it_ `code` a|b', '\\*\\*bold\\*\\* \\_it\\_ \\`code\\` a\\|b'],
    ['# title', '\\# title'],
    ['&lt;script&gt;', '\\&lt;script\\&gt;'],
    [
      '$x^2$ :rocket: @team www.evil.example WWW.x.y a@b.example ~~gone~~',
      '\\$x^2\\$ \\:rocket\\: \\@team www\\.evil.example WWW\\.x.y a\\@b.example \\~\\~gone\\~\\~',
    ],
    ['two\nlines\r\nthree', 'two lines three'],
    ['\u001b[31mred\u0007 \u202eevil', '\\\\x1b\\[31mred\\\\x07 \\\\u202eevil'],
    [
      "data analyst, l'équipe; ci/cd 100%? scikit-learn c++ (h/f) node.js",
      "data analyst, l'équipe; ci/cd 100%? scikit-learn c++ (h/f) node.js",
    ],
  ])('makes %j inert', (text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped);
  });

  it('leaves no active character bare, no line break and no control, and shows exactly the text', () => {
    const unit = fc.oneof(
      fc.constantFrom(...ACTIVE, 'w', '.', '\n', '\r', '\t', '\u001b', '\u202e', '\u0085', 'a', ' ', '(', ')', '-', 'é'),
      fc.string({ maxLength: 1 }),
    );
    fc.assert(
      fc.property(fc.string({ unit }), (text) => {
        const escaped = escapeMarkdown(text);
        expect(allEscaped(escaped)).toBe(true);
        expect(escaped).not.toMatch(/www\./i);
        expect(escaped).not.toMatch(/[\r\n\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
        expect(unescapeMarkdown(escaped)).toBe(escapeTerminal(text.replace(/\r\n|\r|\n/g, ' '), { tabs: true }));
      }),
      { numRuns: 500 },
    );
  });
});
