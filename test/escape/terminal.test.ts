import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeControl, escapeTerminal } from '../../src/escape/terminal.js';

/** What a terminal acts on: C0 but tab and line feed, DEL, C1, bidi controls. */
const ACTING = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe('escapeTerminal', () => {
  it.each([
    ['\u001b[31mred\u001b[0m', '\\x1b[31mred\\x1b[0m'],
    ['\u001b]8;;http://evil.example\u0007link\u001b]8;;\u0007', '\\x1b]8;;http://evil.example\\x07link\\x1b]8;;\\x07'],
    ['ok\rFAKE\bX\u007f', 'ok\\x0dFAKE\\x08X\\x7f'],
    ['\u009b31m C1 CSI', '\\x9b31m C1 CSI'],
    ['abc\u202edcba\u2066x\u2069', 'abc\\u202edcba\\u2066x\\u2069'],
    ['a\tb\nc', 'a\\x09b\\x0ac'],
    ['données 🔍 C:\\path', 'données 🔍 C:\\path'],
  ])('shows %j as %j', (text, shown) => {
    expect(escapeTerminal(text)).toBe(shown);
  });

  it('keeps tabs and line feeds when asked', () => {
    expect(escapeTerminal('a\tb\nc\r', { tabs: true, newlines: true })).toBe('a\tb\nc\\x0d');
  });

  it('leaves nothing a terminal acts on, and changes nothing else', () => {
    // No backslash in the input, so reading the escapes back is unambiguous.
    const unit = fc.oneof(
      fc.constantFrom('\u001b', '\u0007', '\r', '\t', '\n', '\u009b', '\u202e', '\u2069', 'x', '1'),
      fc.string({ unit: 'binary', maxLength: 1 }).filter((c) => c !== '\\'),
    );
    fc.assert(
      fc.property(fc.string({ unit }), (text) => {
        const shown = escapeTerminal(text);
        expect(shown).not.toMatch(ACTING);
        expect(shown).not.toMatch(/[\t\n]/);
        const readBack = shown.replace(/\\x([0-9a-f]{2})|\\u([0-9a-f]{4})/g, (_, x?: string, u?: string) =>
          String.fromCharCode(parseInt(x ?? u!, 16)),
        );
        expect(readBack).toBe(text);
      }),
    );
  });

  it('writes a code point below 256 as \\xHH, above as \\uHHHH', () => {
    expect(escapeControl('\u0000')).toBe('\\x00');
    expect(escapeControl('\u0085')).toBe('\\x85');
    expect(escapeControl('\u200f')).toBe('\\u200f');
  });
});
