// A Parquet list of skills written as a cell must read back as exactly its items, through
// both paths of the skills reader (the bytes one and the string one).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NO_ALIASES } from '../../src/demand/aliases.js';
import { normalizeSkill } from '../../src/demand/parse-skills.js';
import { SkillIds } from '../../src/demand/skill-ids.js';
import { CsvRecord } from '../../src/table/csv-record.js';
import { encodeCell, listCell } from '../../src/table/parquet-cell.js';

/** The skills the reader finds in a cell, by name, in order. */
function readBack(cell: string): string[] {
  const skills = new SkillIds(NO_ALIASES);
  const record = new CsvRecord();
  record.resize(1);
  record.buf = Buffer.from(cell, 'utf8');
  record.end[0] = record.buf.length;
  const ids: number[] = [];
  const found = skills.readCell(record, 0, ids);
  return ids.slice(0, found).map((id) => (id < 0 ? '' : skills.names[id]!));
}

const item = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', ';', '|', "'", '"', '\\', '[', ']', 'é', '\n') }),
  fc.string(),
  fc.constantFrom('c, c++', "r&d's", 'a|b', '[x]', 'sql'),
);

describe('a Parquet list as a skills cell', () => {
  it('reads back as its items, each normalised, none split or merged', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 8 }), (items) => {
        expect(readBack(listCell(items)).filter((skill) => skill !== '')).toEqual(
          items.map(normalizeSkill).filter((skill) => skill !== ''),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('writes scalars as a CSV export would', () => {
    const text = (value: unknown) => Buffer.from(encodeCell(value)).toString('utf8');
    expect([null, undefined, 'x', 3, 12n, true, new Date(Date.UTC(2024, 2, 5, 10))].map(text)).toEqual([
      '',
      '',
      'x',
      '3',
      '12',
      'true',
      '2024-03-05T10:00:00.000Z',
    ]);
    expect(text({ a: 1n, b: new Uint8Array([104, 105]) })).toBe('{"a":"1","b":"hi"}');
    expect(listCell(['python', 'sql'])).toBe('python; sql');
    expect(listCell(['c, c++', null, 'sql'])).toBe("['c, c++', 'sql']");
  });
});
