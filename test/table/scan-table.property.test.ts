// A differential property test of the whole reading path (BOM, chunking, delimiter, quoting,
// embedded newlines, CRLF) against csv-parse, the well-known oracle: same records.
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanTable } from '../../src/table/scan-table.js';
import { csvDocument } from './csv-documents.js';

/** Reads `bytes`, cut at `cuts`, with every column of every record. */
async function read(bytes: Buffer, delimiter: string, cuts: number[]): Promise<string[][]> {
  const points = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks = [0, ...points].map((from, i) => bytes.subarray(from, points[i] ?? bytes.length));
  const records: string[][] = [];
  const source = {
    name: 'random.csv',
    open: async function* () {
      yield* chunks;
    },
  };
  await scanTable(
    source,
    { delimiter },
    {
      header(fields) {
        records.push(fields);
        return fields.map((_, index) => index);
      },
      record(record) {
        records.push(record.values);
      },
      skip(line, reason) {
        throw new Error(`line ${line} skipped: ${reason}`);
      },
    },
  );
  return records;
}

describe('scanTable against csv-parse', () => {
  it('reads the same records, with or without a byte order mark, however the bytes arrive', async () => {
    await fc.assert(
      fc.asyncProperty(csvDocument, fc.boolean(), fc.array(fc.nat(), { maxLength: 5 }), async ({ text, delimiter }, bom, cuts) => {
        const bytes = Buffer.from(`${bom ? '\uFEFF' : ''}${text}`, 'utf8');
        const expected = parse(bytes, { delimiter, bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
        expect(await read(bytes, delimiter, cuts)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
