import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvTextCell, neutraliseFormula, quoteCsvField } from '../../src/escape/csv-cell.js';

describe('neutraliseFormula', () => {
  it.each(['=1+1', '+cmd|', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '=HYPERLINK("http://evil.example","x")'])(
    'puts a quote before %j',
    (text) => {
      expect(neutraliseFormula(text)).toBe(`'${text}`);
    },
  );

  it.each(['data analyst', 'c++', 'a=b', ' =1', '', "'already"])('leaves %j alone', (text) => {
    expect(neutraliseFormula(text)).toBe(text);
  });
});

describe('csvTextCell', () => {
  it('quotes what needs quoting, after neutralising', () => {
    expect(csvTextCell('=1,2')).toBe(`"'=1,2"`);
    expect(csvTextCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvTextCell('=1,2', true)).toBe('"=1,2"');
  });

  it('reads back, through a CSV parser, as the text with at most a leading quote that no formula follows', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '"', ',', 'a', ' ', "'") }), (text) => {
        const cell = (parse(`${csvTextCell(text)}\n`) as string[][])[0]![0]!;
        expect(cell === text || cell === `'${text}`).toBe(true);
        expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        const raw = (parse(`${quoteCsvField(text)}\n`) as string[][])[0]![0]!;
        expect(raw).toBe(text);
      }),
    );
  });
});
