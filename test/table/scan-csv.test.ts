import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvScanner } from '../../src/table/scan-csv.js';
import { csvDocument } from './csv-documents.js';

interface ScannedRecord {
  values: string[];
  line: number;
  malformed: string | null;
}

/** Scans `bytes` cut into chunks at `cuts`, decoding every column after the header. */
function scan(bytes: Buffer, delimiter: string, cuts: number[] = [], columns?: number[]): ScannedRecord[] {
  const records: ScannedRecord[] = [];
  const scanner = new CsvScanner(delimiter.charCodeAt(0), (record) => {
    const { values, line, malformed } = record;
    if (records.length === 0) scanner.selectColumns(columns ?? values.map((_, index) => index));
    records.push({ values, line, malformed });
  });
  let from = 0;
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
    scanner.push(bytes.subarray(from, cut));
    from = cut;
  }
  scanner.push(bytes.subarray(from));
  scanner.end();
  return records;
}

function oracle(text: string, delimiter: string): string[][] {
  return parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true }) as string[][];
}

describe('CsvScanner', () => {
  it('reads what csv-parse reads, wherever the chunks are cut', () => {
    fc.assert(
      fc.property(csvDocument, fc.array(fc.nat(), { maxLength: 6 }), ({ text, delimiter, table, lines }, rawCuts) => {
        const bytes = Buffer.from(text, 'utf8');
        const cuts = rawCuts.map((cut) => cut % (bytes.length + 1));
        const got = scan(bytes, delimiter, cuts);
        expect(got.map((record) => record.values)).toEqual(oracle(text, delimiter));
        expect(got.map((record) => record.values)).toEqual(table);
        expect(got.map((record) => record.line)).toEqual(lines);
        expect(got.every((record) => record.malformed === null)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same records when cut at every single byte boundary', () => {
    fc.assert(
      fc.property(csvDocument, ({ text, delimiter }) => {
        const bytes = Buffer.from(text, 'utf8');
        const whole = scan(bytes, delimiter);
        for (let cut = 0; cut <= bytes.length; cut++) expect(scan(bytes, delimiter, [cut])).toEqual(whole);
      }),
      { numRuns: 100 },
    );
  });

  it('decodes only the selected columns, in slot order, a column twice if asked', () => {
    const bytes = Buffer.from('a,b,c\n1,"x,""y""",3\n4,5,6\n');
    const records = scan(bytes, ',', [], [2, 1, 2]);
    expect(records.slice(1).map((record) => record.values)).toEqual([
      ['3', 'x,"y"', '3'],
      ['6', '5', '6'],
    ]);
  });

  it('counts lines inside quoted fields and skips blank lines', () => {
    const records = scan(Buffer.from('h1,h2\r\n"multi\r\nline",x\r\n\r\nlast,y'), ',');
    expect(records.map((record) => [record.line, record.values])).toEqual([
      [1, ['h1', 'h2']],
      [2, ['multi\r\nline', 'x']],
      [5, ['last', 'y']],
    ]);
  });

  it('flags a quoted field followed by stray characters, and a quote never closed', () => {
    const records = scan(Buffer.from('a,b\n"x"y,1\nok,2\n"open,3\n'), ',');
    expect(records.map((record) => [record.line, record.malformed])).toEqual([
      [1, null],
      [2, 'field 1 has characters after its closing quote'],
      [3, null],
      [4, 'a quoted field is never closed'],
    ]);
  });

  it('keeps a quote inside an unquoted field as text', () => {
    expect(scan(Buffer.from('a,b\n5" screen,1\n'), ',')[1]!.values).toEqual(['5" screen', '1']);
  });
});

describe('CsvScanner on one huge record fed in small chunks', () => {
  /** Pushes `bytes` 16 KiB at a time, as gunzip hands them over. */
  function scanInSmallChunks(bytes: Buffer): { fields: number[]; lines: number[] } {
    const fields: number[] = [];
    const lines: number[] = [];
    const scanner = new CsvScanner(','.charCodeAt(0), (record) => {
      fields.push(record.fieldCount);
      lines.push(record.line);
    });
    scanner.selectColumns([0]);
    for (let from = 0; from < bytes.length; from += 16_384) scanner.push(bytes.subarray(from, from + 16_384));
    scanner.end();
    return { fields, lines };
  }

  // The unfinished record used to be scanned again from its start on every chunk: 24 MB of
  // one unquoted field took 24 s (a 60 MB record in a gzip, 224 s).
  it.each([
    ['an unquoted field of 24 MB', `a,${'x'.repeat(24 << 20)}\nb,c\n`, 2],
    ['a quoted field of 4 MB with line breaks', `a,"${'x\n'.repeat(2 << 20)}"\nb,c\n`, 2],
    ['2 million fields', `${'a,'.repeat(2 << 20)}z\nb,c\n`, (2 << 20) + 1],
  ])('reads %s in linear time', (_, text, width) => {
    const { fields, lines } = scanInSmallChunks(Buffer.from(text));
    expect(fields).toEqual([width, 2]);
    expect(lines[0]).toBe(1);
  });
});

describe('CsvScanner on wide headers', () => {
  it('reads every field of a header of any width, wherever the chunks are cut', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.array(fc.nat(), { maxLength: 4 }), (width, rawCuts) => {
        const names = Array.from({ length: width }, (_, i) => (i % 7 === 3 ? `"c,${i}"` : `c${i}`));
        const bytes = Buffer.from(`${names.join(',')}\n${names.map((_, i) => i).join(',')}\n`);
        const records = scan(
          bytes,
          ',',
          rawCuts.map((cut) => cut % (bytes.length + 1)),
        );
        expect(records.map((record) => record.values)).toEqual([
          names.map((name) => name.replaceAll('"', '')),
          names.map((_, i) => String(i)),
        ]);
        expect(records.map((record) => record.line)).toEqual([1, 2]);
      }),
      { numRuns: 200 },
    );
  });

  it('reads a header of 5,000 columns, then only the selected ones', () => {
    const bytes = Buffer.from(
      `${Array.from({ length: 5000 }, (_, i) => `h${i}`).join(',')}\n${Array.from({ length: 5000 }, (_, i) => i).join(',')}\n`,
    );
    const records = scan(bytes, ',', [100, 7000], [4999, 0]);
    expect(records[0]!.values).toHaveLength(5000);
    expect(records[0]!.values[4999]).toBe('h4999');
    expect(records[1]!.values).toEqual(['4999', '0']);
  });
});
