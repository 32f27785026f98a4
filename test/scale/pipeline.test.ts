// The scale pipeline of docs/scale.md, end to end on DuckDB over sharded sample data: the
// SQL of scale/ counts the distinct titles, `curriculum occupations` codes them, the SQL joins
// the codes back into a count table, and `rank-jobs --count-table` on it must give what
// `rank-jobs` gives on the raw shards: ranking, shares, companies, growth, every skill.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runDuckDbPipeline } from '../../scale/run-duckdb.js';
import { runBin } from '../cli/run-cli.js';
import { comparable, RANK } from './compare.js';
import { duckdb, sqlPath } from './duckdb.js';
import { SHARDS, writeSampleShards } from './sample-shards.js';

let shards: string;
let folder: string;
/** The raw shards, one path each, as a user without the pipeline gives them to rank-jobs. */
let rawFiles: string[];

beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'scale-'));
  shards = await writeSampleShards(folder);
  rawFiles = Array.from({ length: SHARDS }, (_, shard) => path.join(folder, `part-${shard}.parquet`));
}, 60_000);

async function rank(files: string[], ...more: string[]) {
  const result = await runBin(['rank-jobs', ...files, ...RANK, ...more]);
  expect(result.code, result.stderr).toBe(0);
  return result.stdout;
}

describe('the scale pipeline on DuckDB', () => {
  for (const coding of [[], ['--taxonomy', 'onet', '--level', 'major']]) {
    it(`ranks as rank-jobs does on the raw shards (${coding.join(' ') || 'default taxonomy'})`, async () => {
      const work = path.join(folder, `work-${coding.length}`);
      const files = await runDuckDbPipeline({ shards, work, coding });
      const raw = await rank(rawFiles, ...coding);
      const counted = await rank([files.counts], '--count-column', 'postings', '--count-table', ...coding);
      expect(comparable(counted)).toEqual(comparable(raw));
      // Not vacuous: the sample has occupations, companies, growth and skills to compare.
      const { careers, postings } = JSON.parse(raw);
      expect(postings).toBe(5005);
      expect(careers.length).toBeGreaterThan(8);
      expect(careers[0].companies).toBeGreaterThan(1);
      expect(careers.some((career: { growth: number | null }) => career.growth !== null)).toBe(true);
      // Each occupation with all its skills, through --job (a code: a count table knows occupations, not the titles behind them).
      const coded = careers.filter((career: { code: string | null }) => career.code !== null).slice(0, 3);
      expect(coded).toHaveLength(3);
      for (const { code: job } of coded) {
        expect(comparable(await rank([files.counts], '--count-column', 'postings', '--count-table', '--job', job, ...coding))).toEqual(
          comparable(await rank(rawFiles, '--job', job, ...coding)),
        );
      }
    }, 120_000);
  }

  it('codes titles alike however the list is cut, so step 2 can be split across processes', async () => {
    const files = await runDuckDbPipeline({ shards, work: path.join(folder, 'work-split'), coding: ['--taxonomy', 'rome'] });
    const titles = await duckdb(`SELECT title FROM read_csv(${sqlPath(files.titles)}, all_varchar = true)`);
    const half = Math.ceil(titles.length / 2);
    const codes = async (part: unknown[][], name: string) => {
      const file = path.join(folder, name);
      await duckdb(
        `COPY (SELECT * FROM (VALUES ${part.map(([title]) => `(${sqlPath(String(title))})`).join(', ')}) AS t(title)) TO ${sqlPath(file)} (FORMAT csv, HEADER true)`,
      );
      const result = await runBin(['occupations', '--from', file, '--format', 'csv', '--csv-raw', '--taxonomy', 'rome']);
      expect(result.code, result.stderr).toBe(0);
      return result.stdout.split('\n').slice(1).join('\n');
    };
    const whole = await runBin(['occupations', '--from', files.titles, '--format', 'csv', '--csv-raw', '--taxonomy', 'rome']);
    expect(titles.length).toBeGreaterThan(50);
    expect((await codes(titles.slice(0, half), 'first-half.csv')) + (await codes(titles.slice(half), 'second-half.csv'))).toBe(
      whole.stdout.split('\n').slice(1).join('\n'),
    );
  }, 60_000);

  it('counts a posting once per skill, keeps a skill holding a comma whole, and names blank titles nowhere', async () => {
    const files = await runDuckDbPipeline({ shards, work: path.join(folder, 'work-rows') });
    const counts = `read_parquet(${sqlPath(files.counts)})`;
    expect(await duckdb(`SELECT skill, postings FROM ${counts} WHERE skill LIKE '%c++%'`)).toEqual([['c, c++', 1n]]);
    // One posting (and no other) asks for 'Quarto' and 'quarto ': one posting asking for quarto.
    expect(await duckdb(`SELECT postings FROM ${counts} WHERE skill = 'quarto'`)).toEqual([[1n]]);
    const titles = await duckdb(`SELECT count(*) FROM read_csv(${sqlPath(files.titles)}) WHERE trim(coalesce(title, '')) = ''`);
    expect(titles).toEqual([[0n]]);
  }, 60_000);
});
