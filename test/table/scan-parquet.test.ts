import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { scanTable } from '../../src/table/scan-table.js';
import { PROJECT_ROOT, runInProcess } from '../cli/run-cli.js';
import { duckdb, sqlPath } from '../scale/duckdb.js';

const SAMPLE = path.join(PROJECT_ROOT, 'samples/postings.csv');
let folder: string;
const at = (name: string) => path.join(folder, name);

beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'parquet-'));
  const postings = `read_csv(${sqlPath(SAMPLE)}, all_varchar = false)`;
  // Small row groups, so records cross many group boundaries; every codec a data lake uses.
  const codecs = ['snappy', 'zstd', 'gzip', 'uncompressed'];
  await duckdb(
    ...codecs.map(
      (codec) =>
        `COPY (SELECT * FROM ${postings}) TO ${sqlPath(at(`text-${codec}.parquet`))} (FORMAT parquet, COMPRESSION ${codec}, ROW_GROUP_SIZE 700)`,
    ),
    // Skills as a LIST<VARCHAR>, dates as timestamps, companies as a dictionary.
    `COPY (SELECT job_id, title, company, CAST(date_posted AS TIMESTAMP) AS date_posted, date_closed,
            list_transform(string_split(skills, ';'), s -> trim(s)) AS skills
           FROM ${postings}) TO ${sqlPath(at('list.parquet'))} (FORMAT parquet, ROW_GROUP_SIZE 1000)`,
    `COPY (SELECT * FROM (VALUES
            ('Data Analyst', ['c, c++', 'r&d''s', 'a|b', 'sql', '', NULL, 'sql', '[x]']),
            ('Data Analyst', NULL),
            ('data analyst (H/F)', []),
            ('Nurse', ['first aid; cpr'])) AS t(title, skills))
          TO ${sqlPath(at('awkward.parquet'))} (FORMAT parquet)`,
  );
  writeFileSync(at('corrupt.parquet'), Buffer.concat([Buffer.from('PAR1'), Buffer.alloc(64, 7), Buffer.from('PAR1')]));
}, 60_000);

const rank = (file: string, ...more: string[]) =>
  runInProcess(['rank-jobs', file, '--format', 'json', '--top', '1000', '--top-skills', '1000', ...more]);

describe('rank-jobs on Parquet', () => {
  it('gives exactly what the CSV gives, whatever the codec and row groups, with the taxonomy chosen from the titles', async () => {
    const csv = await rank(SAMPLE);
    expect(csv.code).toBe(0);
    for (const codec of ['snappy', 'zstd', 'gzip', 'uncompressed']) {
      const parquet = await rank(at(`text-${codec}.parquet`));
      expect(parquet.code, parquet.stderr).toBe(0);
      expect(parquet.stdout).toBe(csv.stdout);
      expect(parquet.stderr).toBe(csv.stderr.replace(SAMPLE, at(`text-${codec}.parquet`)));
    }
  });

  it('reads a LIST column of skills as a list, and timestamps as days', async () => {
    const csv = await rank(SAMPLE, '--taxonomy', 'none');
    const parquet = await rank(at('list.parquet'), '--taxonomy', 'none');
    expect(parquet.code, parquet.stderr).toBe(0);
    expect(JSON.parse(parquet.stdout)).toEqual(JSON.parse(csv.stdout));
  });

  it('keeps every list item whole, whatever it holds, and counts a skill once per posting', async () => {
    const result = await rank(at('awkward.parquet'), '--taxonomy', 'none', '--job', 'data analyst');
    expect(result.code, result.stderr).toBe(0);
    const [career] = JSON.parse(result.stdout).careers;
    expect(career.postings).toBe(3);
    expect(career.skills).toEqual(['[x]', 'a|b', 'c, c++', "r&d's", 'sql'].map((skill) => ({ skill, postings: 1, share: 0.3333 })));
    const nurse = await rank(at('awkward.parquet'), '--taxonomy', 'none', '--job', 'nurse');
    expect(JSON.parse(nurse.stdout).careers[0].skills).toEqual([{ skill: 'first aid; cpr', postings: 1, share: 1 }]);
  });

  it('codes the titles of a Parquet file with occupations --from', async () => {
    const fromCsv = await runInProcess(['occupations', '--from', SAMPLE, '--format', 'csv', '--taxonomy', 'rome']);
    const fromParquet = await runInProcess(['occupations', '--from', at('text-zstd.parquet'), '--format', 'csv', '--taxonomy', 'rome']);
    expect(fromParquet.code, fromParquet.stderr).toBe(0);
    expect(fromParquet.stdout).toBe(fromCsv.stdout);
  });

  it('says in one sentence that a file is not valid Parquet, or cannot be piped', async () => {
    const corrupt = await rank(at('corrupt.parquet'));
    expect(corrupt.code).toBe(2);
    expect(corrupt.stderr).toMatch(/^curriculum: Cannot read ".*corrupt\.parquet" as Parquet: .+\.\n$/);
    const piped = await runInProcess(['rank-jobs', '-', '--format', 'json'], { stdin: Buffer.from('PAR1 and more') });
    expect(piped.code).toBe(2);
    expect(piped.stderr).toBe('curriculum: "-" is a Parquet file: give its path rather than piping it (Parquet is read from its end).\n');
  });

  it('hands the head sample and the header over as the CSV path does', async () => {
    const seen: { fields: string[]; sample: string[][] }[] = [];
    const records: string[][] = [];
    await scanTable(
      {
        name: 'awkward.parquet',
        open: () => {
          throw new Error('a Parquet file is not read as a stream');
        },
        path: at('awkward.parquet'),
      },
      {},
      {
        prepare: async (fields, sample) => {
          seen.push({ fields, sample });
        },
        header: (fields) => [fields.indexOf('skills'), -1, fields.indexOf('title')],
        record: (record) => {
          records.push([...record.values, String(record.line)]);
        },
        skip: () => {
          throw new Error('no record is bad');
        },
      },
    );
    expect(seen[0]!.fields).toEqual(['title', 'skills']);
    expect(seen[0]!.sample.map((row) => row[0])).toEqual(['Data Analyst', 'Data Analyst', 'data analyst (H/F)', 'Nurse']);
    expect(records).toEqual([
      ["['c, c++', 'r&d\\'s', 'a|b', 'sql', '', 'sql', '[x]']", '', 'Data Analyst', '2'],
      ['', '', 'Data Analyst', '3'],
      ['[]', '', 'data analyst (H/F)', '4'],
      ["['first aid; cpr']", '', 'Nurse', '5'],
    ]);
  });
});
